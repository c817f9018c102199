// Centre and dealer scope through stock locations, against real PostgreSQL and Kafka: a location
// learns its centre from repair's parts request (or an admin registers it, with its dealer); a
// caller limited to centre A gets 404 for centre B's location, stock, ledger writes (a write-off),
// stocktakes, reservations, requisitions and purchase orders, exactly as for an unknown id, and
// lists only A's rows. Callers with centres '*' keep seeing the whole tenant.
import request from 'supertest';
import { waitFor } from '@aftersales/testing';
import { issueToken, type Identity, type Role } from '@aftersales/service-kit';
import { AUTH, repairEvent, startHarness, uuid, type Agent, type Harness } from './harness';

const CENTRE_A = '0a000000-0000-4000-8000-00000000000a';
const CENTRE_B = '0b000000-0000-4000-8000-00000000000b';
const LOC_A = 'loc-scope-a';
const LOC_B = 'loc-scope-b';

describe('centre and dealer scope of stock locations', () => {
  let h: Harness;
  let clerk: Agent; // centres '*'
  let officer: Agent; // centres '*'
  let admin: Agent; // centres '*'
  let clerkA: Agent;
  let officerA: Agent;
  let dealerClerk: Agent;
  let adminA: Agent;
  let part: { id: string };
  let reservationB: string;

  const agentFor = async (
    roles: Role[],
    scope: Pick<Identity, 'centreIds' | 'dealerIds'>,
  ): Promise<Agent> => {
    const token = await issueToken(
      { secret: AUTH.hs256Secret, issuer: AUTH.issuer, audience: AUTH.audience },
      { userId: `${roles[0]}-scoped`, tenantId: 'tenant-a', roles, ...scope },
    );
    const call =
      (method: 'get' | 'post' | 'put' | 'patch') =>
      (url: string, body?: object, headers: Record<string, string> = {}) => {
        let r = request(h.app)[method](url).set('Authorization', `Bearer ${token}`);
        for (const [k, v] of Object.entries(headers)) r = r.set(k, v);
        return body === undefined ? r : r.send(body);
      };
    return { get: call('get'), post: call('post'), put: call('put'), patch: call('patch') };
  };

  const movement = (who: Agent, locationId: string, quantity: number, kind = 'receipt', lotNumber?: string) =>
    who.post('/v1/stock/movements', {
      kind,
      partId: part.id,
      locationId,
      quantity,
      reason: kind === 'receipt' ? 'opening stock' : 'damaged: written off',
      ...(lotNumber ? { lotNumber } : {}),
    });

  beforeAll(async () => {
    h = await startHarness('parts_scope', { kafka: true });
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    admin = await h.as(['admin']);
    clerkA = await agentFor(['parts-clerk'], { centreIds: [CENTRE_A], dealerIds: [] });
    officerA = await agentFor(['procurement-officer'], { centreIds: [CENTRE_A], dealerIds: [] });
    dealerClerk = await agentFor(['parts-clerk'], { centreIds: [], dealerIds: ['dealer-1'] });
    adminA = await agentFor(['admin'], { centreIds: [CENTRE_A], dealerIds: [] });
    const p = await clerk.post('/v1/parts', {
      partNumber: 'SCOPE-1',
      description: 'Oil filter',
      category: 'filters',
      unitOfMeasure: 'piece',
      standardCost: { amountMinor: 800, currency: 'EUR' },
    });
    expect(p.status).toBe(201);
    part = p.body as { id: string };

    // A is registered by an administrator (with its dealer); B is learnt from repair's parts request.
    const a = await admin.put(`/v1/stock-locations/${LOC_A}`, { centreId: CENTRE_A, dealerId: 'dealer-1' });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ id: LOC_A, centreId: CENTRE_A, dealerId: 'dealer-1', version: 1 });
    expect((await movement(clerk, LOC_A, 10, 'receipt', 'LOT-A')).status).toBe(201);
    expect((await movement(clerk, LOC_B, 10, 'receipt', 'LOT-B')).status).toBe(201);
    const repairOrderId = uuid();
    await h.producer!.publish([
      {
        event: repairEvent('repair.parts.requested', repairOrderId, {
          repairOrderId,
          requestId: uuid(),
          centreId: CENTRE_B,
          locationId: LOC_B,
          quoteVersion: 1,
          priority: 'normal',
          neededBy: null,
          lines: [{ lineId: 'line-1', partId: part.id, quantity: 2 }],
        }),
      },
    ]);
    reservationB = await waitFor(
      async () => (await h.prisma.reservation.findFirst({ where: { repairOrderId } }))?.id,
      'reservation at B',
      20_000,
    );
  });

  afterAll(async () => {
    await h?.close();
  });

  it('learns the centre of a location from the parts request', async () => {
    const b = await clerk.get(`/v1/stock-locations/${LOC_B}`);
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({ id: LOC_B, centreId: CENTRE_B, dealerId: null });
  });

  it("answers 404 for centre B's location and lists only A's", async () => {
    const outOfScope = await clerkA.get(`/v1/stock-locations/${LOC_B}`);
    const unknown = await clerkA.get('/v1/stock-locations/loc-never-seen');
    expect(outOfScope.status).toBe(404);
    expect(outOfScope.body.detail).toBe(unknown.body.detail);
    expect((await clerkA.get(`/v1/stock-locations/${LOC_A}`)).status).toBe(200);
    const list = await clerkA.get('/v1/stock-locations');
    expect(list.body.items.map((l: { id: string }) => l.id)).toEqual([LOC_A]);
    const all = await clerk.get('/v1/stock-locations');
    expect(all.body.items.map((l: { id: string }) => l.id)).toEqual([LOC_A, LOC_B]);
  });

  it("filters stock and the ledger to the caller's locations", async () => {
    const stock = await clerkA.get('/v1/stock');
    expect(stock.status).toBe(200);
    expect(stock.body.items.map((s: { locationId: string }) => s.locationId)).toEqual([LOC_A]);
    expect((await clerkA.get(`/v1/stock?locationId=${LOC_B}`)).body.items).toEqual([]);
    const ledger = await clerkA.get('/v1/stock/movements');
    expect(new Set(ledger.body.items.map((m: { locationId: string }) => m.locationId))).toEqual(
      new Set([LOC_A]),
    );
    expect((await clerkA.get(`/v1/stock/movements?locationId=${LOC_B}`)).body.items).toEqual([]);
    // Tenant-wide callers see both, as before.
    const everything = await clerk.get('/v1/stock');
    expect(everything.body.items.map((s: { locationId: string }) => s.locationId)).toEqual([LOC_A, LOC_B]);
  });

  it("refuses a write-off or adjustment at B's location with 404, and books it at A", async () => {
    const writeOff = await movement(clerkA, LOC_B, -1, 'adjustment');
    expect(writeOff.status).toBe(404);
    expect(writeOff.body.detail).toBe('Stock location not found.');
    expect((await movement(clerkA, LOC_B, 5, 'receipt')).status).toBe(404);
    // A location nobody registered is nobody's but the tenant-wide callers'.
    expect((await movement(clerkA, 'loc-unregistered', 5, 'receipt')).status).toBe(404);
    expect((await movement(clerkA, LOC_A, -1, 'adjustment')).status).toBe(201);
    const b = await h.prisma.stockBalance.findFirstOrThrow({ where: { locationId: LOC_B } });
    expect(Number(b.onHand)).toBe(10);
    expect(
      (
        await clerkA.post('/v1/reorder-points', {
          partId: part.id,
          locationId: LOC_B,
          manual: { reorderPoint: 3 },
        })
      ).status,
    ).toBe(404);
  });

  it("hides B's stocktakes and refuses to open, count or approve them", async () => {
    expect((await clerkA.post('/v1/stocktakes', { locationId: LOC_B })).status).toBe(404);
    const sheet = await clerk.post('/v1/stocktakes', { locationId: LOC_B, partIds: [part.id] });
    expect(sheet.status).toBe(201);
    const id = sheet.body.id as string;
    expect((await clerkA.get(`/v1/stocktakes/${id}`)).status).toBe(404);
    expect(
      (
        await clerkA.post(`/v1/stocktakes/${id}/counts`, {
          counts: [{ partId: part.id, countedQuantity: 0 }],
        })
      ).status,
    ).toBe(404);
    expect((await officerA.post(`/v1/stocktakes/${id}/approval`)).status).toBe(404);
    expect((await h.prisma.stocktake.findUniqueOrThrow({ where: { id } })).version).toBe(1);
    const own = await clerkA.post('/v1/stocktakes', { locationId: LOC_A, partIds: [part.id] });
    expect(own.status).toBe(201);
    expect((await clerkA.get(`/v1/stocktakes/${own.body.id}`)).status).toBe(200);
  });

  it("hides B's reservations and refuses to issue them", async () => {
    expect((await clerkA.get(`/v1/reservations/${reservationB}`)).status).toBe(404);
    expect((await clerkA.post(`/v1/reservations/${reservationB}/issue`, {})).status).toBe(404);
    expect((await clerkA.get('/v1/reservations')).body.items).toEqual([]);
    expect((await clerk.get(`/v1/reservations/${reservationB}`)).status).toBe(200);
    const r = await h.prisma.reservation.findUniqueOrThrow({ where: { id: reservationB } });
    expect(r.status).toBe('active');
  });

  it('scopes purchasing that targets a location: requisitions, purchase orders, receipts, invoices', async () => {
    const neededBy = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect(
      (await officerA.post('/v1/requisitions', { partId: part.id, locationId: LOC_B, quantity: 4, neededBy }))
        .status,
    ).toBe(404);
    const reqB = await officer.post('/v1/requisitions', {
      partId: part.id,
      locationId: LOC_B,
      quantity: 4,
      neededBy,
    });
    expect(reqB.status).toBe(201);
    const supplier = await officer.post('/v1/suppliers', { name: 'Scope Parts GmbH' });
    expect(supplier.status).toBe(201);
    expect(
      (
        await officer.post(`/v1/parts/${part.id}/suppliers`, {
          supplierId: supplier.body.id,
          unitPrice: { amountMinor: 700, currency: 'EUR' },
          leadTimeDays: 3,
        })
      ).status,
    ).toBeLessThan(300);
    // Ordering B's requisition answers like ordering one that does not exist.
    const hidden = await officerA.post('/v1/purchase-orders', { requisitionIds: [reqB.body.id] });
    const absent = await officerA.post('/v1/purchase-orders', { requisitionIds: [uuid()] });
    expect(hidden.status).toBe(422);
    expect(hidden.body.code).toBe(absent.body.code);
    const po = await officer.post('/v1/purchase-orders', { requisitionIds: [reqB.body.id] });
    expect(po.status).toBe(201);
    expect((await officerA.get(`/v1/purchase-orders/${po.body.id}`)).status).toBe(404);
    expect((await officerA.get('/v1/purchase-orders')).body.items).toEqual([]);
    expect((await officerA.get('/v1/requisitions')).body.items).toEqual([]);
    const lineId = po.body.lines[0].id as string;
    const receipt = await officerA.post(`/v1/purchase-orders/${po.body.id}/receipts`, {
      lines: [{ poLineId: lineId, receivedQuantity: 4, acceptedQuantity: 4 }],
    });
    expect(receipt.status).toBe(404);
    expect((await officer.get(`/v1/purchase-orders/${po.body.id}`)).status).toBe(200);
    const received = await officer.post(`/v1/purchase-orders/${po.body.id}/receipts`, {
      lines: [{ poLineId: lineId, receivedQuantity: 4, acceptedQuantity: 4 }],
    });
    expect(received.status).toBe(201);
    const invoice = {
      purchaseOrderId: po.body.id,
      invoiceNumber: 'INV-SCOPE-1',
      lines: [{ poLineId: lineId, quantity: 4, unitPriceMinor: 700 }],
      total: { amountMinor: 2800, currency: 'EUR' },
    };
    expect((await officerA.post('/v1/invoices', invoice)).status).toBe(404);
    const inv = await officer.post('/v1/invoices', invoice);
    expect(inv.status).toBe(201);
    expect((await officerA.get('/v1/invoices')).body.items).toEqual([]);
    expect((await officerA.post(`/v1/invoices/${inv.body.id}/payment`, { paymentRef: 'PAY-1' })).status).toBe(
      404,
    );
    expect((await officer.get('/v1/invoices')).body.items).toHaveLength(1);
    // Suppliers stay tenant-level.
    expect((await officerA.get(`/v1/suppliers/${supplier.body.id}`)).status).toBe(200);
  });

  it("leaves receipts and issues at B's location out of a lot trace", async () => {
    const trace = await clerkA.get('/v1/lots/LOT-B/trace');
    expect(trace.status).toBe(200);
    expect(trace.body.receipts).toEqual([]);
    expect((await clerk.get('/v1/lots/LOT-B/trace')).body.receipts).toHaveLength(1);
  });

  it("gives dealer-level callers their dealer's locations", async () => {
    const stock = await dealerClerk.get('/v1/stock');
    expect(stock.body.items.map((s: { locationId: string }) => s.locationId)).toEqual([LOC_A]);
    expect((await movement(dealerClerk, LOC_A, 1, 'receipt')).status).toBe(201);
    expect((await movement(dealerClerk, LOC_B, 1, 'receipt')).status).toBe(404);
  });

  it('does not let a centre-limited admin take over or place locations outside its centres', async () => {
    expect((await adminA.put(`/v1/stock-locations/${LOC_B}`, { centreId: CENTRE_A })).status).toBe(404);
    expect((await adminA.put('/v1/stock-locations/loc-new-b', { centreId: CENTRE_B })).status).toBe(404);
    expect((await h.prisma.stockLocation.findFirstOrThrow({ where: { id: LOC_B } })).centreId).toBe(CENTRE_B);
    const moved = await admin.put(
      `/v1/stock-locations/${LOC_B}`,
      { centreId: CENTRE_A },
      { 'If-Match': '"1"' },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.version).toBe(2);
    expect((await clerkA.get(`/v1/stock-locations/${LOC_B}`)).status).toBe(200);
    expect(
      (await admin.put(`/v1/stock-locations/${LOC_B}`, { centreId: CENTRE_B }, { 'If-Match': '"1"' })).status,
    ).toBe(412);
  });
});
