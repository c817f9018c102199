// The outbox relay against the real broker and PostgreSQL: a row that cannot be published (its
// topic does not exist) is found inside a failing batch, retried alone with back-off and parked,
// while other aggregates' events keep flowing and its own aggregate's later events wait behind it;
// replaying it after the fix publishes both in order. Batches are capped in bytes; a broker that
// cannot be reached is never counted against any row; 20,000 events fit in one transaction.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { register } from 'prom-client';
import { topicOf, type EventOf } from '@aftersales/contracts';
import { pgAdapter } from '@aftersales/db';
import {
  createNamespacedTopics,
  createTestDatabase,
  readTopic,
  testInfra,
  testNamespace,
  waitFor,
  type TestDatabase,
} from '@aftersales/testing';
import { PrismaClient } from './fixture/generated/client';
import {
  EventProducer,
  OutboxRelay,
  createKafka,
  enqueueEvents,
  listParked,
  outboxBacklog,
  physicalTopic,
  replayParked,
  trackOutbox,
} from '../src';
import { registered } from './fixture/events';

const TOPIC = topicOf('customer.registered');
const MISSING = 'aftersales.customer.no-such-topic.v1';
const migrations = path.join(__dirname, 'fixture/prisma/migrations');

/** Counts sends, so tests can see how a batch was split. */
class CountingProducer extends EventProducer {
  sends: number[] = [];
  override async sendRaw(topicMessages: Parameters<EventProducer['sendRaw']>[0]): Promise<void> {
    this.sends.push(topicMessages.reduce((n, t) => n + t.messages.length, 0));
    return super.sendRaw(topicMessages);
  }
}

