// Test harness: the parts-procurement app in-process on a fresh migrated database, with tokens
// minted by service-kit's issueToken (verified by the real authenticate), and (optionally) Kafka:
// a topic namespace, the outbox relay and the repair-order consumer, wired as main.ts wires them.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type Express } from 'express';
import { createEvent, topicOf, type AnyEvent, type EventData, type EventType } from '@aftersales/contracts';
import {
  EventProducer,
  OutboxRelay,
  createKafka,
  physicalTopic,
  type EventConsumer,
} from '@aftersales/kafka';
import { createLogger, issueToken, type Identity, type Role } from '@aftersales/service-kit';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testKafka,
  testNamespace,
  waitFor,
  type TestDatabase,
} from '@aftersales/testing';
import { buildApp } from '../src/app';
import { createPrisma, type PrismaClient } from '../src/db/client';
import { createPartsConsumer, REPAIR_ORDER_TOPIC } from '../src/events/consumer';

export const AUTH = {
  issuer: 'https://auth.test/aftersales',
  audience: 'aftersales-api',
  hs256Secret: 'test-only-hs256-secret-0123456789abcdef',
};
const migrations = path.join(__dirname, '../prisma/migrations');

export const TOPICS = [
  REPAIR_ORDER_TOPIC,
  'aftersales.parts.reservation.v1',
  'aftersales.parts.stock.v1',
  'aftersales.parts.demand.v1',
  'aftersales.parts.catalogue.v1',
  'aftersales.procurement.purchase-order.v1',
  'aftersales.procurement.supplier.v1',
];

export const identity = (roles: Role[], tenantId = 'tenant-a', userId?: string): Identity => ({
  userId: userId ?? `${roles[0]}@${tenantId}`,
  tenantId,
  dealerIds: '*',
  centreIds: '*',
  roles,
});

export interface Harness {
  db: TestDatabase;
  prisma: PrismaClient;
  app: Express;
  namespace?: string;
  producer?: EventProducer;
  relay?: OutboxRelay;
  consumer?: EventConsumer;
  clock: { now: Date | null };
  /** Every event seen on the namespaced topics (a test-side reader), with the topic it came from. */
  seen: { topic: string; key: string | null; event: AnyEvent }[];
  /** A supertest agent with a Bearer token for these roles (tenant-a unless told; one user per role unless told). */
  as(roles: Role[], tenantId?: string, userId?: string): Promise<Agent>;
  close(): Promise<void>;
}

type Method = 'get' | 'post' | 'put' | 'patch';
export type Agent = Record<
  Method,
  (url: string, body?: object, headers?: Record<string, string>) => Promise<request.Response>
>;

export async function startHarness(label: string, opts: { kafka?: boolean } = {}): Promise<Harness> {
  const db = await createTestDatabase(label, migrations);
  const prisma = createPrisma({ databaseUrl: db.url, maxConnections: 20 });
  const logger = createLogger({ service: 'parts-test', level: 'silent' });
  const clock: { now: Date | null } = { now: null };
  let namespace: string | undefined;
  let producer: EventProducer | undefined;
  let relay: OutboxRelay | undefined;
  let consumer: EventConsumer | undefined;
  let reader: ReturnType<ReturnType<typeof testKafka>['consumer']> | undefined;
  const seen: Harness['seen'] = [];
  if (opts.kafka) {
    namespace = testNamespace(label);
    await createNamespacedTopics(namespace, { only: TOPICS });
    reader = testKafka('parts-test-reader').consumer({ groupId: `reader-${namespace}` });
    await reader.connect();
    await reader.subscribe({ topics: TOPICS.map((t) => physicalTopic(t, namespace)), fromBeginning: true });
    await reader.run({
      eachMessage: async ({ topic, message }) => {
        seen.push({
          topic,
          key: message.key?.toString() ?? null,
          event: JSON.parse(message.value!.toString()) as AnyEvent,
        });
      },
    });
    const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: `parts-${label}` });
    producer = new EventProducer(kafka, namespace);
    relay = new OutboxRelay({ db: prisma, producer, namespace, idleMs: 20 });
    consumer = createPartsConsumer({
      kafka,
      prisma,
      deadLetters: producer,
      groupId: 'parts-procurement',
      namespace,
      onEvents: () => relay?.notify(),
      now: () => clock.now ?? new Date(),
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
    onEvents: () => relay?.notify(),
    now: () => clock.now ?? new Date(),
  });
  const as = async (roles: Role[], tenantId = 'tenant-a', userId?: string): Promise<Agent> => {
    const token = await issueToken(
      { secret: AUTH.hs256Secret, issuer: AUTH.issuer, audience: AUTH.audience },
      identity(roles, tenantId, userId),
    );
    const call =
      (method: Method) =>
      (url: string, body?: object, headers: Record<string, string> = {}) => {
        let r = request(app)[method](url).set('Authorization', `Bearer ${token}`);
        for (const [k, v] of Object.entries(headers)) r = r.set(k, v);
        return body === undefined ? r : r.send(body);
      };
    return { get: call('get'), post: call('post'), put: call('put'), patch: call('patch') };
  };
  return {
    db,
    prisma,
    app,
    namespace,
    producer,
    relay,
    consumer,
    clock,
    seen,
    as,
    async close() {
      await reader?.disconnect();
      await consumer?.stop();
      await relay?.stop();
      await producer?.disconnect();
      await prisma.$disconnect();
      await db.drop();
    },
  };
}

