// Runs pg_dump / pg_restore from PATH. Their stderr is returned in the error (it never holds the
// password: see pgToolConnection).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class PgToolError extends Error {
  override name = 'PgToolError';
}

export async function runPgTool(
  tool: 'pg_dump' | 'pg_restore',
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  try {
    await run(tool, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stderr?: string; code?: number | string; message: string };
    const detail = e.stderr?.trim() || e.message;
    throw new PgToolError(`${tool} failed (exit ${e.code ?? '?'}): ${detail}`, { cause: err });
  }
}

/** e.g. "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)". */
export async function pgDumpVersion(): Promise<string> {
  const { stdout } = await run('pg_dump', ['--version']);
  return stdout.trim();
}
