// The committed API document and the console's generated types are what the code says today:
// regenerated here and compared, so a route changed without `npm run openapi` fails CI. Every
// operation must carry a summary and a response schema (libs/testing documentationGaps).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
});
