// Stock transfers between locations against real PostgreSQL and Kafka: a backorder at the south
// centre is suggested a transfer from the north centre (not from a location that would drop below
// its reorder point, nor from another dealer's); the transfer is picked, shipped (lots and costs
// travel, the stock is in transit) and received short (the loss booked with its reason); the
// backorder is served on receipt (parts.reserved) and its requisition is not purchased. The source
// never goes negative, of two concurrent picks over the last units one wins, and a centre-limited
// clerk gets 403/404. Balances equal the ledger sums on both sides throughout.
import request from 'supertest';
import { waitFor } from '@aftersales/testing';
import { issueToken, type Identity, type Role } from '@aftersales/service-kit';
import { type EventOf } from '@aftersales/contracts';
import {
  AUTH,
  eventsOnTopic,
  ledgerMismatches,
  repairEvent,
  startHarness,
  uuid,
  type Agent,
  type Harness,
} from './harness';

const CENTRE_N = '0c000000-0000-4000-8000-00000000000a';
const CENTRE_S = '0c000000-0000-4000-8000-00000000000b';
const CENTRE_L = '0c000000-0000-4000-8000-00000000000c';
const CENTRE_X = '0c000000-0000-4000-8000-00000000000d';
const NORTH = 'loc-trf-north';
const SOUTH = 'loc-trf-south';
const LOW = 'loc-trf-low'; // same dealer, but at its reorder point
const OTHER = 'loc-trf-other'; // plenty of stock, another dealer

