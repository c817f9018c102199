// Vehicles against real PostgreSQL and Kafka: VIN validation and uniqueness per tenant, search by
// VIN, mileage that never decreases without a correction, ownership changes that keep history.
import { topicOf } from '@aftersales/contracts';
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

const VIN = '1M8GDM9AXKP042788';

describe('vehicles', () => {
  let h: Harness;
  let advisor: string;
  let ownerA: string;
  let ownerB: string;
  let vehicleId: string;

  beforeAll(async () => {
    h = await startHarness('vehicles');
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    const create = (n: number) =>
      request(h.app)
        .post('/v1/customers')
        .set('Authorization', `Bearer ${advisor}`)
        .set('Idempotency-Key', idemKey())
        .send(person(n));
    ownerA = (await create(1)).body.id;
    ownerB = (await create(2)).body.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const post = (path: string, body: object, token = advisor, headers: Record<string, string> = {}) =>
    request(h.app)
      .post(path)
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', idemKey())
      .set(headers)
      .send(body);
  const get = (path: string, token = advisor) =>
    request(h.app).get(path).set('Authorization', `Bearer ${token}`);
  const vehicle = (over: object = {}) => ({
    vin: VIN,
    make: 'Volkswagen',
    model: 'Golf',
    modelYear: 2019,
    ownerCustomerId: ownerA,
    mileageKm: 42_000,
    purchaseDate: '2019-05-02',
    warrantyEndsOn: '2021-05-02',
    ...over,
  });

  it('registers a vehicle with its owner and emits vehicle.registered', async () => {
    const res = await post('/v1/vehicles', vehicle({ vin: '1m8gdm9axk-p042788' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      vin: VIN,
      ownerCustomerId: ownerA,
      mileageKm: 42_000,
      purchaseDate: '2019-05-02',
      version: 1,
    });
    expect(res.body.mileageHistory).toEqual([
      expect.objectContaining({ mileageKm: 42_000, source: 'registration' }),
    ]);
    expect(res.body.ownershipHistory).toEqual([
      { customerId: ownerA, startedOn: '2019-05-02', endedOn: null, reason: 'registration' },
    ]);
    vehicleId = res.body.id;
    const events = await h.events(topicOf('vehicle.registered'));
    expect(events.find((e) => e.subject === vehicleId)?.data).toMatchObject({
      vehicleId,
      vin: VIN,
      make: 'Volkswagen',
      ownerCustomerId: ownerA,
      mileageKm: 42_000,
      warrantyEndsOn: '2021-05-02',
    });
  });

  it('refuses invalid VINs (check digit, length, letters I/O/Q) with a 400 naming body.vin, storing nothing', async () => {
    for (const vin of ['1M8GDM9A1KP042788', '1M8GDM9AXKP04278', '1M8GDM9AXKP04278O']) {
      const res = await post('/v1/vehicles', vehicle({ vin }));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.vin' })]);
    }
    expect((await post('/v1/vehicles', vehicle({ vin: '1HGCM82633A004352', modelYear: 1800 }))).status).toBe(
      400,
    );
    expect(await h.prisma.vehicle.count()).toBe(1);
  });

  it('refuses a duplicate VIN in the tenant with 409, but another tenant may register it', async () => {
    const dup = await post('/v1/vehicles', vehicle({ ownerCustomerId: ownerB }));
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:duplicate-vin',
      title: 'Conflict',
      status: 409,
      detail: `A vehicle with VIN ${VIN} is already registered.`,
      code: 'duplicate-vin',
      vin: VIN,
    });
    const other = await post(
      '/v1/vehicles',
      vehicle({ ownerCustomerId: null }),
      await h.token(['service-advisor'], { tenantId: 'tenant-b' }),
    );
    expect(other.status).toBe(201);
    expect(await h.prisma.vehicle.count({ where: { vin: VIN } })).toBe(2);
  });

  it('answers the loser of two concurrent registrations of one VIN with 409', async () => {
    const vin = '2HGES16515H591422';
    const results = await Promise.all([
      post('/v1/vehicles', vehicle({ vin, ownerCustomerId: null })),
      post('/v1/vehicles', vehicle({ vin, ownerCustomerId: null })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:duplicate-vin',
      code: 'duplicate-vin',
      vin,
    });
    expect(await h.prisma.vehicle.count({ where: { vin } })).toBe(1);
  });

  it('refuses an unknown owner (422) and unknown or foreign vehicle ids (404)', async () => {
    const res = await post(
      '/v1/vehicles',
      vehicle({ vin: '1HGCM82633A004352', ownerCustomerId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:unknown-reference',
      title: 'Business rule violated',
      status: 422,
      detail: 'No such customer.',
      code: 'unknown-reference',
      field: 'ownerCustomerId',
    });
    expect((await get('/v1/vehicles/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(
      (await get(`/v1/vehicles/${vehicleId}`, await h.token(['admin'], { tenantId: 'tenant-b' }))).status,
    ).toBe(404);
  });

  it('finds vehicles by VIN and by owner', async () => {
    const byVin = await get(`/v1/vehicles?vin=${VIN.toLowerCase()}`);
    expect(byVin.body.items.map((v: { id: string }) => v.id)).toEqual([vehicleId]);
    expect((await get(`/v1/vehicles?ownerCustomerId=${ownerA}`)).body.items).toHaveLength(1);
    expect((await get('/v1/vehicles?vin=11111111111111111')).body.items).toEqual([]);
    expect((await get('/v1/vehicles?vin=123')).status).toBe(400);
  });

  it('records rising mileage, refuses a lower reading, and accepts it as a correction with a reason', async () => {
    const up = await post(`/v1/vehicles/${vehicleId}/mileage`, { mileageKm: 45_500 }, advisor, {
      'If-Match': '"1"',
    });
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ mileageKm: 45_500, version: 2 });
    const down = await post(`/v1/vehicles/${vehicleId}/mileage`, { mileageKm: 4_550 });
    expect(down.status).toBe(422);
    expect(down.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:rule',
      status: 422,
      code: 'decreasing',
      currentMileageKm: 45_500,
    });
    expect(
      (await post(`/v1/vehicles/${vehicleId}/mileage`, { mileageKm: 45_600 }, advisor, { 'If-Match': '"1"' }))
        .status,
    ).toBe(412);
    const corrected = await post(`/v1/vehicles/${vehicleId}/mileage`, {
      mileageKm: 44_550,
      correctionReason: 'typo at reception',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.mileageKm).toBe(44_550);
    expect(
      corrected.body.mileageHistory.map((r: { mileageKm: number; source: string }) => [
        r.mileageKm,
        r.source,
      ]),
    ).toEqual([
      [42_000, 'registration'],
      [45_500, 'manual'],
      [44_550, 'correction'],
    ]);
    expect((await post(`/v1/vehicles/${vehicleId}/mileage`, { mileageKm: -1 })).status).toBe(400);
  });

  it('changes the owner, keeps the ownership history and emits vehicle.ownership-changed', async () => {
    const early = await post(`/v1/vehicles/${vehicleId}/ownership`, {
      newOwnerCustomerId: ownerB,
      effectiveOn: '2018-01-01',
      reason: 'sale',
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ status: 422, code: 'before-current-ownership' });
    const res = await post(`/v1/vehicles/${vehicleId}/ownership`, {
      newOwnerCustomerId: ownerB,
      effectiveOn: '2024-06-01',
      reason: 'sale',
    });
    expect(res.status).toBe(200);
    expect(res.body.ownerCustomerId).toBe(ownerB);
    expect(res.body.ownershipHistory).toEqual([
      { customerId: ownerA, startedOn: '2019-05-02', endedOn: '2024-06-01', reason: 'registration' },
      { customerId: ownerB, startedOn: '2024-06-01', endedOn: null, reason: 'sale' },
    ]);
    const same = await post(`/v1/vehicles/${vehicleId}/ownership`, {
      newOwnerCustomerId: ownerB,
      effectiveOn: '2024-07-01',
      reason: 'sale',
    });
    expect(same.status).toBe(422);
    expect(same.body).toMatchObject({ type: 'urn:aftersales:problem:customer:rule', code: 'same-owner' });
    const events = await h.events(topicOf('vehicle.ownership-changed'));
    expect(
      events.find((e) => e.type === 'vehicle.ownership-changed' && e.subject === vehicleId)?.data,
    ).toEqual({
      vehicleId,
      previousOwnerCustomerId: ownerA,
      newOwnerCustomerId: ownerB,
      effectiveOn: '2024-06-01',
      reason: 'sale',
    });
  });

  it('lets only service advisors register vehicles', async () => {
    expect(
      (await post('/v1/vehicles', vehicle({ vin: '1HGCM82633A004352' }), await h.token(['analyst']))).status,
    ).toBe(403);
  });
});
