// Transient failures never dead-letter a valid event: against the real broker and PostgreSQL, the
// consumer's database refuses connections (ALLOW_CONNECTIONS false + every backend terminated), or
// a row it must write stays locked past lock_timeout; the partition pauses and retries the same
// message until it succeeds, other partitions keep flowing, the group membership holds, and every
// event is applied exactly once afterwards. Both EventConsumer and BatchEventConsumer.
import path from 'node:path';
import { Client } from 'pg';
import { register } from 'prom-client';
import { dlqTopicOf, topicOf, type EventOf } from '@aftersales/contracts';
import { pgAdapter } from '@aftersales/db';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testKafka,
  testNamespace,
  waitFor,
  type TestDatabase,
} from '@aftersales/testing';
import { PrismaClient } from './fixture/generated/client';
import {
  BatchEventConsumer,
  EventConsumer,
  EventProducer,
  TransientError,
  createKafka,
  handleOnce,
  physicalTopic,
  type EventConsumerOptions,
} from '../src';
import { registered } from './fixture/events';

const TOPIC = topicOf('customer.registered');
const migrations = path.join(__dirname, 'fixture/prisma/migrations');
type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: testInfra().databaseAdminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The database refuses new connections and loses every open one, as in a failover. */
async function refuseConnections(db: TestDatabase, refuse: boolean): Promise<void> {
  await admin(async (c) => {
    await c.query(`ALTER DATABASE "${db.name}" ALLOW_CONNECTIONS ${refuse ? 'false' : 'true'}`);
    if (refuse)
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [db.name]);
  });
}

