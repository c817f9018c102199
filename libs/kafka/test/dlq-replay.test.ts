// After a fix, dead-lettered events go back to their topic and are applied; a second replay
// replays nothing (the replay group remembers), and the inbox would absorb a repeat anyway.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createEvent, dlqTopicOf, topicOf } from '@aftersales/contracts';
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
  createKafka,
  handleOnce,
  physicalTopic,
  replayDeadLetters,
} from '../src';

const TOPIC = topicOf('customer.registered');

describe('DLQ replay (real broker)', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let producer: EventProducer;
  let consumer: EventConsumer;
  let namespace: string;
  let projectionBroken = true;

  beforeAll(async () => {
    namespace = testNamespace('replay');
    db = await createTestDatabase('replay', path.join(__dirname, 'fixture/prisma/migrations'));
    prisma = new PrismaClient({ adapter: pgAdapter({ databaseUrl: db.url }) });
    await createNamespacedTopics(namespace, { only: [TOPIC] });
    const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'replay-test' });
    producer = new EventProducer(kafka, namespace);
    consumer = new EventConsumer({
      kafka,
      groupId: `replay-projection-${namespace}`,
      topics: [TOPIC],
      namespace,
      deadLetters: producer,
      retry: { attempts: 2, initialMs: 10, maxMs: 20 },
      handlers: {
        'customer.registered': async (event, meta) => {
          if (projectionBroken) throw new Error('projection table is being migrated');
          await handleOnce(
            prisma,
            {
              consumerGroup: meta.groupId,
              event,
              topic: meta.topic,
              partition: meta.partition,
              offset: meta.offset,
            },
            (tx) =>
              tx.customerProjection
                .create({ data: { customerId: event.data.customerId, tenantId: event.tenantId } })
                .then(() => undefined),
          );
        },
      },
    });
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('re-delivers dead letters to their topic after a fix, once', async () => {
    const events = [randomUUID(), randomUUID()].map((customerId) =>
      createEvent('customer.registered', {
        producer: 'replay-test',
        tenantId: 'tenant-r',
        subject: customerId,
        data: {
          customerId,
          kind: 'company',
          dealerId: null,
          preferredChannel: 'phone',
          consents: { marketing: true, dataProcessing: true },
        },
      }),
    );
    await producer.publish(events.map((event) => ({ event })));
    const dlq = physicalTopic(dlqTopicOf(TOPIC), namespace);
    await waitFor(
      async () => ((await readTopic(dlq, 2, 2_000)).length >= 2 ? true : undefined),
      'both events dead-lettered',
    );
    expect(await prisma.customerProjection.count()).toBe(0);

    projectionBroken = false; // the fix
    const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'replayer' });
    const replayProducer = new EventProducer(kafka);
    const groupId = `replay-${namespace}`;
    expect(await replayDeadLetters({ kafka, producer: replayProducer, dlqTopic: dlq, groupId })).toEqual({
      replayed: 2,
      skipped: 0,
    });
    await waitFor(
      async () => ((await prisma.customerProjection.count()) === 2 ? true : undefined),
      'replayed events applied',
    );

    expect(await replayDeadLetters({ kafka, producer: replayProducer, dlqTopic: dlq, groupId })).toEqual({
      replayed: 0,
      skipped: 0,
    });
    await replayProducer.disconnect();
    const replayedOnTopic = (await readTopic(physicalTopic(TOPIC, namespace), 4, 5_000)).filter(
      (m) => m.headers['dlq-replayed-at'],
    );
    expect(replayedOnTopic).toHaveLength(2);
    expect(replayedOnTopic.every((m) => m.headers['dlq-reason'] === undefined)).toBe(true);
    expect(await prisma.customerProjection.count()).toBe(2);
  });
});
