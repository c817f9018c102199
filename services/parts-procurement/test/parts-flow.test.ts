// The issue's "Done when" journey against real PostgreSQL and Kafka: a repair's parts request
// reserves stock and backorders the shortfall (raising demand and a requisition), a duplicate
// delivery changes nothing, a purchase order goes to the best supplier, a receipt with partial
// rejection fulfils the backorder, parts are issued by lot, the lot trace names the order and the
// vehicle, the invoice is three-way matched and paid, and a cancellation releases stock. Every
// event is asserted on its namespaced topic. Then quote revisions (issue 19): additions and drops.
import { readTopic, waitFor } from '@aftersales/testing';
import { dlqTopicOf } from '@aftersales/contracts';
import { physicalTopic } from '@aftersales/kafka';
import { REPAIR_ORDER_TOPIC } from '../src/events/consumer';
import { inTransaction } from '../src/application/context';
import { issueReservation } from '../src/application/reservations';
import { type AnyEvent, type EventOf } from '@aftersales/contracts';
import {
  eventsOnTopic,
  ledgerMismatches,
  orderOpened,
  partsRequested,
  repairEvent,
  startHarness,
  uuid,
  type Agent,
  type Harness,
} from './harness';

const LOC = 'loc-north-1';

const opened = orderOpened;
const requested = (
  repairOrderId: string,
  lines: { partId: string; quantity: number }[],
  requestId?: string,
) => partsRequested(repairOrderId, LOC, lines, requestId);

