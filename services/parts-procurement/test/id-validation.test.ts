// Stock location, centre and dealer ids are chosen by clients and reach analytics' CSV exports
// (docs/security.md, "CSV exports"): they must look like ids (service-kit's safeIdSchema). A
// formula start or a control character is a 400 naming the field, and nothing is stored; the
// demo's ids pass. Real PostgreSQL.
import { startHarness, uuid, type Harness } from './harness';

describe('ids in request bodies and paths', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('parts_ids');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a stock location, centre or dealer id starting like a formula (400)', async () => {
    const admin = await h.as(['admin']);
    const cases: [string, object, string][] = [
      ['loc-koeln', { centreId: '=HYPERLINK("http://x.test")' }, 'body.centreId'],
      ['loc-koeln', { centreId: 'centre-koeln', dealerId: '@SUM(A1)' }, 'body.dealerId'],
      [encodeURIComponent('-2+3'), { centreId: 'centre-koeln' }, 'params.id'],
      [encodeURIComponent('+loc'), { centreId: 'centre-koeln' }, 'params.id'],
    ];
    for (const [id, body, path] of cases) {
      const res = await admin.put(`/v1/stock-locations/${id}`, body);
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const clerk = await h.as(['parts-clerk']);
    const movement = await clerk.post('/v1/stock/movements', {
      kind: 'receipt',
      partId: uuid(),
      locationId: '=1+1',
      quantity: 1,
      reason: 'opening stock',
    });
    expect(movement.status).toBe(400);
    expect(movement.body.errors.map((e: { path: string }) => e.path)).toContain('body.locationId');
    expect(await h.prisma.stockLocation.count()).toBe(0);
  });

  it("accepts the demo's ids", async () => {
    const admin = await h.as(['admin']);
    const res = await admin.put('/v1/stock-locations/loc-koeln', { centreId: 'centre-koeln' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'loc-koeln', centreId: 'centre-koeln' });
  });
});
