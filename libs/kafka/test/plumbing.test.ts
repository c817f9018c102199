// The platform's plumbing end to end, against the real broker and PostgreSQL: a write commits an
// entity and its outbox row together; the relay publishes; a consumer applies the event once; a
// redelivered event has one effect; malformed messages land in the DLQ and consumption goes on.
import { randomUUID } from 'node:crypto';
import { ROOT_CONTEXT, TraceFlags, trace } from '@opentelemetry/api';
import { createEvent, dlqTopicOf, topicOf, type AnyEvent, type EventOf } from '@aftersales/contracts';
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
  EventConsumer,
  EventProducer,
  OutboxRelay,
  PermanentError,
  createKafka,
  enqueueEvents,
  outboxBacklog,
  handleOnce,
  physicalTopic,
  readCloudEvent,
  type InboxOutcome,
  type MessageMeta,
} from '../src';
import path from 'node:path';
import { register } from 'prom-client';
import { registered } from './fixture/events';

const TOPIC = topicOf('customer.registered');
const migrations = path.join(__dirname, 'fixture/prisma/migrations');

describe('plumbing: outbox -> relay -> Kafka -> consumer with inbox -> DLQ', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let namespace: string;
  let producer: EventProducer;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  const outcomes: { eventId: string; outcome: InboxOutcome }[] = [];
  const seenMeta: MessageMeta[] = [];
  const flaky = new Map<string, number>(); // customerId -> failures still to throw

  beforeAll(async () => {
    namespace = testNamespace('plumbing');
    db = await createTestDatabase('plumbing', migrations);
    prisma = new PrismaClient({ adapter: pgAdapter({ databaseUrl: db.url }) });
    await createNamespacedTopics(namespace, { only: [TOPIC], partitions: 3 });
    const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'plumbing-test' });
    producer = new EventProducer(kafka, namespace);
    relay = new OutboxRelay({ db: prisma, producer, namespace, idleMs: 20 });
    consumer = new EventConsumer({
      kafka,
      groupId: `plumbing-projection-${namespace}`,
      topics: [TOPIC],
      namespace,
      deadLetters: producer,
      retry: { attempts: 3, initialMs: 20, maxMs: 50 },
      handlers: {
        'customer.registered': async (event, meta) => {
          seenMeta.push(meta);
          const left = flaky.get(event.data.customerId);
          if (left === -1) throw new PermanentError('this customer cannot be projected');
          if (left && left > 0) {
            flaky.set(event.data.customerId, left - 1);
            throw new Error('transient: projection store busy');
          }
          const outcome = await handleOnce(
            prisma,
            {
              consumerGroup: meta.groupId,
              event,
              topic: meta.topic,
              partition: meta.partition,
              offset: meta.offset,
            },
            async (tx) => {
              await tx.customerProjection.upsert({
                where: { customerId: event.data.customerId },
                create: { customerId: event.data.customerId, tenantId: event.tenantId },
                update: { appliedCount: { increment: 1 } },
              });
            },
          );
          outcomes.push({ eventId: event.id, outcome });
        },
      },
    });
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
    relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await consumer?.stop();
    await producer?.disconnect();
    await prisma?.$disconnect();
    await db?.drop();
  });

  async function writeCustomer(
    event: EventOf<'customer.registered'>,
    opts: { failAfterOutbox?: boolean } = {},
  ) {
    await prisma.$transaction(async (tx) => {
      await tx.sampleCustomer.create({ data: { id: event.data.customerId, tenantId: event.tenantId } });
      await enqueueEvents(tx, [event]);
      if (opts.failAfterOutbox) throw new Error('business rule failed after the outbox write');
    });
  }

  const appliedCount = async (customerId: string) =>
    (await prisma.customerProjection.findUnique({ where: { customerId } }))?.appliedCount;

  it('commits the entity and its outbox row together, or neither', async () => {
    const kept = registered();
    const dropped = registered();
    await writeCustomer(kept);
    await expect(writeCustomer(dropped, { failAfterOutbox: true })).rejects.toThrow(/business rule/);

    expect(await prisma.sampleCustomer.count({ where: { id: kept.data.customerId } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { eventId: kept.id } })).toBe(1);
    expect(await prisma.sampleCustomer.count({ where: { id: dropped.data.customerId } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { eventId: dropped.id } })).toBe(0);
  });

  it('relays the outbox row to Kafka, keyed by aggregate, and the consumer applies it once', async () => {
    const event = registered();
    await writeCustomer(event);

    await waitFor(
      async () => (await prisma.outboxMessage.findUnique({ where: { eventId: event.id } }))?.publishedAt,
      'relay to publish',
    );
    await waitFor(() => appliedCount(event.data.customerId), 'projection');
    expect(await appliedCount(event.data.customerId)).toBe(1);
    expect(await prisma.inboxMessage.count({ where: { eventId: event.id } })).toBe(1);

    const onTopic = (await readTopic(physicalTopic(TOPIC, namespace), 100, 5_000)).filter(
      (m) => m.headers['event-id'] === event.id,
    );
    expect(onTopic).toHaveLength(1);
    expect(onTopic[0]!.key).toBe(event.subject);
    expect(onTopic[0]!.headers['event-type']).toBe('customer.registered');
    expect(JSON.parse(onTopic[0]!.value!)).toEqual(event);
    // What the relay publishes is a CloudEvent too (the same headers as the producer's).
    const ce = readCloudEvent({
      key: onTopic[0]!.key,
      value: onTopic[0]!.value!,
      headers: onTopic[0]!.headers,
    });
    expect(ce).toMatchObject({
      id: event.id,
      type: 'customer.registered',
      subject: event.subject,
      tenantid: event.tenantId,
      dataschema: 'https://aftersales.example/schemas/customer.registered.v1.json',
    });
  });

  it('applies an event delivered twice only once (inbox)', async () => {
    const event = registered();
    await writeCustomer(event);
    await waitFor(() => appliedCount(event.data.customerId), 'first delivery');
    await producer.publish([{ event }]); // the same event id again, as a redelivery would bring it

    await waitFor(
      async () => outcomes.filter((o) => o.eventId === event.id).length >= 2 || undefined,
      'second delivery',
    );
    expect(outcomes.filter((o) => o.eventId === event.id).map((o) => o.outcome)).toEqual([
      'applied',
      'duplicate',
    ]);
    expect(await appliedCount(event.data.customerId)).toBe(1);
  });

  it('dead-letters malformed messages with their error and coordinates, and keeps consuming', async () => {
    const topic = physicalTopic(TOPIC, namespace);
    const badData = { ...registered(), data: { customerId: 'x', kind: 'robot' } };
    const unknownVersion = { ...registered(), version: 99 };
    await producer.sendRaw([
      {
        topic,
        messages: [
          { key: 'poison-1', value: '{not json', headers: { 'event-id': 'poison-1' } },
          { key: 'poison-2', value: JSON.stringify(badData), headers: { 'event-id': 'poison-2' } },
          { key: 'poison-3', value: JSON.stringify(unknownVersion), headers: { 'event-id': 'poison-3' } },
        ],
      },
    ]);
    const after = registered();
    await writeCustomer(after);
    await waitFor(() => appliedCount(after.data.customerId), 'a valid event after the poison ones');

    const dead = await readTopic(dlqTopicOf(topic), 3, 10_000);
    const byKey = new Map(dead.map((m) => [m.key, m]));
    expect(byKey.get('poison-1')?.headers['dlq-reason']).toBe('invalid-json');
    expect(byKey.get('poison-1')?.value).toBe('{not json');
    expect(byKey.get('poison-2')?.headers['dlq-reason']).toBe('contract-violation');
    expect(byKey.get('poison-2')?.headers['dlq-error']).toMatch(/kind|customerId/);
    expect(byKey.get('poison-3')?.headers['dlq-reason']).toBe('contract-violation');
    expect(byKey.get('poison-3')?.headers['dlq-error']).toMatch(/version/);
    for (const m of dead) {
      expect(m.headers['dlq-original-topic']).toBe(topic);
      expect(m.headers['dlq-original-partition']).toMatch(/^\d+$/);
      expect(m.headers['dlq-original-offset']).toMatch(/^\d+$/);
      expect(m.headers['dlq-consumer-group']).toBe(`plumbing-projection-${namespace}`);
      expect(m.headers['event-id']).toBe(m.key); // original headers are kept
    }
  });

  it('retries a transient handler failure, and dead-letters a permanent one', async () => {
    const transient = registered();
    const permanent = registered();
    flaky.set(transient.data.customerId, 2);
    flaky.set(permanent.data.customerId, -1);
    await writeCustomer(transient);
    await writeCustomer(permanent);

    await waitFor(() => appliedCount(transient.data.customerId), 'the retried event');
    expect(await appliedCount(transient.data.customerId)).toBe(1);
    const dead = await waitFor(async () => {
      const all = await readTopic(dlqTopicOf(physicalTopic(TOPIC, namespace)), 4, 3_000);
      return all.find((m) => m.headers['event-id'] === permanent.id);
    }, 'the permanent failure in the DLQ');
    expect(dead.headers['dlq-reason']).toBe('handler-failed');
    expect(dead.headers['dlq-error']).toMatch(/PermanentError: this customer cannot be projected/);
    expect(dead.headers['dlq-attempts']).toBe('1');
    expect(await appliedCount(permanent.data.customerId)).toBeUndefined();
  });

  it('carries the W3C trace context of the write to the consumer', async () => {
    const traceId = 'aa'.repeat(16);
    const ctx = trace.setSpanContext(ROOT_CONTEXT, {
      traceId,
      spanId: 'bb'.repeat(8),
      traceFlags: TraceFlags.SAMPLED,
    });
    const event = registered();
    await prisma.$transaction(async (tx) => {
      await tx.sampleCustomer.create({ data: { id: event.data.customerId, tenantId: event.tenantId } });
      await enqueueEvents(tx, [event], { traceContext: ctx });
    });
    await waitFor(() => appliedCount(event.data.customerId), 'traced event');
    const meta = seenMeta.find((m) => m.headers['event-id'] === event.id);
    expect(meta?.headers.traceparent).toBe(`00-${traceId}-${'bb'.repeat(8)}-01`);
  });

  it('keeps per-aggregate order across many transactions', async () => {
    const customers = [randomUUID(), randomUUID(), randomUUID()];
    const written: AnyEvent[] = [];
    for (let i = 0; i < 60; i++) {
      const id = customers[i % 3]!;
      const e = createEvent('customer.updated', {
        producer: 'plumbing-test',
        tenantId: 'tenant-a',
        subject: id,
        data: {
          customerId: id,
          revision: Math.floor(i / 3) + 1,
          changedFields: ['preferredChannel'],
          kind: 'person',
          dealerId: null,
          preferredChannel: 'sms',
          consents: { marketing: true, dataProcessing: true },
        },
      });
      written.push(e);
      await prisma.$transaction((tx) => enqueueEvents(tx, [e]));
    }
    const ids = new Set(written.map((e) => e.id));
    const got = await waitFor(async () => {
      const all = (await readTopic(physicalTopic(TOPIC, namespace), 1_000, 4_000)).filter((m) =>
        ids.has(m.headers['event-id']!),
      );
      return all.length >= 60 ? all : undefined;
    }, 'all 60 updates on the topic');
    for (const id of customers) {
      const revisions = got
        .filter((m) => m.key === id)
        .sort((a, b) => Number(a.offset) - Number(b.offset))
        .map((m) => JSON.parse(m.value!).data.revision);
      expect(revisions).toEqual([...Array(20).keys()].map((r) => r + 1));
    }
  });

  it('counts what happened in the platform metrics (published by type, consumed by outcome, dead letters, lag, backlog)', async () => {
    const value = async (name: string, labels: Record<string, string>) => {
      const m = register.getSingleMetric(name);
      const values = (await m?.get())?.values ?? [];
      return values
        .filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x))
        .reduce((a, v) => a + v.value, 0);
    };
    expect(
      await value('aftersales_events_published_total', { event_type: 'customer.registered' }),
    ).toBeGreaterThanOrEqual(5);
    expect(await value('aftersales_events_published_total', { event_type: 'customer.updated' })).toBe(60);
    expect(
      await value('aftersales_consumer_messages_total', { topic: TOPIC, outcome: 'handled' }),
    ).toBeGreaterThanOrEqual(5);
    expect(await value('aftersales_dlq_messages_total', { topic: TOPIC, reason: 'invalid-json' })).toBe(1);
    expect(await value('aftersales_dlq_messages_total', { topic: TOPIC, reason: 'contract-violation' })).toBe(
      2,
    );
    expect(await value('aftersales_dlq_messages_total', { topic: TOPIC, reason: 'handler-failed' })).toBe(1);
    const lag = (await register.getSingleMetric('aftersales_consumer_lag')?.get())?.values ?? [];
    expect(
      lag.some((v) => v.labels.group === `plumbing-projection-${namespace}` && v.labels.topic === TOPIC),
    ).toBe(true);
    const text = await register.metrics();
    expect(text).toMatch(/^aftersales_outbox_pending \d+$/m);
    expect(text).toMatch(/^aftersales_outbox_oldest_age_seconds /m);
  });
});