describe('parts request -> reservation, backorder, demand, PO, receipt with rejection, issue, lot trace', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;
  let pads: { id: string };
  let filter: { id: string };
  let fast: { id: string };
  let cheap: { id: string };
  const ro1 = uuid();
  const ro2 = uuid();

  beforeAll(async () => {
    h = await startHarness('parts_flow', { kafka: true });
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    const part = async (partNumber: string, cost: number) =>
      (
        await clerk.post('/v1/parts', {
          partNumber,
          description: partNumber,
          category: 'brakes',
          unitOfMeasure: 'piece',
          fitment: [{ make: 'VW', model: 'Golf' }],
          standardCost: { amountMinor: cost, currency: 'EUR' },
        })
      ).body;
    pads = await part('BRK-PAD-01', 2500);
    filter = await part('OIL-FLT-09', 800);
    fast = (await officer.post('/v1/suppliers', { name: 'Fast Parts GmbH' })).body;
    cheap = (await officer.post('/v1/suppliers', { name: 'Cheap Parts Ltd' })).body;
    for (const [supplier, partId, price, lead] of [
      [fast, pads.id, 2400, 3],
      [fast, filter.id, 900, 2],
      [cheap, filter.id, 700, 20],
    ] as const) {
      const r = await officer.post(`/v1/parts/${partId}/suppliers`, {
        supplierId: supplier.id,
        unitPrice: { amountMinor: price, currency: 'EUR' },
        leadTimeDays: lead,
      });
      expect(r.status).toBe(200);
    }
    const receipt = await clerk.post('/v1/stock/movements', {
      kind: 'receipt',
      partId: pads.id,
      locationId: LOC,
      quantity: 5,
      lotNumber: 'LOT-PADS-A',
      reason: 'opening stock',
    });
    expect(receipt.status).toBe(201);
  });

  afterAll(async () => {
    await h?.close();
  });

  let request1: AnyEvent;

  it('reserves what is in stock, backorders the rest and raises demand, on the namespaced topics', async () => {
    request1 = requested(ro1, [
      { partId: pads.id, quantity: 3 },
      { partId: filter.id, quantity: 4 },
    ]);
    await h.producer!.publish([{ event: opened(ro1, 'vehicle-WVW123') }, { event: request1 }]);

    const [reserved] = (await eventsOnTopic(
      h,
      'parts.reserved',
      (e) => e.subject === ro1,
    )) as EventOf<'parts.reserved'>[];
    expect(reserved!.data).toMatchObject({
      repairOrderId: ro1,
      source: 'stock',
      openBackorderLines: 1,
      lines: [{ lineId: 'line-1', partId: pads.id, quantity: 3 }],
    });
    const [backordered] = (await eventsOnTopic(
      h,
      'parts.backordered',
      (e) => e.subject === ro1,
    )) as EventOf<'parts.backordered'>[];
    expect(backordered!.data.lines).toEqual([
      expect.objectContaining({ lineId: 'line-2', partId: filter.id, quantity: 4 }),
    ]);
    expect(backordered!.causationId).toBe(request1.id);
    const [demand] = (await eventsOnTopic(
      h,
      'parts.demand',
      (e) => (e as EventOf<'parts.demand'>).data.repairOrderId === ro1,
    )) as EventOf<'parts.demand'>[];
    expect(demand!.data).toMatchObject({
      partId: filter.id,
      partNumber: 'OIL-FLT-09',
      locationId: LOC,
      quantity: 4,
      unitOfMeasure: 'piece',
      reason: 'backorder',
    });
    expect(demand!.subject).toBe(filter.id);

    const stock = (await clerk.get(`/v1/stock?locationId=${LOC}`)).body.items;
    expect(stock.find((s: { partId: string }) => s.partId === pads.id)).toMatchObject({
      onHand: 5,
      reserved: 3,
      available: 2,
    });
    const reqs = (await officer.get('/v1/requisitions?reason=backorder&status=open')).body.items;
    expect(reqs).toEqual([
      expect.objectContaining({
        partId: filter.id,
        quantity: 4,
        repairOrderId: ro1,
        demandId: demand!.data.demandId,
      }),
    ]);
  });

  it('changes nothing when the same request is delivered again', async () => {
    const count = async () => ({
      reservations: await h.prisma.reservation.count(),
      movements: await h.prisma.stockMovement.count(),
      backorders: await h.prisma.backorder.count(),
      requisitions: await h.prisma.requisition.count(),
      outbox: await h.prisma.outboxMessage.count(),
    });
    const before = await count();
    const marker = opened(uuid(), 'vehicle-marker');
    await h.producer!.publish([{ event: request1 }, { event: marker }]); // same event id again, then a marker behind it
    await waitFor(
      () => h.prisma.repairOrderRef.findFirst({ where: { vehicleId: 'vehicle-marker' } }),
      'the marker behind the duplicate',
    );
    expect(await count()).toEqual(before);
    expect(await h.prisma.inboxMessage.count({ where: { eventId: request1.id } })).toBe(1);

    // The same request under a new event id (a repair-side retry) is still recognised by its requestId.
    const retried = repairEvent(
      'repair.parts.requested',
      ro1,
      (request1 as EventOf<'repair.parts.requested'>).data,
    );
    const marker2 = opened(uuid(), 'vehicle-marker-2');
    await h.producer!.publish([{ event: retried }, { event: marker2 }]);
    await waitFor(
      () => h.prisma.repairOrderRef.findFirst({ where: { vehicleId: 'vehicle-marker-2' } }),
      'the second marker',
    );
    expect({ ...(await count()), outbox: before.outbox }).toEqual(before);
  });

  let poId: string;
  let filterLineId: string;

  it('orders the backorder from the best-scoring supplier', async () => {
    const [req] = (await officer.get('/v1/requisitions?reason=backorder&status=open')).body.items;
    const po = await officer.post(
      '/v1/purchase-orders',
      { requisitionIds: [req.id] },
      { 'Idempotency-Key': 'po-1' },
    );
    expect(po.status).toBe(201);
    // Fast: price 700/900 = .78, lead 2/2 = 1, quality .8, on-time .8 -> beats Cheap (lead 2/20 = .1).
    expect(po.body).toMatchObject({
      supplierId: fast.id,
      status: 'ordered',
      totalMinor: 3600,
      currency: 'EUR',
    });
    poId = po.body.id;
    filterLineId = po.body.lines[0].id;
    const replay = await officer.post(
      '/v1/purchase-orders',
      { requisitionIds: [req.id] },
      { 'Idempotency-Key': 'po-1' },
    );
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(poId);

    const [created] = (await eventsOnTopic(
      h,
      'procurement.po.created',
      (e) => e.subject === poId,
    )) as EventOf<'procurement.po.created'>[];
    expect(created!.data).toMatchObject({
      supplierId: fast.id,
      requisitionIds: [req.id],
      total: { amountMinor: 3600, currency: 'EUR' },
      approvedBy: null,
    });
    expect(created!.data.supplierScore).toBeGreaterThan(0.8);
  });

  it('refuses a receipt for an unknown PO line or above the ordered quantity, leaving stock untouched', async () => {
    const movements = await h.prisma.stockMovement.count();
    const unknown = await clerk.post(`/v1/purchase-orders/${poId}/receipts`, {
      lines: [{ poLineId: uuid(), receivedQuantity: 1, acceptedQuantity: 1 }],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
    expect(unknown.body.code).toBe('unknown-po-line');
    const over = await clerk.post(`/v1/purchase-orders/${poId}/receipts`, {
      lines: [{ poLineId: filterLineId, receivedQuantity: 5, acceptedQuantity: 5 }],
    });
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('over-receipt');
    const fraction = await clerk.post(`/v1/purchase-orders/${poId}/receipts`, {
      lines: [{ poLineId: filterLineId, receivedQuantity: 1.5, acceptedQuantity: 1.5 }],
    });
    expect(fraction.status).toBe(422);
    expect(fraction.body.code).toBe('fractional-quantity');
    expect(await h.prisma.stockMovement.count()).toBe(movements);
    expect(await h.prisma.goodsReceipt.count()).toBe(0);
  });

  it('a receipt with partial rejection takes only accepted goods into stock and fulfils the backorder', async () => {
    // Two deliveries: 3 arrive, 1 damaged (rejected); then 2 more, all good.
    const first = await clerk.post(`/v1/purchase-orders/${poId}/receipts`, {
      lines: [
        {
          poLineId: filterLineId,
          receivedQuantity: 3,
          acceptedQuantity: 2,
          rejectedQuantity: 1,
          rejectionReason: 'damaged',
          lotNumber: 'LOT-FLT-7',
        },
      ],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      complete: false,
      onTime: true,
      purchaseOrder: { status: 'partially-received' },
    });
    let balance = await h.prisma.stockBalance.findFirstOrThrow({
      where: { partId: filter.id, locationId: LOC },
    });
    expect([Number(balance.onHand), Number(balance.reserved)]).toEqual([2, 2]); // rejected unit never entered stock

    const partial = (await eventsOnTopic(
      h,
      'parts.reserved',
      (e) => e.subject === ro1 && (e as EventOf<'parts.reserved'>).data.source === 'backorder-fulfilment',
    )) as EventOf<'parts.reserved'>[];
    expect(partial[0]!.data).toMatchObject({
      lines: [{ lineId: 'line-2', partId: filter.id, quantity: 2 }],
      openBackorderLines: 1,
    });

    const second = await clerk.post(`/v1/purchase-orders/${poId}/receipts`, {
      lines: [{ poLineId: filterLineId, receivedQuantity: 2, acceptedQuantity: 2, lotNumber: 'LOT-FLT-8' }],
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ complete: true, purchaseOrder: { status: 'received' } });
    balance = await h.prisma.stockBalance.findFirstOrThrow({ where: { partId: filter.id, locationId: LOC } });
    expect([Number(balance.onHand), Number(balance.reserved)]).toEqual([4, 4]);

    const fulfilled = (await eventsOnTopic(
      h,
      'parts.reserved',
      (e) => e.subject === ro1 && (e as EventOf<'parts.reserved'>).data.source === 'backorder-fulfilment',
      2,
    )) as EventOf<'parts.reserved'>[];
    expect(fulfilled.map((e) => [e.data.lines[0]!.quantity, e.data.openBackorderLines])).toEqual([
      [2, 1],
      [2, 0],
    ]);
    const received = (await eventsOnTopic(
      h,
      'procurement.po.received',
      (e) => e.subject === poId,
      2,
    )) as EventOf<'procurement.po.received'>[];
    expect(received[0]!.data.lines[0]).toMatchObject({
      receivedQuantity: 3,
      acceptedQuantity: 2,
      rejectedQuantity: 1,
      rejectionReason: 'damaged',
      lotNumber: 'LOT-FLT-7',
    });
    expect(received.map((e) => e.data.complete)).toEqual([false, true]);
    const rated = (await eventsOnTopic(
      h,
      'supplier.rated',
      (e) => e.subject === fast.id,
      2,
    )) as EventOf<'supplier.rated'>[];
    // 4 of 5 received were accepted: quality 80; both on time.
    expect(rated[1]!.data).toMatchObject({ receipts: 2, scores: { quality: 80, onTime: 100 } });
    expect((await h.prisma.backorder.findFirstOrThrow({ where: { repairOrderId: ro1 } })).status).toBe(
      'fulfilled',
    );
  });

  it('issues the reserved parts by lot (FIFO) and the lot trace names the repair order and vehicle', async () => {
    const [reservation] = (await clerk.get(`/v1/reservations?repairOrderId=${ro1}`)).body.items;
    const issued = await clerk.post(`/v1/reservations/${reservation.id}/issue`, { issuedTo: 'tech-7' });
    expect(issued.status).toBe(200);
    const [event] = (await eventsOnTopic(
      h,
      'parts.issued',
      (e) => e.subject === ro1,
    )) as EventOf<'parts.issued'>[];
    expect(event!.data.lines).toEqual([
      {
        partId: pads.id,
        quantity: 3,
        lotNumber: 'LOT-PADS-A',
        unitCost: { amountMinor: 2500, currency: 'EUR' },
      },
      {
        partId: filter.id,
        quantity: 2,
        lotNumber: 'LOT-FLT-7',
        unitCost: { amountMinor: 900, currency: 'EUR' },
      },
      {
        partId: filter.id,
        quantity: 2,
        lotNumber: 'LOT-FLT-8',
        unitCost: { amountMinor: 900, currency: 'EUR' },
      },
    ]);
    expect(event!.data).toMatchObject({
      issuedTo: 'tech-7',
      totalCost: { amountMinor: 3 * 2500 + 4 * 900, currency: 'EUR' },
    });

    const trace = await clerk.get('/v1/lots/LOT-FLT-7/trace');
    expect(trace.status).toBe(200);
    expect(trace.body).toMatchObject({
      lotNumber: 'LOT-FLT-7',
      repairOrderIds: [ro1],
      vehicleIds: ['vehicle-WVW123'],
    });
    expect(trace.body.receipts).toEqual([
      expect.objectContaining({ partId: filter.id, supplierId: fast.id, remaining: 0 }),
    ]);
    expect(trace.body.issued).toEqual([
      expect.objectContaining({ repairOrderId: ro1, vehicleId: 'vehicle-WVW123', quantity: 2 }),
    ]);
    expect((await clerk.get('/v1/lots/NO-SUCH-LOT/trace')).body).toMatchObject({
      repairOrderIds: [],
      receipts: [],
    });
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });

  it('matches the invoice against PO and receipt: a mismatch is refused with a clear problem, a match is paid and settles the PO', async () => {
    const bad = await officer.post('/v1/invoices', {
      purchaseOrderId: poId,
      invoiceNumber: 'INV-1',
      lines: [{ poLineId: filterLineId, quantity: 5, unitPriceMinor: 950 }],
      total: { amountMinor: 4750, currency: 'EUR' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('three-way-mismatch');
    expect(bad.body.mismatches.map((m: { code: string }) => m.code)).toEqual([
      'quantity-exceeds-received',
      'price-mismatch',
    ]);
    expect(await h.prisma.invoice.count()).toBe(0);

    const good = await officer.post('/v1/invoices', {
      purchaseOrderId: poId,
      invoiceNumber: 'INV-1',
      lines: [{ poLineId: filterLineId, quantity: 4, unitPriceMinor: 900 }],
      total: { amountMinor: 3600, currency: 'EUR' },
    });
    expect(good.status).toBe(201);
    expect(good.body.status).toBe('matched');
    const paid = await officer.post(`/v1/invoices/${good.body.id}/payment`, { paymentRef: 'SEPA-123' });
    expect(paid.body.status).toBe('paid');
    expect((await officer.get(`/v1/purchase-orders/${poId}`)).body.paymentStatus).toBe('settled');
  });

  it('dead-letters a request the catalogue cannot serve and keeps consuming', async () => {
    const unknownPart = uuid();
    const bad = requested(uuid(), [{ partId: unknownPart, quantity: 1 }]);
    await h.producer!.publish([{ event: bad }]);
    const dead = await waitFor(async () => {
      const all = await readTopic(dlqTopicOf(physicalTopic(REPAIR_ORDER_TOPIC, h.namespace)), 1, 3_000);
      return all.find((m) => m.headers['event-id'] === bad.id);
    }, 'the unservable request in the DLQ');
    expect(dead.headers['dlq-reason']).toBe('handler-failed');
    expect(dead.headers['dlq-error']).toMatch(/unknown-part/);
    expect(
      await h.prisma.reservation.count({
        where: { requestId: (bad.data as { requestId: string }).requestId },
      }),
    ).toBe(0);
  });

  it('releases reserved stock when the repair order is cancelled', async () => {
    await h.producer!.publish([{ event: requested(ro2, [{ partId: pads.id, quantity: 2 }]) }]);
    await eventsOnTopic(h, 'parts.reserved', (e) => e.subject === ro2);
    expect(
      (
        await h.prisma.stockBalance.findFirstOrThrow({ where: { partId: pads.id, locationId: LOC } })
      ).reserved.toNumber(),
    ).toBe(2);
    await h.producer!.publish([
      {
        event: repairEvent('repair.order.cancelled', ro2, {
          repairOrderId: ro2,
          centreId: 'centre-1',
          fromStatus: 'APPROVED',
          cancelledBy: 'customer',
          reason: 'customer-request',
        }),
      },
    ]);
    const [released] = (await eventsOnTopic(
      h,
      'parts.released',
      (e) => e.subject === ro2,
    )) as EventOf<'parts.released'>[];
    expect(released!.data).toMatchObject({
      repairOrderId: ro2,
      reason: 'order-cancelled',
      lines: [{ partId: pads.id, quantity: 2 }],
    });
    const b = await h.prisma.stockBalance.findFirstOrThrow({ where: { partId: pads.id, locationId: LOC } });
    expect([b.onHand.toNumber(), b.reserved.toNumber()]).toEqual([2, 0]);
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });
});

// Issue 19, "quote revisions are deltas": the repair service sends each approved re-quote's
// additions as a new request (scope addition) and what the re-quote dropped as repair.parts.dropped.
// The order keeps what it still needs across its requests; a drop frees only the dropped parts
// (open backorders first, then reserved stock, never what was issued); an old-style request
// without a scope still replaces the order's earlier reservations.
describe('quote revisions: additions and drops on real Kafka', () => {
  let h: Harness;
  let clerk: Agent;
  let p1: { id: string };
  let p2: { id: string };
  let p3: { id: string };

  function request(
    repairOrderId: string,
    lines: { partId: string; quantity: number }[],
    scope: 'addition' | 'order' | undefined,
    quoteVersion = 1,
  ) {
    return repairEvent('repair.parts.requested', repairOrderId, {
      repairOrderId,
      requestId: uuid(),
      centreId: 'centre-1',
      locationId: LOC,
      quoteVersion,
      priority: 'normal',
      neededBy: null,
      lines: lines.map((l, i) => ({ lineId: `q${quoteVersion}:${i + 1}`, ...l })),
      ...(scope ? { scope } : {}),
    });
  }
  const dropped = (repairOrderId: string, lines: { partId: string; quantity: number }[], quoteVersion = 2) =>
    repairEvent('repair.parts.dropped', repairOrderId, {
      repairOrderId,
      centreId: 'centre-1',
      locationId: LOC,
      quoteVersion,
      lines,
    });
  const balance = async (partId: string) => {
    const b = await h.prisma.stockBalance.findFirstOrThrow({ where: { partId, locationId: LOC } });
    return { onHand: b.onHand.toNumber(), reserved: b.reserved.toNumber() };
  };
  const reservationsOf = async (repairOrderId: string) =>
    (
      await h.prisma.reservation.findMany({
        where: { repairOrderId },
        include: { lines: true },
        orderBy: { createdAt: 'asc' },
      })
    ).map((r) => ({
      status: r.status,
      lines: r.lines.map((l) => ({
        partId: l.partId,
        reserved: l.reserved.toNumber(),
        issued: l.issued.toNumber(),
        released: l.released.toNumber(),
      })),
    }));
  /** Publishes the events, then a marker behind them on the same key, and waits until the marker is handled. */
  const publishAndSettle = async (repairOrderId: string, events: AnyEvent[]) => {
    const vehicleId = `marker-${uuid()}`;
    await h.producer!.publish([
      ...events.map((event) => ({ event })),
      // Another order's opening under this order's key: handled after everything before it.
      { event: { ...opened(uuid(), vehicleId), subject: repairOrderId } },
    ]);
    await waitFor(() => h.prisma.repairOrderRef.findFirst({ where: { vehicleId } }), 'the marker');
  };
  const outOf = (type: 'parts.released' | 'parts.backorder-cancelled' | 'parts.reserved', ro: string) =>
    h.seen.filter((m) => m.event.type === type && m.event.subject === ro).map((m) => m.event);

  beforeAll(async () => {
    h = await startHarness('parts_revisions', { kafka: true });
    clerk = await h.as(['parts-clerk']);
    const part = async (partNumber: string) =>
      (
        await clerk.post('/v1/parts', {
          partNumber,
          description: partNumber,
          category: 'brakes',
          unitOfMeasure: 'piece',
          standardCost: { amountMinor: 1000, currency: 'EUR' },
        })
      ).body;
    p1 = await part('REV-P1');
    p2 = await part('REV-P2');
    p3 = await part('REV-P3');
    for (const [partId, quantity] of [
      [p1.id, 10],
      [p2.id, 10],
      [p3.id, 1],
    ] as const) {
      const r = await clerk.post('/v1/stock/movements', {
        kind: 'receipt',
        partId,
        locationId: LOC,
        quantity,
        lotNumber: null,
        reason: 'opening stock',
      });
      expect(r.status).toBe(201);
    }
  });

  afterAll(async () => {
    await h?.close();
  });

  it('keeps request 1 (P1) when an addition (request 2) adds P2: both are held', async () => {
    const ro = uuid();
    const first = request(ro, [{ partId: p1.id, quantity: 1 }], 'addition');
    await h.producer!.publish([{ event: first }]);
    await eventsOnTopic(h, 'parts.reserved', (e) => e.subject === ro);
    const second = request(ro, [{ partId: p2.id, quantity: 1 }], 'addition', 2);
    await h.producer!.publish([{ event: second }]);
    const reserved = (await eventsOnTopic(
      h,
      'parts.reserved',
      (e) => e.subject === ro,
      2,
    )) as EventOf<'parts.reserved'>[];
    expect(
      reserved.map((e) => [e.data.requestId, e.data.lines.map((l) => l.partId), e.data.openBackorderLines]),
    ).toEqual([
      [(first as EventOf<'repair.parts.requested'>).data.requestId, [p1.id], 0],
      [(second as EventOf<'repair.parts.requested'>).data.requestId, [p2.id], 0],
    ]);
    expect(await reservationsOf(ro)).toEqual([
      { status: 'active', lines: [{ partId: p1.id, reserved: 1, issued: 0, released: 0 }] },
      { status: 'active', lines: [{ partId: p2.id, reserved: 1, issued: 0, released: 0 }] },
    ]);
    expect(await balance(p1.id)).toEqual({ onHand: 10, reserved: 1 });
    expect(await balance(p2.id)).toEqual({ onHand: 10, reserved: 1 });
    await publishAndSettle(ro, []);
    expect(outOf('parts.released', ro)).toEqual([]);

    // Quote 3 no longer needs P1: only P1 is released, P2 stays reserved.
    await h.producer!.publish([{ event: dropped(ro, [{ partId: p1.id, quantity: 1 }], 3) }]);
    const [released] = (await eventsOnTopic(
      h,
      'parts.released',
      (e) => e.subject === ro,
    )) as EventOf<'parts.released'>[];
    expect(released!.data).toMatchObject({
      reason: 'not-needed',
      lines: [{ partId: p1.id, quantity: 1 }],
    });
    expect(await balance(p1.id)).toEqual({ onHand: 10, reserved: 0 });
    expect(await balance(p2.id)).toEqual({ onHand: 10, reserved: 1 });
    expect(await reservationsOf(ro)).toEqual([
      { status: 'released', lines: [{ partId: p1.id, reserved: 1, issued: 0, released: 1 }] },
      { status: 'active', lines: [{ partId: p2.id, reserved: 1, issued: 0, released: 0 }] },
    ]);
    expect(outOf('parts.backorder-cancelled', ro)).toEqual([]);
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });

  it('counts open backorders over the whole order, and a drop cancels backorders before releasing stock', async () => {
    const ro = uuid();
    // Request 1: 3 x P3 with 1 in stock -> 1 reserved, 2 backordered.
    await h.producer!.publish([{ event: request(ro, [{ partId: p3.id, quantity: 3 }], 'addition') }]);
    const [backordered] = (await eventsOnTopic(
      h,
      'parts.backordered',
      (e) => e.subject === ro,
    )) as EventOf<'parts.backordered'>[];
    expect(backordered!.data.lines).toEqual([expect.objectContaining({ partId: p3.id, quantity: 2 })]);
    // Request 2 adds P2, all in stock; request 1's backorder is still open, so the order is not complete.
    await h.producer!.publish([{ event: request(ro, [{ partId: p2.id, quantity: 1 }], 'addition', 2) }]);
    const reserved = (await eventsOnTopic(
      h,
      'parts.reserved',
      (e) => e.subject === ro,
      2,
    )) as EventOf<'parts.reserved'>[];
    expect(reserved.map((e) => [e.data.lines[0]!.partId, e.data.openBackorderLines])).toEqual([
      [p3.id, 1],
      [p2.id, 1],
    ]);
    const requisition = await h.prisma.requisition.findFirstOrThrow({
      where: { repairOrderId: ro, reason: 'backorder' },
    });
    expect(requisition).toMatchObject({ status: 'open' });
    expect(requisition.quantity.toNumber()).toBe(2);

    // Quote 3 needs one P3 less: one of the two backordered is cancelled, nothing moves in stock,
    // the requisition shrinks and its demand is re-sent under the same id.
    await h.producer!.publish([{ event: dropped(ro, [{ partId: p3.id, quantity: 1 }], 3) }]);
    const [partial] = (await eventsOnTopic(
      h,
      'parts.backorder-cancelled',
      (e) => e.subject === ro,
    )) as EventOf<'parts.backorder-cancelled'>[];
    expect(partial!.data).toMatchObject({
      reason: 'not-needed',
      lines: [{ partId: p3.id, quantity: 1, backorderId: backordered!.data.lines[0]!.backorderId }],
      openBackorderLines: 1,
    });
    expect(await balance(p3.id)).toEqual({ onHand: 1, reserved: 1 });
    const resent = (await eventsOnTopic(
      h,
      'parts.demand',
      (e) => (e as EventOf<'parts.demand'>).data.demandId === requisition.demandId,
      2,
    )) as EventOf<'parts.demand'>[];
    expect(resent.map((e) => e.data.quantity)).toEqual([2, 1]);
    expect(
      (await h.prisma.requisition.findUniqueOrThrow({ where: { id: requisition.id } })).quantity.toNumber(),
    ).toBe(1);

    // Quote 4 drops the remaining two P3: the last backordered one is cancelled (the order awaits
    // nothing now), then the reserved one goes back to stock; request 2's P2 stays.
    await h.producer!.publish([{ event: dropped(ro, [{ partId: p3.id, quantity: 2 }], 4) }]);
    const cancelled = (await eventsOnTopic(
      h,
      'parts.backorder-cancelled',
      (e) => e.subject === ro,
      2,
    )) as EventOf<'parts.backorder-cancelled'>[];
    expect(cancelled[1]!.data).toMatchObject({
      lines: [{ partId: p3.id, quantity: 1 }],
      openBackorderLines: 0,
    });
    const [released] = (await eventsOnTopic(
      h,
      'parts.released',
      (e) => e.subject === ro,
    )) as EventOf<'parts.released'>[];
    expect(released!.data).toMatchObject({ reason: 'not-needed', lines: [{ partId: p3.id, quantity: 1 }] });
    expect(await balance(p3.id)).toEqual({ onHand: 1, reserved: 0 });
    expect(await balance(p2.id)).toMatchObject({ reserved: 2 }); // this order's and the first test's
    expect(await reservationsOf(ro)).toEqual([
      { status: 'released', lines: [{ partId: p3.id, reserved: 1, issued: 0, released: 1 }] },
      { status: 'active', lines: [{ partId: p2.id, reserved: 1, issued: 0, released: 0 }] },
    ]);
    expect(await h.prisma.backorder.findFirstOrThrow({ where: { repairOrderId: ro } })).toMatchObject({
      status: 'cancelled',
    });
    expect((await h.prisma.requisition.findUniqueOrThrow({ where: { id: requisition.id } })).status).toBe(
      'cancelled',
    );
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });

  it("reports a backorder's fulfilment as complete only when no request of the order still waits", async () => {
    const ro = uuid();
    const p4 = (
      await clerk.post('/v1/parts', {
        partNumber: 'REV-P4',
        description: 'REV-P4',
        category: 'brakes',
        unitOfMeasure: 'piece',
        standardCost: { amountMinor: 1000, currency: 'EUR' },
      })
    ).body as { id: string };
    const receipt = (partId: string) =>
      clerk.post('/v1/stock/movements', {
        kind: 'receipt',
        partId,
        locationId: LOC,
        quantity: 1,
        lotNumber: null,
        reason: 'delivery',
      });
    // Request 1 backorders P4 (none in stock), request 2 backorders P4 too.
    await h.producer!.publish([
      { event: request(ro, [{ partId: p4.id, quantity: 1 }], 'addition') },
      { event: request(ro, [{ partId: p4.id, quantity: 1 }], 'addition', 2) },
    ]);
    await eventsOnTopic(h, 'parts.backordered', (e) => e.subject === ro, 2);
    // One arrives: request 1's backorder (the oldest) is fulfilled, request 2's still waits.
    expect((await receipt(p4.id)).status).toBe(201);
    const [first] = (await eventsOnTopic(
      h,
      'parts.reserved',
      (e) => e.subject === ro && (e as EventOf<'parts.reserved'>).data.source === 'backorder-fulfilment',
    )) as EventOf<'parts.reserved'>[];
    expect(first!.data.openBackorderLines).toBe(1);
    expect((await receipt(p4.id)).status).toBe(201);
    const fulfilled = (await eventsOnTopic(
      h,
      'parts.reserved',
      (e) => e.subject === ro && (e as EventOf<'parts.reserved'>).data.source === 'backorder-fulfilment',
      2,
    )) as EventOf<'parts.reserved'>[];
    expect(fulfilled.map((e) => e.data.openBackorderLines)).toEqual([1, 0]);
    expect(new Set(fulfilled.map((e) => e.data.requestId)).size).toBe(2);
  });

  it('never takes back issued parts: a drop of an issued part changes nothing', async () => {
    const ro = uuid();
    await h.producer!.publish([{ event: request(ro, [{ partId: p1.id, quantity: 2 }], 'addition') }]);
    await eventsOnTopic(h, 'parts.reserved', (e) => e.subject === ro);
    const [reservation] = await h.prisma.reservation.findMany({ where: { repairOrderId: ro } });
    await inTransaction(
      h.prisma,
      { tenantId: 'tenant-a', actor: 'parts-clerk@tenant-a', now: new Date(), causationId: null },
      (ctx) => issueReservation(ctx, reservation!.id, 'tech-1'),
      () => h.relay?.notify(),
    );
    const [issued] = (await eventsOnTopic(
      h,
      'parts.issued',
      (e) => e.subject === ro,
    )) as EventOf<'parts.issued'>[];
    expect(issued!.data.openBackorderLines).toBe(0);
    const before = await balance(p1.id);
    const movements = await h.prisma.stockMovement.count();
    await publishAndSettle(ro, [dropped(ro, [{ partId: p1.id, quantity: 2 }])]);
    expect(await balance(p1.id)).toEqual(before);
    expect(await h.prisma.stockMovement.count()).toBe(movements);
    expect(outOf('parts.released', ro)).toEqual([]);
    expect((await reservationsOf(ro))[0]).toMatchObject({ status: 'issued' });
  });

  it('still lets an old-style request without a scope replace the order’s earlier reservations', async () => {
    const ro = uuid();
    await h.producer!.publish([{ event: request(ro, [{ partId: p1.id, quantity: 1 }], undefined) }]);
    await eventsOnTopic(h, 'parts.reserved', (e) => e.subject === ro);
    await h.producer!.publish([{ event: request(ro, [{ partId: p2.id, quantity: 1 }], undefined, 2) }]);
    const [released] = (await eventsOnTopic(
      h,
      'parts.released',
      (e) => e.subject === ro,
    )) as EventOf<'parts.released'>[];
    expect(released!.data).toMatchObject({ reason: 'not-needed', lines: [{ partId: p1.id, quantity: 1 }] });
    await eventsOnTopic(h, 'parts.reserved', (e) => e.subject === ro, 2);
    expect((await reservationsOf(ro)).map((r) => [r.status, r.lines[0]!.partId])).toEqual([
      ['released', p1.id],
      ['active', p2.id],
    ]);
    // The explicit whole-order scope means the same.
    await h.producer!.publish([{ event: request(ro, [{ partId: p1.id, quantity: 1 }], 'order', 3) }]);
    await eventsOnTopic(h, 'parts.released', (e) => e.subject === ro, 2);
    await eventsOnTopic(h, 'parts.reserved', (e) => e.subject === ro, 3);
    expect((await reservationsOf(ro)).map((r) => [r.status, r.lines[0]!.partId])).toEqual([
      ['released', p1.id],
      ['released', p2.id],
      ['active', p1.id],
    ]);
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });
});
