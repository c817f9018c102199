#!/usr/bin/env node
// `prisma generate` for a schema folder, working offline: generate never runs the schema
// engine, but the CLI insists on finding one, so point it at a stand-in when none is installed
// (see docs/environment.md). Where the real engine exists (Docker builds, CI with network) it is used.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const schema = process.argv[2] || 'prisma';
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const enginesDir = path.dirname(require.resolve('@prisma/engines/package.json'));
  const hasEngine = fs.readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));
  if (!hasEngine)
    env.PRISMA_SCHEMA_ENGINE_BINARY = process.platform === 'win32' ? process.execPath : '/bin/true';
}
const prismaCli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
