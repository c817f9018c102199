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
