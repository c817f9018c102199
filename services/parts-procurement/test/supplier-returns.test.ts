// Supplier returns, claims and quarterly ratings against real PostgreSQL and Kafka: goods rejected
// at inspection go back with a credit-note claim that the supplier's credit note settles (the
// invoice's payable goes down); a lot traced to a comeback goes back from stock (a RETURN movement,
// the lot and on-hand down, never reserved stock) with a replacement claim whose delivery restocks
// and serves a backorder; the supplier's running score drops; the quarter's rating is frozen by a
// review (409 the second time) and grades the supplier while the running score goes on.
import { type AnyEvent, type EventOf } from '@aftersales/contracts';
import request from 'supertest';
import { issueToken } from '@aftersales/service-kit';
import { waitFor } from '@aftersales/testing';
import {
  AUTH,
  eventsOnTopic,
  ledgerMismatches,
  orderOpened,
  partsRequested,
  startHarness,
  uuid,
  type Agent,
  type Harness,
} from './harness';

const LOC = 'loc-returns-1';
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const Q3 = new Date('2026-08-10T09:00:00Z');
const AFTER_Q3 = new Date('2026-10-05T10:00:00Z');

const opened = orderOpened;
const requested = (repairOrderId: string, partId: string, quantity: number) =>
  partsRequested(repairOrderId, LOC, [{ partId, quantity }]);

