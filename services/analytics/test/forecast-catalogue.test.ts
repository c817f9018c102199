// Forecast parts demand names parts the way the catalogue does (Kafka + PostgreSQL): part.registered
// / part.updated from parts-procurement are projected once (inbox; the highest version wins), and
// parts.demand on the public stream carries the catalogue's part number and unit. A part whose entry
// has not arrived is held back, never sent with a made-up number, and goes out once it arrives.
import { createEvent, type AnyEvent, type EventData } from '@aftersales/contracts';
import { physicalTopic } from '@aftersales/kafka';
import { readTopic, waitFor } from '@aftersales/testing';
import { analyst, as, startHarness, type Harness } from './harness';

const TENANT = 'tenant-catalogue';
const LOC = 'loc-cat';

/** Ten months (Jan-Oct 2026) of requests for a part: enough history for a procurement signal. */
function history(partId: string): AnyEvent[] {
  return Array.from(
    { length: 10 },
    (_, m) =>
      createEvent('repair.parts.requested', {
        producer: 'repair',
        tenantId: TENANT,
        subject: `${partId}-order-${m}`,
        occurredAt: new Date(Date.UTC(2026, m, 12, 9)),
        data: {
          repairOrderId: `${partId}-order-${m}`,
          requestId: `${partId}-req-${m}`,
          centreId: 'c-cat',
          locationId: LOC,
          quoteVersion: 1,
          priority: 'normal',
          neededBy: null,
          lines: [{ lineId: 'l1', partId, quantity: 20 + m }],
        },
      }) as AnyEvent,
  );
}

const entry = (type: 'part.registered' | 'part.updated', data: EventData<'part.registered'>) =>
  createEvent(type, {
    producer: 'parts-procurement',
    tenantId: TENANT,
    subject: data.partId,
    data,
  }) as AnyEvent;

const oil = {
  partId: 'part-oil',
  partNumber: 'OIL-5W30-1L',
  description: 'Engine oil 5W-30',
  category: 'fluids',
  unitOfMeasure: 'litre',
  abcClass: 'B',
} as const;
const wiper = {
  partId: 'part-wiper',
  partNumber: '3397007187',
  description: 'Wiper blade set',
  category: 'body',
  unitOfMeasure: 'set',
  abcClass: 'C',
} as const;

describe('forecast parts demand named by the catalogue (Kafka + PostgreSQL)', () => {
  let h: Harness;
  const applied = () =>
    h.applied.filter((a) => a.event.tenantId === TENANT && a.outcome === 'applied').length;
  const demandTopic = () => physicalTopic('aftersales.parts.demand.v1', h.namespace);
  const emit = () => as(h.app, analyst(TENANT)).post('/v1/forecasts/parts-demand/emissions');

  beforeAll(async () => {
    h = await startHarness('analytics_catalogue', { kafka: true });
    h.clock.now = new Date('2026-11-15T10:00:00Z');
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the newest catalogue entry per part, whatever the delivery order, once per event', async () => {
    const v1 = entry('part.registered', { ...oil, description: 'old', version: 1 });
    const v2 = entry('part.updated', { ...oil, version: 2 });
    // The update overtakes the registration, and the registration is delivered twice.
    await h.publish([...history('part-oil'), ...history('part-wiper'), v2, v1, v1]);
    await waitFor(async () => applied() === 22, '22 events applied (the redelivery is a duplicate)', 60_000);
    await waitFor(
      async () => h.applied.some((a) => a.event.id === v1.id && a.outcome === 'duplicate'),
      'the redelivered registration seen as a duplicate',
      20_000,
    );
    const rows = await h.prisma.partCatalogue.findMany({ where: { tenantId: TENANT } });
    expect(rows).toEqual([{ tenantId: TENANT, ...oil, version: 2 }]);
  }, 90_000);

  it('publishes the catalogue part number and unit, and holds back a part not yet in the catalogue', async () => {
    const first = await emit();
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ emitted: 1, heldBack: 1 });
    const [oilDemand] = await readTopic(demandTopic(), 1);
    expect(oilDemand!.key).toBe('part-oil');
    const event = JSON.parse(oilDemand!.value!) as AnyEvent & { data: EventData<'parts.demand'> };
    expect(event.type).toBe('parts.demand');
    expect(event.data).toMatchObject({
      partId: 'part-oil',
      partNumber: 'OIL-5W30-1L',
      unitOfMeasure: 'litre',
      locationId: LOC,
      reason: 'forecast',
      forecast: { periodStart: '2026-12-01', periodEnd: '2026-12-31' },
    });
    expect(event.data.quantity).toBeGreaterThan(0);
    // Nothing was published for the wiper, with or without a number.
    expect(
      await h.prisma.forecastDemandLog.count({ where: { tenantId: TENANT, partId: 'part-wiper' } }),
    ).toBe(0);

    await h.publish([entry('part.registered', { ...wiper, version: 1 })]);
    await waitFor(async () => applied() === 23, 'the wiper entry applied', 30_000);
    const second = await emit();
    expect(second.body).toEqual({ emitted: 1, heldBack: 0 });
    const all = await readTopic(demandTopic(), 2);
    const wiperDemand = all
      .map((m) => JSON.parse(m.value!) as AnyEvent & { data: EventData<'parts.demand'> })
      .find((e) => e.data.partId === 'part-wiper');
    expect(wiperDemand?.data).toMatchObject({
      partNumber: '3397007187',
      unitOfMeasure: 'set',
      reason: 'forecast',
    });
    expect((await emit()).body).toEqual({ emitted: 0, heldBack: 0 });
  }, 90_000);
});
