// PII never reaches the logs: request lines, validation failures and server errors are logged
// at debug level here and searched for every piece of the customer's personal data.
import request from 'supertest';
import { erika, erikaPlaintext, idemKey } from './fixtures';
import { startHarness, type Harness } from './harness';

describe('logs', () => {
  let h: Harness;
  const logs: string[] = [];

  beforeAll(async () => {
    h = await startHarness('logging', { logs });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('carry no PII from registrations, searches, bad requests or failed reads', async () => {
    const advisor = await h.token(['service-advisor']);
    const created = await request(h.app)
      .post('/v1/customers')
      .set('Authorization', `Bearer ${advisor}`)
      .set('Idempotency-Key', idemKey())
      .send(erika);
    expect(created.status).toBe(201);
    await request(h.app)
      .get('/v1/customers?phone=%2B4915123456789&email=erika.mustermann%40example.de')
      .set('Authorization', `Bearer ${advisor}`)
      .expect(200);
    await request(h.app)
      .post('/v1/customers')
      .set('Authorization', `Bearer ${advisor}`)
      .set('Idempotency-Key', idemKey())
      .send({ ...erika, phone: 'Erika 0151' })
      .expect(400);
    await request(h.app)
      .post('/v1/customers')
      .set('Authorization', `Bearer ${advisor}`)
      .set('Content-Type', 'application/json')
      .send('{"name": "Erika Mustermann",')
      .expect(400);
    // A read that fails on the server (its data key was tampered with) logs the error, not the data.
    await h.prisma.customerDataKey.updateMany({ data: { wrappedKey: Buffer.alloc(60, 1) } });
    await request(h.app)
      .get(`/v1/customers/${created.body.id}`)
      .set('Authorization', `Bearer ${advisor}`)
      .expect(500);

    expect(logs.length).toBeGreaterThanOrEqual(5);
    const text = logs.join('\n').toLowerCase();
    expect(text).toContain('phone=%5bredacted%5d'); // the search was logged, its terms were not
    expect(text).toContain('decryptionerror'); // the failure was logged
    for (const plain of erikaPlaintext) expect(text).not.toContain(plain.toLowerCase());
  });
});
