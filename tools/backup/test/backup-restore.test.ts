// Backup and restore against the real PostgreSQL: real service migrations, realistic rows, and a
// restore that must reproduce every row, the migration history and the schema.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, testInfra, type TestDatabase } from '@aftersales/testing';
import { backupDatabases } from '../src/backup';
import { type Manifest } from '../src/manifest';
import { databaseExists, withDatabase } from '../src/pg';
import { RestoreRefused, restoreBackup } from '../src/restore';
import { schemaOf, tableContents } from './contents';
import { seedCustomer, seedRepair } from './seed';

const migrationCount = (service: string) =>
  readdirSync(path.resolve(__dirname, '../../../services', service, 'prisma/migrations'), {
    withFileTypes: true,
  }).filter((e) => e.isDirectory()).length;

const adminUrl = testInfra().databaseAdminUrl;
const migrations = (service: string) =>
  path.resolve(__dirname, '../../../services', service, 'prisma/migrations');

interface Fixture {
  customer: TestDatabase;
  repair: TestDatabase;
  dir: string;
  /** Databases a test restored into, dropped at the end. */
  restored: string[];
  cleanup(): Promise<void>;
}

async function dropDatabase(name: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
}

async function fixture(): Promise<Fixture> {
  const customer = await createTestDatabase('backup_customer', migrations('customer'));
  const repair = await createTestDatabase('backup_repair', migrations('repair'));
  await seedCustomer(customer.url);
  await seedRepair(repair.url);
  const f: Fixture = {
    customer,
    repair,
    dir: mkdtempSync(path.join(tmpdir(), 'aftersales-backup-')),
    restored: [],
    cleanup: async () => {
      for (const name of f.restored) await dropDatabase(name);
      await customer.drop();
      await repair.drop();
      rmSync(f.dir, { recursive: true, force: true });
    },
  };
  return f;
}

function targets(f: Fixture) {
  return [
    { service: 'customer', database: f.customer.name },
    { service: 'repair', database: f.repair.name },
  ];
}

async function scalar(url: string, sql: string): Promise<string> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ v: string }>(sql);
    return String(r.rows[0]?.v);
  } finally {
    await c.end();
  }
}

