// Backs up each service database with `pg_dump --format=custom` into one folder with a manifest.
// A failed database does not stop the others (a partial backup beats none); the caller exits
// non-zero when `failed` is not empty.
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Client } from 'pg';
import { type DumpEntry, type FailedDump, type Manifest, sha256File, writeManifest } from './manifest';
import { pgToolConnection, redactUrl, withClient, withDatabase } from './pg';
import { pgDumpVersion, runPgTool } from './pg-tools';
import { countRows } from './row-counts';
import { type DatabaseTarget } from './targets';

export interface BackupOptions {
  adminUrl: string;
  targets: DatabaseTarget[];
  /** Parent folder; the backup goes into `<parentDir>/<UTC timestamp>/`. */
  parentDir: string;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface BackupResult {
  dir: string;
  manifest: Manifest;
}

/** 2026-11-27T01-02-03Z: sortable, and no colons (they upset some file systems and tools). */
export function folderName(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

export async function backupDatabases(opts: BackupOptions): Promise<BackupResult> {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? (() => undefined);
  const started = now();
  const dir = path.join(opts.parentDir, folderName(started));
  await mkdir(opts.parentDir, { recursive: true });
  await mkdir(dir); // not recursive: never mix two backups in one folder

  const manifest: Manifest = {
    formatVersion: 1,
    startedAt: started.toISOString(),
    finishedAt: '',
    pgDumpVersion: await pgDumpVersion(),
    server: redactUrl(opts.adminUrl),
    dumps: [],
    failed: [],
  };
  log(`backup: ${opts.targets.length} database(s) on ${manifest.server} into ${dir}`);

  for (const target of opts.targets) {
    try {
      const entry = await dumpOne(opts.adminUrl, target, dir, now);
      manifest.dumps.push(entry);
      const rows = Object.values(entry.rowCounts).reduce((a, b) => a + b, 0);
      log(
        `backup: ${target.service} (${target.database}) -> ${entry.file}: ${entry.sizeBytes} bytes, ` +
          `${Object.keys(entry.rowCounts).length} tables, ${rows} rows`,
      );
    } catch (err) {
      const failure: FailedDump = { ...target, error: scrub((err as Error).message, opts.adminUrl) };
      manifest.failed.push(failure);
      log(`backup: FAILED ${target.service} (${target.database}): ${failure.error}`);
    }
  }
  manifest.finishedAt = now().toISOString();
  await writeManifest(dir, manifest);
  return { dir, manifest };
}

async function dumpOne(
  adminUrl: string,
  target: DatabaseTarget,
  dir: string,
  now: () => Date,
): Promise<DumpEntry> {
  const url = withDatabase(adminUrl, target.database);
  const file = `${target.service}.dump`;
  const finalPath = path.join(dir, file);
  // Written under another name and renamed when complete, so a half-written dump never looks valid.
  const partialPath = `${finalPath}.partial`;
  const startedAt = now().toISOString();

  const facts = await withClient(url, async (client) => {
    // An exported snapshot shared with pg_dump: the row counts describe exactly the dumped data,
    // even while the service keeps writing.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const snapshot = await exportSnapshot(client);
      const info = await databaseInfo(client);
      const rowCounts = await countRows(client);
      const conn = pgToolConnection(url);
      await runPgTool(
        'pg_dump',
        ['--format=custom', `--snapshot=${snapshot}`, `--file=${partialPath}`, `--dbname=${conn.dbname}`],
        conn.env,
      );
      return { ...info, rowCounts };
    } finally {
      await client.query('ROLLBACK');
    }
  }).catch(async (err: unknown) => {
    await rm(partialPath, { force: true });
    throw err;
  });

  await rename(partialPath, finalPath);
  return {
    service: target.service,
    database: target.database,
    file,
    sizeBytes: (await stat(finalPath)).size,
    sha256: await sha256File(finalPath),
    ...facts,
    startedAt,
    finishedAt: now().toISOString(),
  };
}

async function exportSnapshot(client: Client): Promise<string> {
  const r = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
  return r.rows[0]!.id;
}

async function databaseInfo(client: Client) {
  const r = await client.query<{ server_version: string; encoding: string; collate: string; ctype: string }>(
    `SELECT current_setting('server_version') AS server_version, pg_encoding_to_char(encoding) AS encoding,
            datcollate AS collate, datctype AS ctype
       FROM pg_database WHERE datname = current_database()`,
  );
  const row = r.rows[0]!;
  return {
    serverVersion: row.server_version,
    encoding: row.encoding,
    collate: row.collate,
    ctype: row.ctype,
  };
}

/** Removes the admin URL's password from an error message, should a library ever echo it. */
export function scrub(message: string, url: string): string {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password ? message.split(password).join('***') : message;
  } catch {
    return message;
  }
}
