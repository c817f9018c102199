// Four eyes and counting what is on the shelf, against real PostgreSQL: nobody who counted a
// stocktake approves it; above the tenant's variance-value threshold two different officers (neither
// a counter) must approve before anything is booked; parts issued or received while a location is
// counted are no variance, because each count is compared with the ledger as of its count time.
import { inTransaction } from '../src/application/context';
import { reserveForRequest } from '../src/application/reservations';
import { ledgerMismatches, startHarness, uuid, type Agent, type Harness } from './harness';

const LOC = 'loc-four-eyes';
const T = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 8, minutes));

describe('four eyes and stocktakes that count what is on the shelf', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;
  let second: Agent;
  let lead: Agent; // a clerk who is also an officer: counts, so may not approve
  let admin: Agent;

  const newPart = async (partNumber: string, cost = 1000) => {
    const r = await clerk.post('/v1/parts', {
      partNumber,
      description: partNumber,
      category: 'x',
      unitOfMeasure: 'piece',
      standardCost: { amountMinor: cost, currency: 'EUR' },
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const receive = async (partId: string, quantity: number) =>
    expect(
      (
        await clerk.post('/v1/stock/movements', {
          kind: 'receipt',
          partId,
          locationId: LOC,
          quantity,
          reason: 'delivery',
        })
      ).status,
    ).toBe(201);
  const onHand = async (partId: string) =>
    (await h.prisma.stockBalance.findFirstOrThrow({ where: { partId, locationId: LOC } })).onHand.toNumber();
  /** Reserves and issues `quantity` to a repair order, as the workshop does during a count. */
  const issue = async (partId: string, quantity: number) => {
    const { reservationId } = await inTransaction(
      h.prisma,
      { tenantId: 'tenant-a', actor: 'system', now: h.clock.now ?? new Date(), causationId: null },
      (ctx) =>
        reserveForRequest(ctx, {
          repairOrderId: uuid(),
          requestId: uuid(),
          centreId: 'c1',
          locationId: LOC,
          quoteVersion: 1,
          priority: 'normal',
          neededBy: null,
          lines: [{ lineId: 'l', partId, quantity }],
        }),
    ).then((r) => r.result);
    expect((await clerk.post(`/v1/reservations/${reservationId}/issue`, { issuedTo: 'bay 3' })).status).toBe(
      200,
    );
  };
  const settings = (stocktakeSecondApprovalMinor?: number) =>
    admin.put('/v1/settings/procurement', {
      weights: { quality: 0.35, price: 0.3, leadTime: 0.15, onTime: 0.2 },
      approvalThresholdMinor: 500_000,
      overReceiptTolerancePct: 0,
      priceTolerancePct: 0,
      ...(stocktakeSecondApprovalMinor !== undefined ? { stocktakeSecondApprovalMinor } : {}),
    });

  beforeAll(async () => {
    h = await startHarness('parts_four_eyes');
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    second = await h.as(['procurement-officer'], 'tenant-a', 'second-officer@tenant-a');
    lead = await h.as(['parts-clerk', 'procurement-officer'], 'tenant-a', 'lead@tenant-a');
    admin = await h.as(['admin']);
  });

  afterEach(() => {
    h.clock.now = null;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('refuses approval by anyone who counted (any of the counters), with a 422 naming the rule', async () => {
    const a = await newPart('FE-A');
    const b = await newPart('FE-B');
    await receive(a, 5);
    await receive(b, 5);
    const id = (await clerk.post('/v1/stocktakes', { locationId: LOC, partIds: [a, b] })).body.id;
    await clerk.post(`/v1/stocktakes/${id}/counts`, { counts: [{ partId: a, countedQuantity: 4 }] });
    const counted = await lead.post(`/v1/stocktakes/${id}/counts`, {
      counts: [{ partId: b, countedQuantity: 5 }],
    });
    expect(counted.status).toBe(200);
    expect(counted.body.countedBy).toEqual(['parts-clerk@tenant-a', 'lead@tenant-a']);
    expect(counted.body.lines).toEqual(
      expect.arrayContaining([expect.objectContaining({ partId: b, countedBy: 'lead@tenant-a' })]),
    );

    const refused = await lead.post(`/v1/stocktakes/${id}/approval`);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'four-eyes',
      rule: 'four-eyes',
      countedBy: ['parts-clerk@tenant-a', 'lead@tenant-a'],
    });
    expect(await onHand(a)).toBe(5);

    const approved = await officer.post(`/v1/stocktakes/${id}/approval`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedBy: 'procurement-officer@tenant-a',
      secondApprovedBy: null,
      varianceValueMinor: 1000,
      booked: [{ partId: a, variance: -1 }],
    });
    expect(await onHand(a)).toBe(4);
  });

  it('books no false variance for parts issued or received while the location is being counted', async () => {
    const p = await newPart('FE-MOVING');
    const q = await newPart('FE-SHORT');
    h.clock.now = T(0);
    await receive(p, 10);
    await receive(q, 10);
    h.clock.now = T(1);
    const sheet = await clerk.post('/v1/stocktakes', { locationId: LOC, partIds: [p, q] });
    const id = sheet.body.id;
    expect(sheet.body.lines.map((l: { expectedQuantity: number }) => l.expectedQuantity)).toEqual([10, 10]);

    // Two of p are issued to a bay before p's shelf is counted: the shelf shows 8, and so does the ledger.
    h.clock.now = T(5);
    await issue(p, 2);
    h.clock.now = T(10);
    const first = await clerk.post(`/v1/stocktakes/${id}/counts`, {
      counts: [{ partId: p, countedQuantity: 8 }],
    });
    expect(first.status).toBe(200);
    expect(first.body.variances).toEqual([]);
    expect(first.body.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ partId: p, expectedQuantity: 10, countedQuantity: 8, systemQuantity: 8 }),
      ]),
    );

    // q's shelf holds 9 (one really missing) when counted at 08:12, typed in at 08:20; meanwhile
    // (08:15) one more is issued. Against the ledger at 08:12 (10) the variance is -1; against the
    // ledger when typed in (9) the missing part would go unnoticed.
    h.clock.now = T(15);
    await issue(q, 1);
    h.clock.now = T(20);
    const late = await clerk.post(`/v1/stocktakes/${id}/counts`, {
      counts: [{ partId: q, countedQuantity: 9, countedAt: T(12).toISOString() }],
    });
    expect(late.status).toBe(200);
    expect(late.body.variances).toEqual([
      { partId: q, expectedQuantity: 10, countedQuantity: 9, variance: -1 },
    ]);

    // After the count, five of p arrive: the variance stays what it was, booked on today's balance.
    h.clock.now = T(25);
    await receive(p, 5);
    const approved = await officer.post(`/v1/stocktakes/${id}/approval`);
    expect(approved.status).toBe(200);
    expect(approved.body.booked).toEqual([
      { partId: q, expectedQuantity: 10, countedQuantity: 9, variance: -1 },
    ]);
    expect(await onHand(p)).toBe(13); // 8 on the shelf + 5 received
    expect(await onHand(q)).toBe(8); // 9 on the shelf − 1 issued after the count
    expect(await h.prisma.stockMovement.count({ where: { stocktakeId: id, partId: p } })).toBe(0);
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });

  it('refuses a count time before the sheet was opened or in the future', async () => {
    const p = await newPart('FE-TIME');
    await receive(p, 1);
    h.clock.now = T(30);
    const id = (await clerk.post('/v1/stocktakes', { locationId: LOC, partIds: [p] })).body.id;
    for (const at of [T(29), T(40)]) {
      const res = await clerk.post(`/v1/stocktakes/${id}/counts`, {
        counts: [{ partId: p, countedQuantity: 1, countedAt: at.toISOString() }],
      });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('count-time-out-of-range');
    }
  });

  it('above the tenant threshold needs two different approvers, neither a counter, before booking', async () => {
    const saved = await settings(5_000);
    expect(saved.status).toBe(200);
    expect(saved.body.stocktakeSecondApprovalMinor).toBe(5_000);
    expect((await officer.get('/v1/settings/procurement')).body.stocktakeSecondApprovalMinor).toBe(5_000);
    // A client that does not send the threshold leaves it as it is.
    expect((await settings()).body.stocktakeSecondApprovalMinor).toBe(5_000);

    const p = await newPart('FE-PRICEY', 2_500);
    await receive(p, 10);
    const id = (await clerk.post('/v1/stocktakes', { locationId: LOC, partIds: [p] })).body.id;
    await lead.post(`/v1/stocktakes/${id}/counts`, { counts: [{ partId: p, countedQuantity: 7 }] });

    const first = await officer.post(`/v1/stocktakes/${id}/approval`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'awaiting-second-approval',
      approvedBy: 'procurement-officer@tenant-a',
      varianceValueMinor: 7_500,
      booked: [],
    });
    expect(await onHand(p)).toBe(10); // nothing booked yet
    // The counts are fixed by the first approval.
    expect(
      (await clerk.post(`/v1/stocktakes/${id}/counts`, { counts: [{ partId: p, countedQuantity: 10 }] }))
        .status,
    ).toBe(409);

    const again = await officer.post(`/v1/stocktakes/${id}/approval`);
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ code: 'four-eyes', approvedBy: 'procurement-officer@tenant-a' });
    const counter = await lead.post(`/v1/stocktakes/${id}/approval`);
    expect(counter.status).toBe(422);
    expect(counter.body).toMatchObject({ code: 'four-eyes', countedBy: ['lead@tenant-a'] });
    expect(
      (await second.post(`/v1/stocktakes/${id}/approval`, undefined, { 'If-Match': '"1"' })).status,
    ).toBe(412);

    const done = await second.post(`/v1/stocktakes/${id}/approval`, undefined, {
      'If-Match': `"${first.body.version}"`,
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'approved',
      approvedBy: 'procurement-officer@tenant-a',
      secondApprovedBy: 'second-officer@tenant-a',
      varianceValueMinor: 7_500,
      booked: [{ partId: p, variance: -3 }],
    });
    expect(await onHand(p)).toBe(7);
    expect((await second.post(`/v1/stocktakes/${id}/approval`)).status).toBe(409);

    // At or below the threshold one approval books it.
    const small = (await clerk.post('/v1/stocktakes', { locationId: LOC, partIds: [p] })).body.id;
    await clerk.post(`/v1/stocktakes/${small}/counts`, { counts: [{ partId: p, countedQuantity: 5 }] });
    const once = await officer.post(`/v1/stocktakes/${small}/approval`);
    expect(once.body).toMatchObject({ status: 'approved', varianceValueMinor: 5_000 });
    expect(await onHand(p)).toBe(5);
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
    await settings(100_000);
  });
});
