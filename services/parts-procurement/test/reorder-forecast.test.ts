// Reorder points from analytics' forecast, against real PostgreSQL and Kafka: a parts.demand
// forecast published on the public stream is stored by the consumer (redelivery changes nothing,
// a newer forecast of the period replaces it, an older one arriving late does not, other reasons
// are ignored); the scheduled recompute (called directly) sets the reorder point from the
// forecast with the lead time of the supplier selection would choose, the part's seasonality not
// applied on top; without a forecast it falls back to history × seasonality, counting what orders
// finally needed (a whole-order re-quote 4 -> 2 counts 2, a dropped part is no demand); a point
// rising above available requisitions once however often the sweep runs; a manual point is kept.
import { createEvent, type AnyEvent, type EventOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { recomputeReorderPoints } from '../src/application/reorder-sweep';
import { outboxEvents, repairEvent, startHarness, uuid, type Agent, type Harness } from './harness';

const LOC = 'loc-forecast-1';
const DAY = 86_400_000;
const NOW = new Date('2026-03-05T06:00:00Z');
const BUSY_MARCH = [1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1];
// σ of the March total √31, so a day's variance is 1 (domain/reorder.ts).
const SIGMA = Math.sqrt(31);

function forecastEvent(
  part: { id: string; partNumber: string },
  period: { start: string; end: string },
  quantity: number,
  occurredAt: Date,
  sigma = SIGMA,
): AnyEvent {
  return createEvent('parts.demand', {
    producer: 'analytics',
    tenantId: 'tenant-a',
    subject: part.id,
    occurredAt,
    data: {
      demandId: `forecast-${part.id.slice(0, 8)}-${period.start}`,
      partId: part.id,
      partNumber: part.partNumber,
      locationId: LOC,
      quantity,
      unitOfMeasure: 'piece',
      neededBy: `${period.start}T00:00:00.000Z`,
      reason: 'forecast',
      repairOrderId: null,
      forecast: {
        periodStart: period.start,
        periodEnd: period.end,
        lower: Math.max(0, quantity - 1.96 * sigma),
        upper: quantity + 1.96 * sigma,
        method: 'holt-winters-additive',
      },
    },
  }) as AnyEvent;
}

const MARCH = { start: '2026-03-01', end: '2026-03-31' };
const APRIL = { start: '2026-04-01', end: '2026-04-30' };
const MAY = { start: '2026-05-01', end: '2026-05-31' };

describe('reorder points from the forecast (real PostgreSQL and Kafka)', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;
  let admin: Agent;
  let disc: { id: string; partNumber: string };
  let pad: { id: string; partNumber: string };
  let quick: { id: string };
  let value: { id: string };

  const newPart = async (partNumber: string) => {
    const r = await clerk.post('/v1/parts', {
      partNumber,
      description: partNumber,
      category: 'brakes',
      unitOfMeasure: 'piece',
      fitment: [{ make: 'VW', model: 'Golf' }],
      standardCost: { amountMinor: 1000, currency: 'EUR' },
      seasonality: BUSY_MARCH,
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; partNumber: string };
  };
  const offer = async (supplierId: string, partId: string, amountMinor: number, leadTimeDays: number) =>
    expect(
      (
        await officer.post(`/v1/parts/${partId}/suppliers`, {
          supplierId,
          unitPrice: { amountMinor, currency: 'EUR' },
          leadTimeDays,
        })
      ).status,
    ).toBe(200);
  const receive = async (partId: string, quantity: number) =>
    expect(
      (
        await clerk.post('/v1/stock/movements', {
          kind: 'receipt',
          partId,
          locationId: LOC,
          quantity,
          reason: 'opening stock',
        })
      ).status,
    ).toBe(201);
  const stored = (partId: string, periodStart: string) =>
    h.prisma.partDemandForecast.findUnique({
      where: {
        tenantId_partId_locationId_periodStart: {
          tenantId: 'tenant-a',
          partId,
          locationId: LOC,
          periodStart: new Date(`${periodStart}T00:00:00Z`),
        },
      },
    });
  const storedEventually = (partId: string, periodStart: string, quantity?: number) =>
    waitFor(
      async () => {
        const f = await stored(partId, periodStart);
        return f && (quantity === undefined || f.quantity.toNumber() === quantity) ? f : undefined;
      },
      `forecast ${periodStart} stored`,
      20_000,
      50,
    );
  const balanceOf = (partId: string) =>
    h.prisma.stockBalance.findUniqueOrThrow({
      where: { tenantId_partId_locationId: { tenantId: 'tenant-a', partId, locationId: LOC } },
    });
  const reorderRequisitions = (partId: string) =>
    h.prisma.requisition.findMany({ where: { partId, locationId: LOC, reason: 'reorder' } });
  const stockLow = async (partId: string) =>
    ((await outboxEvents(h.prisma, 'parts.stock-low')) as EventOf<'parts.stock-low'>[]).filter(
      (e) => e.subject === partId,
    );
  const sweep = () => recomputeReorderPoints(h.prisma, { now: NOW });

  beforeAll(async () => {
    h = await startHarness('parts_reorder_forecast', { kafka: true });
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    admin = await h.as(['admin']);
    // Price decides: the cheaper, slower supplier is the one purchasing would choose.
    expect(
      (
        await admin.put('/v1/settings/procurement', {
          weights: { quality: 0, price: 1, leadTime: 0, onTime: 0 },
          approvalThresholdMinor: 500_000,
          overReceiptTolerancePct: 0,
          priceTolerancePct: 0,
        })
      ).status,
    ).toBe(200);
    quick = (await officer.post('/v1/suppliers', { name: 'Quick Brakes' })).body;
    value = (await officer.post('/v1/suppliers', { name: 'Value Brakes' })).body;
    disc = await newPart('FC-DISC-1');
    pad = await newPart('FC-PAD-1');
    await offer(quick.id, disc.id, 1000, 3);
    await offer(value.id, disc.id, 700, 10);
    await offer(value.id, pad.id, 500, 4);
  });

  afterAll(async () => {
    await h?.close();
  });

  let march: AnyEvent;

  it('stores a forecast published on the public parts-demand stream', async () => {
    march = forecastEvent(disc, MARCH, 310, new Date('2026-02-20T02:00:00Z'));
    await h.producer!.publish([{ event: march }]);
    const f = await storedEventually(disc.id, MARCH.start);
    expect(f).toMatchObject({
      demandId: `forecast-${disc.id.slice(0, 8)}-${MARCH.start}`,
      periodEnd: new Date('2026-03-31T00:00:00Z'),
      method: 'holt-winters-additive',
    });
    expect(f!.quantity.toNumber()).toBe(310);
    expect(f!.upper.toNumber()).toBeCloseTo(310 + 1.96 * SIGMA, 3);
  });

  it("sets the reorder point from the forecast with the chosen supplier's lead time, seasonality once, and requisitions once", async () => {
    await receive(disc.id, 100);
    const first = await sweep();
    expect(first.failed).toBe(0);
    const b = await balanceOf(disc.id);
    // The chosen supplier (Value, on price) delivers in 10 days, not the shortest offer's 3.
    // 5..14 March at 310/31 = 10 a day: DL = 100; σL = √10, class C z 1.28: SS = ceil(4.05) = 5;
    // ROP = 105; order-up-to = 10 × (10 + 7) + 5 = 175. March's seasonal factor 2 is in the
    // forecast already: applying it again would give 205.
    expect([b.reorderPoint.toNumber(), b.safetyStock.toNumber(), b.orderUpTo.toNumber()]).toEqual([
      105, 5, 175,
    ]);
    expect(b.reorderComputedAt).toEqual(NOW);
    expect(b.reorderBasis).toMatchObject({
      method: 'computed',
      demandSource: 'forecast',
      forecastDays: 10,
      historyDays: 0,
      seasonalFactor: 1,
      leadTimeDemand: 100,
      supplierId: value.id,
      leadTimeDays: 10,
      leadTimeSource: 'chosen-supplier',
      forecasts: [{ periodStart: MARCH.start, periodEnd: MARCH.end, quantity: 310 }],
    });

    // Available 100 is now below 105: one stock-low, one requisition up to 175.
    const low = await stockLow(disc.id);
    expect(low).toHaveLength(1);
    expect(low[0]!.data).toMatchObject({ available: 100, reorderPoint: 105, suggestedQuantity: 75 });
    const reqs = await reorderRequisitions(disc.id);
    expect(reqs.map((r) => [r.quantity.toNumber(), r.status, r.id])).toEqual([
      [75, 'open', low[0]!.data.requisitionId],
    ]);
    // The requisition is needed within the chosen supplier's lead time.
    expect(reqs[0]!.neededBy).toEqual(new Date(NOW.getTime() + 10 * DAY));

    // The sweep again: the same point, already below it: no second signal or requisition.
    await sweep();
    expect(await stockLow(disc.id)).toHaveLength(1);
    expect(await reorderRequisitions(disc.id)).toHaveLength(1);

    // The balance view shows the basis and when it was computed.
    const view = await clerk.get(`/v1/stock?partId=${disc.id}&locationId=${LOC}`);
    expect(view.status).toBe(200);
    expect(view.body.items[0]).toMatchObject({
      reorderPoint: 105,
      reorderComputedAt: NOW.toISOString(),
      reorderBasis: { demandSource: 'forecast', supplierId: value.id, leadTimeDays: 10 },
    });
  });

  it('ignores a redelivered forecast and other demand, replaces with a newer forecast, keeps it against an older one', async () => {
    const before = (await stored(disc.id, MARCH.start))!;
    // The same event again, our own kind of demand (not a forecast), then a marker on the same key.
    const backorder = createEvent('parts.demand', {
      producer: 'parts-procurement',
      tenantId: 'tenant-a',
      subject: disc.id,
      data: { ...(march as EventOf<'parts.demand'>).data, reason: 'backorder', forecast: null, quantity: 1 },
    }) as AnyEvent;
    await h.producer!.publish([
      { event: march },
      { event: backorder },
      { event: forecastEvent(disc, APRIL, 300, new Date('2026-03-01T02:00:00Z')) },
    ]);
    await storedEventually(disc.id, APRIL.start);
    const after = (await stored(disc.id, MARCH.start))!;
    expect(after.receivedAt).toEqual(before.receivedAt);
    expect(after.quantity.toNumber()).toBe(310);
    expect(
      await h.prisma.inboxMessage.count({ where: { eventId: march.id, consumerGroup: 'parts-procurement' } }),
    ).toBe(1);
    expect(await h.prisma.inboxMessage.count({ where: { eventId: backorder.id } })).toBe(0);

    // Analytics revises March (same demandId, later): it replaces the stored one ...
    await h.producer!.publish([{ event: forecastEvent(disc, MARCH, 372, new Date('2026-03-01T02:00:00Z')) }]);
    await storedEventually(disc.id, MARCH.start, 372);
    // ... and an older version arriving late does not.
    await h.producer!.publish([
      { event: forecastEvent(disc, MARCH, 31, new Date('2026-02-25T02:00:00Z')) },
      { event: forecastEvent(disc, MAY, 300, new Date('2026-03-01T02:00:00Z')) },
    ]);
    await storedEventually(disc.id, MAY.start);
    expect((await stored(disc.id, MARCH.start))!.quantity.toNumber()).toBe(372);

    // The next sweep uses the revision (12 a day: DL 120, SS 5, ROP 125), still one requisition.
    await sweep();
    expect((await balanceOf(disc.id)).reorderPoint.toNumber()).toBe(125);
    expect(await reorderRequisitions(disc.id)).toHaveLength(1);
    expect(await stockLow(disc.id)).toHaveLength(1);
  });

  it('falls back to history × seasonality, counting what orders finally needed', async () => {
    await receive(pad.id, 20);
    const ro1 = uuid();
    const ro2 = uuid();
    const request = (repairOrderId: string, quantity: number) =>
      repairEvent('repair.parts.requested', repairOrderId, {
        repairOrderId,
        requestId: uuid(),
        centreId: 'centre-1',
        locationId: LOC,
        quoteVersion: 1,
        priority: 'normal',
        neededBy: null,
        lines: [{ lineId: 'line-1', partId: pad.id, quantity }],
      });
    const processed = (event: AnyEvent) =>
      waitFor(
        async () =>
          (await h.prisma.inboxMessage.count({ where: { eventId: event.id } })) ? true : undefined,
        `${event.type} processed`,
        20_000,
        50,
      );
    const at = async (daysAgo: number, event: AnyEvent) => {
      h.clock.now = new Date(NOW.getTime() - daysAgo * DAY);
      await h.producer!.publish([{ event }]);
      await processed(event);
    };
    try {
      // Order 1 asks for 4, then its re-quote's whole-order request (no scope) for 2 replaces it.
      await at(3, request(ro1, 4));
      await at(2, request(ro1, 2));
      // Order 2 asks for 3 and its re-quote drops 1.
      await at(2, request(ro2, 3));
      await at(
        1,
        repairEvent('repair.parts.dropped', ro2, {
          repairOrderId: ro2,
          centreId: 'centre-1',
          locationId: LOC,
          quoteVersion: 2,
          lines: [{ partId: pad.id, quantity: 1 }],
        }),
      );
    } finally {
      h.clock.now = null;
    }

    await sweep();
    const b = await balanceOf(pad.id);
    // Final need 2 + 2 = 4, both on day −2, over 90 days (the requests' 4 + 2 + 3 = 9 would
    // count the replaced and the dropped parts): d = 4/90 = 0.044, one day of 4 -> sample
    // σ = √(((4 − d)² + 89 d²) / 89) = 0.4216; s = 2 (March), L = 4 (the only supplier), C z 1.28:
    // SS = ceil(1.28 × 0.4216 × 2 × √4) = ceil(2.16) = 3; ROP = ceil(d × 2 × 4 + 3) = ceil(3.36) = 4.
    expect(b.reorderBasis).toMatchObject({
      demandSource: 'history',
      meanDailyDemand: 0.044,
      seasonalFactor: 2,
      leadTimeDays: 4,
      supplierId: value.id,
      forecasts: [],
    });
    expect([b.safetyStock.toNumber(), b.reorderPoint.toNumber()]).toEqual([3, 4]);
    // Available 20 − 4 held = 16 stays above 4: no signal.
    expect(await stockLow(pad.id)).toHaveLength(0);
  });

  it('keeps a reorder point set by hand', async () => {
    const set = await clerk.post('/v1/reorder-points', {
      partId: pad.id,
      locationId: LOC,
      manual: { reorderPoint: 2, safetyStock: 1, orderUpTo: 10 },
    });
    expect(set.status).toBe(200);
    expect(set.body.basis).toEqual({ method: 'manual' });
    const result = await sweep();
    expect(result.manual).toBeGreaterThanOrEqual(1);
    expect((await balanceOf(pad.id)).reorderPoint.toNumber()).toBe(2);
  });
});
