// One customer service per test suite: its own database, topic namespace, outbox relay and
// (optionally) the repair-order consumer, with the real JWT authentication of service-kit.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { topicOf, type AnyEvent } from '@aftersales/contracts';
import {
  EventProducer,
  OutboxRelay,
  createKafka,
  physicalTopic,
  type EventConsumer,
} from '@aftersales/kafka';
import {
  authConfigFromEnv,
  createLogger,
  issueToken,
  type Identity,
  type Role,
} from '@aftersales/service-kit';
import {
  createNamespacedTopics,
  createTestDatabase,
  readTopic,
  testInfra,
  testNamespace,
  waitFor,
  type TestDatabase,
} from '@aftersales/testing';
import { type Express } from 'express';
import { buildApp } from '../src/app';
import { depsFromConfig, type CustomerDeps } from '../src/application/deps';
import { loadCustomerConfig, type CustomerConfig } from '../src/config';
import { createPrisma, type PrismaClient } from '../src/db/client';
import { createCustomerConsumer } from '../src/events/consumer';

export const AUTH_ENV = {
  AUTH_ISSUER: 'aftersales-test',
  AUTH_AUDIENCE: 'aftersales',
  AUTH_HS256_SECRET: 'customer-service-test-secret-0123456789',
};

export const newKey = () => randomBytes(32).toString('base64');

export interface Harness {
  db: TestDatabase;
  prisma: PrismaClient;
  namespace: string;
  config: CustomerConfig;
  deps: CustomerDeps;
  app: Express;
  relay: OutboxRelay;
  producer: EventProducer;
  consumer?: EventConsumer;
  token(roles: Role[], over?: Partial<Identity>): Promise<string>;
  /** Messages on a registry topic of this suite's namespace. */
  read(registryTopic: string, count: number, timeoutMs?: number): ReturnType<typeof readTopic>;
  /** Every event this service published to a registry topic (waits until its outbox rows are sent). */
  events(registryTopic: string): Promise<AnyEvent[]>;
  /** A second app on the same database with other key settings (rotation). */
  appWith(env: Record<string, string>): { app: Express; deps: CustomerDeps };
  close(): Promise<void>;
}

export const TOPICS = [
  topicOf('customer.registered'),
  topicOf('vehicle.registered'),
  topicOf('survey.completed'),
  topicOf('followup.completed'),
  topicOf('repair.order.delivered'),
  topicOf('repair.booking.created'),
  topicOf('customer.sign-in-code.issued'),
  topicOf('maintenance.due'),
];

export interface HarnessOptions {
  consumer?: boolean;
  env?: Record<string, string>;
  /** Receives every log line of the app (at debug level) instead of silence. */
  logs?: string[];
}

export async function startHarness(label: string, opts: HarnessOptions = {}): Promise<Harness> {
  const namespace = testNamespace(label);
  const db = await createTestDatabase(`customer_${label}`, path.join(__dirname, '../prisma/migrations'));
  await createNamespacedTopics(namespace, { only: TOPICS });
  const baseEnv: Record<string, string> = {
    DATABASE_URL: db.url,
    KAFKA_TOPIC_NAMESPACE: namespace,
    CUSTOMER_MASTER_KEYS: `k1:${newKey()}`,
    CUSTOMER_ACTIVE_KEY_ID: 'k1',
    CUSTOMER_BLIND_INDEX_KEY: newKey(),
    LOG_LEVEL: 'silent',
    ...AUTH_ENV,
    ...opts.env,
  };
  const config = loadCustomerConfig(baseEnv);
  const prisma = createPrisma({ databaseUrl: db.url, maxConnections: 5 });
  const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: `customer-${label}` });
  const producer = new EventProducer(kafka, namespace);
  const relay = new OutboxRelay({ db: prisma, producer, namespace, idleMs: 20 });
  const logs = opts.logs;
  const logger = logs
    ? createLogger({
        service: 'customer',
        level: 'debug',
        destination: { write: (line: string) => void logs.push(line) },
      })
    : createLogger({ service: 'customer', level: 'silent' });
  const deps = depsFromConfig(config, prisma, { onEvents: () => relay.notify() });
  const app = buildApp({ deps, auth: authConfigFromEnv(config), logger });
  relay.start();

  let consumer: EventConsumer | undefined;
  if (opts.consumer) {
    consumer = createCustomerConsumer(deps, {
      kafka,
      deadLetters: producer,
      groupId: 'customer',
      namespace,
      retry: { attempts: 3, initialMs: 20, maxMs: 50 },
    });
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
  }

  return {
    db,
    prisma,
    namespace,
    config,
    deps,
    app,
    relay,
    producer,
    consumer,
    token: (roles, over = {}) =>
      issueToken(
        {
          secret: AUTH_ENV.AUTH_HS256_SECRET,
          issuer: AUTH_ENV.AUTH_ISSUER,
          audience: AUTH_ENV.AUTH_AUDIENCE,
        },
        {
          userId: `user-${roles.join('-') || 'none'}`,
          tenantId: 'tenant-a',
          dealerIds: '*',
          centreIds: '*',
          roles,
          ...over,
        },
      ),
    read: (registryTopic, count, timeoutMs = 10_000) =>
      readTopic(physicalTopic(registryTopic, namespace), count, timeoutMs),
    events: async (registryTopic) => {
      await waitFor(
        async () =>
          (await prisma.outboxMessage.count({ where: { topic: registryTopic, publishedAt: null } })) === 0 ||
          undefined,
        `outbox of ${registryTopic} sent`,
      );
      const sent = await prisma.outboxMessage.count({ where: { topic: registryTopic } });
      const messages = await readTopic(physicalTopic(registryTopic, namespace), sent, 10_000);
      expect(messages.length).toBeGreaterThanOrEqual(sent);
      return messages.map((m) => JSON.parse(m.value!) as AnyEvent);
    },
    appWith: (env) => {
      const other = loadCustomerConfig({ ...baseEnv, ...env });
      const otherDeps = depsFromConfig(other, prisma);
      return { app: buildApp({ deps: otherDeps, auth: authConfigFromEnv(other), logger }), deps: otherDeps };
    },
    close: async () => {
      await consumer?.stop();
      await relay.stop();
      await producer.disconnect();
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
