// Equivalence of the set-based projection with the reference path (real Kafka and PostgreSQL):
// the same topics consumed by the consumer analytics runs (BatchEventConsumer with the set-based
// batch handler, project-batch.ts) and by the reference (EventConsumer + handleOnce, one
// transaction and one per-event projection per message, project-reference.ts) leave every
// read-model table and the service-outcome log identical. The stream has a tenant delivered in
// reverse order, redelivered duplicates (in the same and in later fetches), customer erasures
// before, between and after the customer's order events, and part catalogue versions out of order.
// The set-based path runs twice: large chunks and chunks of 7 (erasures and aggregates spanning chunks).
// The rebuild's replay path (chunks store facts only, no inbox; the views computed once at the end,
// page by page) runs with chunks of 7 and pages of 3 aggregates, and must match too.
// ANALYTICS_BACKLOG_TIMING=1 prints the catch-up times (docs/performance.md).
import path from 'node:path';
import { createEvent, type AnyEvent } from '@aftersales/contracts';
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
import {
  CONSUMED_TOPICS,
  createAnalyticsConsumer,
  type AnalyticsConsumerOptions,
} from '../src/events/consumer';
import { applyEventReference } from '../src/events/project-reference';
import { finishReplay } from '../src/events/project-replay';
import { VIEW_STREAMS } from '../src/events/project-batch';
import { julyStream } from './stream';
import { TEST_OUTCOMES } from './harness';

const TENANTS = 8;
const NOW = new Date('2026-08-15T12:00:00Z');
const migrations = path.join(__dirname, '../prisma/migrations');

const erased = (tenantId: string, customerId: string, day: number): AnyEvent =>
  createEvent('customer.erased', {
    producer: 'customer',
    tenantId,
    subject: customerId,
    occurredAt: new Date(Date.UTC(2026, 6, day)),
    data: { customerId, basis: 'customer-request', vehicleIds: [] },
  }) as AnyEvent;

const part = (tenantId: string, version: number): AnyEvent =>
  createEvent(version === 1 ? 'part.registered' : 'part.updated', {
    producer: 'parts-procurement',
    tenantId,
    subject: 'part-oil',
    data: {
      partId: 'part-oil',
      partNumber: `OIL-${version}`,
      description: `Engine oil, version ${version}`,
      category: 'fluids',
      unitOfMeasure: 'litre',
      abcClass: version === 3 ? 'A' : 'B',
      version,
    },
  }) as AnyEvent;

/** Every tenant's July, with the twists above; the publish order is the list order. */
function buildStream(): { published: AnyEvent[]; distinct: number } {
  const published: AnyEvent[] = [];
  for (let i = 0; i < TENANTS; i++) {
    const tenantId = `tenant-${i}`;
    const july = julyStream(tenantId);
    if (i === 0) {
      published.push(...[...july].reverse()); // out of order: every aggregate backwards
      continue;
    }
    if (i === 1) {
      // o1's customer erased after its first events (the rest are stored without the id), o2's
      // before any of its events, and o6's after all of them; the same erasure twice.
      const o1 = july.findIndex((e) => e.type === 'repair.order.diagnosed');
      published.push(erased(tenantId, 'cust-o2', 1), ...july.slice(0, o1 + 1));
      published.push(erased(tenantId, 'cust-o1', 6), ...july.slice(o1 + 1));
      published.push(erased(tenantId, 'cust-o6', 25), erased(tenantId, 'cust-o6', 26));
      continue;
    }
    if (i === 2) {
      // Catalogue versions out of order, and the first registration again.
      const v1 = part(tenantId, 1);
      published.push(part(tenantId, 3), v1, ...july, part(tenantId, 2), v1);
      continue;
    }
    published.push(...july);
  }
  const distinct = new Set(published.map((e) => e.id)).size;
  // Redelivery: a whole tenant's events again at the end, and one event twice in a row.
  published.push(...published.filter((e) => e.tenantId === 'tenant-4'));
  const again = published.find((e) => e.tenantId === 'tenant-5')!;
  published.splice(published.indexOf(again) + 1, 0, again);
  return { published, distinct };
}

/** The reference consumer: one inbox transaction and one per-event projection per message. */
function referenceConsumer(
  kafka: ReturnType<typeof createKafka>,
  prisma: PrismaClient,
  deadLetters: EventProducer,
  namespace: string,
  types: readonly string[],
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
      (tx) => applyEventReference(tx, event, NOW, 'UTC', TEST_OUTCOMES),
    );
    if (outcome === 'applied') onApplied();
  };
  const handlers: EventHandlers = {};
  for (const type of types) (handlers as Record<string, unknown>)[type] = handle;
  return new EventConsumer({
    kafka,
    groupId: `reference-${namespace}`,
    topics: CONSUMED_TOPICS,
    namespace,
    deadLetters,
    handlers,
  });
}

async function snapshot(prisma: PrismaClient): Promise<Record<string, unknown>> {
  const tables: Record<string, unknown> = {};
  for (const table of READ_MODEL_TABLES) {
    tables[table] = await prisma.$queryRawUnsafe(
      `SELECT to_jsonb(t)::text AS row FROM "${table}" t ORDER BY 1`,
    );
  }
  // The outcome's event id is generated; everything else must match.
  tables.service_outcome_log = await prisma.$queryRawUnsafe(
    `SELECT (to_jsonb(t) - 'event_id')::text AS row FROM service_outcome_log t ORDER BY 1`,
  );
  tables.erased_customer = await prisma.$queryRawUnsafe(
    `SELECT to_jsonb(t)::text AS row FROM erased_customer t ORDER BY 1`,
  );
  tables.outbox = await prisma.$queryRawUnsafe(
    `SELECT event_type, key, count(*)::int AS n FROM outbox_message GROUP BY 1, 2 ORDER BY 1, 2`,
  );

  return tables;
}

