// Customers' own erasure requests on real PostgreSQL and Kafka: a customer asks (202; asking
// again while pending returns that request, 200), their reason is sealed under their data key;
// an administrator lists them, completes one (the customer erased, basis customer-request,
// customer.erased emitted) or rejects one with a reason the customer reads. Roles are kept apart.
import { topicOf } from '@aftersales/contracts';
import { Client } from 'pg';
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

describe('self-service: erasure requests', () => {
  let h: Harness;
  let advisor: string;
  let admin: string;
  const customers: Record<'a' | 'b', string> = { a: '', b: '' };
  const tokens: Record<'a' | 'b', string> = { a: '', b: '' };

  beforeAll(async () => {
    h = await startHarness('me_erasure');
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    admin = await h.token(['admin'], { userId: 'admin-1' });
    for (const [who, n] of [
      ['a', 1],
      ['b', 2],
    ] as const) {
      const res = await request(h.app)
        .post('/v1/customers')
        .set('Authorization', `Bearer ${advisor}`)
        .set('Idempotency-Key', idemKey())
        .send(person(n));
      expect(res.status).toBe(201);
      customers[who] = res.body.id;
      tokens[who] = await h.token(['customer'], { userId: res.body.id, dealerIds: [], centreIds: [] });
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  const ask = (token: string, body?: object) => {
    const req = request(h.app).post('/v1/me/erasure-request').set('Authorization', `Bearer ${token}`);
    return body ? req.send(body) : req;
  };
  const mine = (token: string) =>
    request(h.app).get('/v1/me/erasure-request').set('Authorization', `Bearer ${token}`);
  const list = (query = '', token = admin) =>
    request(h.app).get(`/v1/erasure-requests${query}`).set('Authorization', `Bearer ${token}`);
  const decide = (id: string, decision: 'completion' | 'rejection', body: object = {}, token = admin) =>
    request(h.app)
      .post(`/v1/erasure-requests/${id}/${decision}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);

  let requestA: string;
  const reasonA = 'I moved to Hamburg and no longer drive, please forget me';

  it('takes a request (202, pending), seals the reason, and returns the pending one when asked again (200)', async () => {
    expect((await mine(tokens.a)).body).toEqual({ erasureRequest: null });
    const res = await ask(tokens.a, { reason: reasonA });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      customerId: customers.a,
      status: 'pending',
      reason: reasonA,
      decidedAt: null,
      decisionReason: null,
    });
    requestA = res.body.id;

    const pg = new Client({ connectionString: h.db.url });
    await pg.connect();
    const raw = (await pg.query('SELECT row_to_json(r)::text AS row FROM erasure_request r')).rows;
    await pg.end();
    expect(raw.map((r: { row: string }) => r.row).join()).not.toContain('Hamburg');

    const again = await ask(tokens.a, { reason: 'another reason' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: requestA, status: 'pending', reason: reasonA });
    expect(await h.prisma.erasureRequest.count({ where: { customerId: customers.a } })).toBe(1);

    expect((await mine(tokens.a)).body.erasureRequest).toMatchObject({ id: requestA, status: 'pending' });
    expect((await mine(tokens.b)).body).toEqual({ erasureRequest: null });
    expect((await ask(tokens.a, { reason: 'x'.repeat(1001) })).status).toBe(400);
  });

  it('keeps /v1/me/* to customers and /v1/erasure-requests to administrators', async () => {
    expect((await ask(advisor)).status).toBe(403);
    expect((await mine(admin)).status).toBe(403);
    expect((await list('', tokens.a)).status).toBe(403);
    expect((await list('', advisor)).status).toBe(403);
    expect((await decide(requestA, 'completion', {}, tokens.a)).status).toBe(403);
    expect((await decide(requestA, 'rejection', { reason: 'no' }, tokens.b)).status).toBe(403);
  });

  let requestB: string;

  it('lists requests by status for an administrator, the reason decrypted and the read audited', async () => {
    const b = await ask(tokens.b); // no body, no reason
    expect(b.status).toBe(202);
    expect(b.body.reason).toBeNull();
    requestB = b.body.id;
    const res = await list('?status=pending');
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([requestA, requestB]);
    expect(res.body.items[0].reason).toBe(reasonA);
    const audit = await h.prisma.piiAccessLog.findMany({
      where: { customerId: customers.a, userId: 'admin-1' },
    });
    expect(audit.map((a) => a.purpose)).toContain('GET /v1/erasure-requests');
    expect((await list('?status=completed')).body.items).toEqual([]);
    const paged = await list('?status=pending&limit=1');
    expect(paged.body.items.map((r: { id: string }) => r.id)).toEqual([requestA]);
    const next = await list(`?status=pending&limit=1&cursor=${paged.body.nextCursor}`);
    expect(next.body.items.map((r: { id: string }) => r.id)).toEqual([requestB]);
  });

  it('rejects with a reason the customer reads; a decided request takes no second decision', async () => {
    expect((await decide(requestB, 'rejection', {})).status).toBe(400);
    const res = await decide(requestB, 'rejection', { reason: 'Open invoices: retained until 2029 by law' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rejected', decidedBy: 'admin-1' });
    const seen = (await mine(tokens.b)).body.erasureRequest;
    expect(seen).toMatchObject({
      id: requestB,
      status: 'rejected',
      decisionReason: 'Open invoices: retained until 2029 by law',
      decidedAt: expect.any(String),
    });
    const b = await h.prisma.customer.findUniqueOrThrow({ where: { id: customers.b } });
    expect(b.status).toBe('ACTIVE');
    const twice = await decide(requestB, 'completion');
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('erasure-request-decided');
    // After a rejection the customer may ask again.
    expect((await ask(tokens.b)).status).toBe(202);
  });

  it('completes a request: the customer is erased (customer-request) and sees the request completed', async () => {
    const res = await decide(requestA, 'completion');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: requestA,
      status: 'completed',
      decidedBy: 'admin-1',
      reason: null, // sealed under the destroyed key
    });
    const a = await h.prisma.customer.findUniqueOrThrow({ where: { id: customers.a } });
    expect(a).toMatchObject({ status: 'ERASED', erasureBasis: 'customer-request' });
    expect(await h.prisma.customerDataKey.count({ where: { customerId: customers.a } })).toBe(0);
    const erased = (await h.events(topicOf('customer.erased'))).filter(
      (e) => e.type === 'customer.erased' && e.subject === customers.a,
    );
    expect(erased).toHaveLength(1);
    expect(erased[0]!.data).toMatchObject({ basis: 'customer-request' });

    const seen = await mine(tokens.a);
    expect(seen.body.erasureRequest).toMatchObject({ id: requestA, status: 'completed', reason: null });
    expect(
      (await request(h.app).get('/v1/me').set('Authorization', `Bearer ${tokens.a}`)).body,
    ).toMatchObject({
      status: 'erased',
      name: null,
    });
    expect((await decide(requestA, 'completion')).status).toBe(409);
    // An erased customer has nothing left to ask.
    expect((await ask(tokens.a)).status).toBe(409);
  });

  it('marks a pending request completed when staff erase the customer by other means', async () => {
    const pending = await h.prisma.erasureRequest.findFirstOrThrow({
      where: { customerId: customers.b, status: 'PENDING' },
    });
    const erased = await request(h.app)
      .post(`/v1/customers/${customers.b}/erasure`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ basis: 'legal-order' });
    expect(erased.status).toBe(200);
    const after = await h.prisma.erasureRequest.findUniqueOrThrow({ where: { id: pending.id } });
    expect(after.status).toBe('COMPLETED');
    expect((await decide(pending.id, 'rejection', { reason: 'too late' })).status).toBe(409);
  });
});
