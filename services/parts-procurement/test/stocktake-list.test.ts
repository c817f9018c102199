// GET /v1/stocktakes: the sheets an approver has to find (counted, waiting for approval) without
// knowing their ids; filtered by status and location, only the caller's tenant, with variances.
import { startHarness, type Agent, type Harness } from './harness';

describe('stocktake list', () => {
  let h: Harness;
  let clerk: Agent;
  let officer: Agent;

  const newPart = async (partNumber: string) => {
    const r = await clerk.post('/v1/parts', {
      partNumber,
      description: `${partNumber} desc`,
      category: 'filters',
      unitOfMeasure: 'piece',
      fitment: [{ make: 'Skoda', model: 'Octavia', yearFrom: 2019 }],
      standardCost: { amountMinor: 1000, currency: 'EUR' },
    });
    expect(r.status).toBe(201);
    return r.body as { id: string };
  };
  const receive = async (partId: string, locationId: string, quantity: number) =>
    expect(
      (
        await clerk.post('/v1/stock/movements', {
          kind: 'receipt',
          partId,
          locationId,
          quantity,
          lotNumber: null,
          reason: 'opening stock',
        })
      ).status,
    ).toBe(201);

  beforeAll(async () => {
    h = await startHarness('parts_stocktake_list');
    clerk = await h.as(['parts-clerk']);
    officer = await h.as(['procurement-officer']);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('lists sheets by status and location, with variances, and none of another tenant', async () => {
    const part = await newPart('STL-1');
    await receive(part.id, 'loc-list-a', 5);
    await receive(part.id, 'loc-list-b', 2);
    const a = (await clerk.post('/v1/stocktakes', { locationId: 'loc-list-a' })).body as { id: string };
    const b = (await clerk.post('/v1/stocktakes', { locationId: 'loc-list-b' })).body as { id: string };
    await clerk.post(`/v1/stocktakes/${a.id}/counts`, { counts: [{ partId: part.id, countedQuantity: 4 }] });
    await clerk.post(`/v1/stocktakes/${b.id}/counts`, { counts: [{ partId: part.id, countedQuantity: 2 }] });
    const approved = await officer.post(`/v1/stocktakes/${b.id}/approval`);
    expect(approved.status).toBe(200);

    const counting = await officer.get('/v1/stocktakes?status=counting');
    expect(counting.status).toBe(200);
    expect(counting.body.items).toEqual([
      expect.objectContaining({
        id: a.id,
        locationId: 'loc-list-a',
        status: 'counting',
        variances: [expect.objectContaining({ partId: part.id, variance: -1 })],
        uncounted: [],
      }),
    ]);
    const atB = await clerk.get('/v1/stocktakes?locationId=loc-list-b');
    expect(atB.body.items.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      [b.id, 'approved'],
    ]);
    const paged = await clerk.get('/v1/stocktakes?limit=1');
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.nextCursor).toEqual(expect.any(String));
    const rest = await clerk.get(
      `/v1/stocktakes?limit=1&cursor=${encodeURIComponent(paged.body.nextCursor)}`,
    );
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.items[0].id).not.toBe(paged.body.items[0].id);

    const other = await h.as(['procurement-officer'], 'tenant-b');
    expect((await other.get('/v1/stocktakes')).body.items).toEqual([]);
    expect((await (await h.as(['technician'])).get('/v1/stocktakes')).status).toBe(403);
  });
});
