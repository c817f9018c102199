// `npm run openapi`: writes docs/api/openapi.json and the console's generated API types.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { consoleTypes } from './console-types';
import { CONSOLE_TYPES, DOCUMENT, platformDocument, repoRoot } from './document';

async function main(): Promise<void> {
  const doc = await platformDocument();
  const files = { [DOCUMENT]: JSON.stringify(doc, null, 2) + '\n', [CONSOLE_TYPES]: await consoleTypes(doc) };
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(repoRoot, file), text);
  console.log(`openapi: ${Object.keys(doc.paths).length} paths; wrote ${Object.keys(files).join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
