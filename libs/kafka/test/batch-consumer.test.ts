// BatchEventConsumer against the real broker and PostgreSQL: many messages per transaction, and
// still every event applied exactly once — with redeliveries, a poison message in the middle of
// a batch, a transient failure of the batch transaction, a consumer stopped mid-batch and a
// crash between the database commit and the offset commit (offsets rewound).
import path from 'node:path';
import { dlqTopicOf, topicOf, type AnyEvent, type EventOf } from '@aftersales/contracts';
import { pgAdapter } from '@aftersales/db';
import {
  createNamespacedTopics,
  createTestDatabase,
  readTopic,
  testInfra,
  testKafka,
  testNamespace,
  waitFor,
  type TestDatabase,
} from '@aftersales/testing';
import { PrismaClient } from './fixture/generated/client';
import {
  BatchEventConsumer,
  EventProducer,
  PermanentError,
  createKafka,
  physicalTopic,
  type InboxOutcome,
} from '../src';
import { registered } from './fixture/events';

const TOPIC = topicOf('customer.registered');
const migrations = path.join(__dirname, 'fixture/prisma/migrations');
type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

describe('BatchEventConsumer: one transaction per batch, every event applied exactly once', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let namespace: string;
  let handoverNamespace: string; // a topic of its own for the handover and crash scenarios
  let producer: EventProducer;
  const kafka = () => createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'batch-test' });
  const running: BatchEventConsumer<Tx>[] = [];
  const outcomes: { eventId: string; outcome: InboxOutcome; txid: string | undefined }[] = [];
  const txOf = new Map<string, string>(); // event id -> database transaction that applied it
  const poison = new Set<string>(); // customer ids whose effect always fails
  let failNextBatch = 0; // batch transactions still to fail once (transient)

  beforeAll(async () => {
    namespace = testNamespace('batch');
    handoverNamespace = testNamespace('batch-handover');
    db = await createTestDatabase('batch', migrations);
    prisma = new PrismaClient({ adapter: pgAdapter({ databaseUrl: db.url }) });
    await createNamespacedTopics(namespace, { only: [TOPIC], partitions: 2 });
    await createNamespacedTopics(handoverNamespace, { only: [TOPIC], partitions: 2 });
    producer = new EventProducer(kafka(), namespace);
  });

  afterAll(async () => {
    await Promise.all(running.map((c) => c.stop()));
    await producer?.disconnect();
    await prisma?.$disconnect();
    await db?.drop();
  });

  async function startConsumer(
    groupId: string,
    opts: { maxBatchSize?: number; namespace?: string; slowMs?: number } = {},
  ) {
    const consumer = new BatchEventConsumer<Tx>({
      kafka: kafka(),
      db: prisma,
      groupId,
      topics: [TOPIC],
      namespace: opts.namespace ?? namespace,
      deadLetters: producer,
      maxBatchSize: opts.maxBatchSize ?? 50,
      retry: { attempts: 2, initialMs: 10, maxMs: 20 },
      handlers: {
        'customer.registered': async (event, _meta, tx) => {
          if (opts.slowMs) await new Promise((r) => setTimeout(r, opts.slowMs));
          if (poison.has(event.data.customerId)) throw new PermanentError('cannot project this customer');
          const [row] = await tx.$queryRawUnsafe<{ txid: string }[]>('SELECT txid_current()::text AS txid');
          txOf.set(event.id, row!.txid);
          await tx.customerProjection.upsert({
            where: { customerId: event.data.customerId },
            create: { customerId: event.data.customerId, tenantId: event.tenantId },
            update: { appliedCount: { increment: 1 } },
          });
          if (failNextBatch > 0) {
            failNextBatch -= 1;
            throw new Error('transient: connection reset in the middle of the batch');
          }
        },
      },
      onApplied: (event, _meta, outcome) =>
        outcomes.push({ eventId: event.id, outcome, txid: txOf.get(event.id) }),
    });
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
    running.push(consumer);
    return consumer;
  }

  const applied = async (events: AnyEvent[]) =>
    prisma.customerProjection.findMany({
      where: { customerId: { in: events.map((e) => (e as EventOf<'customer.registered'>).data.customerId) } },
    });
  const allApplied = (events: AnyEvent[]) =>
    waitFor(
      async () => ((await applied(events)).length === events.length ? true : undefined),
      `${events.length} events applied`,
      30_000,
    );

  it('applies a burst in far fewer transactions than messages, each event once', async () => {
    await startConsumer(`batch-main-${namespace}`);
    const events = Array.from({ length: 400 }, () => registered());
    await producer.publish(events.map((event) => ({ event })));
    await allApplied(events);

    const rows = await applied(events);
    expect(rows.every((r) => r.appliedCount === 1)).toBe(true);
    const ids = new Set(events.map((e) => e.id));
    const mine = outcomes.filter((o) => ids.has(o.eventId));
    expect(mine).toHaveLength(400);
    expect(mine.every((o) => o.outcome === 'applied')).toBe(true);
    const transactions = new Set(mine.map((o) => o.txid));
    expect(transactions.size).toBeLessThan(400 / 5); // batches of up to 50: well under one per event
    expect(await prisma.inboxMessage.count({ where: { eventId: { in: [...ids] } } })).toBe(400);
  });

  it('absorbs the same event twice in one batch and again in a later one', async () => {
    const event = registered();
    const other = registered();
    await producer.publish([{ event }, { event }, { event: other }]);
    await allApplied([event, other]);
    await producer.publish([{ event }]);
    await waitFor(
      async () => (outcomes.filter((o) => o.eventId === event.id).length >= 3 ? true : undefined),
      'three deliveries',
    );
    expect(outcomes.filter((o) => o.eventId === event.id).map((o) => o.outcome)).toEqual([
      'applied',
      'duplicate',
      'duplicate',
    ]);
    expect((await applied([event]))[0]?.appliedCount).toBe(1);
  });

  it('dead-letters a poison message alone and applies the rest of its batch once', async () => {
    const events = Array.from({ length: 30 }, () => registered());
    const bad = events[12]!;
    poison.add(bad.data.customerId);
    await producer.publish(events.map((event) => ({ event })));
    const good = events.filter((e) => e !== bad);
    await allApplied(good);

    const dead = await waitFor(async () => {
      const all = await readTopic(dlqTopicOf(physicalTopic(TOPIC, namespace)), 1, 3_000);
      return all.length > 0 ? all : undefined;
    }, 'the poison message in the DLQ');
    expect(dead.map((m) => m.headers['event-id'])).toEqual([bad.id]);
    expect(dead[0]!.headers['dlq-reason']).toBe('handler-failed');
    expect(dead[0]!.headers['dlq-error']).toMatch(/PermanentError: cannot project this customer/);
    expect((await applied(good)).every((r) => r.appliedCount === 1)).toBe(true);
    expect(await applied([bad])).toHaveLength(0);
    expect(await prisma.inboxMessage.count({ where: { eventId: bad.id } })).toBe(0);
  });

  it('falls back to one transaction per message when the batch transaction fails, without doubling', async () => {
    const events = Array.from({ length: 20 }, () => registered());
    failNextBatch = 1;
    await producer.publish(events.map((event) => ({ event })));
    await allApplied(events);
    expect(failNextBatch).toBe(0);
    expect((await applied(events)).every((r) => r.appliedCount === 1)).toBe(true);
    const ids = new Set(events.map((e) => e.id));
    expect(outcomes.filter((o) => ids.has(o.eventId)).every((o) => o.outcome === 'applied')).toBe(true);
  });

  const handoverGroup = 'batch-handover';
  const handoverEvents = Array.from({ length: 300 }, () => registered());
  const inboxOfHandover = () => prisma.inboxMessage.count({ where: { consumerGroup: handoverGroup } });

  it('loses and doubles nothing when a consumer stops mid-batch and another takes over', async () => {
    const handoverProducer = new EventProducer(kafka(), handoverNamespace);
    await handoverProducer.publish(handoverEvents.map((event) => ({ event })));
    await handoverProducer.disconnect();
    const options = { namespace: handoverNamespace, maxBatchSize: 10, slowMs: 5 };
    const first = await startConsumer(handoverGroup, options);
    await waitFor(async () => ((await inboxOfHandover()) >= 30 ? true : undefined), 'the first chunks');
    await first.stop(); // finishes the chunk in hand, resolves nothing after it
    expect(await inboxOfHandover()).toBeLessThan(300);

    await startConsumer(handoverGroup, { ...options, slowMs: 0 });
    await waitFor(
      async () => ((await inboxOfHandover()) === 300 ? true : undefined),
      'the second consumer finishing the backlog',
      30_000,
    );
    expect((await applied(handoverEvents)).map((r) => r.appliedCount)).toEqual(handoverEvents.map(() => 1));
  });

  it('absorbs a full redelivery after a crash between the database commit and the offset commit', async () => {
    await Promise.all(running.splice(0).map((c) => c.stop()));
    // A crash after the transaction but before the offset commit leaves the offsets behind:
    // rewind the group to the start, as if none of its offset commits had reached the broker.
    const admin = testKafka('batch-admin').admin();
    await admin.connect();
    await admin.resetOffsets({
      groupId: handoverGroup,
      topic: physicalTopic(TOPIC, handoverNamespace),
      earliest: true,
    });
    await admin.disconnect();
    const ids = new Set(handoverEvents.map((e) => e.id));
    const seen = outcomes.filter((o) => ids.has(o.eventId)).length;

    await startConsumer(handoverGroup, { namespace: handoverNamespace, maxBatchSize: 100 });
    const again = await waitFor(async () => {
      const mine = outcomes.filter((o) => ids.has(o.eventId)).slice(seen);
      return mine.length >= 300 ? mine : undefined;
    }, 'all 300 redelivered');
    expect(again.every((o) => o.outcome === 'duplicate')).toBe(true);
    expect(await inboxOfHandover()).toBe(300);
    expect((await applied(handoverEvents)).map((r) => r.appliedCount)).toEqual(handoverEvents.map(() => 1));
  });
});
