// Tax-aware purchasing against real PostgreSQL and Kafka: offers and order lines carry net prices
// and a VAT rate, a supplier's VAT invoice for the received order matches (a 0.02 rounding
// difference within the tenant's tolerance) and is paid, a wrong tax is a 422 naming the line and
// the field, a credit note reduces what payment settles, and money in different currencies is
// refused, never summed.
import { type EventOf } from '@aftersales/contracts';
import { inTransaction } from '../src/application/context';
import { reserveForRequest } from '../src/application/reservations';
import { eventsOnTopic, startHarness, uuid, type Agent, type Harness } from './harness';

const LOC = 'loc-tax-1';
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const WEIGHTS = { quality: 0.35, price: 0.3, leadTime: 0.15, onTime: 0.2 };

describe('tax-aware purchasing: VAT invoices, tolerances, credit notes, currencies', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;
  let admin: Agent;
  let po: {
    id: string;
    lines: { id: string; partId: string; taxRateBp: number; unitPriceMinor: number }[];
  };
  let brakeLine: string; // 2 x 45.00 at 19 %
  let manualLine: string; // 4 x 2.50 at 7 %
  let brakeDisc: { id: string };
  let manual: { id: string };
  let supplier: { id: string };

  const newPart = async (partNumber: string, defaultTaxRateBp?: number, currency = 'EUR') => {
    const res = await clerk.post('/v1/parts', {
      partNumber,
      description: partNumber,
      category: 'brakes',
      unitOfMeasure: 'piece',
      standardCost: { amountMinor: 4000, currency },
      ...(defaultTaxRateBp !== undefined ? { defaultTaxRateBp } : {}),
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const requisition = async (partId: string, quantity: number) => {
    const res = await clerk.post('/v1/requisitions', {
      partId,
      locationId: LOC,
      quantity,
      neededBy: '2030-01-01T00:00:00Z',
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const settings = (extra: object = {}) =>
    admin.put('/v1/settings/procurement', {
      weights: WEIGHTS,
      approvalThresholdMinor: 500_000,
      overReceiptTolerancePct: 0,
      priceTolerancePct: 0,
      ...extra,
    });

  beforeAll(async () => {
    h = await startHarness('parts_invoicing', { kafka: true });
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    admin = await h.as(['admin']);
    // A German supplier: brake discs at the standard 19 % (the part's default), manuals at 7 % (the offer's).
    brakeDisc = await newPart('TAX-DISC', 1900);
    manual = await newPart('TAX-MANUAL');
    supplier = (await officer.post('/v1/suppliers', { name: 'Bremsen Schmidt GmbH' })).body;
    for (const [part, price, taxRateBp] of [
      [brakeDisc, 4500, undefined],
      [manual, 250, 700],
    ] as const) {
      const offer = await officer.post(`/v1/parts/${part.id}/suppliers`, {
        supplierId: supplier.id,
        unitPrice: EUR(price),
        leadTimeDays: 2,
        ...(taxRateBp !== undefined ? { taxRateBp } : {}),
      });
      expect(offer.status).toBe(200);
    }
  });

  afterAll(async () => {
    await h?.close();
  });

  it('orders at net prices with each line’s VAT rate (offer, else the part’s default) and announces the tax', async () => {
    const created = await officer.post('/v1/purchase-orders', {
      requisitionIds: [await requisition(brakeDisc.id, 2), await requisition(manual.id, 4)],
      supplierId: supplier.id,
    });
    expect(created.status).toBe(201);
    po = created.body;
    expect(created.body).toMatchObject({
      status: 'ordered',
      totalMinor: 10_000,
      taxMinor: 1780,
      currency: 'EUR',
    });
    brakeLine = po.lines.find((l) => l.partId === brakeDisc.id)!.id;
    manualLine = po.lines.find((l) => l.partId === manual.id)!.id;
    expect(po.lines.find((l) => l.id === brakeLine)).toMatchObject({ taxRateBp: 1900, unitPriceMinor: 4500 });
    expect(po.lines.find((l) => l.id === manualLine)).toMatchObject({ taxRateBp: 700, unitPriceMinor: 250 });
    const [event] = (await eventsOnTopic(
      h,
      'procurement.po.created',
      (e) => e.subject === po.id,
    )) as EventOf<'procurement.po.created'>[];
    expect(event!.data).toMatchObject({
      total: EUR(10_000),
      tax: EUR(1780),
      grossTotal: EUR(11_780),
    });
    expect(event!.data.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ lineId: brakeLine, taxRateBp: 1900, lineTax: EUR(1710) }),
        expect.objectContaining({ lineId: manualLine, taxRateBp: 700, lineTax: EUR(70) }),
      ]),
    );
    const received = await clerk.post(`/v1/purchase-orders/${po.id}/receipts`, {
      lines: [
        { poLineId: brakeLine, receivedQuantity: 2, acceptedQuantity: 2, lotNumber: 'TAX-LOT-1' },
        { poLineId: manualLine, receivedQuantity: 4, acceptedQuantity: 4 },
      ],
    });
    expect(received.status).toBe(201);
    const receipt = await h.prisma.goodsReceipt.findFirstOrThrow({ where: { purchaseOrderId: po.id } });
    expect(receipt.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ poLineId: brakeLine, unitPriceMinor: 4500, taxRateBp: 1900 }),
      ]),
    );
  });

  it('refuses an invoice without VAT for a taxed order, and a wrong rate, naming the line and the field', async () => {
    const noTax = await officer.post('/v1/invoices', {
      purchaseOrderId: po.id,
      invoiceNumber: 'RE-2026-100',
      lines: [{ poLineId: brakeLine, quantity: 2, unitPriceMinor: 4500 }],
      total: EUR(10_710),
    });
    expect(noTax.status).toBe(422);
    expect(noTax.body.code).toBe('three-way-mismatch');
    expect(noTax.body.mismatches).toEqual([
      expect.objectContaining({
        line: 1,
        poLineId: brakeLine,
        field: 'tax',
        expected: 1710,
        invoiced: 0,
        tolerance: 0,
      }),
      expect.objectContaining({ line: null, field: 'gross', expected: 9000, invoiced: 10_710 }),
    ]);

    const wrongRate = await officer.post('/v1/invoices', {
      purchaseOrderId: po.id,
      invoiceNumber: 'RE-2026-100',
      lines: [
        { poLineId: manualLine, quantity: 4, unitPriceMinor: 250, taxRateBp: 700 },
        { poLineId: brakeLine, quantity: 2, unitPriceMinor: 4500, taxRateBp: 700 },
      ],
      total: EUR(10_000 + 70 + 630),
    });
    expect(wrongRate.status).toBe(422);
    expect(wrongRate.body.mismatches).toEqual([
      {
        line: 2,
        poLineId: brakeLine,
        field: 'tax',
        code: 'tax-mismatch',
        expected: 1710,
        invoiced: 630,
        tolerance: 0,
        expectedRateBp: 1900,
        invoicedRateBp: 700,
        message: expect.stringMatching(/^Line 2: tax 630 at 7 % differs from 1710 at the ordered 19 %/),
      },
    ]);
    expect(await h.prisma.invoice.count({ where: { purchaseOrderId: po.id } })).toBe(0);
  });

  it('matches a VAT invoice with a 0.02 rounding difference within the tenant tolerance, not without it', async () => {
    // 2 x 45.00 net at 19 %: tax 17.10, gross 107.10; the supplier prints 17.12 and 107.12.
    const invoice = {
      purchaseOrderId: po.id,
      invoiceNumber: 'RE-2026-101',
      lines: [{ poLineId: brakeLine, quantity: 2, unitPriceMinor: 4500, taxRateBp: 1900 }],
      net: EUR(9000),
      taxes: [{ rateBp: 1900, taxMinor: 1712 }],
      total: EUR(10_712),
    };
    const strict = await officer.post('/v1/invoices', invoice);
    expect(strict.status).toBe(422);
    expect(strict.body.mismatches).toEqual([
      expect.objectContaining({ line: null, field: 'tax', expected: 1710, invoiced: 1712, tolerance: 0 }),
    ]);

    const tolerant = await settings({ amountToleranceMinor: 2 });
    expect(tolerant.status).toBe(200);
    expect(tolerant.body).toMatchObject({ amountToleranceMinor: 2, taxTolerancePct: 0 });
    const matched = await officer.post('/v1/invoices', invoice);
    expect(matched.status).toBe(201);
    expect(matched.body).toMatchObject({
      status: 'matched',
      netMinor: 9000,
      taxMinor: 1712,
      taxes: [{ rateBp: 1900, netMinor: 9000, taxMinor: 1712 }],
      totalMinor: 10_712,
      creditedMinor: 0,
      payableMinor: 10_712,
    });
    expect(matched.body.lines).toEqual([
      expect.objectContaining({
        line: 1,
        poLineId: brakeLine,
        netMinor: 9000,
        taxMinor: 1710,
        taxRateBp: 1900,
      }),
    ]);
  });

  it('a credit note reduces what payment settles; it must fit the invoice’s rates and currency', async () => {
    const inv = (await officer.get(`/v1/invoices?purchaseOrderId=${po.id}`)).body.items[0];
    const credit = (body: object) => officer.post(`/v1/invoices/${inv.id}/credit-notes`, body);

    const tooMuch = await credit({
      creditNoteNumber: 'GS-1',
      taxes: [{ rateBp: 1900, netMinor: 9001 }],
      total: EUR(10_711),
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.mismatches).toEqual([
      expect.objectContaining({ line: 1, field: 'net', expected: 9000 }),
    ]);
    const otherRate = await credit({
      creditNoteNumber: 'GS-1',
      taxes: [{ rateBp: 700, netMinor: 100 }],
      total: EUR(107),
    });
    expect(otherRate.status).toBe(422);
    const dollars = await credit({
      creditNoteNumber: 'GS-1',
      taxes: [{ rateBp: 1900, netMinor: 1000 }],
      total: { amountMinor: 1190, currency: 'USD' },
    });
    expect(dollars.status).toBe(422);
    expect(dollars.body).toMatchObject({ code: 'currency-mismatch', currencies: ['USD', 'EUR'] });
    expect(dollars.body.detail).toMatch(/USD.*EUR/);

    // One disc was scratched: 10.00 net off, 1.90 VAT.
    const note = await credit({
      creditNoteNumber: 'GS-1',
      taxes: [{ rateBp: 1900, netMinor: 1000 }],
      total: EUR(1190),
      reason: 'scratched disc',
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      netMinor: 1000,
      taxMinor: 190,
      totalMinor: 1190,
      invoice: { creditedMinor: 1190, payableMinor: 10_712 - 1190, status: 'matched' },
    });
    expect(
      (await credit({ creditNoteNumber: 'GS-1', taxes: [{ rateBp: 1900, netMinor: 10 }], total: EUR(12) }))
        .status,
    ).toBe(409);
    expect((await officer.get(`/v1/invoices/${inv.id}/credit-notes`)).body.items).toHaveLength(1);

    const paid = await officer.post(`/v1/invoices/${inv.id}/payment`, { paymentRef: 'SEPA-TAX-1' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({
      status: 'paid',
      totalMinor: 10_712,
      creditedMinor: 1190,
      payableMinor: 9522,
    });
    expect(
      (await credit({ creditNoteNumber: 'GS-2', taxes: [{ rateBp: 1900, netMinor: 10 }], total: EUR(12) }))
        .status,
    ).toBe(409);
  });

  it('settles the order once the 7 % line is invoiced and paid', async () => {
    const second = await officer.post('/v1/invoices', {
      purchaseOrderId: po.id,
      invoiceNumber: 'RE-2026-102',
      lines: [{ poLineId: manualLine, quantity: 4, unitPriceMinor: 250, taxRateBp: 700, taxMinor: 70 }],
      total: EUR(1070),
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ netMinor: 1000, taxMinor: 70, payableMinor: 1070 });
    expect(
      (await officer.post(`/v1/invoices/${second.body.id}/payment`, { paymentRef: 'SEPA-TAX-2' })).status,
    ).toBe(200);
    expect((await officer.get(`/v1/purchase-orders/${po.id}`)).body.paymentStatus).toBe('settled');
  });

  it('refuses money in two currencies: invoice vs order, offers on one order, the approval threshold', async () => {
    const usd = await officer.post('/v1/invoices', {
      purchaseOrderId: po.id,
      invoiceNumber: 'RE-USD',
      lines: [{ poLineId: manualLine, quantity: 1, unitPriceMinor: 250 }],
      total: { amountMinor: 250, currency: 'USD' },
    });
    expect(usd.status).toBe(422);
    expect(usd.body).toMatchObject({ code: 'currency-mismatch', currencies: ['USD', 'EUR'] });

    // One supplier, one part priced in EUR and one in CNY: no order sums them.
    const yuan = await newPart('TAX-CNY');
    await officer.post(`/v1/parts/${yuan.id}/suppliers`, {
      supplierId: supplier.id,
      unitPrice: { amountMinor: 3000, currency: 'CNY' },
      leadTimeDays: 2,
      taxRateBp: 1300,
    });
    const mixed = await officer.post('/v1/purchase-orders', {
      requisitionIds: [await requisition(brakeDisc.id, 1), await requisition(yuan.id, 1)],
      supplierId: supplier.id,
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body).toMatchObject({ code: 'currency-mismatch' });
    expect(mixed.body.currencies.sort()).toEqual(['CNY', 'EUR']);

    // An order in CNY is fine on its own, but its goods cannot enter stock costed in EUR.
    const cnyOrder = await officer.post('/v1/purchase-orders', {
      requisitionIds: [await requisition(yuan.id, 1)],
      supplierId: supplier.id,
    });
    expect(cnyOrder.status).toBe(201);
    expect(cnyOrder.body).toMatchObject({ currency: 'CNY', totalMinor: 3000, taxMinor: 390 });
    const intoStock = await clerk.post(`/v1/purchase-orders/${cnyOrder.body.id}/receipts`, {
      lines: [{ poLineId: cnyOrder.body.lines[0].id, receivedQuantity: 1, acceptedQuantity: 1 }],
    });
    expect(intoStock.status).toBe(422);
    expect(intoStock.body).toMatchObject({ code: 'currency-mismatch', currencies: ['CNY', 'EUR'] });

    // A threshold in CNY is not compared with a EUR order.
    expect((await settings({ approvalThresholdCurrency: 'CNY' })).status).toBe(200);
    const eurOrder = await officer.post('/v1/purchase-orders', {
      requisitionIds: [await requisition(brakeDisc.id, 1)],
      supplierId: supplier.id,
    });
    expect(eurOrder.status).toBe(422);
    expect(eurOrder.body).toMatchObject({ code: 'currency-mismatch', currencies: ['EUR', 'CNY'] });
    expect((await settings({ approvalThresholdCurrency: 'EUR' })).status).toBe(200);
    const ok = await officer.post('/v1/purchase-orders', {
      requisitionIds: [await requisition(brakeDisc.id, 1)],
      supplierId: supplier.id,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ totalMinor: 4500, taxMinor: 855 });
  });

  it('refuses to add up the cost of one issue over parts costed in two currencies', async () => {
    const eur = await newPart('TAX-ISSUE-EUR');
    const usd = await newPart('TAX-ISSUE-USD', undefined, 'USD');
    for (const partId of [eur.id, usd.id])
      expect(
        (
          await clerk.post('/v1/stock/movements', {
            kind: 'receipt',
            partId,
            locationId: LOC,
            quantity: 1,
            lotNumber: null,
            reason: 'opening stock',
          })
        ).status,
      ).toBe(201);
    const {
      result: { reservationId },
    } = await inTransaction(
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
          lines: [
            { lineId: 'l1', partId: eur.id, quantity: 1 },
            { lineId: 'l2', partId: usd.id, quantity: 1 },
          ],
        }),
    );
    const issued = await clerk.post(`/v1/reservations/${reservationId}/issue`, {});
    expect(issued.status).toBe(422);
    expect(issued.body).toMatchObject({ code: 'currency-mismatch' });
    expect([...issued.body.currencies].sort()).toEqual(['EUR', 'USD']);
    expect(await h.prisma.stockMovement.count({ where: { kind: 'ISSUE', reservationId } })).toBe(0);
  });
});
