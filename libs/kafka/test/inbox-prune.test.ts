// The inbox forgets event ids once they can no longer come again: rows past the retention window
// go (in batches), younger ones stay and keep absorbing redeliveries.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pgAdapter } from '@aftersales/db';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { PrismaClient } from './fixture/generated/client';
import { pruneInbox } from '../src';

const DAY_MS = 24 * 3_600_000;

describe('inbox pruning', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase('inbox_prune', path.join(__dirname, 'fixture/prisma/migrations'));
    prisma = new PrismaClient({ adapter: pgAdapter({ databaseUrl: db.url }) });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  const rows = (n: number, ageDays: number) =>
    Array.from({ length: n }, (_, i) => ({
      consumerGroup: 'g',
      eventId: randomUUID(),
      eventType: 'customer.registered',
      topic: 't',
      partition: 0,
      kafkaOffset: BigInt(i),
      processedAt: new Date(Date.now() - ageDays * DAY_MS),
    }));

  it('deletes only rows older than the retention, in batches', async () => {
    const old = rows(7, 100);
    const young = rows(5, 10);
    await prisma.inboxMessage.createMany({ data: [...old, ...young] });
    expect(await pruneInbox(prisma, 90 * DAY_MS, 3)).toBe(7);
    const left = await prisma.inboxMessage.findMany({ select: { eventId: true } });
    expect(left.map((r) => r.eventId).sort()).toEqual(young.map((r) => r.eventId).sort());
  });
});
