// Journey throughput: N simulated service centres, each taking cars one after another from
// reception to delivery through the gateway — customer and vehicle registered, order opened,
// diagnosed, quoted with a part, approved, assigned; the part reserved from the centre's stock
// by parts-procurement over Kafka; work done, QC passed, delivered; the customer service hears
// repair.order.delivered and schedules the follow-up. Then the events on Kafka are counted
// against what the completed orders must have produced, and the follow-ups against the orders.
import { topicOf } from '@aftersales/contracts';
import { physicalTopic } from '@aftersales/kafka';
import { testKafka, waitFor, type ReadMessage } from '@aftersales/testing';
import { idempotencyKey, ifMatch, type Client, type Platform } from '../platform/launch';

export interface JourneyResult {
  centres: number;
  orders: number;
  ordersPerMinute: number;
  /** Per expected event type: completed orders without that event on Kafka. */
  lostByType: Record<string, number>;
  lost: number;
  /** Orders without / with more than one follow-up (the consumer side of repair.order.delivered). */
  followUpsMissing: number;
  followUpsDoubled: number;
  /** Commands answered 409/412 because the order had changed meanwhile, then retried. */
  versionConflictsRetried: number;
}

/** Every completed order must have produced each of these, keyed by its repair-order id. */
const EXPECTED = [
  'repair.order.opened',
  'repair.order.approved',
  'repair.parts.requested',
  'parts.reserved',
  'repair.order.delivered',
] as const;

const allDay = [{ open: '00:00', close: '24:00' }];
const week = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
let vins = 0;
let conflicts = 0; // version conflicts the journeys retried (reported, not an error)

async function expectStatus(what: string, res: { status: number; body: unknown }, status: number) {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function setUpCentre(p: Platform, i: number, partId: string, orders: number): Promise<string> {
  const location = `loc-bench-${i}`;
  const centre = await expectStatus(
    'service centre',
    await p.as(['admin']).post(
      '/v1/service-centres',
      {
        name: `Bench Centre ${i}`,
        type: 'regional-centre',
        regionId: 'region-bench',
        address: { line1: `Benchstr. ${i}`, postalCode: '50670', city: 'Koeln', country: 'DE' },
        location: { latitude: 50.9, longitude: 6.9 },
        openingHours: week,
        hoursExceptions: [],
        bays: 8,
        technicians: [{ id: `tech-${i}`, name: 'Ana', skills: ['brakes'] }],
        labourRateMinor: 9_500,
        currency: 'EUR',
        taxRateBasisPoints: 1_900,
        stockLocationId: location,
      },
      idempotencyKey(),
    ),
    201,
  );
  await expectStatus(
    'stock receipt',
    await p.as(['parts-clerk']).post('/v1/stock/movements', {
      kind: 'receipt',
      partId,
      locationId: location,
      quantity: orders + 2,
      reason: 'bench opening stock',
    }),
    201,
  );
  return centre.id as string;
}

async function oneOrder(
  p: Platform,
  centreId: string,
  partId: string,
  technicianId: string,
): Promise<string> {
  const advisor = p.as(['service-advisor']);
  const technician = p.as(['technician']);
  const customer = await expectStatus(
    'customer',
    await advisor.post(
      '/v1/customers',
      {
        kind: 'person',
        name: 'Bench Kunde',
        phone: '+49 151 3000 3000',
        email: `bench-${vins}@example.de`,
        preferredChannel: 'email',
        consents: { marketing: false, dataProcessing: true },
      },
      idempotencyKey(),
    ),
    201,
  );
  const vehicle = await expectStatus(
    'vehicle',
    await advisor.post(
      '/v1/vehicles',
      {
        vin: `WVWZZZ1JZXW${String(++vins).padStart(6, '0')}`,
        make: 'Volkswagen',
        model: 'Golf',
        modelYear: 2021,
        ownerCustomerId: customer.id,
        mileageKm: 30_000,
        purchaseDate: '2021-03-01',
        warrantyEndsOn: '2024-03-01',
      },
      idempotencyKey(),
    ),
    201,
  );
  const opened = await expectStatus(
    'reception',
    await advisor.post(
      '/v1/repair-orders',
      {
        centreId,
        bookingId: null,
        customerId: customer.id,
        vehicleId: vehicle.id,
        serviceType: 'repair',
        mileageKm: 31_200,
        fuelLevelPercent: 50,
        symptoms: 'Squeal when braking',
        symptomSystems: ['brakes'],
        damageNotes: '',
      },
      idempotencyKey(),
    ),
    201,
  );
  const id = opened.id as string;
  let version = opened.version as number;
  // The order also changes under the client's feet (parts events bump its version): on a
  // version conflict, fetch the current version and send the command again, as a client would.
  const command = async (client: Client, path: string, body: object, status = 200) => {
    for (let attempt = 1; ; attempt++) {
      const res = await client.post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(version));
      if ((res.status === 409 || res.status === 412) && attempt < 5) {
        conflicts += 1;
        version = (await advisor.get(`/v1/repair-orders/${id}`)).body.version;
        continue;
      }
      const ok = await expectStatus(path, res, status);
      version = ok.version;
      return ok;
    }
  };
  await command(technician, 'diagnosis', {
    technicianId,
    faultCodes: ['C1234'],
    findings: [{ system: 'brakes', severity: 'required', faultCode: 'C1234', description: 'Pads worn' }],
    estimatedLabourHours: 1,
    partsRequired: true,
  });
  await command(
    advisor,
    'quotes',
    {
      lines: [
        { kind: 'labour', operationCode: 'BRK-PAD', quantity: 1 },
        { kind: 'part', partId, quantity: 1, unitPriceMinor: 8_900 },
      ],
    },
    201,
  );
  await command(advisor, 'quotes/1/approval', { method: 'phone', approvedByCustomerId: customer.id });
  await command(advisor, 'assignment', { technicianIds: [technicianId] });
  // parts.requested -> parts-procurement reserves from the centre's stock -> parts.reserved -> repair
  const reserved = await waitFor(
    async () => {
      const order = (await advisor.get(`/v1/repair-orders/${id}`)).body;
      return ['reserved', 'issued'].includes(order?.parts?.status) ? order : undefined;
    },
    `parts reserved for ${id}`,
    30_000,
    50,
  );
  version = reserved.version;
  await command(technician, 'progress', { note: 'Pads replaced', workComplete: true });
  await command(technician, 'qc', {
    inspectorId: 'insp-1',
    checklist: [{ code: 'BRAKE-TEST', passed: true }],
  });
  await command(advisor, 'delivery', {
    mileageKm: 31_205,
    notes: 'Test drive ok',
    nextMaintenance: { dueMileageKm: 45_000, dueOn: '2027-06-01' },
  });
  return id;
}

