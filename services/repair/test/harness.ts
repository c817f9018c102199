// Test harness: the repair app in-process on a fresh migrated database, with identities signed
// like the gateway would, and (optionally) Kafka: a topic namespace, the outbox relay and the
// parts consumer, as main.ts wires them.
import path from 'node:path';
import request from 'supertest';
import { type Express } from 'express';
import { type AnyEvent } from '@aftersales/contracts';
import { EventProducer, OutboxRelay, createKafka, type MessageMeta } from '@aftersales/kafka';
import { createLogger } from '@aftersales/service-kit';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testNamespace,
  type TestDatabase,
} from '@aftersales/testing';
import { buildApp } from '../src/app';
import { createPrisma, type PrismaClient } from '../src/db/client';
import { createRepairConsumer } from '../src/events/consumer';
import { issueToken, type Identity } from '@aftersales/service-kit';
import { type EventConsumer } from '@aftersales/kafka';

export const AUTH = {
  issuer: 'https://auth.test/aftersales',
  audience: 'aftersales-api',
  hs256Secret: 'test-only-hs256-secret-0123456789abcdef',
};
const migrations = path.join(__dirname, '../prisma/migrations');

export const admin = (tenantId = 'tenant-a'): Identity => ({
  userId: `admin@${tenantId}`,
  tenantId,
  dealerIds: '*',
  centreIds: '*',
  roles: ['admin'],
});
export const qualityManager = (tenantId = 'tenant-a'): Identity => ({
  userId: `qm@${tenantId}`,
  tenantId,
  dealerIds: '*',
  centreIds: '*',
  roles: ['quality-manager'],
});
export const advisor = (tenantId = 'tenant-a', centreIds: string[] | '*' = '*'): Identity => ({
  userId: `advisor@${tenantId}`,
  tenantId,
  dealerIds: [],
  centreIds,
  roles: ['service-advisor', 'technician'],
});

export interface Harness {
  db: TestDatabase;
  prisma: PrismaClient;
  app: Express;
  namespace?: string;
  producer?: EventProducer;
  relay?: OutboxRelay;
  consumer?: EventConsumer;
  applied: { event: AnyEvent; outcome: 'applied' | 'duplicate'; meta: MessageMeta }[];
  clock: { now: Date | null };
  close(): Promise<void>;
}

export async function startHarness(label: string, opts: { kafka?: boolean } = {}): Promise<Harness> {
  const db = await createTestDatabase(label, migrations);
  const prisma = createPrisma({ databaseUrl: db.url, maxConnections: 20 });
  const logger = createLogger({ service: 'repair-test', level: 'silent' });
  const clock: { now: Date | null } = { now: null };
  const applied: Harness['applied'] = [];
  let namespace: string | undefined;
  let producer: EventProducer | undefined;
  let relay: OutboxRelay | undefined;
  let consumer: EventConsumer | undefined;
  if (opts.kafka) {
    namespace = testNamespace(label);
    await createNamespacedTopics(namespace, {
      only: [
        'aftersales.repair.order.v1',
        'aftersales.parts.reservation.v1',
        'aftersales.parts.catalogue.v1',
        'aftersales.customer.customer.v1',
        'aftersales.customer.vehicle.v1',
        'aftersales.repair.booking.v1',
        'aftersales.repair.workforce.v1',
        'aftersales.repair.quality.v1',
        'aftersales.repair.emergency.v1',
      ],
      partitions: 3,
    });
    const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: `repair-${label}` });
    producer = new EventProducer(kafka, namespace);
    relay = new OutboxRelay({ db: prisma, producer, namespace, idleMs: 20 });
    consumer = createRepairConsumer({
      kafka,
      prisma,
      deadLetters: producer,
      groupId: `repair-${namespace}`,
      namespace,
      onEvents: () => relay?.notify(),
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
    quoteValidDays: 14,
    onEvents: () => relay?.notify(),
    now: () => clock.now ?? new Date(),
  });
  return {
    db,
    prisma,
    app,
    namespace,
    producer,
    relay,
    consumer,
    applied,
    clock,
    async close() {
      await relay?.stop();
      await consumer?.stop();
      await producer?.disconnect();
      await prisma.$disconnect();
      await db.drop();
    },
  };
}

