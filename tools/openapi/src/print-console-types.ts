// Prints the console's API types for an API document file (the test compares them with the
// committed ones): `tsx src/print-console-types.ts docs/api/openapi.json`.
import { readFileSync } from 'node:fs';
import { consoleTypes } from './console-types';

const file = process.argv[2];
if (!file) {
  console.error('usage: print-console-types <openapi.json>');
  process.exit(2);
}
consoleTypes(JSON.parse(readFileSync(file, 'utf8')) as never)
  .then((types) => process.stdout.write(types))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
