// Baseline 2: raw `pg`, the same work the pipeline's write side does per event — one transaction
// inserting the entity row and the outbox row — with the same number of concurrent writers.
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createTestDatabase } from '@aftersales/testing';
import { migrationsDir, sampleEvent, TOPIC } from '../env';

export async function rawPg(
  total: number,
  writers: number,
  tick: (n: number) => void,
): Promise<{ eventsPerSec: number }> {
  const db = await createTestDatabase('bench_raw_pg', migrationsDir);
  const pool = new Pool({ connectionString: db.url, max: writers });
  // Dropping the database (WITH FORCE) may reach a connection the pool is still closing.
  pool.on('error', () => undefined);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < total) {
        next += 1;
        const id = randomUUID();
        await writeRaw(pool, id, sampleEvent(id));
        tick(1);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await pool.end();
  await db.drop();
  return { eventsPerSec: total / seconds };
}

/** The baseline's transaction: the entity row and its outbox row, on plain `pg`. */
export async function writeRaw(pool: Pool, id: string, event: ReturnType<typeof sampleEvent>): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('INSERT INTO bench_entity (id, tenant_id) VALUES ($1, $2)', [id, event.tenantId]);
    await c.query(
      'INSERT INTO outbox_message (event_id, topic, key, event_type, payload, headers) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)',
      [event.id, TOPIC, event.subject, event.type, JSON.stringify(event), '{}'],
    );
    await c.query('COMMIT');
  } finally {
    c.release();
  }
}