describe('backup and restore', () => {
  it('restores two service databases with exactly the same records, migrations and schema', async () => {
    const f = await fixture();
    try {
      const { dir, manifest } = await backupDatabases({ adminUrl, targets: targets(f), parentDir: f.dir });

      expect(manifest.failed).toEqual([]);
      expect(manifest.pgDumpVersion).toMatch(/^pg_dump \(PostgreSQL\) \d+/);
      expect(manifest.dumps.map((d) => d.service)).toEqual(['customer', 'repair']);
      const customerDump = manifest.dumps[0]!;
      expect(customerDump.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(customerDump.sizeBytes).toBe(statSync(path.join(dir, customerDump.file)).size);
      expect(customerDump.rowCounts).toMatchObject({
        'public.customer': 2,
        'public.customer_data_key': 2,
        'public.pii_access_log': 2,
        'public.vehicle': 1,
        'public.outbox_message': 2,
        'public.inbox_message': 1,
        'public._prisma_migrations': migrationCount('customer'),
      });
      expect(manifest.dumps[1]!.rowCounts).toMatchObject({
        'public.service_centre': 1,
        'public.repair_order': 1,
        'public.outbox_message': 3,
      });
      // The manifest on disk is the one returned.
      expect(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);

      f.restored.push(`${f.customer.name}_restored`, `${f.repair.name}_restored`);
      const result = await restoreBackup({ adminUrl, from: dir, suffix: '_restored' });
      expect(result.ok).toBe(true);
      expect(result.databases.map((d) => d.target)).toEqual(f.restored);

      for (const [service, source] of [
        ['customer', f.customer],
        ['repair', f.repair],
      ] as const) {
        const restoredUrl = withDatabase(adminUrl, `${source.name}_restored`);
        const before = await tableContents(source.url);
        const after = await tableContents(restoredUrl);
        expect(after).toEqual(before);
        // One row per migration folder of the service (the runner records each as applied).
        expect(before._prisma_migrations).toHaveLength(migrationCount(service));
        expect(after._prisma_migrations).toEqual(before._prisma_migrations);
        expect(schemaOf(restoredUrl)).toBe(schemaOf(source.url));
      }

      // Sequences come back too: the restored outbox continues after the last seq instead of
      // colliding with a restored row.
      const restoredRepair = withDatabase(adminUrl, `${f.repair.name}_restored`);
      const next = await scalar(
        restoredRepair,
        `INSERT INTO outbox_message (event_id, topic, key, event_type, payload, headers)
         VALUES ('${randomUUID()}', 't', 'k', 'e', '{}', '{}') RETURNING seq AS v`,
      );
      expect(next).toBe(String(await scalar(f.repair.url, 'SELECT max(seq) + 1 AS v FROM outbox_message')));
    } finally {
      await f.cleanup();
    }
  });

  it('refuses a dump whose bytes changed and creates no database', async () => {
    const f = await fixture();
    try {
      const { dir, manifest } = await backupDatabases({ adminUrl, targets: targets(f), parentDir: f.dir });
      const file = path.join(dir, manifest.dumps[1]!.file);
      const bytes = readFileSync(file);
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at]! ^ 0xff;
      writeFileSync(file, bytes);
      f.restored.push(`${f.customer.name}_restored`, `${f.repair.name}_restored`);

      const attempt = restoreBackup({ adminUrl, from: dir, suffix: '_restored' });
      await expect(attempt).rejects.toThrow(RestoreRefused);
      await expect(attempt).rejects.toThrow(/checksum mismatch.*repair\.dump/);
      // Refused before anything was created, including the intact customer dump's database.
      expect(await databaseExists(adminUrl, `${f.customer.name}_restored`)).toBe(false);
      expect(await databaseExists(adminUrl, `${f.repair.name}_restored`)).toBe(false);
    } finally {
      await f.cleanup();
    }
  });

  it('refuses to restore onto an existing database unless --replace, which restores the backup over it', async () => {
    const f = await fixture();
    try {
      const { dir } = await backupDatabases({ adminUrl, targets: targets(f), parentDir: f.dir });
      const target = `${f.customer.name}_restored`;
      f.restored.push(target);
      const targetUrl = withDatabase(adminUrl, target);
      await restoreBackup({ adminUrl, from: dir, suffix: '_restored', services: ['customer'] });
      // Someone works in the restored database after the first restore.
      await scalar(targetUrl, 'DELETE FROM pii_access_log');

      await expect(
        restoreBackup({ adminUrl, from: dir, suffix: '_restored', services: ['customer'] }),
      ).rejects.toThrow(/already exist: .*_restored.*--replace/);
      expect(await scalar(targetUrl, 'SELECT count(*) AS v FROM pii_access_log')).toBe('0');

      const replaced = await restoreBackup({
        adminUrl,
        from: dir,
        suffix: '_restored',
        services: ['customer'],
        replace: true,
      });
      expect(replaced.ok).toBe(true);
      expect(replaced.databases.map((d) => d.service)).toEqual(['customer']);
      expect(await tableContents(targetUrl)).toEqual(await tableContents(f.customer.url));
      expect(await databaseExists(adminUrl, `${f.repair.name}_restored`)).toBe(false);
    } finally {
      await f.cleanup();
    }
  });

  it('reports a table whose restored row count differs from the manifest', async () => {
    const f = await fixture();
    try {
      const { dir, manifest } = await backupDatabases({
        adminUrl,
        targets: targets(f).slice(1),
        parentDir: f.dir,
      });
      // The manifest claims one more outbox row than the dump holds.
      const edited: Manifest = structuredClone(manifest);
      edited.dumps[0]!.rowCounts['public.outbox_message'] = 4;
      writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(edited));
      f.restored.push(`${f.repair.name}_check`);

      const result = await restoreBackup({ adminUrl, from: dir, suffix: '_check' });
      expect(result.ok).toBe(false);
      expect(result.databases[0]!.tables.filter((t) => !t.ok)).toEqual([
        { table: 'public.outbox_message', expected: 4, restored: 3, ok: false },
      ]);
    } finally {
      await f.cleanup();
    }
  });
});
