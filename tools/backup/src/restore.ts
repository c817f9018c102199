// Restores a backup folder into fresh databases (`<database><suffix>`) and checks each table's
// row count against the manifest. Everything that can be checked before touching the server is
// checked first (checksums, names, existing databases), so a refused restore changes nothing.
import path from 'node:path';
import { type DumpEntry, readManifest, sha256File } from './manifest';
import { databaseExists, pgToolConnection, quoteIdent, quoteLiteral, withClient, withDatabase } from './pg';
import { runPgTool } from './pg-tools';
import { type TableComparison, compareCounts, countRows } from './row-counts';
import { selectServices } from './targets';

export interface RestoreOptions {
  adminUrl: string;
  /** The backup folder (the one holding manifest.json). */
  from: string;
  suffix: string;
  services?: string[];
  /** Drop and recreate a target database that already exists. */
  replace?: boolean;
  /** Restore without the dump's ownership and grants (a server without the original roles). */
  noOwner?: boolean;
  log?: (line: string) => void;
}

export interface RestoredDatabase {
  service: string;
  source: string;
  target: string;
  tables: TableComparison[];
  ok: boolean;
}

export interface RestoreResult {
  databases: RestoredDatabase[];
  ok: boolean;
}

/** A restore refused before it changed anything. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

const maxIdentifierLength = 63; // PostgreSQL truncates longer names silently

export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  const log = opts.log ?? (() => undefined);
  const manifest = await readManifest(opts.from);
  let dumps: DumpEntry[];
  try {
    dumps = selectServices(manifest.dumps, opts.services);
  } catch (err) {
    throw new RestoreRefused((err as Error).message);
  }
  if (dumps.length === 0) throw new RestoreRefused(`no dumps to restore in ${opts.from}`);
  for (const f of manifest.failed) log(`restore: note: the backup has no dump of ${f.service} (${f.error})`);

  await verifyChecksums(opts.from, dumps);
  const targets = dumps.map((d) => ({ dump: d, target: `${d.database}${opts.suffix}` }));
  await checkTargets(opts.adminUrl, targets, opts.replace ?? false);

  const databases: RestoredDatabase[] = [];
  for (const { dump, target } of targets) {
    const restored = await restoreOne(opts, dump, target);
    databases.push(restored);
    log(`restore: ${dump.service}: ${dump.database} -> ${target} ${restored.ok ? 'OK' : 'MISMATCH'}`);
    for (const t of restored.tables) {
      log(
        `  ${t.ok ? 'ok  ' : 'DIFF'} ${t.table.padEnd(40)} manifest ${String(t.expected ?? '-').padStart(8)}` +
          `  restored ${String(t.restored ?? '-').padStart(8)}`,
      );
    }
  }
  return { databases, ok: databases.every((d) => d.ok) };
}

async function verifyChecksums(dir: string, dumps: DumpEntry[]): Promise<void> {
  const bad: string[] = [];
  for (const d of dumps) {
    const actual = await sha256File(path.join(dir, d.file)).catch(
      (err: Error) => `unreadable: ${err.message}`,
    );
    if (actual !== d.sha256) bad.push(`${d.file} (manifest ${d.sha256}, file ${actual})`);
  }
  if (bad.length > 0) throw new RestoreRefused(`checksum mismatch, nothing restored: ${bad.join('; ')}`);
}

async function checkTargets(
  adminUrl: string,
  targets: { target: string }[],
  replace: boolean,
): Promise<void> {
  const tooLong = targets.filter((t) => t.target.length > maxIdentifierLength).map((t) => t.target);
  if (tooLong.length > 0)
    throw new RestoreRefused(`database name longer than 63 characters: ${tooLong.join(', ')}`);
  if (replace) return;
  const existing: string[] = [];
  for (const { target } of targets) if (await databaseExists(adminUrl, target)) existing.push(target);
  if (existing.length > 0) {
    throw new RestoreRefused(
      `database(s) already exist: ${existing.join(', ')}; choose another --suffix or pass --replace to drop them`,
    );
  }
}

async function restoreOne(opts: RestoreOptions, dump: DumpEntry, target: string): Promise<RestoredDatabase> {
  await withClient(opts.adminUrl, async (c) => {
    if (opts.replace) await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(target)} WITH (FORCE)`);
    // template0: a dump restores into an empty database, not into whatever template1 gained.
    await c.query(
      `CREATE DATABASE ${quoteIdent(target)} TEMPLATE template0 ENCODING ${quoteLiteral(dump.encoding)}` +
        ` LC_COLLATE ${quoteLiteral(dump.collate)} LC_CTYPE ${quoteLiteral(dump.ctype)}`,
    );
  });
  const url = withDatabase(opts.adminUrl, target);
  try {
    const conn = pgToolConnection(url);
    const args = ['--exit-on-error', '--single-transaction', `--dbname=${conn.dbname}`];
    if (opts.noOwner) args.push('--no-owner', '--no-privileges');
    await runPgTool('pg_restore', [...args, path.join(opts.from, dump.file)], conn.env);
  } catch (err) {
    // Leave no half-restored database behind to be mistaken for a good one.
    await withClient(opts.adminUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS ${quoteIdent(target)} WITH (FORCE)`),
    );
    throw err;
  }
  const tables = compareCounts(dump.rowCounts, await withClient(url, countRows));
  return { service: dump.service, source: dump.database, target, tables, ok: tables.every((t) => t.ok) };
}
