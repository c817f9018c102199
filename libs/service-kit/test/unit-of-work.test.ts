// The unit of work against PostgreSQL: a command's change and its events commit together (or not
// at all), the relay is woken once after a commit with events, and an event the contract refuses
// fails the command instead of reaching the outbox.
import path from 'node:path';
import { ContractViolation } from '@aftersales/contracts';
import { applyMigrations } from '@aftersales/db';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { emitEvent, runUnitOfWork, type UnitOfWorkBase } from '../src';
import { pgDb } from './helpers';

describe('unit of work', () => {
  let db: TestDatabase;
  let sql: ReturnType<typeof pgDb>;
  beforeAll(async () => {
    db = await createTestDatabase('unit_of_work');
    await applyMigrations({
      databaseUrl: db.url,
      migrationsDir: path.join(__dirname, '../../kafka/test/fixture/prisma/migrations'),
    });
    sql = pgDb(db.url);
  });
  afterAll(async () => {
    await sql?.$disconnect();
    await db?.drop();
  });

  const base = (): UnitOfWorkBase<unknown> => ({
    tenantId: 't',
    actor: 'user-1',
    now: new Date('2026-12-03T10:00:00Z'),
    producer: 'customer',
    causationId: null,
  });
  const registered = (customerId: string) => ({
    customerId,
    kind: 'person' as const,
    dealerId: null,
    preferredChannel: 'email' as const,
    consents: { marketing: false, dataProcessing: true },
  });
  const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];

  it('writes the change and its events in one commit and wakes the relay once', async () => {
    let woken = 0;
    const { events } = await runUnitOfWork(
      sql,
      base(),
      async (uow) => {
        for (const id of ids) {
          await uow.tx.$executeRawUnsafe(
            'INSERT INTO sample_customer (id, tenant_id) VALUES ($1, $2)',
            id,
            't',
          );
          emitEvent(uow, 'customer.registered', id, registered(id));
        }
        return 'done';
      },
      { onEvents: () => (woken += 1) },
    );
    expect(events.map((e) => [e.type, e.subject, e.producer, e.occurredAt])).toEqual(
      ids.map((id) => ['customer.registered', id, 'customer', '2026-12-03T10:00:00.000Z']),
    );
    expect(woken).toBe(1);
    const outbox = await sql.$queryRawUnsafe<{ key: string }[]>(
      'SELECT key FROM outbox_message ORDER BY seq',
    );
    expect(outbox.map((r) => r.key)).toEqual(ids);
  });

  it('keeps neither the change nor the events when the command fails', async () => {
    const id = '00000000-0000-4000-8000-000000000003';
    await expect(
      runUnitOfWork(sql, base(), async (uow) => {
        await uow.tx.$executeRawUnsafe(
          'INSERT INTO sample_customer (id, tenant_id) VALUES ($1, $2)',
          id,
          't',
        );
        emitEvent(uow, 'customer.registered', id, registered(id));
        throw new Error('a rule refused it');
      }),
    ).rejects.toThrow('a rule refused it');
    expect(await sql.$queryRawUnsafe('SELECT 1 FROM sample_customer WHERE id = $1', id)).toEqual([]);
    expect(await sql.$queryRawUnsafe('SELECT 1 FROM outbox_message WHERE key = $1', id)).toEqual([]);
  });

  it('refuses an event the contract refuses, in the command', async () => {
    await expect(
      runUnitOfWork(sql, base(), async (uow) => {
        emitEvent(uow, 'customer.registered', 'x', { ...registered('x'), kind: 'robot' } as never);
      }),
    ).rejects.toThrow(ContractViolation);
  });
});
