// Client-chosen ids reach events and analytics' CSV exports (docs/security.md, "CSV exports"):
// a region, dealer, stock location or technician id must look like an id (service-kit's
// safeIdSchema). A formula start or a control character is a 400 naming the field, and nothing
// is stored; the demo's ids pass. Real PostgreSQL.
import { admin, as, centreBody, key, qualityManager, startHarness, type Harness } from './harness';

describe('ids in request bodies', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('repair_ids');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a region, dealer, stock location or technician id starting like a formula (400)', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ regionId: '=HYPERLINK("http://x.test")' }, 'body.regionId'],
      [{ dealerId: '+49' }, 'body.dealerId'],
      [{ stockLocationId: '@SUM(A1)' }, 'body.stockLocationId'],
      [{ technicians: [{ id: '-2+3', name: 'Eve' }] }, 'body.technicians[0].id'],
      [{ regionId: 'region\tsued' }, 'body.regionId'],
    ];
    for (const [over, path] of cases) {
      const res = await as(h.app, admin()).post('/v1/service-centres', centreBody(over), key());
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect(await h.prisma.serviceCentre.count()).toBe(0);

    const results = await as(h.app, qualityManager()).post(
      '/v1/certifications',
      {
        technicianId: '=1+1',
        centreId: '0b6f6c1e-6f1a-4c1e-9a53-6f1c7d1f2a10',
        certificationCode: 'HV-1',
        validUntil: '2027-01-01T00:00:00.000Z',
      },
      key(),
    );
    expect(results.status).toBe(400);
    expect(results.body.errors.map((e: { path: string }) => e.path)).toContain('body.technicianId');
  });

  it("accepts the demo's ids", async () => {
    const res = await as(h.app, admin()).post(
      '/v1/service-centres',
      centreBody({
        regionId: 'region-bayern',
        dealerId: 'dealer-bayern',
        stockLocationId: 'loc-muenchen',
        technicians: [{ id: 'tech-muenchen-4', name: 'Max' }],
      }),
      key(),
    );
    expect(res.status).toBe(201);
  });
});
