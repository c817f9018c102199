// Catching up on a backlog (real Kafka and PostgreSQL): the batch consumer analytics runs
// (BatchEventConsumer, many events per transaction) builds exactly the read models and outcomes
// that the per-message consumer it replaced (EventConsumer + handleOnce, one transaction per
// event) builds from the same topics, and applies every event once.
// ANALYTICS_BACKLOG_TIMING=1 prints both catch-up times (docs/performance.md).
import path from 'node:path';
import { type AnyEvent } from '@aftersales/contracts';
import { EventConsumer, EventProducer, createKafka, handleOnce, type EventHandlers } from '@aftersales/kafka';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testNamespace,
  waitFor,
  type TestDatabase,
} from '@aftersales/testing';
import { createPrisma, type PrismaClient } from '../src/db/client';
import { READ_MODEL_TABLES } from '../src/db/views';
import { CONSUMED_TOPICS, applyEvent, createAnalyticsConsumer } from '../src/events/consumer';
import { julyStream } from './stream';

const TENANTS = 8;
const NOW = new Date('2026-08-15T12:00:00Z');
const migrations = path.join(__dirname, '../prisma/migrations');

/** The consumer as analytics ran it before: one inbox transaction per event. */
function perMessageConsumer(
  kafka: ReturnType<typeof createKafka>,
  prisma: PrismaClient,
  deadLetters: EventProducer,
  namespace: string,
  onApplied: () => void,
): EventConsumer {
  const handle = async (
    event: AnyEvent,
    meta: { groupId: string; topic: string; partition: number; offset: string },
  ) => {
    const outcome = await handleOnce(
      prisma,
      {
        consumerGroup: meta.groupId,
        event,
        topic: meta.topic,
        partition: meta.partition,
        offset: meta.offset,
      },
      (tx) => applyEvent(tx, event, NOW, 'UTC'),
    );
    if (outcome === 'applied') onApplied();
  };
  const handlers: EventHandlers = {};
  for (const type of new Set(backlog().map((e) => e.type)))
    (handlers as Record<string, unknown>)[type] = handle;
  return new EventConsumer({
    kafka,
    groupId: `per-message-${namespace}`,
    topics: CONSUMED_TOPICS,
    namespace,
    deadLetters,
    handlers,
  });
}

let cached: AnyEvent[] | undefined;
function backlog(): AnyEvent[] {
  cached ??= Array.from({ length: TENANTS }, (_, i) => julyStream(`tenant-${i}`)).flat();
  return cached;
}

async function snapshot(prisma: PrismaClient): Promise<Record<string, unknown>> {
  const tables: Record<string, unknown> = {};
  for (const table of READ_MODEL_TABLES) {
    tables[table] = await prisma.$queryRawUnsafe(
      `SELECT to_jsonb(t)::text AS row FROM "${table}" t ORDER BY 1`,
    );
  }
  tables.outcomes = await prisma.$queryRawUnsafe(
    `SELECT event_type, count(*)::int AS n FROM outbox_message GROUP BY event_type ORDER BY 1`,
  );
  return tables;
}

describe('analytics catching up on a backlog', () => {
  const dbs: TestDatabase[] = [];
  const clients: PrismaClient[] = [];
  let kafka: ReturnType<typeof createKafka>;
  let producer: EventProducer;
  let namespace: string;

  beforeAll(async () => {
    namespace = testNamespace('analytics_backlog');
    await createNamespacedTopics(namespace, { partitions: 3 });
    kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'analytics-backlog' });
    producer = new EventProducer(kafka, namespace);
    await producer.connect();
    await producer.publish(backlog().map((event) => ({ event })));
  });
  afterAll(async () => {
    await producer?.disconnect();
    for (const p of clients) await p.$disconnect();
    for (const db of dbs) await db.drop();
  });

  async function freshDb(label: string): Promise<PrismaClient> {
    const db = await createTestDatabase(label, migrations);
    dbs.push(db);
    const prisma = createPrisma({ databaseUrl: db.url, maxConnections: 10 });
    clients.push(prisma);
    return prisma;
  }

  async function catchUp(consumer: EventConsumer, applied: () => number): Promise<number> {
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
    // Timed from the assignment: the group join costs the same either way.
    const t0 = performance.now();
    try {
      await waitFor(async () => applied() >= backlog().length, 'the backlog applied', 120_000, 50);
    } finally {
      await consumer.stop();
    }
    return performance.now() - t0;
  }

  it('builds the same read models as one transaction per event, applying each event once', async () => {
    const batchDb = await freshDb('analytics_backlog_batch');
    const applied: string[] = [];
    const batchMs = await catchUp(
      createAnalyticsConsumer({
        kafka,
        prisma: batchDb,
        timeZone: 'UTC',
        deadLetters: producer,
        groupId: `batch-${namespace}`,
        namespace,
        now: () => NOW,
        onApplied: (event, outcome) => void (outcome === 'applied' && applied.push(event.id)),
      }),
      () => applied.length,
    );
    expect(new Set(applied).size).toBe(applied.length);
    expect(applied.length).toBe(backlog().length);

    const perMessageDb = await freshDb('analytics_backlog_single');
    let perMessageApplied = 0;
    const perMessageMs = await catchUp(
      perMessageConsumer(kafka, perMessageDb, producer, namespace, () => perMessageApplied++),
      () => perMessageApplied,
    );

    expect(await snapshot(batchDb)).toEqual(await snapshot(perMessageDb));
    const outcomes = (await snapshot(batchDb)).outcomes as { n: number }[];
    expect(outcomes.length).toBeGreaterThan(0);
    if (process.env.ANALYTICS_BACKLOG_TIMING === '1') {
      const rate = (ms: number) => Math.round((backlog().length / ms) * 1000);
      process.stdout.write(
        `analytics backlog of ${backlog().length} events: batch ${Math.round(batchMs)} ms (${rate(batchMs)}/s), ` +
          `per message ${Math.round(perMessageMs)} ms (${rate(perMessageMs)}/s)\n`,
      );
    }
  });
});