describe('outbox relay under failure', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let namespace: string;

  beforeAll(async () => {
    namespace = testNamespace('relay');
    db = await createTestDatabase('relay', migrations);
    prisma = new PrismaClient({ adapter: pgAdapter({ databaseUrl: db.url }) });
    await createNamespacedTopics(namespace, { only: [TOPIC] });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('keeps rows unpublished while Kafka is unreachable, and publishes them once it is back', async () => {
    const event = registered();
    await prisma.$transaction((tx) => enqueueEvents(tx, [event]));
    const down = new EventProducer(createKafka({ brokers: ['127.0.0.1:1'], clientId: 'down' }), namespace);
    const downRelay = new OutboxRelay({ db: prisma, producer: down, namespace });
    await expect(downRelay.flushOnce()).rejects.toThrow();
    expect((await prisma.outboxMessage.findUnique({ where: { eventId: event.id } }))?.publishedAt).toBeNull();
    await down.disconnect().catch(() => undefined);

    const up = new EventProducer(
      createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'up' }),
      namespace,
    );
    expect(await new OutboxRelay({ db: prisma, producer: up, namespace }).flushOnce()).toBe(1);
    await up.disconnect();
    const onTopic = await readTopic(physicalTopic(TOPIC, namespace), 1, 10_000);
    expect(onTopic.map((m) => m.headers['event-id'])).toContain(event.id);
  });

  it('flushes what is pending when stopped (graceful shutdown)', async () => {
    const producer = new EventProducer(
      createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'stop' }),
      namespace,
    );
    const relay = new OutboxRelay({ db: prisma, producer, namespace, idleMs: 60_000 });
    relay.start();
    await waitFor(
      async () => (await outboxBacklog(prisma)).pending === 0 || undefined,
      'relay idle with nothing pending',
    );
    const event = registered();
    await prisma.$transaction((tx) => enqueueEvents(tx, [event])); // lands while the relay sleeps
    expect((await outboxBacklog(prisma)).pending).toBe(1);
    await relay.stop();
    await producer.disconnect();
    expect(
      (await prisma.outboxMessage.findUnique({ where: { eventId: event.id } }))?.publishedAt,
    ).toBeInstanceOf(Date);
    expect((await outboxBacklog(prisma)).pending).toBe(0);
  });

  it('lets only one of two concurrent relays publish each row', async () => {
    const events = Array.from({ length: 300 }, () => registered({ tenantId: 'tenant-b' }));
    for (let i = 0; i < events.length; i += 50)
      await prisma.$transaction((tx) => enqueueEvents(tx, events.slice(i, i + 50)));
    const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'pair' });
    const producers = [new EventProducer(kafka, namespace), new EventProducer(kafka, namespace)];
    const relays = producers.map(
      (producer) => new OutboxRelay({ db: prisma, producer, namespace, batchSize: 40 }),
    );
    let published = 0;
    for (let round = 0; round < 50 && published < 300; round++) {
      const counts = await Promise.all(relays.map((r) => r.flushOnce()));
      published += counts[0]! + counts[1]!;
    }
    await Promise.all(producers.map((p) => p.disconnect()));
    expect(published).toBe(300);
    const ids = new Set(events.map((e) => e.id));
    const onTopic = await waitFor(async () => {
      const all = (await readTopic(physicalTopic(TOPIC, namespace), 10_000, 3_000)).filter((m) =>
        ids.has(m.headers['event-id']!),
      );
      return all.length >= 300 ? all : undefined;
    }, 'all 300 events on the topic');
    expect(onTopic).toHaveLength(300);
    expect(new Set(onTopic.map((m) => m.headers['event-id'])).size).toBe(300);
  });
});
