// Complaint service instances for integration tests: a suite owns a database and a topic
// namespace; an instance is one "process" on them (its own Prisma client, relay, app, sweeper
// and optionally the proactive consumer), so a test can stop one and start a fresh one on the
// same database, as a restart would.
import path from 'node:path';
import { topicOf } from '@aftersales/contracts';
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
  type TestDatabase,
} from '@aftersales/testing';
import { type Express } from 'express';
import { buildApp } from '../src/app';
import { type ComplaintContext } from '../src/application/context';
import { EscalationSweeper } from '../src/application/escalation-sweep';
import { loadComplaintConfig, type ComplaintConfig } from '../src/config';
import { defaultsFromConfig } from '../src/context-from-config';
import { createPrisma, type PrismaClient } from '../src/db/client';
import { createProactiveConsumer } from '../src/events/proactive-consumer';

export const AUTH_ENV = {
  AUTH_ISSUER: 'aftersales-test',
  AUTH_AUDIENCE: 'aftersales',
  AUTH_HS256_SECRET: 'complaint-service-test-secret-0123456789',
};

export const COMPLAINT_TOPIC = topicOf('complaint.registered');
export const SURVEY_TOPIC = topicOf('survey.completed');
export const REPAIR_ORDER_TOPIC = topicOf('repair.order.completed');
export const INQUIRY_TOPIC = topicOf('inquiry.received');
export const QUALITY_TOPIC = topicOf('action.opened');
export const KPI_TOPIC = topicOf('analytics.kpi.snapshot');
export const CUSTOMER_TOPIC = topicOf('customer.erased');

export interface Suite {
  db: TestDatabase;
  namespace: string;
  label: string;
  /** Messages on a registry topic of this suite's namespace. */
  read(registryTopic: string, count: number, timeoutMs?: number): ReturnType<typeof readTopic>;
  close(): Promise<void>;
}

export async function startSuite(label: string): Promise<Suite> {
  const namespace = testNamespace(label);
  const db = await createTestDatabase(`complaint_${label}`, path.join(__dirname, '../prisma/migrations'));
  await createNamespacedTopics(namespace, {
    only: [
      COMPLAINT_TOPIC,
      SURVEY_TOPIC,
      REPAIR_ORDER_TOPIC,
      INQUIRY_TOPIC,
      QUALITY_TOPIC,
      KPI_TOPIC,
      CUSTOMER_TOPIC,
    ],
  });
  return {
    db,
    namespace,
    label,
    read: (registryTopic, count, timeoutMs = 10_000) =>
      readTopic(physicalTopic(registryTopic, namespace), count, timeoutMs),
    close: () => db.drop(),
  };
}

export interface Instance {
  prisma: PrismaClient;
  config: ComplaintConfig;
  ctx: ComplaintContext;
  app: Express;
  relay: OutboxRelay;
  producer: EventProducer;
  sweeper: EscalationSweeper;
  consumer?: EventConsumer;
  /** Moves this instance's clock (null = real time). */
  setNow(at: Date | null): void;
  stop(): Promise<void>;
}

export async function startInstance(
  suite: Suite,
  opts: { consumer?: boolean; env?: Record<string, string>; now?: Date; sweepIntervalMs?: number } = {},
): Promise<Instance> {
  const config = loadComplaintConfig({
    DATABASE_URL: suite.db.url,
    KAFKA_TOPIC_NAMESPACE: suite.namespace,
    LOG_LEVEL: 'silent',
    ...AUTH_ENV,
    ...opts.env,
  });
  const prisma = createPrisma({ databaseUrl: suite.db.url, maxConnections: 5 });
  const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: `complaint-${suite.label}` });
  const producer = new EventProducer(kafka, suite.namespace);
  const relay = new OutboxRelay({ db: prisma, producer, namespace: suite.namespace, idleMs: 20 });
  let fixed: Date | null = opts.now ?? null;
  const ctx: ComplaintContext = {
    prisma,
    defaults: defaultsFromConfig(config),
    now: () => (fixed ? new Date(fixed) : new Date()),
    onEvents: () => relay.notify(),
  };
  const logger = createLogger({ service: 'complaint', level: 'silent' });
  const app = buildApp({ ctx, logger, auth: authConfigFromEnv(config) });
  const sweeper = new EscalationSweeper(ctx, { intervalMs: opts.sweepIntervalMs ?? 50 });
  relay.start();

  let consumer: EventConsumer | undefined;
  if (opts.consumer) {
    consumer = createProactiveConsumer(ctx, {
      kafka,
      deadLetters: producer,
      groupId: 'complaint',
      namespace: suite.namespace,
      retry: { attempts: 3, initialMs: 20, maxMs: 50 },
    });
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
  }
  return {
    prisma,
    config,
    ctx,
    app,
    relay,
    producer,
    sweeper,
    consumer,
    setNow: (at) => {
      fixed = at;
    },
    stop: async () => {
      await consumer?.stop();
      await sweeper.stop();
      await relay.stop();
      await producer.disconnect();
      await prisma.$disconnect();
    },
  };
}

export function token(roles: Role[], over: Partial<Identity> = {}): Promise<string> {
  return issueToken(
    { secret: AUTH_ENV.AUTH_HS256_SECRET, issuer: AUTH_ENV.AUTH_ISSUER, audience: AUTH_ENV.AUTH_AUDIENCE },
    {
      userId: `user-${roles.join('-') || 'none'}`,
      tenantId: 'tenant-a',
      dealerIds: '*',
      centreIds: '*',
      roles,
      ...over,
    },
  );
}

/** Open every day around the clock, so working minutes equal real minutes in tests. */
export const ALWAYS_OPEN = {
  timeZone: 'UTC',
  week: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ open: '00:00', close: '24:00' }]]),
  ),
  holidays: [],
};
