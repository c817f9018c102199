// The committed API document and the console's generated types are what the code says today:
// regenerated here and compared, so a route changed without `npm run openapi` fails CI. Every
// operation must carry a summary and a response schema (libs/testing documentationGaps), and the
// document passes Redocly's linter with its recommended rules (what a platform team runs first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { documentationGaps } from '@aftersales/testing';
import { CONSOLE_TYPES, DOCUMENT, platformDocument, repoRoot } from '../src/document';

describe('the platform API document', () => {
  let doc: Awaited<ReturnType<typeof platformDocument>>;
  beforeAll(async () => {
    doc = await platformDocument();
  });

  it('is committed as generated (run `npm run openapi` after changing a route)', async () => {
    const committed = JSON.parse(readFileSync(path.join(repoRoot, DOCUMENT), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('gives the console the types of the committed document (run `npm run openapi`)', () => {
    const generated = execFileSync(
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      [path.join(__dirname, '../src/print-console-types.ts'), path.join(repoRoot, DOCUMENT)],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(readFileSync(path.join(repoRoot, CONSOLE_TYPES), 'utf8')).toBe(generated);
  });

  it('documents every operation of every service with a summary and its response body', () => {
    const { operations, gaps } = documentationGaps(doc as never);
    console.log(`platform: ${operations} operations, ${gaps.length} without summary or response schema`);
    expect(operations).toBeGreaterThan(150);
    expect(gaps).toEqual([]);
  });

  it("shows an example body for creating each main resource, and the conventions' headers", () => {
    const post = (p: string) =>
      (doc.paths[p] as Record<string, { requestBody: { content: Record<string, { schema: object }> } }>)
        .post!;
    for (const p of ['/v1/customers', '/v1/vehicles', '/v1/repair-orders', '/v1/parts', '/v1/complaints']) {
      expect(post(p).requestBody.content['application/json']!.schema).toHaveProperty('examples');
      // Creates take an Idempotency-Key (required except in parts-procurement, where it is optional).
      expect(JSON.stringify(post(p))).toContain('"name":"Idempotency-Key"');
    }
    // A version-guarded change documents If-Match.
    expect(JSON.stringify(doc.paths['/v1/repair-orders/{id}/diagnosis'])).toContain('"name":"If-Match"');
  });

  it('passes `redocly lint` with the recommended ruleset: no errors, no warnings', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'openapi-lint-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    let out: string;
    try {
      out = execFileSync(
        path.join(repoRoot, 'node_modules/.bin/redocly'),
        ['lint', '--extends', 'recommended', '--format', 'json', file],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
      );
    } catch (err) {
      out = (err as { stdout: string }).stdout; // exit 1 on errors; the report is still on stdout
    }
    const report = JSON.parse(out) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 }); // examples are checked against their schema too
  });
});
