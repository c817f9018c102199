// Customer self-service (/v1/me) against real PostgreSQL and Kafka: a customer files complaints
// and inquiries through the staff intake's use cases (events, routing, classification by the
// desk), sees only their own (someone else's is the same 404 as an unknown id), and sees the
// resolution and the answer the desk gives, never its teams, handlers or notes. Staff tokens do
// not reach /v1/me, customer tokens reach nothing else, and staff endpoints name staff roles.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  createApp,
  createLogger,
  hasRole,
  listRoutes,
  setIdentity,
  STAFF_ROLES,
  type Identity,
} from '@aftersales/service-kit';
import { waitFor } from '@aftersales/testing';
import { supervisionRouter } from '../src/api/supervision';
import { REDACTED, redactCustomer } from '../src/application/erasure';
import { runWork, systemWork } from '../src/application/unit-of-work';
import { COMPLAINT_TOPIC, startInstance, startSuite, token, type Instance, type Suite } from './harness';

const CUSTOMER_A = 'cust-a';
const CUSTOMER_B = 'cust-b';
const customerIdentity = (customerId: string): Identity => ({
  userId: customerId,
  tenantId: 'tenant-a',
  dealerIds: [],
  centreIds: [],
  roles: ['customer'],
});
const customerToken = (customerId: string) => token(['customer'], customerIdentity(customerId));

