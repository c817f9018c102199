// Flat config shared by every workspace (each runs `eslint src test`). Besides style, it enforces
// the architecture (docs/architecture.md, "Layers"): a service's domain/ is pure, application/
// never reaches into api/, events/consume may call application/ but publishing does not call
// consumers, and no module imports itself in a circle. Type-aware rules catch promises nobody
// awaits. tools/lint/layers.test.ts proves a wrong import fails. Node built-ins are checked against
// every runtime line the code runs on (docs/environment.md): nothing newer than 20.11 (the build
// machines), nothing deprecated or removed up to 24 (the images).
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import nodePlugin from 'eslint-plugin-n';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// What a service's domain/ may not depend on: any other layer, and the infrastructure libraries.
const INFRASTRUCTURE = [
  'express',
  'kafkajs',
  'pg',
  '@prisma/*',
  '@aftersales/kafka',
  '@aftersales/db',
  '@aftersales/db/*',
  '@aftersales/telemetry',
];
const restrict = (message, groups, allowTypeImports = false) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { patterns: [{ group: groups, message, allowTypeImports }] },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/generated/**',
      '**/coverage/**',
      'deploy/kafka/**',
      '**/openapi.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      // Relative imports only: packages are resolved by Node, so cycles between packages are the
      // workspace graph's job (turbo refuses those).
      'import-x/no-cycle': ['error', { ignoreExternal: true, maxDepth: 10 }],
      'import-x/no-self-import': 'error',
    },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] }),
      ],
      // Modules the rule follows are parsed with the TypeScript parser (else .ts files are opaque).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
    },
  },
  {
    // Promises must be awaited or explicitly dropped (`void`), and never handed where a callback
    // that returns nothing is expected (express handlers, event listeners).
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.config.ts', '**/*.config.mts', '**/prisma.config.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    // The server side runs on Node 20.11 (CI here), 22 and 24 (images): a built-in API added after
    // 20.11, or deprecated/removed by 24, fails lint instead of failing on one line only.
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    ignores: ['apps/console/src/**'],
    plugins: { n: nodePlugin },
    settings: { node: { version: '>=20.11.0' } },
    rules: {
      'n/no-deprecated-api': 'error',
      // Experimental on 20 but present and unchanged since (fs.cpSync, the global crypto): allowed.
      'n/no-unsupported-features/node-builtins': ['error', { allowExperimental: true }],
      'n/no-process-exit': 'off',
    },
  },
  {
    files: ['services/*/src/domain/**/*.ts', '**/src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      'domain/ is pure rules: no I/O, no other layer (application, api, db, events) and no infrastructure library.',
      [
        ...INFRASTRUCTURE,
        '**/application/**',
        '**/api/**',
        '**/db/**',
        '**/events/**',
        '../app',
        '../service',
        '../main',
      ],
      true,
    ),
  },
  {
    files: ['services/*/src/application/**/*.ts', '**/src/application/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      'application/ does not reach into api/ (HTTP): throw domain errors, the API maps them to problems.',
      ['**/api/**', '../app', '../service', '../main', 'express'],
      true,
    ),
  },
  {
    files: ['**/src/events/publish/**/*.ts'],
    rules: restrict('events/publish builds events; it never calls consumers.', ['**/events/consume/**']),
  },
  {
    files: ['apps/console/src/**/*.tsx', 'apps/console/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