/** A repair-service event, as the repair service would publish it. */
export function repairEvent<T extends EventType>(
  type: T,
  subject: string,
  data: EventData<T>,
  tenantId = 'tenant-a',
): AnyEvent {
  return createEvent(type, { producer: 'repair', tenantId, subject, data }) as AnyEvent;
}

/** repair.order.opened for an order at centre-1 (what lot traces name vehicles from). */
export function orderOpened(repairOrderId: string, vehicleId: string): AnyEvent {
  return repairEvent('repair.order.opened', repairOrderId, {
    repairOrderId,
    orderNumber: `RO-${repairOrderId.slice(0, 6)}`,
    centreId: 'centre-1',
    centreType: 'regional-centre',
    regionId: 'region-n',
    customerId: 'cust-1',
    vehicleId,
    origin: 'walk-in',
    bookingId: null,
    rescueId: null,
    serviceType: 'repair',
    mileageKm: 42_000,
    fuelLevelPercent: 50,
    symptomSystems: ['brakes'],
    damageNoted: false,
    emergencyMode: false,
  });
}

/** repair.parts.requested (whole-order, quote 1) for parts at `locationId`, lines numbered line-1.. */
export function partsRequested(
  repairOrderId: string,
  locationId: string,
  lines: { partId: string; quantity: number }[],
  requestId: string = randomUUID(),
): AnyEvent {
  return repairEvent('repair.parts.requested', repairOrderId, {
    repairOrderId,
    requestId,
    centreId: 'centre-1',
    locationId,
    quoteVersion: 1,
    priority: 'normal',
    neededBy: null,
    lines: lines.map((l, i) => ({ lineId: `line-${i + 1}`, ...l })),
  });
}

/** Waits until `count` events matching `match` are on the (namespaced) topic of `type`; returns them parsed. */
export async function eventsOnTopic(
  h: Harness,
  type: EventType,
  match: (e: AnyEvent) => boolean,
  count = 1,
  timeoutMs = 20_000,
): Promise<AnyEvent[]> {
  const topic = physicalTopic(topicOf(type), h.namespace);
  return waitFor(
    async () => {
      const all = h.seen.filter((m) => m.topic === topic && m.event.type === type && match(m.event));
      // Keyed by the aggregate id (the envelope subject), as the registry promises.
      for (const m of all) expect(m.key).toBe(m.event.subject);
      return all.length >= count ? all.map((m) => m.event) : undefined;
    },
    `${count} ${type} on ${topic}`,
    timeoutMs,
    50,
  );
}

/** Events this service wrote to its outbox (committed), optionally of one type. */
export async function outboxEvents(prisma: PrismaClient, type?: EventType): Promise<AnyEvent[]> {
  const rows = await prisma.outboxMessage.findMany({
    where: type ? { eventType: type } : {},
    orderBy: { seq: 'asc' },
  });
  return rows.map((r) => r.payload as unknown as AnyEvent);
}

/** The balance of every part+location equals the sum of its ledger movements, and lots cover on-hand. */
export async function ledgerMismatches(prisma: PrismaClient): Promise<unknown[]> {
  return prisma.$queryRawUnsafe<unknown[]>(`
    WITH ledger AS (
      SELECT tenant_id, part_id, location_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved
        FROM stock_movement GROUP BY 1, 2, 3),
    lots AS (SELECT tenant_id, part_id, location_id, sum(remaining) AS remaining FROM stock_lot GROUP BY 1, 2, 3)
    SELECT b.part_id, b.location_id, b.on_hand::text, b.reserved::text, l.on_hand::text AS ledger_on_hand, l.reserved::text AS ledger_reserved, lots.remaining::text AS lots
      FROM stock_balance b
      LEFT JOIN ledger l USING (tenant_id, part_id, location_id)
      LEFT JOIN lots USING (tenant_id, part_id, location_id)
     WHERE b.on_hand <> coalesce(l.on_hand, 0) OR b.reserved <> coalesce(l.reserved, 0) OR b.on_hand <> coalesce(lots.remaining, 0)`);
}

export const uuid = () => randomUUID();
