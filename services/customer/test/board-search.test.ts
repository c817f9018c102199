// The service desk's board and search against real PostgreSQL: registration numbers (set on
// registration and later with If-Match, searched without separators), batch reads of vehicles
// and customers by ids (names masked for roles without PII access), and the name-word blind index
// kept on registration, change and erasure.
import { topicOf } from '@aftersales/contracts';
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

describe('board and search', () => {
  let h: Harness;
  let advisor: string;
  let technician: string;
  let admin: string;
  let jurgen: string;
  let anna: string;
  let golf: string;

  const post = (path: string, body: object, token = advisor) =>
    request(h.app)
      .post(path)
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', idemKey())
      .send(body);
  const get = (path: string, token = advisor) =>
    request(h.app).get(path).set('Authorization', `Bearer ${token}`);
  const patch = (path: string, body: object, ifMatch?: string, token = advisor) => {
    const r = request(h.app).patch(path).set('Authorization', `Bearer ${token}`);
    return (ifMatch ? r.set('If-Match', ifMatch) : r).send(body);
  };
  const vehicle = (vin: string, over: object = {}) => ({
    vin,
    make: 'Volkswagen',
    model: 'Golf',
    modelYear: 2021,
    mileageKm: 12_000,
    ...over,
  });

  beforeAll(async () => {
    h = await startHarness('board_search');
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    technician = await h.token(['technician'], { userId: 'tech-1' });
    admin = await h.token(['admin'], { userId: 'admin-1' });
    jurgen = (await post('/v1/customers', person(1, { name: 'Jürgen Müller-Lüdenscheidt' }))).body.id;
    anna = (await post('/v1/customers', person(2, { name: 'Anna Müller' }))).body.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('registers a vehicle with its plate, shows it as entered and emits it', async () => {
    const res = await post(
      '/v1/vehicles',
      vehicle('WVWZZZ1KZAW000001', { ownerCustomerId: jurgen, registrationNumber: '  k-ab 1234 ' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.registrationNumber).toBe('K-AB 1234');
    golf = res.body.id;
    expect((await get(`/v1/vehicles/${golf}`)).body.registrationNumber).toBe('K-AB 1234');
    const events = await h.events(topicOf('vehicle.registered'));
    expect(events.find((e) => e.subject === golf)?.data).toMatchObject({ registrationNumber: 'K-AB 1234' });
  });

  it('registers without a plate (null in the view and the event) and refuses a bad one', async () => {
    const res = await post('/v1/vehicles', vehicle('WVWZZZ1KZAW000002'));
    expect(res.status).toBe(201);
    expect(res.body.registrationNumber).toBeNull();
    const events = await h.events(topicOf('vehicle.registered'));
    expect(events.find((e) => e.subject === res.body.id)?.data).toMatchObject({ registrationNumber: null });

    const long = await post(
      '/v1/vehicles',
      vehicle('WVWZZZ1KZAW000003', { registrationNumber: 'ABCDEFGHIJ1234567' }),
    );
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body.errors)).toContain('registrationNumber');
    const odd = await post('/v1/vehicles', vehicle('WVWZZZ1KZAW000003', { registrationNumber: 'K<AB>1' }));
    expect(odd.status).toBe(400);
  });

  it('finds a vehicle by its plate without spaces, dashes or case', async () => {
    for (const plate of ['K-AB 1234', 'kab1234', 'K AB-1234']) {
      const res = await get(`/v1/vehicles?plate=${encodeURIComponent(plate)}`);
      expect(res.status).toBe(200);
      expect(res.body.items.map((v: { id: string }) => v.id)).toEqual([golf]);
    }
    expect((await get('/v1/vehicles?plate=KAB123')).body.items).toEqual([]);
  });

  it('sets and clears the plate later with If-Match', async () => {
    const other = (await post('/v1/vehicles', vehicle('WVWZZZ1KZAW000004'))).body;
    expect((await patch(`/v1/vehicles/${other.id}`, { registrationNumber: 'M-XY 9' })).status).toBe(428);
    expect((await patch(`/v1/vehicles/${other.id}`, { registrationNumber: 'M-XY 9' }, '"7"')).status).toBe(
      412,
    );
    expect(
      (
        await patch(
          `/v1/vehicles/${other.id}`,
          { registrationNumber: 'M-XY 9' },
          `"${other.version}"`,
          technician,
        )
      ).status,
    ).toBe(403);
    const set = await patch(
      `/v1/vehicles/${other.id}`,
      { registrationNumber: 'm-xy 9' },
      `"${other.version}"`,
    );
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ registrationNumber: 'M-XY 9', version: other.version + 1 });
    expect(set.headers.etag).toBe(`"${other.version + 1}"`);
    expect((await get('/v1/vehicles?plate=mxy9')).body.items.map((v: { id: string }) => v.id)).toEqual([
      other.id,
    ]);

    const cleared = await patch(`/v1/vehicles/${other.id}`, { registrationNumber: null }, set.headers.etag);
    expect(cleared.status).toBe(200);
    expect(cleared.body.registrationNumber).toBeNull();
    expect((await get('/v1/vehicles?plate=mxy9')).body.items).toEqual([]);
  });

  it('reads vehicles by ids in one call, all of them on one page', async () => {
    const ids: string[] = [golf];
    for (let n = 10; n < 13; n++)
      ids.push((await post('/v1/vehicles', vehicle(`WVWZZZ1KZAW0000${n}`))).body.id);
    const res = await get(`/v1/vehicles?ids=${ids.join(',')}&limit=2`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((v: { id: string }) => v.id).sort()).toEqual([...ids].sort());
    expect(res.body.nextCursor).toBeNull();
    const tooMany = Array.from(
      { length: 101 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    expect((await get(`/v1/vehicles?ids=${tooMany.join(',')}`)).status).toBe(400);
    expect((await get('/v1/vehicles?ids=not-a-uuid')).status).toBe(400);
  });

  it('reads customers by ids: names for the advisor, masked exactly as the single read for a technician', async () => {
    const asAdvisor = await get(`/v1/customers?ids=${jurgen},${anna}`);
    expect(asAdvisor.status).toBe(200);
    expect(asAdvisor.body.items.map((c: { name: string }) => c.name).sort()).toEqual([
      'Anna Müller',
      'Jürgen Müller-Lüdenscheidt',
    ]);
    const asTechnician = await get(`/v1/customers?ids=${jurgen},${anna}`, technician);
    expect(asTechnician.status).toBe(200);
    const single = (await get(`/v1/customers/${jurgen}`, technician)).body;
    const batch = asTechnician.body.items.find((c: { id: string }) => c.id === jurgen);
    expect(batch).toEqual(single);
    expect(batch).toMatchObject({ piiAccess: 'masked', name: '***', phone: '***' });
    expect(JSON.stringify(asTechnician.body)).not.toContain('Müller');
  });

  it('finds customers by a word of their name, ignoring case and accents', async () => {
    const ids = async (q: string) =>
      ((await get(`/v1/customers?name=${encodeURIComponent(q)}`)).body.items as { id: string }[])
        .map((c) => c.id)
        .sort();
    expect(await ids('müller')).toEqual([jurgen, anna].sort());
    expect(await ids('MULLER')).toEqual([jurgen, anna].sort());
    expect(await ids('jurgen')).toEqual([jurgen]);
    expect(await ids('Anna Müller')).toEqual([anna]);
    expect(await ids('lüdenscheidt')).toEqual([jurgen]);
    expect(await ids('mül')).toEqual([]); // whole words only
    expect((await get('/v1/customers?name=%20-%20')).status).toBe(400);
    // The index holds digests, never the words.
    const rows = await h.prisma.customerNameToken.findMany({ where: { customerId: jurgen } });
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows).toLowerCase()).not.toMatch(/m(ü|u)ller|jurgen|jürgen/);
  });

  it('follows a name change and forgets the name on erasure', async () => {
    const current = (await get(`/v1/customers/${anna}`)).body;
    const changed = await patch(`/v1/customers/${anna}`, { name: 'Anna Schmidt' }, `"${current.version}"`);
    expect(changed.status).toBe(200);
    const ids = async (q: string) =>
      ((await get(`/v1/customers?name=${encodeURIComponent(q)}`)).body.items as { id: string }[]).map(
        (c) => c.id,
      );
    expect(await ids('schmidt')).toEqual([anna]);
    expect(await ids('müller')).toEqual([jurgen]);

    const erased = await post(`/v1/customers/${jurgen}/erasure`, {}, admin);
    expect(erased.status).toBe(200);
    expect(await ids('müller')).toEqual([]);
    expect(await h.prisma.customerNameToken.count({ where: { customerId: jurgen } })).toBe(0);
  });
});
