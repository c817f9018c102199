// Notification service instances for integration tests: a suite owns a database (t_notif_...)
// and a topic namespace (t-notif-...); an instance is one "process" on them with its own Prisma
// client, consumer (real broker), a controllable clock, and the real delivery parts: an SMTP
// server (smtp-server) that records what it receives, a provider webhook endpoint that checks
// the signature, and a customer-service stand-in answering GET /v1/customers/{id} over HTTP.
// With `sweeper`, the instance also runs the service's delivery sweeper (woken by the consumer
// for a sign-in code; its interval an hour, so only a wake or a manual sweep sends).
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import { EventProducer, createKafka, type EventConsumer } from '@aftersales/kafka';
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
  testInfra,
  testNamespace,
  waitFor,
  TestSmtp,
  type TestDatabase,
} from '@aftersales/testing';
import { type Express } from 'express';
import { buildApp } from '../src/app';
import { type NotificationContext } from '../src/application/context';
import { DeliverySweeper, sweepDeliveries } from '../src/application/delivery-sweep';
import { loadNotificationConfig } from '../src/config';
import { defaultsFromConfig, retryFromConfig, signInCodeKeyFromConfig } from '../src/context-from-config';
import { createPrisma, type PrismaClient } from '../src/db/client';
import { HttpContactDirectory, serviceTokens } from '../src/delivery/contact-directory';
import { smtpSender } from '../src/delivery/smtp';
import { webhookSender } from '../src/delivery/webhook';
import { NOTIFICATION_TOPICS, createNotificationConsumer } from '../src/events/consumer';

export const AUTH_ENV = {
  AUTH_ISSUER: 'aftersales-test',
  AUTH_AUDIENCE: 'aftersales',
  AUTH_HS256_SECRET: 'notification-service-test-secret-0123456789',
};
export const WEBHOOK_SECRET = 'notification-webhook-test-secret-0123456789';
export const TENANT = 'tenant-a';