export async function journeys(
  p: Platform,
  opts: { centres: number; ordersPerCentre: number; tick: (n: number) => void },
): Promise<JourneyResult> {
  const part = await expectStatus(
    'part',
    await p.as(['parts-clerk']).post('/v1/parts', {
      partNumber: 'BRK-PAD-BENCH',
      description: 'Brake pads, front axle',
      category: 'brakes',
      unitOfMeasure: 'piece',
      fitment: [{ make: 'Volkswagen', model: 'Golf' }],
      standardCost: { amountMinor: 2_500, currency: 'EUR' },
    }),
    201,
  );
  const centres = await Promise.all(
    Array.from({ length: opts.centres }, (_, i) => setUpCentre(p, i, part.id, opts.ordersPerCentre)),
  );

  const t0 = performance.now();
  const done: string[] = [];
  await Promise.all(
    centres.map(async (centreId, i) => {
      for (let n = 0; n < opts.ordersPerCentre; n++) {
        done.push(await oneOrder(p, centreId, part.id, `tech-${i}`));
        opts.tick(1);
      }
    }),
  );
  const minutes = (performance.now() - t0) / 60_000;

  // The consumer side: one follow-up per delivered order (customer's inbox makes it exactly one).
  const advisor = p.as(['service-advisor']);
  const followUps = new Map<string, number>();
  await waitFor(
    async () => {
      for (const id of done) {
        if (followUps.get(id)) continue;
        const res = await advisor.get(`/v1/follow-ups?repairOrderId=${id}`);
        const n = (res.body?.items ?? []).filter(
          (f: { kind?: string }) => f.kind === 'post-delivery-call',
        ).length;
        if (n > 0) followUps.set(id, n);
      }
      return followUps.size === done.length;
    },
    'a follow-up for every delivered order',
    30_000,
  ).catch(() => undefined); // missing ones are counted below, not thrown

  // The producer side: every expected event of every completed order is on Kafka.
  const seen = new Map<string, Set<string>>(EXPECTED.map((t) => [t, new Set()]));
  const topics = [...new Set(EXPECTED.map((t) => topicOf(t)))];
  for (const topic of topics) {
    for (const m of await readWholeTopic(physicalTopic(topic, p.namespace))) {
      const type = m.headers['event-type'] as (typeof EXPECTED)[number] | undefined;
      if (!type || !seen.has(type)) continue;
      const data = JSON.parse(m.value ?? '{}').data ?? {};
      if (data.repairOrderId) seen.get(type)!.add(data.repairOrderId);
    }
  }
  const lostByType = Object.fromEntries(
    EXPECTED.map((t) => [t, done.filter((id) => !seen.get(t)!.has(id)).length]),
  );
  return {
    centres: opts.centres,
    orders: done.length,
    ordersPerMinute: done.length / minutes,
    lostByType,
    lost: Object.values(lostByType).reduce((a, b) => a + b, 0),
    followUpsMissing: done.filter((id) => !followUps.get(id)).length,
    followUpsDoubled: done.filter((id) => (followUps.get(id) ?? 0) > 1).length,
    versionConflictsRetried: conflicts,
  };
}

/** Every message on a topic up to its current end (high watermark of each partition). */
async function readWholeTopic(topic: string): Promise<ReadMessage[]> {
  const kafka = testKafka('bench-journey-reader');
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(ends.filter((e) => Number(e.high) > 0).map((e) => [e.partition, Number(e.high)]));
  const seen: ReadMessage[] = [];
  if (remaining.size === 0) return seen;
  const consumer = kafka.consumer({ groupId: `bench-reader-${topic}-${Date.now()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${topic} did not reach its end`)), 30_000);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const headers = Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([k, v]) => [k, v?.toString() ?? '']),
          );
          seen.push({
            partition,
            offset: message.offset,
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? null,
            headers,
          });
          const end = remaining.get(partition);
          if (end !== undefined && Number(message.offset) >= end - 1) remaining.delete(partition);
          if (remaining.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}
