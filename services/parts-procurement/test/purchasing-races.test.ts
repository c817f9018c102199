// Races in purchasing against real PostgreSQL, the requests fired in parallel through the HTTP API:
// concurrent purchase orders over the same requisitions make one order (the others a 409, never a
// second order or doubled quantities), and concurrent payments of one invoice pay it once.
import { outboxEvents, startHarness, type Agent, type Harness } from './harness';

const LOC = 'loc-po-race';

describe('purchasing races against real PostgreSQL', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;
  let part: string;
  let supplier: string;

  const requisition = async (quantity: number) => {
    const r = await clerk.post('/v1/requisitions', {
      partId: part,
      locationId: LOC,
      quantity,
      neededBy: '2030-01-01T00:00:00Z',
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const orderOf = (requisitionIds: string[], headers?: Record<string, string>) =>
    officer.post('/v1/purchase-orders', { requisitionIds }, headers);
  const ordersFor = async (requisitionIds: string[]) => {
    const reqs = await h.prisma.requisition.findMany({ where: { id: { in: requisitionIds } } });
    const poIds = new Set(reqs.map((r) => r.purchaseOrderId));
    const lines = await h.prisma.purchaseOrderLine.findMany({ where: { partId: part } });
    return { poIds, reqs, lines };
  };

  beforeAll(async () => {
    h = await startHarness('parts_po_race');
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    part = (
      await clerk.post('/v1/parts', {
        partNumber: 'PO-RACE',
        description: 'race',
        category: 'x',
        unitOfMeasure: 'piece',
        standardCost: { amountMinor: 500, currency: 'EUR' },
      })
    ).body.id;
    supplier = (await officer.post('/v1/suppliers', { name: 'Racer' })).body.id;
    expect(
      (
        await officer.post(`/v1/parts/${part}/suppliers`, {
          supplierId: supplier,
          unitPrice: { amountMinor: 500, currency: 'EUR' },
          leadTimeDays: 2,
        })
      ).status,
    ).toBe(200);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('makes one purchase order of concurrent orders over the same requisitions', async () => {
    const ids = [await requisition(3), await requisition(4)];
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => orderOf(i % 2 ? ids : [...ids].reverse())),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const r of results.filter((r) => r.status === 409))
      expect(r.body).toMatchObject({ code: 'requisition-ordered', requisitionIds: expect.any(Array) });
    const winner = results.find((r) => r.status === 201)!.body;
    const { poIds, reqs } = await ordersFor(ids);
    expect([...poIds]).toEqual([winner.id]);
    expect(reqs.every((r) => r.status === 'ordered')).toBe(true);
    expect(await h.prisma.purchaseOrder.count({ where: { lines: { some: { partId: part } } } })).toBe(1);
    const lines = await h.prisma.purchaseOrderLine.findMany({ where: { purchaseOrderId: winner.id } });
    expect(lines.map((l) => l.quantity.toNumber())).toEqual([7]);
    expect(
      (await outboxEvents(h.prisma, 'procurement.po.created')).filter((e) => e.subject === winner.id),
    ).toHaveLength(1);
  });

  it('never deadlocks or double-orders overlapping requisitions, nor one Idempotency-Key sent twice at once', async () => {
    const [a, b, c] = [await requisition(1), await requisition(2), await requisition(5)];
    const overlapping = await Promise.all([orderOf([a, b]), orderOf([c, b]), orderOf([b, a])]);
    expect(overlapping.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const { poIds } = await ordersFor([b]);
    expect(poIds.size).toBe(1);
    const orderedB = await h.prisma.purchaseOrderLine.findMany({
      where: { purchaseOrderId: [...poIds][0]! },
    });
    expect(orderedB.map((l) => l.quantity.toNumber())).toEqual([
      overlapping.find((r) => r.status === 201)!.body.lines[0].quantity,
    ]);

    const d = await requisition(6);
    const key = { 'Idempotency-Key': `race-${d}` };
    const sameKey = await Promise.all([orderOf([d], key), orderOf([d], key), orderOf([d], key)]);
    for (const r of sameKey) expect([201, 409]).toContain(r.status);
    const created = new Set(sameKey.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(created.size).toBe(1);
    expect((await ordersFor([d])).poIds).toEqual(created);
    // Replaying the key afterwards returns the one order.
    const replay = await orderOf([d], key);
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe([...created][0]);
  });

  it('pays an invoice once when its payment is recorded several times at once', async () => {
    const req = await requisition(2);
    const po = (await orderOf([req])).body;
    expect(po.status).toBe('ordered');
    expect(
      (
        await clerk.post(`/v1/purchase-orders/${po.id}/receipts`, {
          lines: [
            { poLineId: po.lines[0].id, receivedQuantity: 2, acceptedQuantity: 2, lotNumber: 'RACE-PAY' },
          ],
        })
      ).status,
    ).toBe(201);
    const invoice = await officer.post('/v1/invoices', {
      purchaseOrderId: po.id,
      invoiceNumber: 'RACE-INV-1',
      lines: [{ poLineId: po.lines[0].id, quantity: 2, unitPriceMinor: 500 }],
      total: { amountMinor: 1000, currency: 'EUR' },
    });
    expect(invoice.status).toBe(201);

    const payments = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        officer.post(`/v1/invoices/${invoice.body.id}/payment`, { paymentRef: `SEPA-${i}` }),
      ),
    );
    expect(payments.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const r of payments.filter((r) => r.status === 409)) expect(r.body.code).toBe('not-payable');
    const paid = payments.find((r) => r.status === 200)!.body;
    const stored = await h.prisma.invoice.findUniqueOrThrow({ where: { id: invoice.body.id } });
    expect(stored).toMatchObject({ status: 'paid', paymentRef: paid.paymentRef, version: 2 });
    expect((await h.prisma.purchaseOrder.findUniqueOrThrow({ where: { id: po.id } })).paymentStatus).toBe(
      'settled',
    );
  });
});
