// The one jest setup every workspace extends (see each workspace's jest.config.js).
// @swc/jest strips types only; `npm run typecheck` runs tsc for type errors.
const path = require('node:path');

/** @param {string} dir the workspace's folder (pass __dirname) */
module.exports = function jestConfig(dir, overrides = {}) {
  return {
    rootDir: dir,
    testEnvironment: 'node',
    transform: {
      '^.+\\.(t|j)s$': [
        '@swc/jest',
        {
          jsc: { parser: { syntax: 'typescript', decorators: false }, target: 'es2022' },
          module: { type: 'commonjs' },
        },
      ],
    },
    // Tests import sibling workspaces from source, so they run without a prior build.
    moduleNameMapper: {
      '^@aftersales/contracts$': path.join(__dirname, 'contracts/src/index.ts'),
      '^@aftersales/(kafka|service-kit|testing|telemetry|db)$': path.join(__dirname, 'libs/$1/src/index.ts'),
      '^@aftersales/db/errors$': path.join(__dirname, 'libs/db/src/errors.ts'),
      '^@aftersales/service-kit/domain$': path.join(__dirname, 'libs/service-kit/src/domain/index.ts'),
    },
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    // jose 6 and openid-client 6 (with oauth4webapi) are ESM-only; jest on Node 20 cannot load
    // ESM from CommonJS tests, so swc transforms them.
    transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi)/)'],
    reporters: ['default', path.join(__dirname, 'tools/jest/summary-reporter.js')],
    ...overrides,
  };
};