describe('stock transfers between locations', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;
  let admin: Agent;
  let clerkS: Agent;
  let clerkN: Agent;
  let pads: string;
  const ro = uuid();
  let requisitionId: string;
  let transferId: string;

  const agentFor = async (
    roles: Role[],
    scope: Pick<Identity, 'centreIds' | 'dealerIds'>,
    userId: string,
  ) => {
    const token = await issueToken(
      { secret: AUTH.hs256Secret, issuer: AUTH.issuer, audience: AUTH.audience },
      { userId, tenantId: 'tenant-a', roles, ...scope },
    );
    const call =
      (method: 'get' | 'post' | 'put' | 'patch') =>
      (url: string, body?: object, headers: Record<string, string> = {}) => {
        let r = request(h.app)[method](url).set('Authorization', `Bearer ${token}`);
        for (const [k, v] of Object.entries(headers)) r = r.set(k, v);
        return body === undefined ? r : r.send(body);
      };
    return { get: call('get'), post: call('post'), put: call('put'), patch: call('patch') } as Agent;
  };

  const receipt = async (locationId: string, quantity: number, lotNumber: string, cost: number) => {
    const r = await clerk.post('/v1/stock/movements', {
      kind: 'receipt',
      partId: pads,
      locationId,
      quantity,
      lotNumber,
      unitCost: { amountMinor: cost, currency: 'EUR' },
      reason: 'opening stock',
    });
    expect(r.status).toBe(201);
  };
  const balance = async (locationId: string) => {
    const b = await h.prisma.stockBalance.findFirst({ where: { partId: pads, locationId } });
    return { onHand: Number(b?.onHand ?? 0), reserved: Number(b?.reserved ?? 0) };
  };
  const transfer = (
    who: Agent,
    from: string,
    to: string,
    quantity: number,
    extra: object = {},
    key?: string,
  ) =>
    who.post(
      '/v1/stock-transfers',
      { fromLocationId: from, toLocationId: to, lines: [{ partId: pads, quantity, ...extra }] },
      key ? { 'Idempotency-Key': key } : {},
    );

  beforeAll(async () => {
    h = await startHarness('parts_transfers', { kafka: true });
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
    admin = await h.as(['admin']);
    clerkS = await agentFor(['parts-clerk'], { centreIds: [CENTRE_S], dealerIds: [] }, 'clerk-south');
    clerkN = await agentFor(['parts-clerk'], { centreIds: [CENTRE_N], dealerIds: [] }, 'clerk-north');
    const p = await clerk.post('/v1/parts', {
      partNumber: 'TRF-PADS',
      description: 'Brake pads',
      category: 'brakes',
      unitOfMeasure: 'piece',
      standardCost: { amountMinor: 2000, currency: 'EUR' },
    });
    expect(p.status).toBe(201);
    pads = p.body.id as string;
    for (const [id, centreId, dealerId] of [
      [NORTH, CENTRE_N, 'dealer-1'],
      [SOUTH, CENTRE_S, 'dealer-1'],
      [LOW, CENTRE_L, 'dealer-1'],
      [OTHER, CENTRE_X, 'dealer-2'],
    ] as const)
      expect((await admin.put(`/v1/stock-locations/${id}`, { centreId, dealerId })).status).toBe(200);
    await receipt(NORTH, 10, 'LOT-N1', 2000);
    await receipt(NORTH, 5, 'LOT-N2', 2200);
    await receipt(LOW, 3, 'LOT-L1', 2000);
    await receipt(OTHER, 50, 'LOT-X1', 1900);
    for (const [locationId, reorderPoint] of [
      [NORTH, 2],
      [LOW, 3],
    ] as const)
      expect(
        (await clerk.post('/v1/reorder-points', { partId: pads, locationId, manual: { reorderPoint } }))
          .status,
      ).toBe(200);

    // A repair order at the south centre needs 4 pads; none there: backordered, requisitioned.
    await h.producer!.publish([
      {
        event: repairEvent('repair.parts.requested', ro, {
          repairOrderId: ro,
          requestId: uuid(),
          centreId: CENTRE_S,
          locationId: SOUTH,
          quoteVersion: 1,
          priority: 'normal',
          neededBy: null,
          lines: [{ lineId: 'line-1', partId: pads, quantity: 4 }],
        }),
      },
    ]);
    requisitionId = await waitFor(
      async () =>
        (await h.prisma.requisition.findFirst({ where: { locationId: SOUTH, reason: 'backorder' } }))?.id,
      'backorder requisition at the south centre',
      20_000,
    );
  });

  afterAll(async () => {
    await h?.close();
  });

  it('suggests the north centre (not one at its reorder point, nor another dealer) before purchasing', async () => {
    const r = await clerk.get(`/v1/transfer-suggestions?locationId=${SOUTH}`);
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(1);
    const [s] = r.body.items;
    expect(s).toMatchObject({
      requisitionId,
      partId: pads,
      locationId: SOUTH,
      quantity: 4,
      repairOrderId: ro,
      suggestion: { fromLocationId: NORTH, quantity: 4 },
    });
    // 15 on hand less the reorder point 2; LOW (3 on hand, reorder point 3) and OTHER (dealer-2) are not offered.
    expect(s.sources).toEqual([
      { locationId: NORTH, centreId: CENTRE_N, dealerId: 'dealer-1', free: 13, covers: true },
    ]);
  });

  it('requests a transfer for the requisition (idempotently); purchasing no longer orders it', async () => {
    const key = uuid();
    const first = await transfer(clerkS, NORTH, SOUTH, 12, { requisitionId }, key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      fromLocationId: NORTH,
      toLocationId: SOUTH,
      status: 'requested',
      allowedCommands: ['pick', 'cancel'],
      lines: [{ partId: pads, requisitionId, requested: 12, picked: 0, shipped: 0, inTransit: 0 }],
    });
    transferId = first.body.id;
    const replay = await transfer(clerkS, NORTH, SOUTH, 12, { requisitionId }, key);
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(transferId);
    expect(await h.prisma.stockTransfer.count()).toBe(1);
    expect((await h.prisma.requisition.findUniqueOrThrow({ where: { id: requisitionId } })).status).toBe(
      'transferring',
    );
    const po = await officer.post('/v1/purchase-orders', { requisitionIds: [requisitionId] });
    expect(po.status).toBe(422);
    expect(po.body.code).toBe('requisition-not-open');
    // Served by the transfer: no longer suggested.
    expect((await clerk.get(`/v1/transfer-suggestions?locationId=${SOUTH}`)).body.items).toEqual([]);
  });

  it('lets only the source pick and ship (403 for the destination clerk)', async () => {
    const pick = await clerkS.post(`/v1/stock-transfers/${transferId}/pick`, {});
    expect(pick.status).toBe(403);
    expect(pick.body.code).toBe('other-location');
    expect((await clerkS.get(`/v1/stock-transfers/${transferId}`)).status).toBe(200);
    expect((await clerkS.post(`/v1/stock-transfers/${transferId}/receive`, {})).status).toBe(409);
  });

  it('picks (reserved at the source), then ships lot by lot: in transit, off the source books', async () => {
    const picked = await clerkN.post(`/v1/stock-transfers/${transferId}/pick`, {}, { 'If-Match': '"1"' });
    expect(picked.status).toBe(200);
    expect(picked.headers.etag).toBe('"2"');
    expect(picked.body).toMatchObject({ status: 'picked', lines: [{ picked: 12 }] });
    expect(await balance(NORTH)).toEqual({ onHand: 15, reserved: 12 });
    expect(
      (await clerkN.post(`/v1/stock-transfers/${transferId}/ship`, {}, { 'If-Match': '"1"' })).status,
    ).toBe(412);
    const shipped = await clerkN.post(`/v1/stock-transfers/${transferId}/ship`, {});
    expect(shipped.status).toBe(200);
    expect(shipped.body).toMatchObject({
      status: 'in-transit',
      allowedCommands: ['receive'],
      lines: [
        {
          shipped: 12,
          inTransit: 12,
          lots: [
            { lotNumber: 'LOT-N1', quantity: 10, unitCostMinor: 2000 },
            { lotNumber: 'LOT-N2', quantity: 2, unitCostMinor: 2200 },
          ],
        },
      ],
    });
    expect(await balance(NORTH)).toEqual({ onHand: 3, reserved: 0 });
    expect(await balance(SOUTH)).toEqual({ onHand: 0, reserved: 0 });
    const transit = await clerk.get(`/v1/stock-in-transit?locationId=${SOUTH}`);
    expect(transit.body.items).toEqual([
      expect.objectContaining({
        partId: pads,
        fromLocationId: NORTH,
        toLocationId: SOUTH,
        quantity: 12,
        transferId,
      }),
    ]);
    expect((await clerk.post(`/v1/stock-transfers/${transferId}/cancel`, {})).status).toBe(409);
    const [event] = (await eventsOnTopic(
      h,
      'parts.transfer-shipped',
      (e) => (e.data as { transferId: string }).transferId === transferId,
    )) as EventOf<'parts.transfer-shipped'>[];
    expect(event!.subject).toBe(pads);
    expect(event!.data).toMatchObject({
      quantity: 12,
      lots: [
        { lotNumber: 'LOT-N1', quantity: 10, unitCost: { amountMinor: 2000, currency: 'EUR' } },
        { lotNumber: 'LOT-N2', quantity: 2, unitCost: { amountMinor: 2200, currency: 'EUR' } },
      ],
    });
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });

  it('receives short: the loss is booked with its reason, the backorder is served and parts.reserved published', async () => {
    expect((await clerkN.post(`/v1/stock-transfers/${transferId}/receive`, {})).status).toBe(403);
    const noReason = await clerkS.post(`/v1/stock-transfers/${transferId}/receive`, {
      lines: [{ partId: pads, quantity: 11 }],
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('loss-reason-required');
    const received = await clerkS.post(`/v1/stock-transfers/${transferId}/receive`, {
      lines: [{ partId: pads, quantity: 11 }],
      lossReason: 'carton crushed in transit',
    });
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({
      status: 'received',
      lossReason: 'carton crushed in transit',
      lines: [{ shipped: 12, received: 11, lost: 1, inTransit: 0 }],
    });
    // 11 arrived; 4 of them now reserved for the waiting repair order.
    expect(await balance(SOUTH)).toEqual({ onHand: 11, reserved: 4 });
    const backorder = await h.prisma.backorder.findFirstOrThrow({ where: { repairOrderId: ro } });
    expect(backorder.status).toBe('fulfilled');
    expect((await h.prisma.requisition.findUniqueOrThrow({ where: { id: requisitionId } })).status).toBe(
      'transferred',
    );
    const movements = await h.prisma.stockMovement.findMany({
      where: { transferId },
      orderBy: { seq: 'asc' },
    });
    const sum = (loc: string) =>
      movements.filter((m) => m.locationId === loc).reduce((a, m) => a + Number(m.onHandDelta), 0);
    expect(sum(NORTH)).toBe(-12);
    expect(sum(SOUTH)).toBe(11);
    expect(movements.find((m) => m.kind === 'ADJUSTMENT')).toMatchObject({
      locationId: SOUTH,
      lotNumber: 'LOT-N2',
      reason: 'loss-in-transit: carton crushed in transit',
    });
    // The lots keep their numbers and costs at the destination; the trace names both places.
    const lots = await h.prisma.stockLot.findMany({
      where: { locationId: SOUTH },
      orderBy: { lotNumber: 'asc' },
    });
    expect(lots.map((l) => [l.lotNumber, Number(l.remaining), l.unitCostMinor])).toEqual([
      ['LOT-N1', 10, 2000],
      ['LOT-N2', 1, 2200],
    ]);
    const trace = await clerk.get('/v1/lots/LOT-N1/trace');
    expect(trace.body.receipts.map((r: { locationId: string }) => r.locationId).sort()).toEqual([
      NORTH,
      SOUTH,
    ]);

    const [reserved] = (await eventsOnTopic(
      h,
      'parts.reserved',
      (e) => e.subject === ro && (e.data as { source: string }).source === 'backorder-fulfilment',
    )) as EventOf<'parts.reserved'>[];
    expect(reserved!.data).toMatchObject({
      locationId: SOUTH,
      openBackorderLines: 0,
      lines: [{ quantity: 4 }],
    });
    const [arrived] = (await eventsOnTopic(
      h,
      'parts.transfer-received',
      (e) => (e.data as { transferId: string }).transferId === transferId,
    )) as EventOf<'parts.transfer-received'>[];
    expect(arrived!.data).toMatchObject({
      shipped: 12,
      received: 11,
      lost: 1,
      lossReason: 'carton crushed in transit',
    });
    expect((await clerk.get(`/v1/stock-in-transit`)).body.items).toEqual([]);
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });

  it('never takes the source below zero available', async () => {
    const t = await transfer(clerk, NORTH, SOUTH, 4);
    expect(t.status).toBe(201);
    const pick = await clerk.post(`/v1/stock-transfers/${t.body.id}/pick`, {});
    expect(pick.status).toBe(422);
    expect(pick.body.code).toBe('negative-available');
    expect((await clerk.get(`/v1/stock-transfers/${t.body.id}`)).body.status).toBe('requested');
    expect(await balance(NORTH)).toEqual({ onHand: 3, reserved: 0 });
    const cancelled = await clerk.post(`/v1/stock-transfers/${t.body.id}/cancel`, { reason: 'not there' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'not there' });
  });

  it('of two concurrent picks over the last units, exactly one succeeds', async () => {
    const a = (await transfer(clerk, NORTH, SOUTH, 3)).body.id as string;
    const b = (await transfer(clerk, NORTH, SOUTH, 3)).body.id as string;
    const results = await Promise.all([a, b].map((id) => clerk.post(`/v1/stock-transfers/${id}/pick`, {})));
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    expect(await balance(NORTH)).toEqual({ onHand: 3, reserved: 3 });
    // Cancelling the picked one gives the stock back.
    const winner = results[0]!.status === 200 ? a : b;
    expect((await clerk.post(`/v1/stock-transfers/${winner}/cancel`, {})).body.status).toBe('cancelled');
    expect(await balance(NORTH)).toEqual({ onHand: 3, reserved: 0 });
    expect(await ledgerMismatches(h.prisma)).toEqual([]);
  });

  it('hides transfers between other centres (404) and refuses to request them', async () => {
    const t = await transfer(clerk, OTHER, LOW, 2);
    expect(t.status).toBe(201);
    expect((await clerkS.get(`/v1/stock-transfers/${t.body.id}`)).status).toBe(404);
    expect((await clerkS.post(`/v1/stock-transfers/${t.body.id}/pick`, {})).status).toBe(404);
    expect((await clerkS.post(`/v1/stock-transfers/${t.body.id}/cancel`, {})).status).toBe(404);
    expect((await transfer(clerkS, OTHER, LOW, 1)).status).toBe(404);
    const mine = await clerkS.get('/v1/stock-transfers');
    expect(mine.body.items.map((x: { id: string }) => x.id)).not.toContain(t.body.id);
    expect(mine.body.items.map((x: { id: string }) => x.id)).toContain(transferId);
    const same = await clerk.post('/v1/stock-transfers', {
      fromLocationId: SOUTH,
      toLocationId: SOUTH,
      lines: [{ partId: pads, quantity: 1 }],
    });
    expect(same.status).toBe(422);
    expect(same.body.code).toBe('same-location');
  });
});
