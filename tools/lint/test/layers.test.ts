// The architecture rules of eslint.config.mjs, shown to fail on code that breaks them (and to pass
// the same kind of code put right): a domain module importing Prisma, Kafka, express or another
// layer, an application module importing the API layer, an import cycle, a promise nobody awaits.
// ESLint runs as the CLI does (a child process: its config loader needs real ES modules).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');
const eslintBin = path.join(repoRoot, 'node_modules/eslint/bin/eslint.js');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Lints `code` as if it were the file at `relPath`; `typed` keeps the type-aware rules (needs a real project file). */
function ruleIds(relPath: string, code: string, typed = false): string[] {
  const args = [eslintBin, '--format', 'json', '--stdin', '--stdin-filename', path.join(repoRoot, relPath)];
  if (!typed)
    args.push(
      '--parser-options',
      'projectService:false',
      '--rule',
      '{"@typescript-eslint/no-floating-promises":"off","@typescript-eslint/no-misused-promises":"off"}',
    );
  const out = spawnSync(process.execPath, args, { cwd: repoRoot, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(out.stdout) as { messages: LintMessage[] }[];
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it('refuses a domain module that imports Prisma, Kafka, express or another layer', () => {
    for (const [name, from] of [
      ['PrismaClient', '../db/client'],
      ['enqueueEvents', '@aftersales/kafka'],
      ['Router', 'express'],
      ['routes', '../api/routes'],
      ['issueQuote', '../application/quotes'],
    ]) {
      const rules = ruleIds(
        'services/repair/src/domain/probe.ts',
        `import { ${name} } from '${from}';\nexport const x = ${name};\n`,
      );
      expect(rules).toContain('@typescript-eslint/no-restricted-imports');
    }
    // What a domain module may use: zod, the pure kit, its own modules.
    const allowed = ruleIds(
      'services/repair/src/domain/probe.ts',
      "import { z } from 'zod';\nimport { RuleViolation } from '@aftersales/service-kit/domain';\nimport { canApply } from './state-machine';\nexport const x = [z, RuleViolation, canApply];\n",
    );
    expect(allowed).toEqual([]);
  });

  it('refuses an application module that imports the API layer', () => {
    expect(
      ruleIds(
        'services/parts-procurement/src/application/probe.ts',
        "import { missing } from '../api/support';\nexport const x = missing;\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      ruleIds(
        'services/parts-procurement/src/application/probe.ts',
        "import { rule } from '../domain/errors';\nexport const x = rule;\n",
      ),
    ).toEqual([]);
  });
});

describe('import cycles and promises', () => {
  const dir = path.join(repoRoot, 'tools/lint/.probe');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses two modules that import each other', () => {
    mkdirSync(dir, { recursive: true });
    const b = "import { a } from './a';\nexport const b = (): number => a() + 1;\n";
    writeFileSync(
      path.join(dir, 'a.ts'),
      "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
    );
    writeFileSync(path.join(dir, 'b.ts'), b);
    expect(ruleIds('tools/lint/.probe/b.ts', b)).toContain('import-x/no-cycle');
  });

  it('refuses a promise nobody awaits (type-aware, as a real workspace file)', () => {
    const rules = ruleIds(
      'libs/service-kit/src/domain/errors.ts',
      'export async function work(): Promise<void> {}\nexport function caller(): void {\n  work();\n}\n',
      true,
    );
    expect(rules).toContain('@typescript-eslint/no-floating-promises');
  });
});

describe('Node runtime lines', () => {
  it('refuses Node built-ins that one of the runtime lines (20.11, 22, 24) lacks or has removed', () => {
    const probe = (code: string) => ruleIds('services/repair/src/application/probe.ts', code);
    // Added after 20.11: fs.globSync (22), process.getBuiltinModule (22.3).
    expect(probe("import { globSync } from 'node:fs';\nexport const x = globSync('*');\n")).toContain(
      'n/no-unsupported-features/node-builtins',
    );
    // Deprecated or removed by 24: crypto.createCipher (removed in 22), util.isArray (removed in 23).
    expect(probe("import crypto from 'node:crypto';\nexport const x = crypto.createCipher;\n")).toContain(
      'n/no-deprecated-api',
    );
    expect(probe("import util from 'node:util';\nexport const x = util.isArray([]);\n")).toContain(
      'n/no-deprecated-api',
    );
    // What every line has the same way.
    expect(
      probe(
        "import { randomUUID } from 'node:crypto';\nexport const x = AbortSignal.timeout(1) && randomUUID();\n",
      ),
    ).toEqual([]);
  });
});