describe('set-based projection against the per-event reference', () => {
  const dbs: TestDatabase[] = [];
  const clients: PrismaClient[] = [];
  const { published, distinct } = buildStream();
  let kafka: ReturnType<typeof createKafka>;
  let producer: EventProducer;
  let namespace: string;

  beforeAll(async () => {
    namespace = testNamespace('analytics_backlog');
    await createNamespacedTopics(namespace, { partitions: 3 });
    kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'analytics-backlog' });
    producer = new EventProducer(kafka, namespace);
    await producer.connect();
    // In two sends, so the redelivered copies come in later fetches than their originals.
    const half = Math.floor(published.length / 2);
    await producer.publish(published.slice(0, half).map((event) => ({ event })));
    await producer.publish(published.slice(half).map((event) => ({ event })));
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
      await waitFor(async () => applied() >= distinct, 'the backlog applied', 120_000, 50);
    } finally {
      await consumer.stop();
    }
    return performance.now() - t0;
  }

  /** The consumer analytics runs, on its own group and database. */
  const consumer = (
    label: string,
    prisma: PrismaClient,
    opts: Pick<AnalyticsConsumerOptions, 'maxBatchSize' | 'projection' | 'onApplied'>,
  ) =>
    createAnalyticsConsumer({
      kafka,
      prisma,
      timeZone: 'UTC',
      outcomes: TEST_OUTCOMES,
      deadLetters: producer,
      groupId: `${label}-${namespace}`,
      namespace,
      now: () => NOW,
      ...opts,
    });

  async function setBased(label: string, maxBatchSize?: number) {
    const prisma = await freshDb(`analytics_backlog_${label}`);
    const applied: string[] = [];
    let duplicates = 0;
    const ms = await catchUp(
      consumer(label, prisma, {
        maxBatchSize,
        onApplied: (event, outcome) => (outcome === 'applied' ? applied.push(event.id) : (duplicates += 1)),
      }),
      () => applied.length,
    );
    // Every distinct event applied exactly once; the redelivered copies recognised.
    expect(new Set(applied).size).toBe(applied.length);
    expect(applied.length).toBe(distinct);
    await waitFor(async () => duplicates >= published.length - distinct, 'the duplicates seen', 30_000, 50);
    expect(duplicates).toBe(published.length - distinct);
    return { prisma, ms };
  }

  /** The rebuild's path: every message handed to the fact store, then the views at the end. */
  async function replayed(label: string) {
    const prisma = await freshDb(`analytics_backlog_${label}`);
    let handled = 0;
    await catchUp(
      consumer(label, prisma, { maxBatchSize: 7, projection: 'replay', onApplied: () => (handled += 1) }),
      () => (handled >= published.length ? distinct : 0),
    );
    // Nothing but facts and directories yet: no view row, no outcome.
    expect(await prisma.orderView.count()).toBe(0);
    expect(await prisma.serviceOutcomeLog.count()).toBe(0);
    const finished = await finishReplay(prisma, {
      timeZone: 'UTC',
      now: NOW,
      outcomes: TEST_OUTCOMES,
      pageSize: 3,
    });
    expect(finished.outcomes).toBe(5 * TENANTS);
    expect(await prisma.$queryRawUnsafe('SELECT count(*)::int AS n FROM inbox_message')).toEqual([{ n: 0 }]);
    return { prisma, finished };
  }

  it('builds exactly the tables the per-event reference builds', async () => {
    const large = await setBased('set_based', 5_000);
    const small = await setBased('small_chunks', 7);
    const replay = await replayed('replay');

    const referenceDb = await freshDb('analytics_backlog_reference');
    let referenceApplied = 0;
    const types = [...new Set(published.map((e) => e.type))];
    const referenceMs = await catchUp(
      referenceConsumer(kafka, referenceDb, producer, namespace, types, () => referenceApplied++),
      () => referenceApplied,
    );

    const expected = await snapshot(referenceDb);
    expect(await snapshot(large.prisma)).toEqual(expected);
    expect(await snapshot(small.prisma)).toEqual(expected);
    expect(await snapshot(replay.prisma)).toEqual(expected);
    // Every aggregate that feeds a view was computed once, over pages of 3.
    expect(replay.finished.aggregates).toBe(
      (
        await referenceDb.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(DISTINCT (tenant_id, stream, aggregate_id))::int AS n FROM event_fact
            WHERE stream = ANY($1::text[])`,
          VIEW_STREAMS,
        )
      )[0]!.n,
    );
    // The twists really are in the data.
    expect((expected.service_outcome_log as unknown[]).length).toBe(5 * TENANTS);
    expect(expected.erased_customer).toHaveLength(3);
    expect(expected.part_catalogue).toEqual([{ row: expect.stringContaining('"version": 3') }]);
    const orders = await referenceDb.orderView.findMany({ where: { tenantId: 'tenant-1' } });
    expect(
      orders
        .filter((o) => o.customerId === null)
        .map((o) => o.repairOrderId)
        .sort(),
    ).toEqual(['o1', 'o2', 'o6']);
    if (process.env.ANALYTICS_BACKLOG_TIMING === '1') {
      const rate = (ms: number) => Math.round((published.length / ms) * 1000);
      process.stdout.write(
        `analytics backlog of ${published.length} messages: set-based ${Math.round(large.ms)} ms ` +
          `(${rate(large.ms)}/s), chunks of 7 ${Math.round(small.ms)} ms (${rate(small.ms)}/s), ` +
          `reference ${Math.round(referenceMs)} ms (${rate(referenceMs)}/s)\n`,
      );
    }
  }, 300_000);
});