describe('customer self-service', () => {
  let suite: Suite;
  let svc: Instance;
  let customerA: string;
  let customerB: string;
  let handler: string;
  let advisor: string;
  let admin: string;
  let keySeq = 0;

  beforeAll(async () => {
    suite = await startSuite('selfservice');
    svc = await startInstance(suite);
    customerA = await customerToken(CUSTOMER_A);
    customerB = await customerToken(CUSTOMER_B);
    handler = await token(['complaint-handler'], { userId: 'handler-jan' });
    advisor = await token(['service-advisor']);
    admin = await token(['admin']);
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  const api = () => request(svc.app);
  const get = (path: string, as: string) => api().get(path).set('Authorization', `Bearer ${as}`);
  const post = (path: string, body: object, as: string, key: string | null = `s-${++keySeq}`) => {
    const r = api().post(path).set('Authorization', `Bearer ${as}`);
    return (key ? r.set('Idempotency-Key', key) : r).send(body);
  };
  const file = (as: string, body: object = {}, key?: string) =>
    post('/v1/me/complaints', { description: 'The brakes squeal again.', ...body }, as, key);
  const ask = (as: string, body: object = {}) =>
    post('/v1/me/inquiries', { question: 'When is my next service due?', ...body }, as);
  const staff = (id: string, command: string, body: object, as = handler) =>
    post(`/v1/complaints/${id}/${command}`, body, as, null);
  const outboxEvent = async (key: string, eventType: string) => {
    const row = await svc.prisma.outboxMessage.findFirstOrThrow({ where: { key, eventType } });
    return row.payload as { type: string; data: Record<string, unknown> };
  };

  describe('complaints', () => {
    it('files a complaint from the token, idempotently, and shows it to its customer only', async () => {
      const res = await file(customerA, { vehicleId: 'veh-a', repairOrderId: 'ro-a' }, 'a-first');
      expect(res.status).toBe(201);
      const id = res.body.id as string;
      expect(res.headers.location).toBe(`/v1/me/complaints/${id}`);
      expect(res.body).toEqual({
        id,
        referenceNumber: expect.stringMatching(/^C-\d{4}-\d{6}$/),
        customerId: CUSTOMER_A,
        status: 'open',
        channel: 'web',
        category: null,
        description: 'The brakes squeal again.',
        vehicleId: 'veh-a',
        repairOrderId: 'ro-a',
        filedAt: expect.any(String),
        acknowledgedAt: null,
        resolvedAt: null,
        closedAt: null,
        resolution: null,
        verdict: null,
        timeline: [{ event: 'filed', at: res.body.filedAt }],
      });

      const again = await file(customerA, { vehicleId: 'veh-a', repairOrderId: 'ro-a' }, 'a-first');
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body.id).toBe(id);
      expect((await file(customerA, { description: 'Something else' }, 'a-first')).status).toBe(422);
      // B's key is B's own: the same key files B's complaint.
      const bees = await file(customerB, {}, 'a-first');
      expect(bees.status).toBe(201);
      expect(bees.body).toMatchObject({ customerId: CUSTOMER_B });
      expect(bees.headers['idempotent-replayed']).toBeUndefined();

      const mine = await get(`/v1/me/complaints/${id}`, customerA);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual(res.body);

      const theirs = await get(`/v1/me/complaints/${id}`, customerB);
      const unknown = await get(`/v1/me/complaints/${randomUUID()}`, customerB);
      const garbage = await get('/v1/me/complaints/not-an-id', customerB);
      for (const miss of [theirs, unknown, garbage]) {
        expect(miss.status).toBe(404);
        expect(miss.headers['content-type']).toMatch(/application\/problem\+json/);
        expect({ ...miss.body, instance: undefined, requestId: undefined }).toEqual({
          ...unknown.body,
          instance: undefined,
          requestId: undefined,
        });
      }
      expect(JSON.stringify(theirs.body)).not.toContain(CUSTOMER_A);

      const listB = await get('/v1/me/complaints', customerB);
      expect(listB.status).toBe(200);
      expect(listB.body.items.map((c: { id: string }) => c.id)).toEqual([bees.body.id]);
    });

    it('refuses a body naming a customer, a category or no description, and a missing Idempotency-Key', async () => {
      const before = await svc.prisma.complaint.count();
      for (const body of [{ customerId: CUSTOMER_B }, { category: 'billing' }, { description: '  ' }]) {
        const res = await file(customerA, body);
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      expect((await post('/v1/me/complaints', { description: 'x' }, customerA, null)).status).toBe(400);
      expect(await svc.prisma.complaint.count()).toBe(before);
    });

    it("lists the customer's complaints newest first, page by page, with those staff took in for them", async () => {
      const customer = await customerToken('cust-pages');
      const first = (await file(customer, { description: 'First' })).body.id as string;
      // Taken in by phone at the desk: still the customer's complaint.
      const byPhone = await post(
        '/v1/complaints',
        { channel: 'phone', customerId: 'cust-pages', description: 'Second, by phone' },
        advisor,
      );
      expect(byPhone.status).toBe(201);
      const third = (await file(customer, { description: 'Third' })).body.id as string;

      const page1 = await get('/v1/me/complaints?limit=2', customer);
      expect(page1.status).toBe(200);
      expect(page1.body.items.map((c: { id: string }) => c.id)).toEqual([third, byPhone.body.id]);
      expect(page1.body.items[1]).toMatchObject({ channel: 'phone', customerId: 'cust-pages' });
      expect(page1.body.items[0]).not.toHaveProperty('timeline');
      expect(page1.body.nextCursor).toEqual(expect.any(String));
      const page2 = await get(
        `/v1/me/complaints?limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`,
        customer,
      );
      expect(page2.body).toEqual({ items: [expect.objectContaining({ id: first })], nextCursor: null });
      expect((await get('/v1/me/complaints?cursor=forged', customer)).status).toBe(400);
    });

    it('registers through the staff intake: registration event with the customer id, default routing, classification by the desk', async () => {
      const rule = await post(
        '/v1/routing-rules',
        { category: 'repair-quality', teamId: 'workshop-quality' },
        admin,
        null,
      );
      expect(rule.status).toBe(201);
      const res = await file(customerA, { description: 'Oil leak after the service, Erika M.' });
      const id = res.body.id as string;

      const registered = await outboxEvent(id, 'complaint.registered');
      expect(registered.data).toMatchObject({
        complaintId: id,
        referenceNumber: res.body.referenceNumber,
        customerId: CUSTOMER_A,
        channel: 'web',
        trigger: 'customer',
        category: null,
        deadlines: null,
      });
      // Like any intake: the customer's words never leave the service in events.
      expect(JSON.stringify(registered)).not.toContain('Erika');

      // The desk sees it like an unclassified staff intake: default team, no deadlines yet.
      const asStaff = await get(`/v1/complaints/${id}`, handler);
      expect(asStaff.body).toMatchObject({
        customerId: CUSTOMER_A,
        channel: 'web',
        trigger: 'customer',
        centreId: null,
        teamId: 'complaints-desk',
        teamSource: 'default',
        deadlines: null,
      });

      const classified = await staff(id, 'classification', { category: 'repair-quality', severity: 'high' });
      expect(classified.status).toBe(200);
      expect(classified.body).toMatchObject({ teamId: 'workshop-quality', teamSource: 'routing-rule' });
      expect(classified.body.deadlines).not.toBeNull();
      expect((await outboxEvent(id, 'complaint.assigned')).data).toMatchObject({
        teamId: 'workshop-quality',
      });

      const seen = await get(`/v1/me/complaints/${id}`, customerA);
      expect(seen.body).toMatchObject({ category: 'repair-quality', status: 'open' });
      expect(seen.body.timeline.map((t: { event: string }) => t.event)).toEqual(['filed']);
      const text = JSON.stringify(seen.body);
      for (const internal of ['workshop-quality', 'complaints-desk', 'high', 'deadline', 'team'])
        expect(text).not.toContain(internal);

      // And it reaches Kafka like every complaint event.
      await waitFor(
        async () => (await suite.read(COMPLAINT_TOPIC, 200, 1_000)).find((m) => m.key === id),
        'the registered event on Kafka',
      );
    });

    it("shows the customer the desk's resolution and their milestones, never its notes or handlers", async () => {
      const id = (await file(customerA, { description: 'Paid twice for the wipers.' })).body.id as string;
      await staff(id, 'classification', { category: 'billing', severity: 'low' }).expect(200);
      await post(
        `/v1/complaints/${id}/notes`,
        { text: 'Internal: cashier Mia double-booked it.' },
        handler,
        null,
      ).expect(201);
      const resolved = await staff(id, 'resolution', {
        remedy: 'refund',
        summary: 'We refunded the second payment of 35 EUR.',
        goodwill: { amountMinor: 1000, currency: 'EUR' },
      });
      expect(resolved.status).toBe(200);

      const seen = await get(`/v1/me/complaints/${id}`, customerA);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({
        status: 'resolved',
        category: 'billing',
        acknowledgedAt: expect.any(String),
        resolvedAt: resolved.body.resolution.resolvedAt,
        resolution: {
          remedy: 'refund',
          summary: 'We refunded the second payment of 35 EUR.',
          goodwill: { amountMinor: 1000, currency: 'EUR' },
        },
        verdict: null,
      });
      expect(seen.body.timeline.map((t: { event: string }) => t.event)).toEqual([
        'filed',
        'acknowledged',
        'resolved',
      ]);
      const text = JSON.stringify(seen.body);
      for (const internal of ['Mia', 'handler-jan', 'complaints-desk', 'low'])
        expect(text).not.toContain(internal);

      // The customer rejects it on the phone: reopened, the old resolution gone from the view.
      await staff(id, 'verdict', { verdict: 'rejected' }).expect(200);
      const reopened = (await get(`/v1/me/complaints/${id}`, customerA)).body;
      expect(reopened).toMatchObject({ status: 'open', resolution: null, resolvedAt: null });
      expect(reopened.timeline.map((t: { event: string }) => t.event)).toEqual([
        'filed',
        'acknowledged',
        'resolved',
        'verdict-rejected',
        'reopened',
      ]);
      // Someone else still gets the 404.
      expect((await get(`/v1/me/complaints/${id}`, customerB)).status).toBe(404);
    });
  });

  describe('inquiries', () => {
    it('takes a question from the token, hides it from others and shows the answer once given', async () => {
      const res = await ask(customerA, { vehicleId: 'veh-a' });
      expect(res.status).toBe(201);
      const id = res.body.id as string;
      expect(res.headers.location).toBe(`/v1/me/inquiries/${id}`);
      expect(res.body).toEqual({
        id,
        customerId: CUSTOMER_A,
        status: 'open',
        channel: 'web',
        question: 'When is my next service due?',
        vehicleId: 'veh-a',
        receivedAt: expect.any(String),
        answer: null,
        conversion: null,
      });
      expect((await outboxEvent(id, 'inquiry.received')).data).toMatchObject({
        inquiryId: id,
        customerId: CUSTOMER_A,
        channel: 'web',
        teamId: 'complaints-desk',
      });
      expect((await ask(customerA, { customerId: CUSTOMER_B })).status).toBe(400);

      expect((await get(`/v1/me/inquiries/${id}`, customerB)).status).toBe(404);
      expect((await get(`/v1/me/inquiries/${randomUUID()}`, customerA)).status).toBe(404);
      const listB = await get('/v1/me/inquiries', customerB);
      expect(listB.status).toBe(200);
      expect(listB.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
      const listA = await get('/v1/me/inquiries', customerA);
      expect(listA.body.items[0]).toMatchObject({ id, answer: null });

      // The desk sees it in its own list and answers it.
      const desk = await get(`/v1/inquiries/${id}`, advisor);
      expect(desk.body).toMatchObject({ customerId: CUSTOMER_A, channel: 'web', centreId: null });
      await post(`/v1/inquiries/${id}/answer`, { answer: 'In March, at 60,000 km.' }, handler, null).expect(
        200,
      );

      const answered = await get(`/v1/me/inquiries/${id}`, customerA);
      expect(answered.body).toMatchObject({
        status: 'answered',
        answer: { text: 'In March, at 60,000 km.', answeredAt: expect.any(String) },
      });
      expect(JSON.stringify(answered.body)).not.toContain('handler-jan');
    });
  });

  it("redacts a customer's self-service texts on erasure, stored responses included", async () => {
    const erased = await customerToken('cust-erased');
    const complaint = await file(erased, { description: 'ZQX-secret complaint' });
    const inquiry = await ask(erased, { question: 'ZQX-secret question' });
    const stored = () =>
      svc.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM idempotency_record WHERE response::text LIKE '%ZQX-secret%'`,
      );
    expect((await stored())[0]!.n).toBe(2);

    await runWork(svc.ctx, systemWork('tenant-a', new Date()), (uow) => redactCustomer(uow, 'cust-erased'));

    expect((await stored())[0]!.n).toBe(0);
    expect((await get(`/v1/me/complaints/${complaint.body.id}`, erased)).body.description).toBe(REDACTED);
    expect((await get(`/v1/me/inquiries/${inquiry.body.id}`, erased)).body.question).toBe(REDACTED);
  });

  describe('boundaries', () => {
    it('refuses staff tokens on /v1/me and customer tokens anywhere else', async () => {
      const id = (await file(customerA)).body.id as string;
      for (const as of [handler, advisor, admin]) {
        expect((await get('/v1/me/complaints', as)).status).toBe(403);
        expect((await get(`/v1/me/complaints/${id}`, as)).status).toBe(403);
        expect((await get('/v1/me/inquiries', as)).status).toBe(403);
        expect((await file(as)).status).toBe(403);
        expect((await ask(as)).status).toBe(403);
      }
      expect((await get('/v1/complaints', customerA)).status).toBe(403);
      expect((await get(`/v1/complaints/${id}`, customerA)).status).toBe(403);
      expect((await get('/v1/inquiries', customerA)).status).toBe(403);
      expect((await post('/v1/complaints', { channel: 'web', description: 'x' }, customerA)).status).toBe(
        403,
      );
      expect(
        (
          await post(
            '/v1/supervision-reports',
            { category: 'overcharging', description: 'x', reporterKind: 'customer' },
            customerA,
          )
        ).status,
      ).toBe(403);
    });

    it('names staff roles on every staff operation, so a customer holds none of them', () => {
      const customer = customerIdentity(CUSTOMER_A);
      const routes = listRoutes(svc.app).filter((r) => r.path.startsWith('/v1'));
      const staffRoutes = routes.filter((r) => !r.path.startsWith('/v1/me/'));
      expect(staffRoutes.length).toBeGreaterThan(40);
      const open = staffRoutes.filter((r) => {
        const roles = r.options?.roles ?? [];
        return (
          roles.length === 0 || hasRole(customer, ...roles) || roles.some((x) => !STAFF_ROLES.includes(x))
        );
      });
      expect(open.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    });

    it('refuses a customer a supervision report even with the confinement of /v1/me out of the way', async () => {
      // The supervision router alone, behind an identity set directly: no authenticate, so no
      // confinement; only the route's own roles (STAFF_ROLES) stand between a customer and it.
      let caller: Identity = customerIdentity(CUSTOMER_A);
      const bare = createApp({
        service: 'complaint',
        logger: createLogger({ service: 'complaint', level: 'silent' }),
        configure: (app) => {
          app.use((req, _res, next) => {
            setIdentity(req, caller);
            next();
          });
          app.use(supervisionRouter(svc.ctx));
        },
      });
      const report = (key: string) =>
        request(bare)
          .post('/v1/supervision-reports')
          .set('Idempotency-Key', key)
          .send({ category: 'overcharging', description: 'Billed twice', reporterKind: 'customer' });

      const before = await svc.prisma.supervisionReport.count();
      const refused = await report('sr-1');
      expect(refused.status).toBe(403);
      expect(refused.body.requiredRoles).toEqual([...STAFF_ROLES]);
      caller = { ...customerIdentity(CUSTOMER_A), roles: ['gateway'] };
      expect((await report('sr-2')).status).toBe(403);
      caller = { ...customerIdentity(CUSTOMER_A), roles: [] };
      expect((await report('sr-3')).status).toBe(403);
      expect(await svc.prisma.supervisionReport.count()).toBe(before);

      // Any staff role still files one (a technician, here).
      caller = { ...customerIdentity('tech-7'), roles: ['technician'] };
      expect((await report('sr-4')).status).toBe(201);
      expect(await svc.prisma.supervisionReport.count()).toBe(before + 1);
    });
  });
});
