// The idempotency store against PostgreSQL (the table every service migrates): a key is one
// user's, a concurrent second save loses, a key is forgotten after its time to live and can be
// used again, and pruning removes only what expired.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import {
  DEFAULT_IDEMPOTENCY_TTL_MS,
  findIdempotency,
  pruneIdempotency,
  saveIdempotency,
  setIdempotencyTtl,
  type RawSql,
} from '../src';

const migration = path.join(
  __dirname,
  '../../../services/repair/prisma/migrations/20261203020000_idempotency_per_user/migration.sql',
);

describe('idempotency store', () => {
  let db: TestDatabase;
  let client: Client;
  let sql: RawSql;

  beforeAll(async () => {
    db = await createTestDatabase('idempotency_store');
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(readFileSync(migration, 'utf8'));
    sql = {
      $queryRawUnsafe: async <T>(q: string, ...v: unknown[]) => (await client.query(q, v)).rows as T,
      $executeRawUnsafe: async (q: string, ...v: unknown[]) => (await client.query(q, v)).rowCount ?? 0,
    };
  });
  afterAll(async () => {
    setIdempotencyTtl(DEFAULT_IDEMPOTENCY_TTL_MS);
    await client?.end();
    await db?.drop();
  });

  const ref = (userId: string, key = 'k-1') => ({ tenantId: 't', userId, scope: 'POST /v1/things', key });

  it('keeps a key per user: the same key from another user is another request', async () => {
    expect(
      await saveIdempotency(sql, ref('alice'), { requestHash: 'h1', status: 201, response: { id: 'a' } }),
    ).toBe(true);
    expect(await saveIdempotency(sql, ref('bob'), { requestHash: 'h2', status: 201, resourceId: 'b' })).toBe(
      true,
    );
    expect(await findIdempotency(sql, ref('alice'))).toEqual({
      requestHash: 'h1',
      status: 201,
      response: { id: 'a' },
      resourceId: null,
    });
    expect(await findIdempotency(sql, ref('bob'))).toMatchObject({ requestHash: 'h2', resourceId: 'b' });
    expect(await findIdempotency(sql, ref('carol'))).toBeUndefined();
  });

  it('refuses a second save of a live key (the concurrent loser replays the winner)', async () => {
    expect(
      await saveIdempotency(sql, ref('alice'), { requestHash: 'other', status: 201, response: {} }),
    ).toBe(false);
    expect((await findIdempotency(sql, ref('alice')))?.requestHash).toBe('h1');
  });

  it('forgets a key after its time to live, takes it again, and prunes only what expired', async () => {
    setIdempotencyTtl(200);
    await saveIdempotency(sql, ref('dave', 'short'), { requestHash: 'h', status: 201, response: {} });
    expect(await findIdempotency(sql, ref('dave', 'short'))).toBeDefined();
    await new Promise((r) => setTimeout(r, 400));
    expect(await findIdempotency(sql, ref('dave', 'short'))).toBeUndefined();
    expect(
      await saveIdempotency(sql, ref('dave', 'short'), { requestHash: 'new', status: 201, response: {} }),
    ).toBe(true);
    expect((await findIdempotency(sql, ref('dave', 'short')))?.requestHash).toBe('new');
    await saveIdempotency(sql, ref('erin', 'short'), { requestHash: 'h', status: 201, response: {} });
    await new Promise((r) => setTimeout(r, 400));
    expect(await pruneIdempotency(sql)).toBe(2); // dave's renewed key and erin's; alice's and bob's live on
    const left = await client.query('SELECT user_id FROM idempotency_record ORDER BY user_id');
    expect(left.rows.map((r: { user_id: string }) => r.user_id)).toEqual(['alice', 'bob']);
  });
});
