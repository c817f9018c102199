// Erasure (crypto-shredding) against real PostgreSQL and Kafka: the data key and blind indexes
// go, the PII can no longer be decrypted by anyone, non-personal history stays linked by id, and
// customer.erased tells the other services.
import { randomUUID } from 'node:crypto';
import { topicOf } from '@aftersales/contracts';
import { Client } from 'pg';
import request from 'supertest';
import { DecryptionError, open } from '../src/domain/crypto/aes-gcm';
import { aad } from '../src/domain/crypto/pii-cipher';
import { loadDataKey } from '../src/application/vault';
import { erika, idemKey } from './fixtures';
import { startHarness, type Harness } from './harness';

describe('erasure', () => {
  let h: Harness;
  let admin: string;
  let advisor: string;
  let customerId: string;
  let vehicleId: string;
  let surveyId: string;

  beforeAll(async () => {
    h = await startHarness('erasure');
    admin = await h.token(['admin'], { userId: 'admin-1' });
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    const post = (path: string, body: object) =>
      request(h.app)
        .post(path)
        .set('Authorization', `Bearer ${advisor}`)
        .set('Idempotency-Key', idemKey())
        .send(body);
    customerId = (await post('/v1/customers', erika)).body.id;
    vehicleId = (
      await post('/v1/vehicles', {
        vin: '5GZCZ43D13S812715',
        make: 'Saturn',
        model: 'Vue',
        modelYear: 2003,
        ownerCustomerId: customerId,
        mileageKm: 90_000,
      })
    ).body.id;
    surveyId = (
      await post('/v1/surveys', {
        repairOrderId: randomUUID(),
        customerId,
        vehicleId,
        centreId: 'centre-1',
        channel: 'email',
        scores: { product: 5, service: 5, purchase: 4 },
        nps: 10,
        comment: 'Thanks, Erika',
      })
    ).body.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const rawCustomer = async () => {
    const pg = new Client({ connectionString: h.db.url });
    await pg.connect();
    try {
      const customer = (await pg.query('SELECT * FROM customer WHERE id = $1', [customerId])).rows[0];
      const keys = (await pg.query('SELECT * FROM customer_data_key WHERE customer_id = $1', [customerId]))
        .rows;
      return { customer, keys };
    } finally {
      await pg.end();
    }
  };

  it('only admins may erase', async () => {
    const res = await request(h.app)
      .post(`/v1/customers/${customerId}/erasure`)
      .set('Authorization', `Bearer ${advisor}`)
      .send({});
    expect(res.status).toBe(403);
  });

  it('destroys the data key and indexes so the PII cannot be decrypted, and emits customer.erased', async () => {
    const before = await rawCustomer();
    expect(before.keys).toHaveLength(1);
    const keyBefore = h.deps.keyring.unwrap(
      { masterKeyId: before.keys[0].master_key_id, wrapped: before.keys[0].wrapped_key },
      aad.dataKey('tenant-a', customerId),
    );
    expect(open(keyBefore, before.customer.pii_ciphertext, aad.pii(customerId)).toString()).toContain(
      'Mustermann',
    );

    const res = await request(h.app)
      .post(`/v1/customers/${customerId}/erasure`)
      .set('Authorization', `Bearer ${admin}`)
      .set('If-Match', '"1"')
      .send({ basis: 'customer-request' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: customerId,
      status: 'erased',
      piiAccess: 'erased',
      name: null,
      phone: null,
      email: null,
      erasureBasis: 'customer-request',
      version: 2,
    });

    const after = await rawCustomer();
    expect(after.keys).toEqual([]); // crypto-shredded: no wrapped key left for any master key to open
    expect(after.customer.phone_index).toBeNull();
    expect(after.customer.email_index).toBeNull();
    expect(await loadDataKey(h.deps, h.prisma, 'tenant-a', customerId)).toBeNull();
    // The ciphertext left behind is noise: no key the service holds opens it.
    expect(() =>
      open(
        h.deps.cipher.newCustomerKey('tenant-a', customerId).dataKey,
        after.customer.pii_ciphertext,
        aad.pii(customerId),
      ),
    ).toThrow(DecryptionError);

    const erased = (await h.events(topicOf('customer.erased'))).find(
      (e) => e.type === 'customer.erased' && e.subject === customerId,
    )!;
    expect(erased.data).toEqual({ customerId, basis: 'customer-request', vehicleIds: [vehicleId] });
  });

  it('reads the customer as erased for every role, finds nothing by phone or e-mail, and writes no audit row', async () => {
    const audits = await h.prisma.piiAccessLog.count();
    const res = await request(h.app)
      .get(`/v1/customers/${customerId}`)
      .set('Authorization', `Bearer ${advisor}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'erased',
      piiAccess: 'erased',
      name: null,
      address: null,
      idNumbers: null,
    });
    const byPhone = await request(h.app)
      .get('/v1/customers?phone=%2B4915123456789')
      .set('Authorization', `Bearer ${advisor}`);
    expect(byPhone.body.items).toEqual([]);
    const byEmail = await request(h.app)
      .get('/v1/customers?email=erika.mustermann%40example.de')
      .set('Authorization', `Bearer ${advisor}`);
    expect(byEmail.body.items).toEqual([]);
    expect(await h.prisma.piiAccessLog.count()).toBe(audits);
  });

  it('keeps non-personal history linked by id: the vehicle, the survey scores (its comment is shredded too)', async () => {
    const vehicle = await request(h.app)
      .get(`/v1/vehicles/${vehicleId}`)
      .set('Authorization', `Bearer ${advisor}`);
    expect(vehicle.body).toMatchObject({ ownerCustomerId: customerId, mileageKm: 90_000 });
    const survey = await request(h.app)
      .get(`/v1/surveys/${surveyId}`)
      .set('Authorization', `Bearer ${advisor}`);
    expect(survey.body).toMatchObject({
      customerId,
      scores: { product: 5, service: 5, purchase: 4 },
      nps: 10,
      comment: null,
      commentAccess: 'erased',
    });
  });

  it('refuses changes and a second erasure of an erased customer with 409', async () => {
    const patch = await request(h.app)
      .patch(`/v1/customers/${customerId}`)
      .set('Authorization', `Bearer ${advisor}`)
      .set('If-Match', '"2"')
      .send({ name: 'Back again' });
    expect(patch.status).toBe(409);
    expect(patch.body).toMatchObject({ type: 'urn:aftersales:problem:customer:erased', command: 'update' });
    const again = await request(h.app)
      .post(`/v1/customers/${customerId}/erasure`)
      .set('Authorization', `Bearer ${admin}`)
      .send({});
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:erased',
      title: 'Command not allowed in the current state',
      status: 409,
      detail: "This customer's personal data was erased.",
      code: 'customer-erased',
      aggregate: 'customer',
      currentStatus: 'erased',
      command: 'erase',
      allowedCommands: [],
    });
  });

  it('answers 404 for unknown customers and other tenants', async () => {
    expect(
      (
        await request(h.app)
          .post(`/v1/customers/${randomUUID()}/erasure`)
          .set('Authorization', `Bearer ${admin}`)
          .send({})
      ).status,
    ).toBe(404);
  });
});
