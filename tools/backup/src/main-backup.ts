// `npm run backup -- [--out DIR] [--services a,b]`
import path from 'node:path';
import { runBackup } from './cli';

void runBackup(process.argv.slice(2), {
  repoRoot: path.resolve(__dirname, '../../..'),
  // npm runs workspace scripts in the workspace folder; INIT_CWD is where the operator typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
  log: (line) => console.log(line),
}).then((code) => {
  process.exitCode = code;
});
