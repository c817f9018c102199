// Units of measure against real PostgreSQL and Kafka: brake pads kept in pieces and bought in
// boxes of 10 (a requisition of 13 pieces orders 2 boxes; receiving 2 boxes books 20 pieces at the
// box price / 10; the supplier's invoice for 2 boxes matches), engine oil kept in litres to one
// decimal and bought in drums of 208 l (a price that does not divide by 208 makes two lots that
// add up exactly), and reservations held to the part's precision (no 0.001 of a piece).
import { type EventOf } from '@aftersales/contracts';
import { inTransaction } from '../src/application/context';
import { reserveForRequest } from '../src/application/reservations';
import { eventsOnTopic, startHarness, uuid, type Agent, type Harness } from './harness';

const LOC = 'loc-units-1';
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('units of measure: purchase units, stock units, precision', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;
  let supplier: { id: string };

  const newPart = async (body: object) => {
    const res = await clerk.post('/v1/parts', {
      description: 'x',
      category: 'service',
      standardCost: EUR(100),
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };
  const offer = async (partId: string, amountMinor: number) => {
    const res = await officer.post(`/v1/parts/${partId}/suppliers`, {
      supplierId: supplier.id,
      unitPrice: EUR(amountMinor),
      leadTimeDays: 2,
    });
    expect(res.status).toBe(200);
  };
  const requisition = async (partId: string, quantity: number) =>
    clerk.post('/v1/requisitions', { partId, locationId: LOC, quantity, neededBy: '2030-01-01T00:00:00Z' });
  const order = async (requisitionIds: string[]) => {
    const res = await officer.post('/v1/purchase-orders', { requisitionIds, supplierId: supplier.id });
    expect(res.status).toBe(201);
    return res.body as {
      id: string;
      totalMinor: number;
      lines: {
        id: string;
        partId: string;
        quantity: number;
        purchaseUnit: string;
        purchaseUnitFactor: number;
        unitPriceMinor: number;
      }[];
    };
  };
  const reserve = (partId: string, quantity: number) =>
    inTransaction(
      h.prisma,
      { tenantId: 'tenant-a', actor: 'system', now: new Date(), causationId: null },
      (ctx) =>
        reserveForRequest(ctx, {
          repairOrderId: uuid(),
          requestId: uuid(),
          centreId: 'c1',
          locationId: LOC,
          quoteVersion: 1,
          priority: 'normal',
          neededBy: null,
          lines: [{ lineId: 'l1', partId, quantity }],
        }),
    );
  const refusal = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return err as { code: string; details?: Record<string, unknown> };
    }
    throw new Error('expected a refusal');
  };

  beforeAll(async () => {
    h = await startHarness('parts_units', { kafka: true });
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    const admin = await h.as(['admin']);
    await admin.put('/v1/settings/procurement', {
      weights: { quality: 0.35, price: 0.3, leadTime: 0.15, onTime: 0.2 },
      approvalThresholdMinor: 5_000_000,
      overReceiptTolerancePct: 0,
      priceTolerancePct: 0,
    });
    supplier = (await officer.post('/v1/suppliers', { name: 'Teile Großhandel GmbH' })).body;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses units that make no sense, naming the rule', async () => {
    const cases: [object, string][] = [
      [{ unitOfMeasure: 'piece', quantityDecimals: 2 }, 'whole-unit-precision'],
      [{ unitOfMeasure: 'piece', purchaseUnit: 'box', purchaseUnitFactor: 2.5 }, 'purchase-unit-factor'],
      [{ unitOfMeasure: 'litre', purchaseUnit: 'litre', purchaseUnitFactor: 5 }, 'purchase-unit-factor'],
    ];
    for (const [units, code] of cases) {
      const res = await clerk.post('/v1/parts', {
        partNumber: `BAD-${code}-${uuid().slice(0, 6)}`,
        description: 'x',
        category: 'x',
        standardCost: EUR(1),
        ...units,
      });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe(code);
    }
    const badName = await clerk.post('/v1/parts', {
      partNumber: 'BAD-NAME',
      description: 'x',
      category: 'x',
      unitOfMeasure: 'piece',
      purchaseUnit: '=HYPERLINK("x")',
      standardCost: EUR(1),
    });
    expect(badName.status).toBe(400);
  });

  it('orders a box of 10 for pieces rounded up, books pieces at the box price / 10, and matches the invoice in boxes', async () => {
    const pads = await newPart({
      partNumber: 'UNITS-PADS',
      unitOfMeasure: 'piece',
      purchaseUnit: 'Box',
      purchaseUnitFactor: 10,
    });
    const [registered] = (await eventsOnTopic(
      h,
      'part.registered',
      (e) => e.subject === pads.id,
    )) as EventOf<'part.registered'>[];
    expect(registered!.data).toMatchObject({
      unitOfMeasure: 'piece',
      purchaseUnit: 'box',
      purchaseUnitFactor: 10,
      quantityDecimals: 0,
    });
    await offer(pads.id, 4_500); // 45.00 per box of 10

    const fractional = await requisition(pads.id, 0.5);
    expect(fractional.status).toBe(422);
    expect(fractional.body.code).toBe('fractional-quantity');
    const req = await requisition(pads.id, 13);
    expect(req.status).toBe(201);
    const po = await order([req.body.id]);
    expect(po.lines).toEqual([
      expect.objectContaining({ partId: pads.id, quantity: 2, purchaseUnit: 'box', purchaseUnitFactor: 10 }),
    ]);
    expect(po.totalMinor).toBe(9_000);
    const line = po.lines[0]!;
    const [created] = (await eventsOnTopic(
      h,
      'procurement.po.created',
      (e) => e.subject === po.id,
    )) as EventOf<'procurement.po.created'>[];
    expect(created!.data.lines[0]).toMatchObject({
      quantity: 2,
      purchaseUnit: 'box',
      purchaseUnitFactor: 10,
      stockQuantity: 20,
      unitPrice: EUR(4_500),
      lineTotal: EUR(9_000),
    });

    // Boxes are counted whole at receipt.
    const halfBox = await clerk.post(`/v1/purchase-orders/${po.id}/receipts`, {
      lines: [{ poLineId: line.id, receivedQuantity: 1.5, acceptedQuantity: 1.5 }],
    });
    expect(halfBox.status).toBe(422);
    expect(halfBox.body).toMatchObject({ code: 'fractional-quantity', unitOfMeasure: 'box' });

    const received = await clerk.post(`/v1/purchase-orders/${po.id}/receipts`, {
      lines: [{ poLineId: line.id, receivedQuantity: 2, acceptedQuantity: 2, lotNumber: 'PADS-1' }],
    });
    expect(received.status).toBe(201);
    expect(received.body).toMatchObject({ complete: true });
    const movements = await h.prisma.stockMovement.findMany({ where: { partId: pads.id, kind: 'RECEIPT' } });
    expect(movements.map((m) => [Number(m.quantity), m.unitCostMinor])).toEqual([[20, 450]]);
    const lots = await h.prisma.stockLot.findMany({ where: { partId: pads.id } });
    expect(lots.map((l) => [Number(l.remaining), l.unitCostMinor, l.lotNumber])).toEqual([
      [20, 450, 'PADS-1'],
    ]);
    const balance = await h.prisma.stockBalance.findFirstOrThrow({
      where: { partId: pads.id, locationId: LOC },
    });
    expect(Number(balance.onHand)).toBe(20);
    const receipt = await h.prisma.goodsReceipt.findFirstOrThrow({ where: { purchaseOrderId: po.id } });
    expect(receipt.lines).toEqual([
      expect.objectContaining({
        poLineId: line.id,
        receivedQuantity: 2,
        acceptedQuantity: 2,
        unitPriceMinor: 4_500,
        purchaseUnit: 'box',
        purchaseUnitFactor: 10,
        acceptedStockQuantity: 20,
      }),
    ]);
    const [receivedEvent] = (await eventsOnTopic(
      h,
      'procurement.po.received',
      (e) => e.subject === po.id,
    )) as EventOf<'procurement.po.received'>[];
    expect(receivedEvent!.data.lines[0]).toMatchObject({
      acceptedQuantity: 2,
      purchaseUnit: 'box',
      purchaseUnitFactor: 10,
      acceptedStockQuantity: 20,
    });

    // The supplier bills 2 boxes at 45.00: the three-way match compares boxes with boxes.
    const overbilled = await officer.post('/v1/invoices', {
      purchaseOrderId: po.id,
      invoiceNumber: 'UNITS-20',
      lines: [{ poLineId: line.id, quantity: 20, unitPriceMinor: 450 }],
      total: EUR(9_000),
    });
    expect(overbilled.status).toBe(422);
    expect(overbilled.body.code).toBe('three-way-mismatch');
    expect(overbilled.body.mismatches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'quantity-exceeds-received', expected: 2, invoiced: 20 }),
      ]),
    );
    const invoice = await officer.post('/v1/invoices', {
      purchaseOrderId: po.id,
      invoiceNumber: 'UNITS-2',
      lines: [{ poLineId: line.id, quantity: 2, unitPriceMinor: 4_500 }],
      total: EUR(9_000),
    });
    expect(invoice.status).toBe(201);

    // A bigger box later: the open history keeps the box of 10 it was ordered and received in.
    const changed = await clerk.patch(
      `/v1/parts/${pads.id}`,
      { purchaseUnitFactor: 20 },
      { 'If-Match': `"${pads.version}"` },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ purchaseUnit: 'box', purchaseUnitFactor: 20 });
    const kept = await h.prisma.purchaseOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(Number(kept.purchaseUnitFactor)).toBe(10);
    const [updated] = (await eventsOnTopic(
      h,
      'part.updated',
      (e) => e.subject === pads.id,
    )) as EventOf<'part.updated'>[];
    expect(updated!.data).toMatchObject({ purchaseUnitFactor: 20, version: pads.version + 1 });

    // No 0.001 of a piece in a reservation; whole pieces are fine.
    const tiny = await refusal(reserve(pads.id, 0.001));
    expect(tiny.code).toBe('fractional-quantity');
    await expect(reserve(pads.id, 2)).resolves.toMatchObject({ result: { duplicate: false } });
  });

  it('buys oil in drums of 208 l kept to one decimal: lots add up to the drum price exactly', async () => {
    const oil = await newPart({
      partNumber: 'UNITS-OIL',
      unitOfMeasure: 'litre',
      purchaseUnit: 'drum',
      purchaseUnitFactor: 208,
      quantityDecimals: 1,
    });
    await offer(oil.id, 99_999); // 999.99 per drum: 4.8076... per litre
    expect((await requisition(oil.id, 12.25)).body.code).toBe('quantity-precision');
    const req = await requisition(oil.id, 250.5);
    expect(req.status).toBe(201);
    const po = await order([req.body.id]);
    const line = po.lines[0]!;
    expect(line).toMatchObject({ quantity: 2, purchaseUnit: 'drum', purchaseUnitFactor: 208 });
    const received = await clerk.post(`/v1/purchase-orders/${po.id}/receipts`, {
      lines: [{ poLineId: line.id, receivedQuantity: 2, acceptedQuantity: 2, lotNumber: 'OIL-7' }],
    });
    expect(received.status).toBe(201);
    const lots = await h.prisma.stockLot.findMany({
      where: { partId: oil.id },
      orderBy: { unitCostMinor: 'desc' },
    });
    // 2 x 999.99 = 1999.98 over 416 l (4.8076... per litre): 318 l at 4.81 and 98 l at 4.80.
    expect(lots.map((l) => [Number(l.remaining), l.unitCostMinor])).toEqual([
      [318, 481],
      [98, 480],
    ]);
    expect(lots.reduce((a, l) => a + Number(l.remaining) * l.unitCostMinor, 0)).toBe(199_998);
    const balance = await h.prisma.stockBalance.findFirstOrThrow({
      where: { partId: oil.id, locationId: LOC },
    });
    expect(Number(balance.onHand)).toBe(416);

    // Oil is reserved to one decimal (the reservation takes nothing from lots until issue).
    expect((await refusal(reserve(oil.id, 4.25))).code).toBe('quantity-precision');
    await expect(reserve(oil.id, 4.5)).resolves.toMatchObject({ result: { duplicate: false } });

    // A narrower precision than the stock holds is refused; the same precision passes.
    const part = (await clerk.get(`/v1/parts/${oil.id}`)).body;
    const narrower = await clerk.patch(
      `/v1/parts/${oil.id}`,
      { quantityDecimals: 0 },
      { 'If-Match': `"${part.version}"` },
    );
    expect(narrower.status).toBe(409);
    expect(narrower.body.code).toBe('stock-finer-than-precision');
  });
});
