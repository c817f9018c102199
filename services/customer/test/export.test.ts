// The self-service data export on real PostgreSQL and Kafka: everything the customer service holds
// about the signed-in customer (record and survey comments decrypted, consents, vehicles with the
// part of their history that was the customer's, follow-ups, invitations, erasure requests,
// sign-ins, who read their data), audited like GET /v1/me, and nothing about another customer.
import { randomUUID } from 'node:crypto';
import { createEvent } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

describe('self-service: data export', () => {
  let h: Harness;
  let advisor: string;
  const customers: Record<'a' | 'b', string> = { a: '', b: '' };
  const tokens: Record<'a' | 'b', string> = { a: '', b: '' };
  let soldVehicle: string;
  let ownVehicle: string;
  const deliveredOrder = randomUUID();
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

  const as = (token: string) => ({
    post: (path: string, body: object = {}) =>
      request(h.app)
        .post(path)
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', idemKey())
        .send(body),
    get: (path: string) => request(h.app).get(path).set('Authorization', `Bearer ${token}`),
  });

  beforeAll(async () => {
    h = await startHarness('me_export', { consumer: true });
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    const staff = as(advisor);
    for (const [who, n] of [
      ['a', 1],
      ['b', 2],
    ] as const) {
      const res = await staff.post('/v1/customers', person(n));
      expect(res.status).toBe(201);
      customers[who] = res.body.id;
      tokens[who] = await h.token(['customer'], { userId: res.body.id, dealerIds: [], centreIds: [] });
    }
    // A owned this car since 2025 and sold it to B yesterday; B's reading today is B's data.
    soldVehicle = (
      await staff.post('/v1/vehicles', {
        vin: '1M8GDM9AXKP042788',
        make: 'Skoda',
        model: 'Octavia',
        modelYear: 2019,
        ownerCustomerId: customers.a,
        mileageKm: 40_000,
        purchaseDate: '2025-01-01',
      })
    ).body.id;
    await h.prisma.mileageReading.updateMany({
      where: { vehicleId: soldVehicle },
      data: { recordedAt: new Date('2025-06-01T10:00:00.000Z') },
    });
    const sale = await staff.post(`/v1/vehicles/${soldVehicle}/ownership`, {
      newOwnerCustomerId: customers.b,
      effectiveOn: yesterday,
      reason: 'sale',
    });
    expect(sale.status).toBe(200);
    expect((await staff.post(`/v1/vehicles/${soldVehicle}/mileage`, { mileageKm: 77_777 })).status).toBe(200);
    ownVehicle = (
      await staff.post('/v1/vehicles', {
        vin: '1HGCM82633A004352',
        make: 'Volkswagen',
        model: 'Golf',
        modelYear: 2022,
        ownerCustomerId: customers.a,
        mileageKm: 10_000,
      })
    ).body.id;

    // A delivery: follow-ups and a survey invitation for A.
    const event = createEvent('repair.order.delivered', {
      producer: 'repair',
      tenantId: 'tenant-a',
      subject: deliveredOrder,
      occurredAt: new Date(),
      data: {
        repairOrderId: deliveredOrder,
        centreId: 'centre-1',
        customerId: customers.a,
        vehicleId: ownVehicle,
        mileageKm: 11_000,
        nextMaintenance: { dueMileageKm: null, dueOn: null },
        deliveredBy: 'advisor-1',
      },
    });
    await h.producer.publish([{ event }]);
    await waitFor(
      async () => (await h.prisma.inboxMessage.count({ where: { eventId: event.id } })) === 1 || undefined,
      'the delivery handled',
    );

    // Surveys with comments for both; B's must not show in A's export.
    const survey = (who: 'a' | 'b', vehicleId: string, comment: string) =>
      staff.post('/v1/surveys', {
        repairOrderId: randomUUID(),
        customerId: customers[who],
        vehicleId,
        centreId: 'centre-1',
        channel: 'phone',
        scores: { product: 4, service: 5, purchase: 4 },
        nps: 8,
        comment,
      });
    expect((await survey('a', ownVehicle, 'Great work on the brakes')).status).toBe(201);
    expect((await survey('b', soldVehicle, 'B secret remark')).status).toBe(201);

    expect((await as(tokens.a).post('/v1/me/erasure-request', { reason: 'Thinking about it' })).status).toBe(
      202,
    );
    const gateway = await h.token(['gateway'], { userId: 'api-gateway', dealerIds: [], centreIds: [] });
    expect(
      (await as(gateway).post('/v1/sign-in-challenges', { contact: 'customer1@example.com' })).status,
    ).toBe(202);
    // Staff read A's record: the export names who and why.
    expect((await staff.get(`/v1/customers/${customers.a}`)).status).toBe(200);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("exports everything about the signed-in customer, decrypted, and nothing of another customer's", async () => {
    const res = await as(tokens.a).get('/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const x = res.body;
    expect(x).toMatchObject({
      service: 'customer',
      customerId: customers.a,
      exportedAt: expect.any(String),
      customer: {
        id: customers.a,
        piiAccess: 'decrypted',
        name: 'Customer Number1',
        email: 'customer1@example.com',
      },
      consents: {
        marketing: { given: false, changedAt: expect.any(String) },
        dataProcessing: { given: true, changedAt: expect.any(String) },
      },
    });
    expect(x.centres).toEqual([expect.objectContaining({ centreId: 'centre-1', source: 'repair-order' })]);

    const sold = x.vehicles.find((v: { id: string }) => v.id === soldVehicle);
    expect(sold).toMatchObject({
      currentOwner: false,
      mileageKm: 40_000,
      ownershipHistory: [{ startedOn: '2025-01-01', endedOn: yesterday, reason: 'registration' }],
      mileageHistory: [expect.objectContaining({ mileageKm: 40_000, source: 'registration' })],
    });
    const own = x.vehicles.find((v: { id: string }) => v.id === ownVehicle);
    expect(own).toMatchObject({ currentOwner: true, mileageKm: 11_000, make: 'Volkswagen', model: 'Golf' });
    expect(own.mileageHistory.map((r: { mileageKm: number }) => r.mileageKm)).toEqual([10_000, 11_000]);

    expect(x.surveys).toEqual([
      expect.objectContaining({ comment: 'Great work on the brakes', nps: 8, vehicleId: ownVehicle }),
    ]);
    expect(x.followUps.map((f: { repairOrderId: string }) => f.repairOrderId)).toEqual([deliveredOrder]);
    expect(x.surveyInvitations).toEqual([
      expect.objectContaining({ repairOrderId: deliveredOrder, vehicleId: ownVehicle, answeredAt: null }),
    ]);
    expect(x.erasureRequests).toEqual([
      expect.objectContaining({ status: 'pending', reason: 'Thinking about it' }),
    ]);
    expect(x.signInChallenges).toEqual([expect.objectContaining({ channel: 'email', verifiedAt: null })]);
    const reads = x.piiAccessLog.map((a: { userId: string; purpose: string }) => `${a.userId} ${a.purpose}`);
    expect(reads).toEqual(
      expect.arrayContaining(['advisor-1 GET /v1/customers/:id', `${customers.a} GET /v1/me/export`]),
    );

    // Nothing about B: not their name, contact, comment, reading of the car they bought, or id.
    const text = JSON.stringify(x);
    for (const other of [
      'Customer Number2',
      'customer2@example.com',
      '10000002',
      'B secret',
      '77777',
      customers.b,
    ])
      expect(text).not.toContain(other);
  });

  it('audits the export as a read of the customer’s PII and is closed to staff', async () => {
    const audit = await h.prisma.piiAccessLog.findMany({
      where: { customerId: customers.a, userId: customers.a },
    });
    expect(audit.map((a) => a.purpose)).toContain('GET /v1/me/export');
    expect((await as(advisor).get('/v1/me/export')).status).toBe(403);
    expect((await as(await h.token(['admin'])).get('/v1/me/export')).status).toBe(403);
  });

  it('exports an erased customer without their personal data', async () => {
    const admin = await h.token(['admin']);
    expect(
      (await as(admin).post(`/v1/customers/${customers.b}/erasure`, { basis: 'customer-request' })).status,
    ).toBe(200);
    const res = await as(tokens.b).get('/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.body.customer).toMatchObject({ status: 'erased', name: null });
    expect(res.body.surveys).toEqual([expect.objectContaining({ comment: null })]);
    expect(JSON.stringify(res.body)).not.toContain('B secret');
  });
});