describe('outbox relay: no head-of-line blocking', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let namespace: string;
  // Few client retries: a send to a missing topic fails in about a second (docs/reliability.md).
  const fastKafka = () =>
    createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'outbox-test', retries: 2 });

  beforeAll(async () => {
    namespace = testNamespace('outbox');
    db = await createTestDatabase('outbox', migrations);
    prisma = new PrismaClient({ adapter: pgAdapter({ databaseUrl: db.url }) });
    await createNamespacedTopics(namespace, { only: [TOPIC], partitions: 2 });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  /** Enqueues an event but sends it to `topic` (as a row written for a topic the broker lacks). */
  async function enqueueTo(topic: string, event: EventOf<'customer.registered'>) {
    await prisma.$transaction((tx) => enqueueEvents(tx, [event]));
    await prisma.outboxMessage.update({ where: { eventId: event.id }, data: { topic } });
  }

  it('isolates and parks a poison row; others flow; its key waits; replay publishes both in order', async () => {
    const producer = new CountingProducer(fastKafka(), namespace);
    const relay = new OutboxRelay({
      db: prisma,
      producer,
      namespace,
      maxAttempts: 3,
      rowBackoff: { initialMs: 100, maxMs: 200 },
    });
    const poisonKey = randomUUID();
    const poison = registered({ customerId: poisonKey });
    const behindPoison = registered({ customerId: poisonKey }); // the same aggregate, later
    const others = Array.from({ length: 30 }, () => registered());
    await prisma.$transaction((tx) => enqueueEvents(tx, others.slice(0, 15)));
    await enqueueTo(MISSING, poison);
    await prisma.$transaction((tx) => enqueueEvents(tx, [behindPoison, ...others.slice(15)]));

    // First flush: the batch fails, is split, everything but the poison row (and the row behind it) goes out.
    expect(await relay.flushOnce()).toBe(30);
    let row = await prisma.outboxMessage.findUniqueOrThrow({ where: { eventId: poison.id } });
    expect(row).toMatchObject({ attempts: 1, publishedAt: null, parkedAt: null });
    expect(row.lastError).toMatch(/UNKNOWN_TOPIC_OR_PARTITION|does not host this topic/);
    expect(
      (await prisma.outboxMessage.findUniqueOrThrow({ where: { eventId: behindPoison.id } })).publishedAt,
    ).toBeNull();

    // New events of other aggregates keep flowing while the poison row is retried and then parked.
    const later = Array.from({ length: 5 }, () => registered());
    await prisma.$transaction((tx) => enqueueEvents(tx, later));
    const sendsBefore = producer.sends.length;
    await waitFor(
      async () => {
        await relay.flushOnce();
        row = await prisma.outboxMessage.findUniqueOrThrow({ where: { eventId: poison.id } });
        return row.parkedAt !== null;
      },
      'the poison row parked',
      30_000,
      50,
    );
    expect(row.attempts).toBe(3);
    // Retries of the poison row are single-row sends.
    expect(producer.sends.slice(sendsBefore).filter((n) => n === 1).length).toBeGreaterThanOrEqual(2);
    expect(await outboxBacklog(prisma)).toMatchObject({ parked: 1, pending: 1 }); // pending: the row behind it
    const laterRows = await prisma.outboxMessage.findMany({
      where: { eventId: { in: later.map((e) => e.id) } },
    });
    expect(laterRows.every((r) => r.publishedAt !== null)).toBe(true);

    // Parked: counted for the alert and listed for the operator.
    const untrack = trackOutbox(prisma);
    const parkedMetric = await register.getSingleMetric('aftersales_outbox_parked')!.get();
    expect(parkedMetric.values[0]?.value).toBe(1);
    untrack();
    const listed = await listParked(prisma);
    expect(listed.map((p) => p.eventId)).toEqual([poison.id]);

    // The fix: the row goes to the right topic after all (as if the topic had been created), replayed.
    await prisma.outboxMessage.update({ where: { eventId: poison.id }, data: { topic: TOPIC } });
    expect(await replayParked(prisma)).toBe(1);
    await relay.flushOnce();
    const messages = await readTopic(physicalTopic(TOPIC, namespace), 37, 20_000);
    const ofPoisonKey = messages.filter((m) => m.key === poisonKey).map((m) => m.headers['event-id']);
    expect(ofPoisonKey).toEqual([poison.id, behindPoison.id]); // in order, each once
    expect(new Set(messages.map((m) => m.headers['event-id'])).size).toBe(37);
    expect(await outboxBacklog(prisma)).toMatchObject({ parked: 0, pending: 0 });
    await producer.disconnect();
  }, 90_000);

  it('caps a batch in bytes as well as rows', async () => {
    const producer = new CountingProducer(fastKafka(), namespace);
    // An event is about 450 bytes with its headers: at most 4 fit in 2,000 bytes.
    const relay = new OutboxRelay({ db: prisma, producer, namespace, maxBatchBytes: 2_000 });
    const events = Array.from({ length: 20 }, () => registered());
    await prisma.$transaction((tx) => enqueueEvents(tx, events));
    let published = 0;
    while (published < 20) published += await relay.flushOnce();
    expect(producer.sends.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...producer.sends)).toBeLessThanOrEqual(4);
    await producer.disconnect();
  }, 60_000);

  it('counts nothing against the rows while the broker cannot be reached', async () => {
    const down = new EventProducer(
      createKafka({ brokers: ['127.0.0.1:1'], clientId: 'outbox-down', retries: 1 }),
      namespace,
    );
    const relay = new OutboxRelay({ db: prisma, producer: down, namespace });
    const events = Array.from({ length: 5 }, () => registered());
    await prisma.$transaction((tx) => enqueueEvents(tx, events));
    await expect(relay.flushOnce()).rejects.toThrow();
    await expect(relay.flushOnce()).rejects.toThrow();
    const rows = await prisma.outboxMessage.findMany({ where: { eventId: { in: events.map((e) => e.id) } } });
    expect(rows.every((r) => r.attempts === 0 && r.parkedAt === null && r.publishedAt === null)).toBe(true);
    // The broker is back: everything goes out.
    const up = new EventProducer(fastKafka(), namespace);
    const upRelay = new OutboxRelay({ db: prisma, producer: up, namespace });
    await waitFor(
      async () => (await upRelay.flushOnce()) === 0 && (await outboxBacklog(prisma)).pending === 0,
      'drained',
    );
    await up.disconnect();
    await down.disconnect().catch(() => undefined);
  }, 60_000);

  it('enqueues 20,000 events in one transaction', async () => {
    const events = Array.from({ length: 20_000 }, () => registered());
    await prisma.$transaction((tx) => enqueueEvents(tx, events), { timeout: 60_000 });
    const rows = await prisma.outboxMessage.findMany({
      where: { eventId: { in: [events[0]!.id, events[19_999]!.id] } },
      orderBy: { seq: 'asc' },
    });
    expect(rows.map((r) => r.eventId)).toEqual([events[0]!.id, events[19_999]!.id]); // in order
    expect(await prisma.outboxMessage.count({ where: { publishedAt: null } })).toBeGreaterThanOrEqual(20_000);
    // Leave the table as the other tests expect it.
    await prisma.outboxMessage.deleteMany({ where: { publishedAt: null } });
  }, 60_000);
});
