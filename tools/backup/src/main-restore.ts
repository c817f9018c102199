// `npm run restore -- --from DIR [--suffix _restored] [--services a,b] [--replace] [--no-owner]`
import path from 'node:path';
import { runRestore } from './cli';

void runRestore(process.argv.slice(2), {
  repoRoot: path.resolve(__dirname, '../../..'),
  // npm runs workspace scripts in the workspace folder; INIT_CWD is where the operator typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
  log: (line) => console.log(line),
}).then((code) => {
  process.exitCode = code;
});
