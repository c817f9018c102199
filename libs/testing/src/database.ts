// A fresh, migrated database per test suite, so suites never see each other's rows and can run
// in parallel and in any order.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { applyMigrations, withDatabase } from '@aftersales/db';
import { testInfra } from './infra';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: testInfra().databaseAdminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates `t_<label>_<random>` and applies the migrations in `migrationsDir` (if given). */
export async function createTestDatabase(label: string, migrationsDir?: string): Promise<TestDatabase> {
  const name = `t_${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(testInfra().databaseAdminUrl, name);
  if (migrationsDir) await applyMigrations({ databaseUrl: url, migrationsDir });
  return {
    name,
    url,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export interface TextHit {
  table: string;
  column: string;
  rows: number;
}

/**
 * Every column of a database that still holds `needle` anywhere in its text: text, varchar, char,
 * json, jsonb and array columns of every table (cast to text). Used to prove an erasure left no
 * text about a person behind, without a list of columns that would go stale.
 */
export async function findText(databaseUrl: string, needle: string): Promise<TextHit[]> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows: columns } = await c.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
          AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED'))
        ORDER BY table_name, column_name`,
    );
    const hits: TextHit[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const { rows } = await c.query<{ n: string }>(
        `SELECT count(*) AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`,
        [needle],
      );
      const n = Number(rows[0]?.n ?? 0);
      if (n > 0) hits.push({ table, column, rows: n });
    }
    return hits;
  } finally {
    await c.end();
  }
}