async function messagesOn(topic: string): Promise<number> {
  const a = testKafka('transient-admin').admin();
  await a.connect();
  try {
    // Right after the topic was created a partition may still be electing its leader (the
    // broker answers "not the leader"): ask again for a few seconds.
    for (let attempt = 1; ; attempt++) {
      try {
        const offsets = await a.fetchTopicOffsets(topic);
        return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
      } catch (err) {
        if (attempt >= 20 || !/leader/i.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await a.disconnect();
  }
}

async function metricValue(name: string, labels: Record<string, string>): Promise<number> {
  const metric = register.getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  return values
    .filter((v) => Object.entries(labels).every(([k, want]) => v.labels[k] === want))
    .reduce((sum, v) => sum + v.value, 0);
}

describe('transient failures pause and retry; they never dead-letter', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let namespace: string;
  let producer: EventProducer;
  const kafka = () => createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'transient-test' });
  const running: EventConsumer[] = [];
  // Fast back-off so the tests wait seconds, not the production 30 s cap.
  const pause = { initialMs: 200, maxMs: 1_000 };

  beforeAll(async () => {
    namespace = testNamespace('transient');
    db = await createTestDatabase('transient', migrations);
    prisma = new PrismaClient({
      adapter: pgAdapter({
        databaseUrl: db.url,
        maxConnections: 4,
        lockTimeoutMs: 500,
        connectionTimeoutMs: 2_000,
      }),
    });
    await createNamespacedTopics(namespace, { only: [TOPIC], partitions: 2 });
    producer = new EventProducer(kafka(), namespace);
  });

  // One consumer group at a time: they share the topic and the projection table.
  afterEach(async () => {
    await Promise.all(running.splice(0).map((c) => c.stop()));
  });

  afterAll(async () => {
    await producer?.disconnect();
    await prisma?.$disconnect();
    await refuseConnections(db, false).catch(() => undefined);
    await db?.drop();
  });

  const project = async (tx: Tx, event: EventOf<'customer.registered'>) => {
    await tx.customerProjection.upsert({
      where: { customerId: event.data.customerId },
      create: { customerId: event.data.customerId, tenantId: event.tenantId },
      update: { appliedCount: { increment: 1 } },
    });
  };

  async function start(consumer: EventConsumer): Promise<{ joins: () => number }> {
    let joins = 0;
    (consumer as unknown as { consumer: { on: (e: string, f: () => void) => void } }).consumer.on(
      'consumer.group_join',
      () => (joins += 1),
    );
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
    running.push(consumer);
    return { joins: () => joins };
  }

  function eventConsumer(groupId: string, extra: Partial<EventConsumerOptions> = {}) {
    return new EventConsumer({
      kafka: kafka(),
      groupId,
      topics: [TOPIC],
      namespace,
      deadLetters: producer,
      pause,
      retry: { attempts: 2, initialMs: 10, maxMs: 20 },
      handlers: {
        'customer.registered': async (event, meta) => {
          await handleOnce(
            prisma,
            {
              consumerGroup: meta.groupId,
              event,
              topic: meta.topic,
              partition: meta.partition,
              offset: meta.offset,
            },
            (tx) => project(tx as Tx, event),
          );
        },
      },
      ...extra,
    });
  }

  const appliedCounts = async (events: EventOf<'customer.registered'>[]) =>
    prisma.customerProjection.findMany({
      where: { customerId: { in: events.map((e) => e.data.customerId) } },
    });

  async function outageScenario(groupId: string, consumer: EventConsumer) {
    const dlqBefore = await messagesOn(physicalTopic(dlqTopicOf(TOPIC), namespace));
    const { joins } = await start(consumer);
    const before = Array.from({ length: 10 }, () => registered());
    await producer.publish(before.map((event) => ({ event })));
    await waitFor(async () => (await appliedCounts(before)).length === 10, 'events before the outage');

    await refuseConnections(db, true);
    const t0 = Date.now();
    const during = Array.from({ length: 20 }, () => registered());
    await producer.publish(during.map((event) => ({ event })));
    // The consumer meets the refusal and keeps retrying: paused seconds grow, nothing dead-letters.
    await waitFor(
      async () =>
        (await metricValue('aftersales_consumer_retries_total', {
          group: groupId,
          class: 'database-unavailable',
        })) > 2,
      'retries while the database refuses connections',
      30_000,
    );
    await new Promise((r) => setTimeout(r, Math.max(0, 6_000 - (Date.now() - t0))));
    await refuseConnections(db, false);

    const all = [...before, ...during];
    await waitFor(
      async () => (await appliedCounts(all)).length === all.length,
      'every event applied',
      60_000,
    );
    const rows = await appliedCounts(all);
    expect(rows.every((r) => r.appliedCount === 1)).toBe(true);
    expect(
      await prisma.inboxMessage.count({
        where: { consumerGroup: groupId, eventId: { in: all.map((e) => e.id) } },
      }),
    ).toBe(all.length);
    expect(await messagesOn(physicalTopic(dlqTopicOf(TOPIC), namespace))).toBe(dlqBefore);
    expect(joins()).toBe(1); // never left the group
    expect(await metricValue('aftersales_consumer_paused_seconds_total', { group: groupId })).toBeGreaterThan(
      0,
    );
    expect(await metricValue('aftersales_consumer_paused_partitions', { group: groupId })).toBe(0);
  }

  it('EventConsumer: a database refusing connections pauses and retries; every event applied once', async () => {
    const groupId = `transient-single-${namespace}`;
    await outageScenario(groupId, eventConsumer(groupId));
  }, 120_000);

  it('BatchEventConsumer: the same outage, through the per-message fallback', async () => {
    const groupId = `transient-batch-${namespace}`;
    const consumer = new BatchEventConsumer<Tx>({
      kafka: kafka(),
      db: prisma,
      groupId,
      topics: [TOPIC],
      namespace,
      deadLetters: producer,
      pause,
      retry: { attempts: 2, initialMs: 10, maxMs: 20 },
      maxBatchSize: 50,
      handlers: { 'customer.registered': (event, _meta, tx) => project(tx, event) },
    });
    await outageScenario(groupId, consumer);
  }, 120_000);

  it('a lock held past lock_timeout pauses only until the lock is gone', async () => {
    const groupId = `transient-lock-${namespace}`;
    const dlqBefore = await messagesOn(physicalTopic(dlqTopicOf(TOPIC), namespace));
    const { joins } = await start(eventConsumer(groupId));
    const event = registered();
    // Another session holds the row the handler must update.
    await prisma.customerProjection.create({
      data: { customerId: event.data.customerId, tenantId: 'tenant-a', appliedCount: 0 },
    });
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT * FROM customer_projection WHERE customer_id = $1 FOR UPDATE', [
      event.data.customerId,
    ]);
    await producer.publish([{ event }]);
    await waitFor(
      async () =>
        (await metricValue('aftersales_consumer_retries_total', { group: groupId, class: 'lock-timeout' })) >=
        2,
      'lock-timeout retries',
      30_000,
    );
    await holder.query('COMMIT');
    await holder.end();
    await waitFor(
      async () =>
        (await prisma.customerProjection.findUnique({ where: { customerId: event.data.customerId } }))
          ?.appliedCount === 1,
      'the event applied after the lock was released',
      30_000,
    );
    expect(await messagesOn(physicalTopic(dlqTopicOf(TOPIC), namespace))).toBe(dlqBefore);
    expect(joins()).toBe(1);
  }, 60_000);

  it('pauses only the failing partition: the other keeps flowing meanwhile', async () => {
    const groupId = `transient-partition-${namespace}`;
    const blocked = new Set<string>(); // customer ids whose events fail transiently
    const handledAt = new Map<string, number>(); // event id -> when handled
    const consumer = eventConsumer(groupId, {
      handlers: {
        'customer.registered': async (event) => {
          if (blocked.has(event.data.customerId)) throw new TransientError('reference data not there yet');
          handledAt.set(event.id, Date.now());
        },
      },
    });
    const { joins } = await start(consumer);
    const kafkaAdmin = testKafka('transient-admin').admin();
    await kafkaAdmin.connect();
    const highs = async () =>
      (await kafkaAdmin.fetchTopicOffsets(physicalTopic(TOPIC, namespace))).map((p) => Number(p.high));
    /** Publishes and returns the partition the message landed on. */
    const publishTo = async (event: EventOf<'customer.registered'>) => {
      const before = await highs();
      await producer.publish([{ event }]);
      const after = await highs();
      return after.findIndex((high, i) => high !== before[i]);
    };

    const a = registered();
    blocked.add(a.data.customerId);
    const blockedPartition = await publishTo(a);
    // Keys until one lands on the other partition (murmur2 of the key decides).
    let b = registered();
    while ((await publishTo(b)) === blockedPartition) b = registered();
    await kafkaAdmin.disconnect();

    await waitFor(async () => handledAt.get(b.id), 'the other partition handled while one is paused');
    expect(handledAt.has(a.id)).toBe(false);
    blocked.delete(a.data.customerId);
    const aHandled = await waitFor(async () => handledAt.get(a.id), 'the paused partition resumed');
    expect(aHandled).toBeGreaterThan(handledAt.get(b.id)!);
    expect(joins()).toBe(1);
  }, 60_000);
});