/** A supertest client acting as `identity`. */
export function as(app: Express, identity: Identity) {
  const token = issueToken(
    { secret: AUTH.hs256Secret, issuer: AUTH.issuer, audience: AUTH.audience },
    identity,
  );
  const auth = async () => `Bearer ${await token}`;
  return {
    get: async (url: string) =>
      request(app)
        .get(url)
        .set('Authorization', await auth()),
    post: async (url: string, body?: object, headers: Record<string, string> = {}) =>
      request(app)
        .post(url)
        .set('Authorization', await auth())
        .set(headers)
        .send(body ?? {}),
    patch: async (url: string, body?: object, headers: Record<string, string> = {}) =>
      request(app)
        .patch(url)
        .set('Authorization', await auth())
        .set(headers)
        .send(body ?? {}),
    put: async (url: string, body?: object, headers: Record<string, string> = {}) =>
      request(app)
        .put(url)
        .set('Authorization', await auth())
        .set(headers)
        .send(body ?? {}),
    delete: async (url: string, headers: Record<string, string> = {}) =>
      request(app)
        .delete(url)
        .set('Authorization', await auth())
        .set(headers),
  };
}

let keys = 0;
export const key = () => ({ 'Idempotency-Key': `k-${process.pid}-${Date.now()}-${keys++}` });
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

const allDay = [{ open: '00:00', close: '24:00' }];

export function centreBody(over: Record<string, unknown> = {}) {
  return {
    name: 'Berlin Mitte',
    type: 'regional-centre',
    regionId: 'region-berlin',
    address: { line1: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
    location: { latitude: 52.52, longitude: 13.405 },
    openingHours: {
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
      sun: allDay,
    },
    hoursExceptions: [],
    bays: 2,
    technicians: [
      { id: 'tech-1', name: 'Ana', skills: ['brakes', 'engine'] },
      { id: 'tech-2', name: 'Ben', skills: ['electrical'] },
    ],
    labourRateMinor: 9_500,
    currency: 'EUR',
    taxRateBasisPoints: 1_900,
    stockLocationId: 'loc-berlin',
    ...over,
  };
}

export async function createCentre(
  app: Express,
  identity: Identity,
  over: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const res = await as(app, identity).post('/v1/service-centres', centreBody(over), key());
  if (res.status !== 201) throw new Error(`centre: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}

export function receptionBody(centreId: string, over: Record<string, unknown> = {}) {
  return {
    centreId,
    customerId: 'cust-1',
    vehicleId: 'veh-1',
    serviceType: 'repair',
    mileageKm: 42_000,
    fuelLevelPercent: 40,
    symptoms: 'Grinding noise when braking',
    symptomSystems: ['brakes'],
    damageNotes: 'Scratch on rear bumper',
    ...over,
  };
}

export async function receive(
  app: Express,
  identity: Identity,
  centreId: string,
  over: Record<string, unknown> = {},
) {
  const res = await as(app, identity).post('/v1/repair-orders', receptionBody(centreId, over), key());
  if (res.status !== 201) throw new Error(`reception: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; status: string };
}

/** Posts each command of `steps` to the order in turn (If-Match from version 1); returns the version after. */
export async function walk(
  app: Express,
  identity: Identity,
  id: string,
  steps: [string, object][],
): Promise<number> {
  for (const [i, [path, body]] of steps.entries()) {
    const res = await as(app, identity).post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(i + 1));
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return steps.length + 1;
}

export const diagnosisBody = {
  technicianId: 'tech-1',
  faultCodes: ['C1234'],
  findings: [{ system: 'brakes', severity: 'required', faultCode: 'C1234', description: 'Front pads worn' }],
  estimatedLabourHours: 2,
  partsRequired: true,
};

export const quoteBody = {
  lines: [
    { kind: 'labour', operationCode: 'BRK-PAD', quantity: 1.5 },
    { kind: 'part', partId: 'part-pad-front', quantity: 1, unitPriceMinor: 8_900 },
  ],
};

/** Diagnosis, quote 1 and its approval: the command path most tests walk an order along. */
export const TO_APPROVAL: [string, object][] = [
  ['diagnosis', diagnosisBody],
  ['quotes', quoteBody],
  ['quotes/1/approval', { method: 'phone' }],
];

/** Outbox rows of one aggregate, in commit order. */
export async function outboxOf(prisma: PrismaClient, key: string): Promise<AnyEvent[]> {
  const rows = await prisma.outboxMessage.findMany({ where: { key }, orderBy: { seq: 'asc' } });
  return rows.map((r) => r.payload as unknown as AnyEvent);
}
