import { cpSync, mkdtempSync, mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyMigrations, readMigrations, MigrationError } from '../src/migrations';
import { scratchDatabase, query } from './scratch-database';

const fixtureMigrations = path.join(__dirname, 'fixture/prisma/migrations');

function copyOfFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  cpSync(fixtureMigrations, dir, { recursive: true });
  return dir;
}

describe('applyMigrations (real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeEach(async () => {
    db = await scratchDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('applies pending migrations once and records them the way prisma migrate deploy does', async () => {
    const first = await applyMigrations({ databaseUrl: db.url, migrationsDir: fixtureMigrations });
    expect(first.applied).toEqual(['20260101000000_init']);
    const second = await applyMigrations({ databaseUrl: db.url, migrationsDir: fixtureMigrations });
    expect(second).toEqual({ applied: [], alreadyApplied: ['20260101000000_init'] });

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(db.url, 'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.checksum).toBe(readMigrations(fixtureMigrations)[0]!.checksum);
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.finished_at).toBeInstanceOf(Date);
    expect(rows[0]!.applied_steps_count).toBe(1);
    const tables = await query<{ table_name: string }>(
      db.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema='public' ORDER BY 1",
    );
    expect(tables.map((t) => t.table_name)).toEqual(['_prisma_migrations', 'part', 'widget']);
  });

  it('applies only the new migration when one is added later', async () => {
    const dir = copyOfFixture();
    await applyMigrations({ databaseUrl: db.url, migrationsDir: dir });
    mkdirSync(path.join(dir, '20260202000000_add_colour'));
    writeFileSync(
      path.join(dir, '20260202000000_add_colour/migration.sql'),
      'ALTER TABLE "widget" ADD COLUMN "colour" TEXT;\n',
    );
    const result = await applyMigrations({ databaseUrl: db.url, migrationsDir: dir });
    expect(result).toEqual({
      applied: ['20260202000000_add_colour'],
      alreadyApplied: ['20260101000000_init'],
    });
  });

  it('refuses a migration edited after it was applied', async () => {
    const dir = copyOfFixture();
    await applyMigrations({ databaseUrl: db.url, migrationsDir: dir });
    appendFileSync(path.join(dir, '20260101000000_init/migration.sql'), '\n-- edited\n');
    await expect(applyMigrations({ databaseUrl: db.url, migrationsDir: dir })).rejects.toThrow(
      /edited after it was applied/,
    );
  });

  it('rolls back a failing migration, records the failure, and refuses to go on until it is resolved', async () => {
    const dir = copyOfFixture();
    mkdirSync(path.join(dir, '20260303000000_broken'));
    writeFileSync(
      path.join(dir, '20260303000000_broken/migration.sql'),
      'CREATE TABLE "half" (id int);\nSELECT * FROM no_such_table;\n',
    );
    await expect(applyMigrations({ databaseUrl: db.url, migrationsDir: dir })).rejects.toThrow(
      MigrationError,
    );
    const half = await query(db.url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half'");
    expect(half).toHaveLength(0);
    const failed = await query<{ finished_at: Date | null; logs: string }>(
      db.url,
      `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '20260303000000_broken'`,
    );
    expect(failed[0]!.finished_at).toBeNull();
    expect(failed[0]!.logs).toMatch(/no_such_table/);
    await expect(applyMigrations({ databaseUrl: db.url, migrationsDir: dir })).rejects.toThrow(
      /failed earlier/,
    );
  });

  it('lets two runners race without applying anything twice', async () => {
    const results = await Promise.all([
      applyMigrations({ databaseUrl: db.url, migrationsDir: fixtureMigrations }),
      applyMigrations({ databaseUrl: db.url, migrationsDir: fixtureMigrations }),
    ]);
    expect(results.flatMap((r) => r.applied)).toEqual(['20260101000000_init']);
    const rows = await query(db.url, 'SELECT 1 FROM "_prisma_migrations"');
    expect(rows).toHaveLength(1);
  });
});
