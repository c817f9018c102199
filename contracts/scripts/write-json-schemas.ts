// `npm run schemas`: writes contracts/schemas/<type>.v1.json and topics.json from the zod
// schemas. It refuses to overwrite a snapshot with a breaking change, because the committed
// snapshots are what the compatibility test protects; `-- --allow-breaking` is for the
// deliberate start of a new major version.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFiles, snapshotBreakingChanges } from '../src';

const dir = join(__dirname, '..', 'schemas');
const allowBreaking = process.argv.includes('--allow-breaking');

function main(): number {
  mkdirSync(dir, { recursive: true });
  const committed: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    committed[file] = readFileSync(join(dir, file), 'utf8');
  }
  const generated = schemaFiles();

  const breaking = snapshotBreakingChanges(committed, generated);
  if (breaking.length > 0 && !allowBreaking) {
    console.error('Refusing to write: these changes would break consumers of the committed schemas:');
    for (const change of breaking) console.error(`  - ${change}`);
    console.error(
      'Within a major version only add optional fields. For a breaking change add a .v2 topic,' +
        ' or run `npm run schemas -- --allow-breaking` if you really mean it.',
    );
    return 1;
  }

  let written = 0;
  for (const [file, text] of Object.entries(generated)) {
    const path = join(dir, file);
    if (existsSync(path) && committed[file] === text) continue;
    writeFileSync(path, text);
    written++;
  }
  const stale = Object.keys(committed).filter((f) => !(f in generated));
  for (const file of stale) rmSync(join(dir, file));

  const total = Object.keys(generated).length;
  console.log(`schemas: ${total} files in ${dir} (${written} written, ${stale.length} removed)`);
  return 0;
}

process.exitCode = main();
