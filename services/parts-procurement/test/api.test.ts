// The HTTP API against real PostgreSQL: authentication and tenant isolation, bad input (problem+json,
// nothing stored), reorder points and the stock-low signal, PO approval above the threshold,
// configurable supplier weights, stocktakes, supplier reviews and ABC reclassification.
import { type EventOf } from '@aftersales/contracts';
import { inTransaction } from '../src/application/context';
import { reserveForRequest, type PartsRequest } from '../src/application/reservations';
import { ledgerMismatches, outboxEvents, startHarness, uuid, type Agent, type Harness } from './harness';

const LOC = 'loc-api';

describe('parts-procurement API', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;
  let admin: Agent;

  const newPart = async (partNumber: string, unitOfMeasure = 'piece', cost = 1000) => {
    const r = await clerk.post('/v1/parts', {
      partNumber,
      description: `${partNumber} desc`,
      category: 'filters',
      unitOfMeasure,
      fitment: [{ make: 'Skoda', model: 'Octavia', yearFrom: 2019 }],
      standardCost: { amountMinor: cost, currency: 'EUR' },
    });
    expect(r.status).toBe(201);
    return r.body as { id: string; partNumber: string };
  };
  const receive = (partId: string, quantity: number, lotNumber: string | null = null) =>
    clerk.post('/v1/stock/movements', {
      kind: 'receipt',
      partId,
      locationId: LOC,
      quantity,
      lotNumber,
      reason: 'opening stock',
    });
  const reserve = (lines: PartsRequest['lines'], repairOrderId = uuid()) =>
    inTransaction(
      h.prisma,
      { tenantId: 'tenant-a', actor: 'system', now: new Date(), causationId: null },
      (ctx) =>
        reserveForRequest(ctx, {
          repairOrderId,
          requestId: uuid(),
          centreId: 'c1',
          locationId: LOC,
          quoteVersion: 1,
          priority: 'normal',
          neededBy: null,
          lines,
        }),
    );

  beforeAll(async () => {
    h = await startHarness('parts_api');
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    admin = await h.as(['admin']);
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('authentication, roles and tenants', () => {
    it('refuses a request without a token (401), a role that may not act (403), and hides other tenants (404)', async () => {
      const part = await newPart('AUTH-1');
      const anonymous = await (await import('supertest')).default(h.app).get('/v1/parts');
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/problem\+json/);

      const technician = await h.as(['technician']);
      const forbidden = await technician.post('/v1/parts', {
        partNumber: 'X',
        description: 'x',
        category: 'x',
        unitOfMeasure: 'piece',
        standardCost: { amountMinor: 1, currency: 'EUR' },
      });
      expect(forbidden.status).toBe(403);
      expect(await h.prisma.part.count({ where: { partNumber: 'X' } })).toBe(0);

      const other = await h.as(['parts-clerk'], 'tenant-b');
      expect((await other.get(`/v1/parts/${part.id}`)).status).toBe(404);
      expect((await other.get('/v1/parts')).body.items).toEqual([]);
      expect(
        (
          await other.post('/v1/stock/movements', {
            kind: 'receipt',
            partId: part.id,
            locationId: LOC,
            quantity: 1,
            reason: 'x',
          })
        ).status,
      ).toBe(422);
      expect((await clerk.get(`/v1/parts/${part.id}`)).body.partNumber).toBe('AUTH-1');
    });
  });

  describe('bad input: problem+json and nothing stored', () => {
    it('validates bodies, duplicate part numbers and units of measure', async () => {
      const bad = await clerk.post('/v1/parts', {
        partNumber: '',
        unitOfMeasure: 'bucket',
        standardCost: { amountMinor: -1, currency: 'euro' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(
        expect.arrayContaining(['body.partNumber', 'body.unitOfMeasure', 'body.standardCost.amountMinor']),
      );
      await newPart('DUP-1');
      const dup = await clerk.post('/v1/parts', {
        partNumber: 'DUP-1',
        description: 'd',
        category: 'c',
        unitOfMeasure: 'piece',
        standardCost: { amountMinor: 1, currency: 'EUR' },
      });
      expect(dup.status).toBe(422);
      expect(dup.body.code).toBe('duplicate-part-number');
      expect(await h.prisma.part.count({ where: { partNumber: 'DUP-1' } })).toBe(1);
    });

    it('refuses fractional or negative quantities where units are whole, and accepts decimals for litres', async () => {
      const pads = await newPart('QTY-PADS');
      const oil = await newPart('QTY-OIL', 'litre');
      const frac = await receive(pads.id, 1.5);
      expect(frac.status).toBe(422);
      expect(frac.body).toMatchObject({ code: 'fractional-quantity', unitOfMeasure: 'piece' });
      const negative = await receive(pads.id, -2);
      expect(negative.status).toBe(400);
      const tooPrecise = await receive(oil.id, 1.2345);
      expect(tooPrecise.status).toBe(422);
      expect(await h.prisma.stockMovement.count({ where: { partId: { in: [pads.id, oil.id] } } })).toBe(0);
      expect((await receive(oil.id, 4.5)).status).toBe(201);
      const writeDown = await clerk.post('/v1/stock/movements', {
        kind: 'adjustment',
        partId: oil.id,
        locationId: LOC,
        quantity: -5,
        reason: 'spill',
      });
      expect(writeDown.status).toBe(422);
      expect(writeDown.body.code).toBe('negative-available');
      expect((await clerk.get(`/v1/stock?partId=${oil.id}`)).body.items).toEqual([
        expect.objectContaining({ onHand: 4.5, reserved: 0, available: 4.5 }),
      ]);
    });

    it('updates a part only with the current version (If-Match), and never its unit of measure', async () => {
      const part = await newPart('PATCH-1');
      const patch = (body: object, headers: Record<string, string> = {}) => {
        return h.as(['parts-clerk']).then((a) => a.patch(`/v1/parts/${part.id}`, body, headers));
      };
      expect((await patch({ description: 'new' })).status).toBe(428);
      expect((await patch({ description: 'new' }, { 'If-Match': '"9"' })).status).toBe(412);
      const ok = await patch(
        { description: 'Pads, front axle', seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.4, 1.6] },
        { 'If-Match': '"1"' },
      );
      expect(ok.status).toBe(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.body).toMatchObject({
        description: 'Pads, front axle',
        unitOfMeasure: 'piece',
        version: 2,
        fitment: [{ make: 'Skoda', model: 'Octavia', yearFrom: 2019 }],
      });
      expect((await patch({ unitOfMeasure: 'litre' }, { 'If-Match': '"2"' })).status).toBe(400);
      expect((await patch({ seasonality: [1, 2] }, { 'If-Match': '"2"' })).status).toBe(400);
    });

    it('replays a create with the same Idempotency-Key, and refuses the key with another body', async () => {
      const body = { name: 'Idem Supplies' };
      const first = await officer.post('/v1/suppliers', body, { 'Idempotency-Key': 'sup-1' });
      const again = await officer.post('/v1/suppliers', body, { 'Idempotency-Key': 'sup-1' });
      expect(again.body.id).toBe(first.body.id);
      const other = await officer.post('/v1/suppliers', { name: 'Other' }, { 'Idempotency-Key': 'sup-1' });
      expect(other.status).toBe(422);
      expect(await h.prisma.supplier.count({ where: { name: { in: ['Idem Supplies', 'Other'] } } })).toBe(1);
    });
  });

  describe('reorder points', () => {
    it('crossing the reorder point emits parts.stock-low once and requisitions up to the order-up-to level', async () => {
      const filter = await newPart('ROP-FLT');
      await receive(filter.id, 8);
      const set = await clerk.post('/v1/reorder-points', {
        partId: filter.id,
        locationId: LOC,
        manual: { reorderPoint: 5, safetyStock: 2, orderUpTo: 12 },
      });
      expect(set.status).toBe(200);
      await reserve([{ lineId: 'l1', partId: filter.id, quantity: 2 }]); // available 6: above the point
      expect(
        (await outboxEvents(h.prisma, 'parts.stock-low')).filter((e) => e.subject === filter.id),
      ).toEqual([]);
      await reserve([{ lineId: 'l1', partId: filter.id, quantity: 3 }]); // available 3: crossed
      await reserve([{ lineId: 'l1', partId: filter.id, quantity: 1 }]); // still below: no new signal

      const low = (await outboxEvents(h.prisma, 'parts.stock-low')).filter(
        (e) => e.subject === filter.id,
      ) as EventOf<'parts.stock-low'>[];
      expect(low).toHaveLength(1);
      expect(low[0]!.data).toMatchObject({
        onHand: 8,
        reserved: 5,
        available: 3,
        reorderPoint: 5,
        safetyStock: 2,
        suggestedQuantity: 9,
        abcClass: 'C',
      });
      const req = await h.prisma.requisition.findUniqueOrThrow({
        where: { id: low[0]!.data.requisitionId! },
      });
      expect([req.reason, req.status, req.quantity.toNumber()]).toEqual(['reorder', 'open', 9]);
      const demand = (await outboxEvents(h.prisma, 'parts.demand')).filter(
        (e) => e.subject === filter.id,
      ) as EventOf<'parts.demand'>[];
      expect(demand.map((d) => [d.data.reason, d.data.quantity, d.data.demandId])).toEqual([
        ['reorder', 9, req.demandId],
      ]);
    });

    it('computes a reorder point from recent demand and lead time', async () => {
      const part = await newPart('ROP-CALC');
      const supplier = (await officer.post('/v1/suppliers', { name: 'Calc Supplier' })).body;
      await officer.post(`/v1/parts/${part.id}/suppliers`, {
        supplierId: supplier.id,
        unitPrice: { amountMinor: 500, currency: 'EUR' },
        leadTimeDays: 4,
      });
      await receive(part.id, 100);
      for (const q of [3, 3, 3]) await reserve([{ lineId: 'l', partId: part.id, quantity: q }]);
      const r = await clerk.post('/v1/reorder-points', { partId: part.id, locationId: LOC, windowDays: 30 });
      expect(r.status).toBe(200);
      // 9 units today over a 30-day window: mean 0.3/day, sample sd = sqrt((29 * 0.3² + 8.7²) / 29) = 1.643,
      // class C (z 1.28), L 4: SS = ceil(1.28 * 1.643 * √4) = ceil(4.21) = 5; ROP = ceil(0.3 * 4 + 5) = 7.
      expect(r.body).toMatchObject({
        reorderPoint: 7,
        safetyStock: 5,
        basis: { meanDailyDemand: 0.3, stdDevDailyDemand: 1.643, leadTimeDays: 4, windowDays: 30 },
      });
      const balance = await h.prisma.stockBalance.findFirstOrThrow({
        where: { partId: part.id, locationId: LOC },
      });
      expect(balance.reorderPoint.toNumber()).toBe(7);
    });
  });

  describe('re-quotes and listing', () => {
    it('a new request for the same order supersedes its earlier reservation instead of reserving twice', async () => {
      const part = await newPart('REQ-SUPER');
      await receive(part.id, 10);
      const ro = uuid();
      await reserve([{ lineId: 'l1', partId: part.id, quantity: 4 }], ro);
      await reserve([{ lineId: 'l1', partId: part.id, quantity: 6 }], ro);
      const b = await h.prisma.stockBalance.findFirstOrThrow({ where: { partId: part.id, locationId: LOC } });
      expect(b.reserved.toNumber()).toBe(6);
      const reservations = (await clerk.get(`/v1/reservations?repairOrderId=${ro}`)).body.items as {
        status: string;
      }[];
      expect(reservations.map((r) => r.status).sort()).toEqual(['active', 'released']);
      const released = (await outboxEvents(h.prisma, 'parts.released')).filter(
        (e) => e.subject === ro,
      ) as EventOf<'parts.released'>[];
      expect(released.map((e) => [e.data.reason, e.data.lines[0]!.quantity])).toEqual([['not-needed', 4]]);
      expect(await ledgerMismatches(h.prisma)).toEqual([]);
    });

    it('pages stock balances with an opaque cursor', async () => {
      const first = await clerk.get(`/v1/stock?locationId=${LOC}&limit=2`);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await clerk.get(`/v1/stock?locationId=${LOC}&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items[0].partId > first.body.items[1].partId).toBe(true);
      expect((await clerk.get(`/v1/stock?cursor=not-a-cursor`)).status).toBe(400);
    });

    it('answers a forged cursor with 400, not the database error a non-UUID id would cause', async () => {
      const forged = Buffer.from(JSON.stringify({ id: 'not-a-uuid' })).toString('base64url');
      const res = await clerk.get(`/v1/parts?cursor=${forged}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: 'query.cursor', message: 'Invalid cursor' }]);
    });
  });

  describe('purchasing rules', () => {
    it('holds a purchase order above the approval threshold until approved (with If-Match), and honours tenant weights', async () => {
      const settings = await admin.put('/v1/settings/procurement', {
        weights: { quality: 0, price: 1, leadTime: 0, onTime: 0 },
        approvalThresholdMinor: 10_000,
        overReceiptTolerancePct: 10,
        priceTolerancePct: 1,
      });
      expect(settings.status).toBe(200);
      expect((await clerk.put('/v1/settings/procurement', settings.body)).status).toBe(403);
      const part = await newPart('PO-DISC');
      const quick = (await officer.post('/v1/suppliers', { name: 'Quick' })).body;
      const thrifty = (await officer.post('/v1/suppliers', { name: 'Thrifty' })).body;
      await officer.post(`/v1/parts/${part.id}/suppliers`, {
        supplierId: quick.id,
        unitPrice: { amountMinor: 3000, currency: 'EUR' },
        leadTimeDays: 1,
      });
      await officer.post(`/v1/parts/${part.id}/suppliers`, {
        supplierId: thrifty.id,
        unitPrice: { amountMinor: 2500, currency: 'EUR' },
        leadTimeDays: 30,
      });
      const req = await clerk.post('/v1/requisitions', {
        partId: part.id,
        locationId: LOC,
        quantity: 10,
        neededBy: '2030-01-01T00:00:00Z',
      });
      expect(req.status).toBe(201);

      const po = await officer.post('/v1/purchase-orders', { requisitionIds: [req.body.id] });
      expect(po.status).toBe(201);
      expect(po.body).toMatchObject({
        supplierId: thrifty.id,
        status: 'pending-approval',
        totalMinor: 25_000,
      });
      expect(
        (await outboxEvents(h.prisma, 'procurement.po.created')).filter((e) => e.subject === po.body.id),
      ).toEqual([]);
      const early = await clerk.post(`/v1/purchase-orders/${po.body.id}/receipts`, {
        lines: [{ poLineId: po.body.lines[0].id, receivedQuantity: 1, acceptedQuantity: 1 }],
      });
      expect(early.status).toBe(409);

      // Four eyes: the officer who created it may not approve it; a second officer does.
      const approver = await h.as(['procurement-officer'], 'tenant-a', 'approver@tenant-a');
      const stale = await approver.post(`/v1/purchase-orders/${po.body.id}/approval`, undefined, {
        'If-Match': '"7"',
      });
      expect(stale.status).toBe(412);
      const own = await officer.post(`/v1/purchase-orders/${po.body.id}/approval`, undefined, {
        'If-Match': `"${po.body.version}"`,
      });
      expect(own.status).toBe(422);
      expect(own.body).toMatchObject({
        code: 'four-eyes',
        rule: 'four-eyes',
        createdBy: 'procurement-officer@tenant-a',
      });
      const approved = await approver.post(`/v1/purchase-orders/${po.body.id}/approval`, undefined, {
        'If-Match': `"${po.body.version}"`,
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'ordered', approvedBy: 'approver@tenant-a' });
      const created = (await outboxEvents(h.prisma, 'procurement.po.created')).filter(
        (e) => e.subject === po.body.id,
      ) as EventOf<'procurement.po.created'>[];
      expect(created.map((e) => e.data.approvedBy)).toEqual(['approver@tenant-a']);
      expect((await approver.post(`/v1/purchase-orders/${po.body.id}/approval`)).status).toBe(409);

      // 10 % over-receipt tolerance: 11 is fine, then nothing more.
      const lineId = po.body.lines[0].id;
      expect(
        (
          await clerk.post(`/v1/purchase-orders/${po.body.id}/receipts`, {
            lines: [{ poLineId: lineId, receivedQuantity: 11, acceptedQuantity: 11, lotNumber: 'DISC-1' }],
          })
        ).status,
      ).toBe(201);
      const again = await officer.post('/v1/purchase-orders', { requisitionIds: [req.body.id] });
      expect(again.status).toBe(409); // requisition already ordered
      expect(again.body).toMatchObject({
        code: 'requisition-ordered',
        requisitionIds: [req.body.id],
        purchaseOrderIds: [po.body.id],
      });
      // price within 1 % tolerance matches; the invoice can bill what was accepted
      const inv = await officer.post('/v1/invoices', {
        purchaseOrderId: po.body.id,
        invoiceNumber: 'T-1',
        lines: [{ poLineId: lineId, quantity: 11, unitPriceMinor: 2520 }],
        total: { amountMinor: 27_720, currency: 'EUR' },
      });
      expect(inv.status).toBe(201);
      const dup = await officer.post('/v1/invoices', {
        purchaseOrderId: po.body.id,
        invoiceNumber: 'T-1',
        lines: [{ poLineId: lineId, quantity: 1, unitPriceMinor: 2500 }],
        total: { amountMinor: 2500, currency: 'EUR' },
      });
      expect(dup.status).toBe(422); // nothing left to bill
      await admin.put('/v1/settings/procurement', {
        weights: { quality: 0.35, price: 0.3, leadTime: 0.15, onTime: 0.2 },
        approvalThresholdMinor: 500_000,
        overReceiptTolerancePct: 0,
        priceTolerancePct: 0,
      });
    });
  });

  describe('stocktakes', () => {
    it('counts, shows variances, needs every part counted and an officer to approve, then books STOCKTAKE movements', async () => {
      const a = await newPart('ST-A');
      const b = await newPart('ST-B', 'litre');
      await receive(a.id, 10, 'ST-LOT-A');
      await receive(b.id, 2.5);
      const sheet = await clerk.post('/v1/stocktakes', { locationId: LOC, partIds: [a.id, b.id] });
      expect(sheet.status).toBe(201);
      expect(sheet.body.lines).toEqual(
        expect.arrayContaining([{ partId: a.id, expectedQuantity: 10, countedQuantity: null }]),
      );
      const id = sheet.body.id;
      expect(
        (
          await clerk.post(`/v1/stocktakes/${id}/counts`, {
            counts: [{ partId: a.id, countedQuantity: 8.5 }],
          })
        ).status,
      ).toBe(422);
      const counted = await clerk.post(`/v1/stocktakes/${id}/counts`, {
        counts: [{ partId: a.id, countedQuantity: 8 }],
      });
      expect(counted.body).toMatchObject({ uncounted: [b.id], variances: [{ partId: a.id, variance: -2 }] });
      expect((await officer.post(`/v1/stocktakes/${id}/approval`)).status).toBe(422); // b uncounted
      await clerk.post(`/v1/stocktakes/${id}/counts`, { counts: [{ partId: b.id, countedQuantity: 3 }] });
      expect((await clerk.post(`/v1/stocktakes/${id}/approval`)).status).toBe(403);
      const approved = await officer.post(`/v1/stocktakes/${id}/approval`);
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('approved');
      const stock = (await clerk.get(`/v1/stock?locationId=${LOC}`)).body.items as {
        partId: string;
        onHand: number;
      }[];
      expect(stock.find((s) => s.partId === a.id)!.onHand).toBe(8);
      expect(stock.find((s) => s.partId === b.id)!.onHand).toBe(3);
      const moves = (await clerk.get(`/v1/stock/movements?partId=${a.id}&kind=STOCKTAKE`)).body.items;
      expect(moves).toEqual([
        expect.objectContaining({
          kind: 'STOCKTAKE',
          onHandDelta: -2,
          stocktakeId: id,
          lotNumber: 'ST-LOT-A',
        }),
      ]);
      expect(
        (await clerk.post(`/v1/stocktakes/${id}/counts`, { counts: [{ partId: a.id, countedQuantity: 1 }] }))
          .status,
      ).toBe(409);
      expect(await ledgerMismatches(h.prisma)).toEqual([]);
    });
  });

  describe('suppliers and ABC', () => {
    it('records customer feedback, rerates the supplier and emits supplier.rated', async () => {
      const s = (await officer.post('/v1/suppliers', { name: 'Feedback GmbH' })).body;
      expect((await clerk.post(`/v1/suppliers/${s.id}/reviews`, { stars: 6 })).status).toBe(400);
      const r = await clerk.post(`/v1/suppliers/${s.id}/reviews`, { stars: 1, comment: 'pads squeal' });
      expect(r.status).toBe(201);
      // no receipts: inspection 80 neutral, feedback 0 -> quality 56
      expect(r.body.rating.scores.quality).toBe(56);
      const rated = (await outboxEvents(h.prisma, 'supplier.rated')).filter(
        (e) => e.subject === s.id,
      ) as EventOf<'supplier.rated'>[];
      expect(rated).toHaveLength(1);
      expect((await officer.get(`/v1/suppliers/${s.id}`)).body).toMatchObject({
        qualityScore: 56,
        reviews: [expect.objectContaining({ kind: 'feedback', stars: 1 })],
      });
    });

    it('reclassifies parts A/B/C from the consumption value of issued parts', async () => {
      const big = await newPart('ABC-BIG', 'piece', 10_000);
      const small = await newPart('ABC-SMALL', 'piece', 10);
      await receive(big.id, 5);
      await receive(small.id, 5);
      const ro = uuid();
      const {
        result: { reservationId },
      } = await reserve(
        [
          { lineId: 'l1', partId: big.id, quantity: 5 },
          { lineId: 'l2', partId: small.id, quantity: 5 },
        ],
        ro,
      );
      const issued = await clerk.post(`/v1/reservations/${reservationId}/issue`, {});
      expect(issued.body).toMatchObject({ totalCost: { amountMinor: 5 * 10_000 + 5 * 10 } });
      expect(issued.status).toBe(200);
      expect((await clerk.post(`/v1/reservations/${reservationId}/issue`, {})).status).toBe(409);
      const abc = await officer.post('/v1/parts/abc-classification');
      expect(abc.status).toBe(200);
      expect(abc.body.classes[big.id]).toBe('A');
      expect(abc.body.classes[small.id]).toBe('C');
      expect((await clerk.get(`/v1/parts/${big.id}`)).body.abcClass).toBe('A');
      // The new class is part of the catalogue entry: part.updated carries it.
      const updates = (await outboxEvents(h.prisma, 'part.updated')) as EventOf<'part.updated'>[];
      expect(updates.filter((e) => e.data.partId === big.id).at(-1)!.data).toMatchObject({ abcClass: 'A' });
    });
  });
});