/** A local HTTP server: the SMS/push provider webhook and the customer service's customer read. */
export class TestEndpoints {
  readonly webhookCalls: { body: Record<string, unknown>; signatureValid: boolean }[] = [];
  readonly contacts = new Map<string, { email: string | null; phone: string | null } | 'erased'>();
  readonly directoryCalls: { customerId: string; authorization: string | undefined }[] = [];
  webhookStatus = 200;
  private server: http.Server | undefined;
  port = 0;

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (req.method === 'POST' && req.url === '/webhook') {
          const ts = String(req.headers['x-aftersales-timestamp']);
          const expected = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(`${ts}.${body}`).digest('hex')}`;
          this.webhookCalls.push({
            body: JSON.parse(body) as Record<string, unknown>,
            signatureValid: req.headers['x-aftersales-signature'] === expected,
          });
          res.writeHead(this.webhookStatus, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: `prov-${this.webhookCalls.length}` }));
          return;
        }
        const m = /^\/v1\/customers\/([^/]+)$/.exec(req.url ?? '');
        if (req.method === 'GET' && m) {
          const id = decodeURIComponent(m[1]!);
          this.directoryCalls.push({ customerId: id, authorization: req.headers.authorization });
          const c = this.contacts.get(id);
          if (!c) {
            res.writeHead(404).end();
            return;
          }
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify(
              c === 'erased'
                ? { id, status: 'erased', piiAccess: 'erased', email: null, phone: null }
                : { id, status: 'active', piiAccess: 'decrypted', name: 'N.N.', ...c },
            ),
          );
          return;
        }
        res.writeHead(404).end();
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }
}

export interface Suite {
  db: TestDatabase;
  namespace: string;
  label: string;
  close(): Promise<void>;
}

export async function startSuite(label: string): Promise<Suite> {
  const namespace = testNamespace(`notif-${label}`);
  const db = await createTestDatabase(`notif_${label}`, path.join(__dirname, '../prisma/migrations'));
  await createNamespacedTopics(namespace, { only: NOTIFICATION_TOPICS });
  return { db, namespace, label, close: () => db.drop() };
}

export interface Instance {
  prisma: PrismaClient;
  ctx: NotificationContext;
  app: Express;
  producer: EventProducer;
  consumer: EventConsumer;
  smtp: TestSmtp;
  endpoints: TestEndpoints;
  setNow(at: Date): void;
  /** One pass of the delivery sweep at the instance's clock. */
  sweep(): ReturnType<typeof sweepDeliveries>;
  stop(): Promise<void>;
}

export async function startInstance(
  suite: Suite,
  opts: { now: Date; env?: Record<string, string>; sweeper?: boolean },
): Promise<Instance> {
  const smtp = new TestSmtp();
  await smtp.start();
  const endpoints = new TestEndpoints();
  await endpoints.start();
  const config = loadNotificationConfig({
    DATABASE_URL: suite.db.url,
    KAFKA_TOPIC_NAMESPACE: suite.namespace,
    LOG_LEVEL: 'silent',
    SMTP_URL: smtp.url,
    SMTP_FROM: 'Werkstatt <service@werkstatt.example>',
    NOTIFY_WEBHOOK_URL: `${endpoints.baseUrl}/webhook`,
    NOTIFY_WEBHOOK_SECRET: WEBHOOK_SECRET,
    CUSTOMER_URL: endpoints.baseUrl,
    NOTIFY_MAX_ATTEMPTS: '3',
    // The test clock runs days ahead of the events' real occurredAt: only old history is stale.
    NOTIFY_MAX_EVENT_AGE_HOURS: '240',
    NOTIFY_RETRY_BASE_MS: '60000',
    ...AUTH_ENV,
    ...opts.env,
  });
  const prisma = createPrisma({ databaseUrl: suite.db.url, maxConnections: 5 });
  const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: `notif-${suite.label}` });
  const producer = new EventProducer(kafka, suite.namespace);
  let fixed = opts.now;
  const auth = authConfigFromEnv(config);
  // Short timeouts: an SMTP outage in a test should fail the attempt at once.
  const mailer = smtpSender({ url: config.SMTP_URL, from: config.SMTP_FROM, timeoutMs: 2_000 });
  const ctx: NotificationContext = {
    prisma,
    now: () => new Date(fixed),
    defaults: defaultsFromConfig(config),
    retry: retryFromConfig(config),
    maxEventAgeMs: config.NOTIFY_MAX_EVENT_AGE_HOURS * 3_600_000,
    signInCodeKey: signInCodeKeyFromConfig(config),
    linkBaseUrl: config.NOTIFY_LINK_BASE_URL,
    contacts: new HttpContactDirectory({
      baseUrl: config.CUSTOMER_URL,
      tokenFor: serviceTokens({ secret: auth.hs256Secret!, issuer: auth.issuer, audience: auth.audience }),
    }),
    providers: {
      email: (mail) => mailer.send(mail),
      webhook: webhookSender({ url: config.NOTIFY_WEBHOOK_URL!, secret: config.NOTIFY_WEBHOOK_SECRET! }),
    },
  };
  const logger = createLogger({ service: 'notification', level: 'silent' });
  const sweeper = opts.sweeper ? new DeliverySweeper(ctx, { intervalMs: 3_600_000, logger }) : undefined;
  const app = buildApp({
    prisma,
    defaults: ctx.defaults,
    now: ctx.now,
    ...(sweeper ? { wakeSweep: () => sweeper.wake() } : {}),
    logger,
    auth,
  });
  sweeper?.start();
  const consumer = createNotificationConsumer(ctx, {
    ...(sweeper ? { wake: () => sweeper.wake() } : {}),
    kafka,
    deadLetters: producer,
    groupId: 'notification',
    namespace: suite.namespace,
    retry: { attempts: 3, initialMs: 20, maxMs: 50 },
  });
  const joined = consumer.waitForAssignment();
  await consumer.start();
  await joined;
  return {
    prisma,
    ctx,
    app,
    producer,
    consumer,
    smtp,
    endpoints,
    setNow: (at) => {
      fixed = at;
    },
    sweep: () => sweepDeliveries(ctx),
    stop: async () => {
      await consumer.stop();
      await sweeper?.stop();
      mailer.close();
      await producer.disconnect();
      await prisma.$disconnect();
      await smtp.stop();
      await endpoints.stop();
    },
  };
}

/** Resolves when the consumer group has applied the event (its inbox row exists). */
export function handled(svc: Instance, eventId: string): Promise<true> {
  return waitFor(
    async () => ((await svc.prisma.inboxMessage.count({ where: { eventId } })) > 0 ? true : undefined),
    `event ${eventId} handled`,
  );
}

export function token(roles: Role[], over: Partial<Identity> = {}): Promise<string> {
  return issueToken(
    { secret: AUTH_ENV.AUTH_HS256_SECRET, issuer: AUTH_ENV.AUTH_ISSUER, audience: AUTH_ENV.AUTH_AUDIENCE },
    {
      userId: `user-${roles.join('-') || 'none'}`,
      tenantId: TENANT,
      dealerIds: '*',
      centreIds: '*',
      roles,
      ...over,
    },
  );
}
