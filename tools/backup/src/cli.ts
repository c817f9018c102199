// The two commands as functions of (argv, context) returning an exit code, so tests run them
// in-process against a repository layout of their choosing.
import path from 'node:path';
import { parseBackupArgs, parseRestoreArgs } from './args';
import { backupDatabases, scrub } from './backup';
import { defaultAdminUrl } from './pg';
import { RestoreRefused, restoreBackup } from './restore';
import { discoverDatabases, selectServices } from './targets';
import { replayErasures } from './erasures';

export interface CliContext {
  repoRoot: string;
  /** Where relative --out/--from are resolved: the folder the operator ran npm in. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export const usage = {
  backup: 'usage: npm run backup -- [--out DIR] [--services a,b]',
  restore:
    'usage: npm run restore -- --from DIR [--suffix _restored] [--services a,b] [--replace] [--no-owner] [--no-erasure-replay | --erasures-only]',
};

export async function runBackup(argv: string[], ctx: CliContext): Promise<number> {
  const adminUrl = ctx.env.DATABASE_ADMIN_URL ?? defaultAdminUrl;
  try {
    const args = parseBackupArgs(argv);
    const targets = selectServices(discoverDatabases(ctx.repoRoot), args.services);
    if (targets.length === 0) throw new Error(`no service databases found under ${ctx.repoRoot}/services`);
    const parentDir = args.out ? path.resolve(ctx.cwd, args.out) : path.join(ctx.repoRoot, 'backups');
    const { dir, manifest } = await backupDatabases({ adminUrl, targets, parentDir, log: ctx.log });
    if (manifest.failed.length > 0) {
      ctx.log(
        `backup: ${manifest.failed.length} of ${targets.length} dump(s) FAILED; see ${dir}/manifest.json`,
      );
      return 1;
    }
    ctx.log(`backup: done, ${manifest.dumps.length} dump(s) and manifest.json in ${dir}`);
    return 0;
  } catch (err) {
    ctx.log(`backup: ${scrub((err as Error).message, adminUrl)}\n${usage.backup}`);
    return 1;
  }
}

export async function runRestore(argv: string[], ctx: CliContext): Promise<number> {
  const adminUrl = ctx.env.DATABASE_ADMIN_URL ?? defaultAdminUrl;
  try {
    const args = parseRestoreArgs(argv);
    if (args.erasuresOnly) return (await replayErasures(path.resolve(ctx.cwd, args.from), ctx)) ? 0 : 1;
    const result = await restoreBackup({
      adminUrl,
      from: path.resolve(ctx.cwd, args.from),
      suffix: args.suffix,
      services: args.services,
      replace: args.replace,
      noOwner: args.noOwner,
      log: ctx.log,
    });
    const bad = result.databases.filter((d) => !d.ok).map((d) => d.service);
    if (bad.length > 0) {
      ctx.log(`restore: row counts differ from the manifest for ${bad.join(', ')}`);
      return 1;
    }
    ctx.log(`restore: done, ${result.databases.length} database(s) match the manifest`);
    if (args.noErasureReplay) {
      ctx.log('restore: erasure log NOT replayed (--no-erasure-replay): erased customers may be back');
      return 0;
    }
    return (await replayErasures(path.resolve(ctx.cwd, args.from), ctx)) ? 0 : 1;
  } catch (err) {
    const refused = err instanceof RestoreRefused ? 'refused: ' : 'FAILED: ';
    ctx.log(`restore: ${refused}${scrub((err as Error).message, adminUrl)}`);
    if (!(err instanceof RestoreRefused)) ctx.log(usage.restore);
    return 1;
  }
}
