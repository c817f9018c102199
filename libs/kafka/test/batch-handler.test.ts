// BatchEventConsumer with a set-based batch handler, against the real broker and PostgreSQL: one
// call per chunk with the events the inbox found new, in offset order, duplicates (within a chunk
// and redelivered later) filtered out; a failed chunk falls back to one item per transaction.
// ReplayTarget tells when the group has reached the end offsets read before it started.
import path from 'node:path';
import { topicOf, type AnyEvent } from '@aftersales/contracts';
import { pgAdapter } from '@aftersales/db';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testNamespace,
  waitFor,
  type TestDatabase,
} from '@aftersales/testing';
import { PrismaClient } from './fixture/generated/client';
import {
  BatchEventConsumer,
  EventProducer,
  ReplayTarget,
  createKafka,
  type BatchItem,
  type InboxOutcome,
} from '../src';
import { registered } from './fixture/events';

const TOPIC = topicOf('customer.registered');
const migrations = path.join(__dirname, 'fixture/prisma/migrations');
type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

describe('BatchEventConsumer with a batch handler', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let namespace: string;
  let producer: EventProducer;
  let consumer: BatchEventConsumer<Tx> | undefined;
  const kafka = () => createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'batch-handler-test' });
  const calls: { ids: string[]; offsets: bigint[] }[] = [];
  const outcomes: { eventId: string; outcome: InboxOutcome }[] = [];
  let failNextChunk = false;

  beforeAll(async () => {
    namespace = testNamespace('batch_handler');
    db = await createTestDatabase('batch_handler', migrations);
    prisma = new PrismaClient({ adapter: pgAdapter({ databaseUrl: db.url }) });
    // One partition: the offset order is the publish order.
    await createNamespacedTopics(namespace, { only: [TOPIC], partitions: 1 });
    producer = new EventProducer(kafka(), namespace);
  });
  afterAll(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    await prisma?.$disconnect();
    await db?.drop();
  });

  let firstMeta: BatchItem['meta'] | undefined;

  async function project(items: readonly BatchItem[], tx: Tx): Promise<void> {
    firstMeta ??= items[0]?.meta;
    calls.push({ ids: items.map((i) => i.event.id), offsets: items.map((i) => BigInt(i.meta.offset)) });
    // One multi-row statement for the whole chunk, as a set-based projection would write it.
    await tx.$executeRawUnsafe(
      `INSERT INTO customer_projection (customer_id, tenant_id)
       SELECT * FROM unnest($1::uuid[], $2::text[])
       ON CONFLICT (customer_id) DO UPDATE SET applied_count = customer_projection.applied_count + 1`,
      items.map((i) => (i.event.data as { customerId: string }).customerId),
      items.map((i) => i.event.tenantId),
    );
    if (failNextChunk && items.length > 1) {
      failNextChunk = false;
      throw new Error('transient: connection reset in the middle of the chunk');
    }
  }

  async function start(groupId: string, inbox = true): Promise<BatchEventConsumer<Tx>> {
    const c = new BatchEventConsumer<Tx>({
      inbox,
      kafka: kafka(),
      db: prisma,
      groupId,
      topics: [TOPIC],
      namespace,
      deadLetters: producer,
      maxBatchSize: 1_000,
      fetch: { maxBytesPerPartition: 8 * 1024 * 1024 },
      retry: { attempts: 2, initialMs: 10, maxMs: 20 },
      batchHandler: { types: ['customer.registered'], handle: project },
      onApplied: (event, _meta, outcome) => outcomes.push({ eventId: event.id, outcome }),
    });
    const joined = c.waitForAssignment();
    await c.start();
    await joined;
    return c;
  }

  const counts = async (events: readonly AnyEvent[]) =>
    (
      await prisma.customerProjection.findMany({
        where: { customerId: { in: events.map((e) => (e.data as { customerId: string }).customerId) } },
      })
    ).map((r) => r.appliedCount);
  const delivered = (n: number) =>
    waitFor(async () => (outcomes.length >= n ? true : undefined), `${n} deliveries`, 30_000);

  it('sees each new event once, in offset order, and filters duplicates', async () => {
    const events = Array.from({ length: 300 }, () => registered());
    // The 10th event again inside the burst, and the 20th redelivered after everything else.
    const stream = [...events.slice(0, 50), events[9]!, ...events.slice(50)];
    // Published before the group starts, so the backlog arrives in large chunks.
    await producer.publish(stream.map((event) => ({ event })));
    const target = await ReplayTarget.read(kafka(), { groupId: 'batch-handler', topics: [TOPIC], namespace });
    expect(target.total).toBe(stream.length);
    expect(await target.remaining()).toBe(stream.length);
    consumer = await start('batch-handler');
    await delivered(stream.length);
    await producer.publish([{ event: events[19]! }]);
    await delivered(stream.length + 1);

    expect(calls.flatMap((c) => c.ids)).toEqual(events.map((e) => e.id));
    for (const call of calls)
      expect([...call.offsets].sort((a, b) => (a < b ? -1 : 1))).toEqual(call.offsets);
    expect(calls.length).toBeLessThan(10); // chunks, not one call per event
    expect(outcomes.filter((o) => o.outcome === 'duplicate').map((o) => o.eventId)).toEqual([
      events[9]!.id,
      events[19]!.id,
    ]);
    expect(await counts(events)).toEqual(events.map(() => 1));
    // Headers are decoded when first read, and serialise with the rest of the coordinates.
    expect(firstMeta!.headers['event-id']).toBe(events[0]!.id);
    expect(firstMeta!.headers['event-type']).toBe('customer.registered');
    expect(JSON.parse(JSON.stringify(firstMeta))).toMatchObject({
      topic: TOPIC,
      offset: '0',
      headers: { 'event-id': events[0]!.id },
    });
    await waitFor(async () => ((await target.remaining()) === 0 ? true : undefined), 'caught up', 15_000);
    await target.close();
  });

  it('falls back to one item per transaction when the chunk transaction fails', async () => {
    calls.length = 0;
    outcomes.length = 0;
    await consumer?.stop();
    const events = Array.from({ length: 40 }, () => registered());
    await producer.publish(events.map((event) => ({ event })));
    failNextChunk = true;
    consumer = await start('batch-handler');
    await delivered(events.length);
    expect(failNextChunk).toBe(false);
    // The failed chunk's call, then one call per event of that chunk, each with one item (a
    // later chunk, if the backlog came in two fetches, is one call again).
    const [failed, ...after] = calls;
    const chunk = failed!.ids.length;
    expect(chunk).toBeGreaterThan(1);
    expect(failed!.ids).toEqual(events.slice(0, chunk).map((e) => e.id));
    expect(after.slice(0, chunk).map((c) => c.ids)).toEqual(events.slice(0, chunk).map((e) => [e.id]));
    expect(after.flatMap((c) => c.ids)).toEqual(events.map((e) => e.id));
    expect(outcomes.every((o) => o.outcome === 'applied')).toBe(true);
    expect(await counts(events)).toEqual(events.map(() => 1));
  });

  it('without an inbox (a replay under a fresh group) writes no inbox rows and leaves redeliveries to the handler', async () => {
    calls.length = 0;
    outcomes.length = 0;
    await consumer?.stop();
    const events = Array.from({ length: 60 }, () => registered());
    // One id twice in the burst: still handed over once per chunk.
    await producer.publish([...events, events[5]!].map((event) => ({ event })));
    const inboxBefore = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM inbox_message WHERE consumer_group = 'batch-replay'`,
    );
    expect(inboxBefore[0]!.n).toBe(0);
    consumer = await start('batch-replay', false);
    // Everything on the topic since the first test, from offset 0: this group has no inbox to skip them.
    await waitFor(
      async () => (outcomes.some((o) => o.eventId === events[59]!.id) ? true : undefined),
      'the replay reached the new events',
      30_000,
    );
    const inbox = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM inbox_message WHERE consumer_group = 'batch-replay'`,
    );
    expect(inbox[0]!.n).toBe(0);
    const handed = calls.flatMap((c) => c.ids);
    // Within one chunk an id is handed over once (the copy of events[5] is in the same fetch here).
    for (const call of calls) expect(new Set(call.ids).size).toBe(call.ids.length);
    expect(handed.filter((id) => id === events[5]!.id)).toHaveLength(1);
    // Events projected by the inbox groups before are handed over again: the handler's upsert
    // is what keeps them from doubling (its applied_count counts the second projection here).
    expect(await counts(events)).toEqual(events.map(() => 1));
    const earlier = calls.flatMap((c) => c.ids).filter((id) => !events.some((e) => e.id === id));
    expect(earlier.length).toBeGreaterThan(300);
  });
});