describe('supplier returns, claims and quarterly ratings', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;
  let supplier: { id: string };
  let disc: { id: string };
  let pads: { id: string };

  const newPart = async (partNumber: string) => {
    const res = await clerk.post('/v1/parts', {
      partNumber,
      description: partNumber,
      category: 'brakes',
      unitOfMeasure: 'piece',
      standardCost: EUR(4000),
      defaultTaxRateBp: 1900,
    });
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };
  /** Orders `quantity` of the part from the supplier and receives it with the inspection's verdict. */
  const orderAndReceive = async (
    partId: string,
    quantity: number,
    accepted: number,
    lotNumber: string,
    rejectionReason: string | null = null,
  ) => {
    const req = await clerk.post('/v1/requisitions', {
      partId,
      locationId: LOC,
      quantity,
      neededBy: '2030-01-01T00:00:00Z',
    });
    expect(req.status).toBe(201);
    const po = await officer.post('/v1/purchase-orders', {
      requisitionIds: [req.body.id],
      supplierId: supplier.id,
    });
    expect(po.status).toBe(201);
    const poLineId = po.body.lines[0].id as string;
    const receipt = await clerk.post(`/v1/purchase-orders/${po.body.id}/receipts`, {
      lines: [
        {
          poLineId,
          receivedQuantity: quantity,
          acceptedQuantity: accepted,
          rejectedQuantity: quantity - accepted,
          rejectionReason,
          lotNumber,
        },
      ],
    });
    expect(receipt.status).toBe(201);
    return { poId: po.body.id as string, poLineId, receiptId: receipt.body.receiptId as string };
  };
  const balanceOf = (partId: string) =>
    h.prisma.stockBalance.findUniqueOrThrow({
      where: { tenantId_partId_locationId: { tenantId: 'tenant-a', partId, locationId: LOC } },
    });
  const supplierRow = () => h.prisma.supplier.findUniqueOrThrow({ where: { id: supplier.id } });

  beforeAll(async () => {
    h = await startHarness('parts_returns', { kafka: true });
    h.clock.now = Q3;
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    supplier = (await officer.post('/v1/suppliers', { name: 'Rückläufer Bremsen AG' })).body;
    disc = await newPart('RET-DISC');
    pads = await newPart('RET-PADS');
    for (const [part, price] of [
      [disc, 4500],
      [pads, 2400],
    ] as const)
      expect(
        (
          await officer.post(`/v1/parts/${part.id}/suppliers`, {
            supplierId: supplier.id,
            unitPrice: EUR(price),
            leadTimeDays: 2,
          })
        ).status,
      ).toBe(200);
  });

  afterAll(async () => {
    await h?.close();
  });

  let inspectionReturnId: string;
  let discOrder: Awaited<ReturnType<typeof orderAndReceive>>;

  it('returns goods rejected at inspection with a credit-note claim; the credit note settles it and the payable goes down', async () => {
    discOrder = await orderAndReceive(disc.id, 4, 3, 'RET-LOT-D1', 'wrong-part');
    const source = { kind: 'inspection', receiptId: discOrder.receiptId, poLineId: discOrder.poLineId };

    const tooMany = await clerk.post('/v1/supplier-returns', {
      source,
      reason: 'wrong-part',
      quantity: 2,
      claim: 'credit-note',
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({ code: 'not-returnable', quantity: 2, returnable: 1, rejected: 1 });

    const body = {
      source,
      reason: 'wrong-part',
      quantity: 1,
      claim: 'credit-note',
      note: 'calipers, not discs',
    };
    const key = { 'Idempotency-Key': uuid() };
    const created = await clerk.post('/v1/supplier-returns', body, key);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      source: 'inspection',
      status: 'open',
      supplierId: supplier.id,
      purchaseOrderId: discOrder.poId,
      locationId: LOC,
      quantity: 1,
      unitPriceMinor: 4500,
      taxRateBp: 1900,
      claimValueMinor: 4500,
      currency: 'EUR',
      lotId: null,
    });
    inspectionReturnId = created.body.id;
    const replay = await clerk.post('/v1/supplier-returns', body, key);
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(inspectionReturnId);
    // Nothing left to return from that line, and nothing moved in stock: the goods never entered it.
    expect((await clerk.post('/v1/supplier-returns', body)).body.code).toBe('not-returnable');
    expect(await h.prisma.stockMovement.count({ where: { kind: 'RETURN' } })).toBe(0);
    expect(Number((await balanceOf(disc.id)).onHand)).toBe(3);
    // Not replaced, so the order is complete: 3 accepted + 1 claimed for credit.
    expect((await officer.get(`/v1/purchase-orders/${discOrder.poId}`)).body.status).toBe('received');

    // The supplier bills what it shipped, the claimed disc included: 4 x 45.00 + 19 %.
    const invoice = await officer.post('/v1/invoices', {
      purchaseOrderId: discOrder.poId,
      invoiceNumber: 'RB-2026-7',
      lines: [{ poLineId: discOrder.poLineId, quantity: 4, unitPriceMinor: 4500, taxRateBp: 1900 }],
      total: EUR(21_420),
    });
    expect(invoice.status).toBe(201);
    expect(invoice.body.payableMinor).toBe(21_420);

    const early = await officer.post(`/v1/supplier-returns/${inspectionReturnId}/settle`, {
      kind: 'credit-note',
      invoiceId: invoice.body.id,
      creditNoteNumber: 'GS-7',
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'command-refused',
      currentStatus: 'open',
      allowedCommands: ['ship'],
    });

    const shipped = await clerk.post(`/v1/supplier-returns/${inspectionReturnId}/ship`, {
      shipmentRef: 'DHL-1',
    });
    expect(shipped.status).toBe(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', shipmentRef: 'DHL-1', version: 2 });
    expect(shipped.headers.etag).toBe('"2"');

    // A credit note is the officer's; the clerk may not register one.
    const byClerk = await clerk.post(`/v1/supplier-returns/${inspectionReturnId}/settle`, {
      kind: 'credit-note',
      invoiceId: invoice.body.id,
      creditNoteNumber: 'GS-7',
    });
    expect(byClerk.status).toBe(403);
    const replacementForCredit = await clerk.post(`/v1/supplier-returns/${inspectionReturnId}/settle`, {
      kind: 'replacement',
    });
    expect(replacementForCredit.status).toBe(422);
    expect(replacementForCredit.body.code).toBe('claim-mismatch');

    const settled = await officer.post(`/v1/supplier-returns/${inspectionReturnId}/settle`, {
      kind: 'credit-note',
      invoiceId: invoice.body.id,
      creditNoteNumber: 'GS-7',
    });
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({
      status: 'settled',
      settlement: 'credited',
      invoiceId: invoice.body.id,
      creditedMinor: 5355, // 45.00 + 19 %
    });
    const [after] = (await officer.get(`/v1/invoices?purchaseOrderId=${discOrder.poId}`)).body.items;
    expect(after).toMatchObject({ creditedMinor: 5355, payableMinor: 21_420 - 5355 });
    const notes = (await officer.get(`/v1/invoices/${invoice.body.id}/credit-notes`)).body.items;
    expect(notes).toEqual([
      expect.objectContaining({ creditNoteNumber: 'GS-7', netMinor: 4500, taxMinor: 855 }),
    ]);
    expect(
      (await officer.post(`/v1/supplier-returns/${inspectionReturnId}/reject`, { reason: 'late' })).status,
    ).toBe(409);

    const [createdEvent] = (await eventsOnTopic(
      h,
      'procurement.return.created',
      (e) => (e as EventOf<'procurement.return.created'>).data.returnId === inspectionReturnId,
    )) as EventOf<'procurement.return.created'>[];
    expect(createdEvent!.subject).toBe(supplier.id);
    expect(createdEvent!.data).toMatchObject({
      source: 'inspection',
      reason: 'wrong-part',
      claim: 'credit-note',
      claimValue: EUR(4500),
    });
    const [settledEvent] = (await eventsOnTopic(
      h,
      'procurement.return.settled',
      (e) => (e as EventOf<'procurement.return.settled'>).data.returnId === inspectionReturnId,
    )) as EventOf<'procurement.return.settled'>[];
    expect(settledEvent!.data).toMatchObject({
      outcome: 'credited',
      credited: EUR(5355),
      creditNoteId: settled.body.creditNoteId,
    });
  });

  let stockReturnId: string;
  let scoreBefore: number;
  const ro1 = uuid();
  const ro2 = uuid();
  const ro3 = uuid();
  const ro4 = uuid();

  it('returns a lot traced to a comeback from stock: RETURN movement, lot and on-hand down, never reserved stock', async () => {
    const padsOrder = await orderAndReceive(pads.id, 6, 6, 'RET-LOT-P1');
    // ro1 (vehicle V1) gets 3 pads from the lot; ro3 holds 2 more; ro2 is V1 back with the same fault.
    await h.producer!.publish([
      { event: opened(ro1, 'vehicle-V1') },
      { event: requested(ro1, pads.id, 3) },
      { event: opened(ro3, 'vehicle-V3') },
      { event: requested(ro3, pads.id, 2) },
    ]);
    const reservation = await waitFor(
      async () => (await clerk.get(`/v1/reservations?repairOrderId=${ro1}`)).body.items[0],
      'reservation of ro1',
    );
    await waitFor(
      async () => (Number((await balanceOf(pads.id)).reserved) === 5 ? true : undefined),
      'pads reserved for ro1 and ro3',
    );
    expect((await clerk.post(`/v1/reservations/${reservation.id}/issue`, {})).status).toBe(200);
    await h.producer!.publish([{ event: opened(ro2, 'vehicle-V1') }]);
    await waitFor(
      () => h.prisma.repairOrderRef.findFirst({ where: { repairOrderId: ro2 } }).then((r) => r ?? undefined),
      'comeback order known',
    );
    const trace = await clerk.get('/v1/lots/RET-LOT-P1/trace');
    expect(trace.body.repairOrderIds).toEqual([ro1]);
    const lotId = trace.body.receipts[0].lotId as string;
    expect(Number((await balanceOf(pads.id)).onHand)).toBe(3);
    scoreBefore = (await supplierRow()).overallScore;

    const base = { reason: 'comeback', claim: 'replacement' };
    const source = { kind: 'stock', lotId, comebackRepairOrderId: ro2 };
    // 3 on hand, 2 reserved for ro3: one may leave, not two.
    const reserved = await clerk.post('/v1/supplier-returns', { ...base, source, quantity: 2 });
    expect(reserved.status).toBe(422);
    expect(reserved.body).toMatchObject({
      code: 'not-returnable',
      returnable: 1,
      lotRemaining: 3,
      onHand: 3,
      reserved: 2,
    });
    const untraced = await clerk.post('/v1/supplier-returns', {
      ...base,
      source: { ...source, comebackRepairOrderId: ro4 },
      quantity: 1,
    });
    expect(untraced.status).toBe(422);
    expect(untraced.body.code).toBe('comeback-not-traced');
    const unknownLot = await clerk.post('/v1/supplier-returns', {
      ...base,
      source: { ...source, lotId: uuid() },
      quantity: 1,
    });
    expect(unknownLot.status).toBe(404);

    const created = await clerk.post('/v1/supplier-returns', { ...base, source, quantity: 1 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      source: 'stock',
      reason: 'comeback',
      comebackRepairOrderId: ro2,
      lotId,
      lotNumber: 'RET-LOT-P1',
      purchaseOrderId: padsOrder.poId,
      poLineId: padsOrder.poLineId,
      receiptId: padsOrder.receiptId,
      unitPriceMinor: 2400,
      claimValueMinor: 2400,
    });
    stockReturnId = created.body.id;
    const moves = (await clerk.get(`/v1/stock/movements?partId=${pads.id}&kind=RETURN`)).body.items;
    expect(moves).toEqual([
      expect.objectContaining({ kind: 'RETURN', quantity: 1, onHandDelta: -1, reservedDelta: 0, lotId }),
    ]);
    const balance = await balanceOf(pads.id);
    expect([Number(balance.onHand), Number(balance.reserved)]).toEqual([2, 2]);
    expect(Number((await h.prisma.stockLot.findUniqueOrThrow({ where: { id: lotId } })).remaining)).toBe(2);
    expect(await ledgerMismatches(h.prisma)).toEqual([]);

    // The supplier is rated again: a comeback weighs twice; the running score drops.
    const after = await supplierRow();
    expect(after.overallScore).toBeLessThan(scoreBefore);
    const review = await h.prisma.supplierReview.findFirstOrThrow({ where: { returnId: stockReturnId } });
    expect(review).toMatchObject({
      kind: 'comeback',
      repairOrderId: ro2,
      source: 'stock',
      reason: 'comeback',
    });
    const [event] = (await eventsOnTopic(
      h,
      'procurement.return.created',
      (e) => (e as EventOf<'procurement.return.created'>).data.returnId === stockReturnId,
    )) as EventOf<'procurement.return.created'>[];
    expect(event!.data).toMatchObject({ source: 'stock', lotId, comebackRepairOrderId: ro2, quantity: 1 });
    const rated = (await eventsOnTopic(
      h,
      'supplier.rated',
      (e) => e.subject === supplier.id,
      1,
    )) as AnyEvent[];
    expect(rated.length).toBeGreaterThan(0);
  });

  it('a replacement claim restocks as a new lot at the price paid, serves a backorder, and is not billable again', async () => {
    // ro4 wants a pad: none is available (2 on hand, 2 reserved), so it is backordered.
    await h.producer!.publish([{ event: opened(ro4, 'vehicle-V4') }, { event: requested(ro4, pads.id, 1) }]);
    await waitFor(
      () =>
        h.prisma.backorder
          .findFirst({ where: { repairOrderId: ro4, status: 'open' } })
          .then((b) => b ?? undefined),
      'ro4 backordered',
    );
    const lineBefore = await h.prisma.purchaseOrderLine.findFirstOrThrow({ where: { partId: pads.id } });
    expect((await clerk.post(`/v1/supplier-returns/${stockReturnId}/ship`, {})).status).toBe(200);
    const wrongQuantity = await clerk.post(`/v1/supplier-returns/${stockReturnId}/settle`, {
      kind: 'replacement',
      quantity: 2,
    });
    expect(wrongQuantity.body.code).toBe('replacement-quantity');
    const settled = await clerk.post(
      `/v1/supplier-returns/${stockReturnId}/settle`,
      { kind: 'replacement', lotNumber: 'RET-LOT-P2' },
      { 'If-Match': '"2"' },
    );
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ status: 'settled', settlement: 'replaced' });
    const lot = await h.prisma.stockLot.findUniqueOrThrow({ where: { id: settled.body.replacementLotId } });
    expect(lot).toMatchObject({ lotNumber: 'RET-LOT-P2', unitCostMinor: 2400, supplierId: supplier.id });
    expect(Number(lot.remaining)).toBe(1);
    const receipt = await h.prisma.stockMovement.findFirstOrThrow({
      where: { kind: 'RECEIPT', receiptId: settled.body.replacementReceiptId },
    });
    expect(Number(receipt.quantity)).toBe(1);
    expect((await h.prisma.backorder.findFirstOrThrow({ where: { repairOrderId: ro4 } })).status).toBe(
      'fulfilled',
    );
    const [reserved] = (await eventsOnTopic(
      h,
      'parts.reserved',
      (e) => e.subject === ro4 && (e as EventOf<'parts.reserved'>).data.source === 'backorder-fulfilment',
    )) as EventOf<'parts.reserved'>[];
    expect(reserved!.data.lines).toEqual([expect.objectContaining({ partId: pads.id, quantity: 1 })]);
    // Goods from stock were accepted (and billable) once already: the order line is unchanged.
    const lineAfter = await h.prisma.purchaseOrderLine.findFirstOrThrow({ where: { partId: pads.id } });
    expect(Number(lineAfter.accepted)).toBe(Number(lineBefore.accepted));
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
    const [event] = (await eventsOnTopic(
      h,
      'procurement.return.settled',
      (e) => (e as EventOf<'procurement.return.settled'>).data.returnId === stockReturnId,
    )) as EventOf<'procurement.return.settled'>[];
    expect(event!.data).toMatchObject({
      outcome: 'replaced',
      replacementLotNumber: 'RET-LOT-P2',
      replacementReceiptId: settled.body.replacementReceiptId,
    });
    const list = await officer.get(`/v1/supplier-returns?supplierId=${supplier.id}&status=settled`);
    expect(list.body.items.map((r: { id: string }) => r.id).sort()).toEqual(
      [inspectionReturnId, stockReturnId].sort(),
    );
  });

  it("keeps returns within the caller's centres: another centre's clerk sees none and cannot return from the lot", async () => {
    const tokenFor = (centreIds: string[]) =>
      issueToken(
        { secret: AUTH.hs256Secret, issuer: AUTH.issuer, audience: AUTH.audience },
        { userId: 'clerk-scoped', tenantId: 'tenant-a', dealerIds: [], centreIds, roles: ['parts-clerk'] },
      );
    const outside = `Bearer ${await tokenFor(['centre-elsewhere'])}`;
    const inside = `Bearer ${await tokenFor(['centre-1'])}`;
    const get = (url: string, auth: string) => request(h.app).get(url).set('Authorization', auth);
    expect((await get(`/v1/supplier-returns/${stockReturnId}`, outside)).status).toBe(404);
    expect((await get('/v1/supplier-returns', outside)).body.items).toEqual([]);
    expect((await get(`/v1/supplier-returns/${stockReturnId}`, inside)).status).toBe(200);
    const ret = await h.prisma.supplierReturn.findUniqueOrThrow({ where: { id: stockReturnId } });
    const attempt = await request(h.app)
      .post('/v1/supplier-returns')
      .set('Authorization', outside)
      .send({
        source: { kind: 'stock', lotId: ret.lotId },
        reason: 'defective',
        quantity: 1,
        claim: 'credit-note',
      });
    expect(attempt.status).toBe(404);
    expect(
      (
        await request(h.app)
          .post(`/v1/supplier-returns/${stockReturnId}/ship`)
          .set('Authorization', outside)
          .send({})
      ).status,
    ).toBe(404);
  });

  it('rates the quarter from its reviews, freezes it at the review (409 twice) and grades by it while the running score goes on', async () => {
    h.clock.now = AFTER_Q3;
    const open = await officer.get(`/v1/suppliers/${supplier.id}/ratings?period=2026-Q3`);
    expect(open.status).toBe(200);
    const [q3] = open.body.items;
    expect(q3).toMatchObject({
      period: '2026-Q3',
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      timeZone: 'UTC',
      status: 'open',
      counts: {
        receipts: 2,
        lateDeliveries: 0,
        returns: { defective: 0, 'wrong-part': 1, damaged: 0, comeback: 1 },
        returnedQuantity: 2,
        comebacks: 1,
      },
    });
    // Inspection: 9 of 10 accepted (90); field: 1 comeback x 2 over 9 accepted -> 77.78 %; quality 70.
    expect(q3.scores.quality).toBe(70);

    expect(
      (await officer.post(`/v1/suppliers/${supplier.id}/rating-reviews`, { period: '2026-Q4' })).body.code,
    ).toBe('period-not-over');
    expect(
      (await clerk.post(`/v1/suppliers/${supplier.id}/rating-reviews`, { period: '2026-Q3' })).status,
    ).toBe(403);
    const closed = await officer.post(`/v1/suppliers/${supplier.id}/rating-reviews`, { period: '2026-Q3' });
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({
      status: 'closed',
      overall: q3.overall,
      grade: q3.grade,
      closedBy: 'procurement-officer@tenant-a',
    });
    const again = await officer.post(`/v1/suppliers/${supplier.id}/rating-reviews`, { period: '2026-Q3' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('period-closed');
    expect((await supplierRow()).grade).toBe(q3.grade);

    // The running score goes on (a 1-star feedback in Q4); the closed quarter and the grade stay.
    const running = (await supplierRow()).overallScore;
    const feedback = await clerk.post(`/v1/suppliers/${supplier.id}/reviews`, { stars: 1, partId: pads.id });
    expect(feedback.status).toBe(201);
    const after = await supplierRow();
    expect(after.overallScore).toBeLessThan(running);
    expect(after.grade).toBe(q3.grade);
    const list = (await officer.get(`/v1/suppliers/${supplier.id}/ratings?quarters=2`)).body.items;
    expect(list.map((r: { period: string; status: string }) => [r.period, r.status])).toEqual([
      ['2026-Q4', 'current'],
      ['2026-Q3', 'closed'],
    ]);
    expect(list[1]).toMatchObject({ overall: q3.overall, counts: q3.counts });

    const [review] = (await eventsOnTopic(
      h,
      'supplier.rated',
      (e) => e.subject === supplier.id && (e as EventOf<'supplier.rated'>).data.period === '2026-Q3',
    )) as EventOf<'supplier.rated'>[];
    expect(review!.data).toMatchObject({
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      overall: q3.overall,
      grade: q3.grade,
      gradeInForce: q3.grade,
      receipts: 2,
    });
    expect((await officer.get(`/v1/suppliers/${supplier.id}/ratings?period=2026-Q5`)).status).toBe(400);
  });

  it('replaces goods rejected at inspection as what the order line accepts; a refused claim is announced', async () => {
    const order = await orderAndReceive(disc.id, 2, 1, 'RET-LOT-D2', 'damaged');
    const created = await clerk.post('/v1/supplier-returns', {
      source: { kind: 'inspection', receiptId: order.receiptId, poLineId: order.poLineId },
      reason: 'damaged',
      quantity: 1,
      claim: 'replacement',
    });
    expect(created.status).toBe(201);
    expect((await officer.get(`/v1/purchase-orders/${order.poId}`)).body.status).toBe('partially-received');
    const onHand = Number((await balanceOf(disc.id)).onHand);
    expect((await clerk.post(`/v1/supplier-returns/${created.body.id}/ship`, {})).status).toBe(200);
    const settled = await clerk.post(`/v1/supplier-returns/${created.body.id}/settle`, {
      kind: 'replacement',
      lotNumber: 'RET-LOT-D3',
      quantity: 1,
    });
    expect(settled.status).toBe(200);
    const po = (await officer.get(`/v1/purchase-orders/${order.poId}`)).body;
    expect(po.status).toBe('received');
    expect(po.lines[0]).toMatchObject({ received: 3, accepted: 2, rejected: 1 });
    expect(Number((await balanceOf(disc.id)).onHand)).toBe(onHand + 1);
    const lot = await h.prisma.stockLot.findUniqueOrThrow({ where: { id: settled.body.replacementLotId } });
    expect(lot).toMatchObject({ unitCostMinor: 4500, lotNumber: 'RET-LOT-D3' });

    // A defective disc from that replacement lot goes back too (the lot traces to the return's order),
    // and the supplier refuses the claim.
    const again = await clerk.post('/v1/supplier-returns', {
      source: { kind: 'stock', lotId: lot.id },
      reason: 'defective',
      quantity: 1,
      claim: 'credit-note',
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({
      purchaseOrderId: order.poId,
      poLineId: order.poLineId,
      unitPriceMinor: 4500,
    });
    expect((await officer.post(`/v1/supplier-returns/${again.body.id}/reject`, { reason: 'x' })).status).toBe(
      409,
    );
    expect((await clerk.post(`/v1/supplier-returns/${again.body.id}/ship`, {})).status).toBe(200);
    const stale = await officer.post(
      `/v1/supplier-returns/${again.body.id}/reject`,
      { reason: 'no defect found' },
      { 'If-Match': '"1"' },
    );
    expect(stale.status).toBe(412);
    const refused = await officer.post(`/v1/supplier-returns/${again.body.id}/reject`, {
      reason: 'no defect found',
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      status: 'rejected-by-supplier',
      supplierRejectionReason: 'no defect found',
    });
    const [event] = (await eventsOnTopic(
      h,
      'procurement.return.settled',
      (e) => (e as EventOf<'procurement.return.settled'>).data.returnId === again.body.id,
    )) as EventOf<'procurement.return.settled'>[];
    expect(event!.data).toMatchObject({ outcome: 'rejected-by-supplier', credited: null });
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });
});
