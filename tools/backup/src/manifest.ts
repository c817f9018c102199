// manifest.json: what a backup folder holds, enough to verify and restore it without the source.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type RowCounts } from './row-counts';

export const manifestFile = 'manifest.json';

export interface DumpEntry {
  service: string;
  database: string;
  /** File name inside the backup folder. */
  file: string;
  sizeBytes: number;
  sha256: string;
  serverVersion: string;
  /** The source database's encoding and locale; restore creates the new database with them. */
  encoding: string;
  collate: string;
  ctype: string;
  rowCounts: RowCounts;
  startedAt: string;
  finishedAt: string;
}

export interface FailedDump {
  service: string;
  database: string;
  error: string;
}

export interface Manifest {
  formatVersion: 1;
  startedAt: string;
  finishedAt: string;
  pgDumpVersion: string;
  /** The server's URL, password redacted. */
  server: string;
  dumps: DumpEntry[];
  failed: FailedDump[];
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(dir, manifestFile), JSON.stringify(manifest, null, 2) + '\n');
}

export async function readManifest(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, manifestFile), 'utf8')) as Manifest;
  if (manifest.formatVersion !== 1 || !Array.isArray(manifest.dumps)) {
    throw new Error(`${path.join(dir, manifestFile)} is not a backup manifest this tool understands`);
  }
  return manifest;
}

/** Streamed, so a dump of any size is hashed without loading it into memory. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
