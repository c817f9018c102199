// Centre and dealer scope against real PostgreSQL and Kafka: a caller limited to centre A sees the
// customers and vehicles A serves (registered there, or a booking or repair order there, learnt
// from repair's events) and the surveys and follow-ups of A; centre B's answer 404 exactly as an
// unknown id does, lists leave them out, and writes to them are refused the same way. Callers
// with centres '*' keep the tenant-wide view.
import { randomUUID } from 'node:crypto';
import { createEvent } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

const A = 'centre-a';
const B = 'centre-b';

describe('centre and dealer scope', () => {
  let h: Harness;
  let advisor: string; // centres '*'
  let advisorA: string; // centre A only
  let dealerAdvisor: string; // dealer-1 only, no centre
  const ids: Record<string, string> = {};

  const post = (path: string, body: object, token: string) =>
    request(h.app)
      .post(path)
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', idemKey())
      .send(body);
  const get = (path: string, token: string) =>
    request(h.app).get(path).set('Authorization', `Bearer ${token}`);
  const listIds = async (path: string, token: string) =>
    ((await get(path, token)).body.items as { id: string }[]).map((i) => i.id).sort();

  let vinSeq = 0;
  const VINS = ['1HGCM82633A004352', '2HGES16515H591422', '5GZCZ43D13S812715', '1M8GDM9AXKP042788'];
  const vehicle = (over: object) => ({
    vin: VINS[vinSeq++],
    make: 'Skoda',
    model: 'Octavia',
    modelYear: 2020,
    mileageKm: 10_000,
    ...over,
  });
  const survey = (over: object) => ({
    repairOrderId: randomUUID(),
    channel: 'phone',
    scores: { product: 4, service: 5, purchase: 4 },
    nps: 9,
    ...over,
  });
  const repair = <T extends 'repair.order.opened' | 'repair.booking.created' | 'repair.order.delivered'>(
    type: T,
    data: object,
  ) =>
    createEvent(type, {
      producer: 'repair',
      tenantId: 'tenant-a',
      subject: randomUUID(),
      data: data as never,
    });

  beforeAll(async () => {
    h = await startHarness('scope', { consumer: true });
    advisor = await h.token(['service-advisor'], { userId: 'advisor-all' });
    advisorA = await h.token(['service-advisor'], { userId: 'advisor-a', centreIds: [A], dealerIds: [] });
    dealerAdvisor = await h.token(['service-advisor'], {
      userId: 'advisor-d',
      centreIds: [],
      dealerIds: ['dealer-1'],
    });
    const made = async (name: string, body: object, token = advisor, path = '/v1/customers') => {
      const res = await post(path, body, token);
      expect(res.status).toBe(201);
      ids[name] = res.body.id as string;
    };
    await made('custA', person(1, { centreId: A }));
    await made('custB', person(2, { centreId: B }));
    await made('custDealer', person(3, { dealerId: 'dealer-1' }));
    await made('custNowhere', person(4));
    await made('vehA', vehicle({ ownerCustomerId: ids.custA, centreId: A }), advisor, '/v1/vehicles');
    await made('vehB', vehicle({ ownerCustomerId: ids.custB, centreId: B }), advisor, '/v1/vehicles');
    await made('vehDealer', vehicle({ ownerCustomerId: ids.custDealer }), advisor, '/v1/vehicles');
    await made(
      'surveyA',
      survey({ customerId: ids.custA, vehicleId: ids.vehA, centreId: A }),
      advisor,
      '/v1/surveys',
    );
    await made(
      'surveyB',
      survey({ customerId: ids.custB, vehicleId: ids.vehB, centreId: B }),
      advisor,
      '/v1/surveys',
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it("answers 404 for centre B's customer, vehicle and survey, exactly as for an unknown id", async () => {
    for (const [path, own] of [
      [`/v1/customers/${ids.custB}`, `/v1/customers/${ids.custA}`],
      [`/v1/vehicles/${ids.vehB}`, `/v1/vehicles/${ids.vehA}`],
      [`/v1/surveys/${ids.surveyB}`, `/v1/surveys/${ids.surveyA}`],
    ] as const) {
      const hidden = await get(path, advisorA);
      const unknown = await get(path.replace(/[^/]+$/, randomUUID()), advisorA);
      expect(hidden.status).toBe(404);
      const { instance: _i, requestId: _r, ...same } = unknown.body as Record<string, unknown>;
      expect(hidden.body).toMatchObject(same);
      expect((await get(own, advisorA)).status).toBe(200);
      expect((await get(path, advisor)).status).toBe(200);
    }
  });

  it("lists only centre A's customers, vehicles and surveys", async () => {
    expect(await listIds('/v1/customers?limit=100', advisorA)).toEqual([ids.custA]);
    expect(await listIds('/v1/vehicles?limit=100', advisorA)).toEqual([ids.vehA]);
    expect(await listIds('/v1/surveys?limit=100', advisorA)).toEqual([ids.surveyA]);
    expect(await listIds(`/v1/surveys?centreId=${B}`, advisorA)).toEqual([]);
    expect(await listIds(`/v1/vehicles?vin=${VINS[1]}`, advisorA)).toEqual([]);
    // Tenant-wide callers see everything, as before.
    expect(await listIds('/v1/customers?limit=100', advisor)).toHaveLength(4);
    expect(await listIds('/v1/vehicles?limit=100', advisor)).toHaveLength(3);
    expect(await listIds('/v1/surveys?limit=100', advisor)).toHaveLength(2);
  });

  it("refuses writes to centre B's records as if they did not exist", async () => {
    const patch = await request(h.app)
      .patch(`/v1/customers/${ids.custB}`)
      .set('Authorization', `Bearer ${advisorA}`)
      .set('If-Match', '"1"')
      .send({ name: 'Changed' });
    expect(patch.status).toBe(404);
    expect((await post(`/v1/vehicles/${ids.vehB}/mileage`, { mileageKm: 20_000 }, advisorA)).status).toBe(
      404,
    );
    expect(
      (
        await post(
          `/v1/vehicles/${ids.vehB}/ownership`,
          { newOwnerCustomerId: ids.custA, effectiveOn: '2026-12-01', reason: 'sale' },
          advisorA,
        )
      ).status,
    ).toBe(404);
    // B's customer cannot be named as an owner or surveyed; B's centre cannot be surveyed for.
    const sold = await post(
      `/v1/vehicles/${ids.vehA}/ownership`,
      { newOwnerCustomerId: ids.custB, effectiveOn: '2026-12-01', reason: 'sale' },
      advisorA,
    );
    expect(sold.status).toBe(422);
    expect(sold.body.field).toBe('ownerCustomerId');
    const atB = await post(
      '/v1/surveys',
      survey({ customerId: ids.custA, vehicleId: ids.vehA, centreId: B }),
      advisorA,
    );
    expect(atB.status).toBe(422);
    expect(atB.body.field).toBe('centreId');
    const ofB = await post(
      '/v1/surveys',
      survey({ customerId: ids.custB, vehicleId: ids.vehA, centreId: A }),
      advisorA,
    );
    expect(ofB.status).toBe(422);
    expect(ofB.body.field).toBe('customerId');
    expect((await h.prisma.vehicle.findUniqueOrThrow({ where: { id: ids.vehB } })).version).toBe(1);
  });

  it('registers new customers and vehicles at the caller centre, and refuses a centre outside scope', async () => {
    const mine = await post('/v1/customers', person(5), advisorA);
    expect(mine.status).toBe(201);
    expect((await get(`/v1/customers/${mine.body.id}`, advisorA)).status).toBe(200);
    expect(await h.prisma.customerCentre.findMany({ where: { customerId: mine.body.id } })).toMatchObject([
      { centreId: A, source: 'registration' },
    ]);
    const car = await post('/v1/vehicles', vehicle({ ownerCustomerId: mine.body.id }), advisorA);
    expect(car.status).toBe(201);
    expect((await get(`/v1/vehicles/${car.body.id}`, advisorA)).status).toBe(200);
    const elsewhere = await post('/v1/customers', person(6, { centreId: B }), advisorA);
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.field).toBe('centreId');
    const twoCentres = await h.token(['service-advisor'], { centreIds: [A, 'centre-c'], dealerIds: [] });
    const unnamed = await post('/v1/customers', person(7), twoCentres);
    expect(unnamed.status).toBe(422);
    expect(unnamed.body.code).toBe('centre-required');
  });

  it('learns the centres that serve a customer and vehicle from bookings and repair orders', async () => {
    expect((await get(`/v1/customers/${ids.custNowhere}`, advisorA)).status).toBe(404);
    expect((await get(`/v1/vehicles/${ids.vehDealer}`, advisorA)).status).toBe(404);
    const opened = repair('repair.order.opened', {
      repairOrderId: randomUUID(),
      orderNumber: 'RO-1',
      centreId: A,
      centreType: 'regional-centre',
      regionId: 'region-1',
      customerId: ids.custDealer,
      vehicleId: ids.vehDealer,
      origin: 'walk-in',
      bookingId: null,
      rescueId: null,
      serviceType: 'repair',
      mileageKm: 11_000,
      fuelLevelPercent: 40,
      symptomSystems: [],
      damageNoted: false,
      emergencyMode: false,
    });
    const booked = repair('repair.booking.created', {
      bookingId: randomUUID(),
      centreId: A,
      regionId: 'region-1',
      customerId: ids.custNowhere,
      vehicleId: randomUUID(), // a vehicle this service does not know: nothing to link
      channel: 'phone',
      serviceType: 'maintenance',
      slotStart: '2026-12-10T08:00:00.000Z',
      slotEnd: '2026-12-10T10:00:00.000Z',
      bayId: null,
      estimatedLabourHours: 2,
      overflowFromCentreId: null,
    });
    await h.producer.publish([{ event: opened }, { event: booked }]);
    await waitFor(
      async () =>
        (await h.prisma.inboxMessage.count({ where: { eventId: { in: [opened.id, booked.id] } } })) === 2 ||
        undefined,
      'booking and order handled',
    );
    expect((await get(`/v1/customers/${ids.custNowhere}`, advisorA)).status).toBe(200);
    expect((await get(`/v1/customers/${ids.custDealer}`, advisorA)).status).toBe(200);
    expect((await get(`/v1/vehicles/${ids.vehDealer}`, advisorA)).status).toBe(200);
    expect((await get(`/v1/customers/${ids.custB}`, advisorA)).status).toBe(404);
  });

  it("hides centre B's follow-ups and refuses their outcome", async () => {
    const orderId = randomUUID();
    const delivered = repair('repair.order.delivered', {
      repairOrderId: orderId,
      centreId: B,
      customerId: ids.custB,
      vehicleId: ids.vehB,
      mileageKm: 12_000,
      nextMaintenance: { dueMileageKm: null, dueOn: null },
      deliveredBy: 'advisor-b',
    });
    await h.producer.publish([{ event: delivered }]);
    const followUp = await waitFor(
      async () => (await h.prisma.followUp.findFirst({ where: { repairOrderId: orderId } })) ?? undefined,
      'follow-up at B',
    );
    expect((await get(`/v1/follow-ups/${followUp.id}`, advisorA)).status).toBe(404);
    expect(await listIds('/v1/follow-ups?limit=100', advisorA)).toEqual([]);
    expect(
      (await post(`/v1/follow-ups/${followUp.id}/outcome`, { outcome: 'satisfied' }, advisorA)).status,
    ).toBe(404);
    expect((await get(`/v1/follow-ups/${followUp.id}`, advisor)).status).toBe(200);
    expect((await h.prisma.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe(
      'SCHEDULED',
    );
  });

  it("gives a dealer-level caller the dealer's customers and their vehicles, not other centres'", async () => {
    expect(await listIds('/v1/customers?limit=100', dealerAdvisor)).toEqual([ids.custDealer]);
    expect(await listIds('/v1/vehicles?limit=100', dealerAdvisor)).toEqual([ids.vehDealer]);
    expect((await get(`/v1/vehicles/${ids.vehA}`, dealerAdvisor)).status).toBe(404);
    expect((await get(`/v1/surveys/${ids.surveyA}`, dealerAdvisor)).status).toBe(404);
  });
});
