// Test harness: the analytics app in-process on a fresh migrated database, with identities signed
// like the gateway would, and (optionally) Kafka: a topic namespace with every registry topic, a
// producer playing the other services, the outbox relay and the analytics consumer, as main.ts
// wires them.
import path from 'node:path';
import request from 'supertest';
import { type Express } from 'express';
import { type AnyEvent } from '@aftersales/contracts';
import {
  EventProducer,
  OutboxRelay,
  createKafka,
  type EventConsumer,
  type MessageMeta,
} from '@aftersales/kafka';
import { createLogger, issueToken, type Identity } from '@aftersales/service-kit';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testNamespace,
  type TestDatabase,
} from '@aftersales/testing';
import { buildApp } from '../src/app';
import { outcomePublishingFrom, type OutcomePublishing } from '../src/application/outcomes';
import { type AnalysisSettings } from '../src/api/deps';
import { createPrisma, type PrismaClient } from '../src/db/client';
import { DEFAULT_TARGETS, DEFAULT_WEIGHTS } from '../src/domain/scorecard';
import { createAnalyticsConsumer } from '../src/events/consumer';
import { applyEvents } from '../src/events/project-batch';

export const AUTH = {
  issuer: 'https://auth.test/aftersales',
  audience: 'aftersales-api',
  hs256Secret: 'test-only-hs256-secret-0123456789abcdef',
};
const migrations = path.join(__dirname, '../prisma/migrations');

export const SETTINGS: AnalysisSettings = {
  timeZone: 'UTC',
  weights: DEFAULT_WEIGHTS,
  targets: DEFAULT_TARGETS,
  correlationMinSamples: 10,
  serviceDemand: { seasonWeeks: 4, historyWeeks: 104 },
  partsDemand: { seasonMonths: 12, historyMonths: 36 },
};

/** The outcome settings of the tests: a fixed pseudonym key `k1`, version 2 only. */
export const TEST_OUTCOMES: OutcomePublishing = outcomePublishingFrom({
  ANALYTICS_PSEUDONYM_KEY: Buffer.alloc(32, 42).toString('base64'),
  ANALYTICS_PSEUDONYM_KEY_ID: 'k1',
  SERVICE_OUTCOME_V1_UNTIL: null,
});

export const analyst = (tenantId = 'tenant-a'): Identity => ({
  userId: `analyst@${tenantId}`,
  tenantId,
  dealerIds: '*',
  centreIds: '*',
  roles: ['analyst'],
});
export const advisor = (tenantId = 'tenant-a', centreIds: string[] | '*' = ['c-n1']): Identity => ({
  userId: `advisor@${tenantId}`,
  tenantId,
  dealerIds: [],
  centreIds,
  roles: ['service-advisor'],
});

export interface Harness {
  db: TestDatabase;
  prisma: PrismaClient;
  app: Express;
  namespace?: string;
  kafka?: ReturnType<typeof createKafka>;
  producer?: EventProducer;
  relay?: OutboxRelay;
  consumer?: EventConsumer;
  applied: { event: AnyEvent; outcome: 'applied' | 'duplicate'; meta: MessageMeta }[];
  clock: { now: Date | null };
  /** The reporting time zone the consumer and the API use (REPORTING_TIME_ZONE). */
  timeZone: string;
  /** Pseudonym key and v1 window the consumer publishes outcomes with. */
  outcomes: OutcomePublishing;
  /** Publishes events as their producing services would (keyed by subject). */
  publish(events: readonly AnyEvent[]): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(
  label: string,
  opts: { kafka?: boolean; timeZone?: string; outcomes?: OutcomePublishing } = {},
): Promise<Harness> {
  const timeZone = opts.timeZone ?? SETTINGS.timeZone;
  const outcomes = opts.outcomes ?? TEST_OUTCOMES;
  const db = await createTestDatabase(label, migrations);
  const prisma = createPrisma({ databaseUrl: db.url, maxConnections: 20 });
  const logger = createLogger({ service: 'analytics-test', level: 'silent' });
  const clock: { now: Date | null } = { now: null };
  const applied: Harness['applied'] = [];
  let namespace: string | undefined;
  let kafka: ReturnType<typeof createKafka> | undefined;
  let producer: EventProducer | undefined;
  let relay: OutboxRelay | undefined;
  let consumer: EventConsumer | undefined;
  if (opts.kafka) {
    namespace = testNamespace(label);
    await createNamespacedTopics(namespace, { partitions: 3 });
    kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: `analytics-${label}` });
    producer = new EventProducer(kafka, namespace);
    await producer.connect();
    relay = new OutboxRelay({ db: prisma, producer, namespace, idleMs: 20 });
    consumer = createAnalyticsConsumer({
      kafka,
      prisma,
      timeZone,
      outcomes,
      deadLetters: producer,
      groupId: `analytics-${namespace}`,
      namespace,
      onEvents: () => relay?.notify(),
      now: () => clock.now ?? new Date(),
      onApplied: (event, outcome, meta) => applied.push({ event, outcome, meta }),
    });
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
    relay.start();
  }
  const app = buildApp({
    prisma,
    logger,
    auth: AUTH,
    settings: { ...SETTINGS, timeZone },
    onEvents: () => relay?.notify(),
    now: () => clock.now ?? new Date(),
  });
  return {
    db,
    prisma,
    app,
    namespace,
    kafka,
    producer,
    relay,
    consumer,
    applied,
    clock,
    timeZone,
    outcomes,
    async publish(events) {
      if (!producer) throw new Error('harness started without Kafka');
      await producer.publish(events.map((event) => ({ event })));
    },
    async close() {
      await relay?.stop();
      await consumer?.stop();
      await producer?.disconnect();
      await prisma.$disconnect();
      await db.drop();
    },
  };
}

/** Applies events straight to the database as one chunk of the consumer would (no Kafka): for API tests. */
export async function seed(
  prisma: PrismaClient,
  events: readonly AnyEvent[],
  now = new Date(),
  timeZone = SETTINGS.timeZone,
  outcomes = TEST_OUTCOMES,
): Promise<void> {
  await prisma.$transaction((tx) => applyEvents(tx, events, now, timeZone, outcomes), { timeout: 60_000 });
}

/** A supertest client acting as `identity`. */
export function as(app: Express, identity: Identity) {
  const token = issueToken(
    { secret: AUTH.hs256Secret, issuer: AUTH.issuer, audience: AUTH.audience },
    identity,
  );
  const auth = async () => `Bearer ${await token}`;
  return {
    get: async (url: string, headers: Record<string, string> = {}) =>
      request(app)
        .get(url)
        .set('Authorization', await auth())
        .set(headers),
    post: async (url: string, body?: object) =>
      request(app)
        .post(url)
        .set('Authorization', await auth())
        .send(body ?? {}),
  };
}
