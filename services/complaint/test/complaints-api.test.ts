// The complaints API against real PostgreSQL and Kafka: intake with reference numbers and
// idempotency, classification and routing with history, the resolution / verdict / closure
// workflow and its refusals, queues, settings, and tenant, centre and role boundaries.
import request from 'supertest';
import { waitFor } from '@aftersales/testing';
import {
  ALWAYS_OPEN,
  COMPLAINT_TOPIC,
  startInstance,
  startSuite,
  token,
  type Instance,
  type Suite,
} from './harness';

const SECRET_TEXT = 'My name is Erika Mustermann, phone +49 170 1234567';

describe('complaints API', () => {
  let suite: Suite;
  let svc: Instance;
  let handler: string;
  let advisor: string;
  let admin: string;
  let keySeq = 0;

  beforeAll(async () => {
    suite = await startSuite('api');
    svc = await startInstance(suite);
    handler = await token(['complaint-handler']);
    advisor = await token(['service-advisor']);
    admin = await token(['admin']);
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  const api = () => request(svc.app);
  const intake = (body: Record<string, unknown>, as = advisor, key = `k-${++keySeq}`) =>
    api().post('/v1/complaints').set('Authorization', `Bearer ${as}`).set('Idempotency-Key', key).send(body);
  const cmd = (id: string, path: string, body: unknown = {}, as = handler) =>
    api()
      .post(`/v1/complaints/${id}/${path}`)
      .set('Authorization', `Bearer ${as}`)
      .send(body as object);
  const get = (id: string, as = handler) =>
    api().get(`/v1/complaints/${id}`).set('Authorization', `Bearer ${as}`);
  const basic = {
    channel: 'phone',
    description: SECRET_TEXT,
    customerId: 'cust-1',
    vehicleId: 'veh-1',
    centreId: 'centre-1',
  };

  it('takes a complaint in with a reference number, no deadlines until classified, and announces it without its text', async () => {
    const res = await intake(basic);
    expect(res.status).toBe(201);
    expect(res.body.referenceNumber).toMatch(/^C-\d{4}-\d{6}$/);
    expect(res.body).toMatchObject({
      status: 'open',
      channel: 'phone',
      trigger: 'customer',
      teamId: 'complaints-desk',
      deadlines: null,
      version: 1,
    });
    expect(res.headers.location).toBe(`/v1/complaints/${res.body.id}`);
    expect(res.headers.etag).toBe('"1"');

    const msg = await waitFor(
      async () => (await suite.read(COMPLAINT_TOPIC, 50, 1_000)).find((m) => m.key === res.body.id),
      'registered event',
    );
    const event = JSON.parse(msg.value!);
    expect(event.type).toBe('complaint.registered');
    expect(event.data).toMatchObject({
      referenceNumber: res.body.referenceNumber,
      channel: 'phone',
      customerId: 'cust-1',
      category: null,
      deadlines: null,
    });
    expect(msg.value).not.toContain('Erika');
    expect(msg.value).not.toContain('1234567');
  });

  it('replays an intake with the same Idempotency-Key and refuses the key with another body', async () => {
    const first = await intake({ ...basic, channel: 'email' }, advisor, 'same-key');
    const again = await intake({ ...basic, channel: 'email' }, advisor, 'same-key');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const other = await intake({ ...basic, channel: 'web' }, advisor, 'same-key');
    expect(other.status).toBe(422);
    const missing = await api().post('/v1/complaints').set('Authorization', `Bearer ${advisor}`).send(basic);
    expect(missing.status).toBe(400);
    expect(await svc.prisma.complaint.count({ where: { channel: 'web' } })).toBe(0);
  });

  it('hands out reference numbers without gaps or duplicates under concurrent intake', async () => {
    const tenantB = await token(['service-advisor'], { tenantId: 'tenant-refs' });
    const results = await Promise.all(
      Array.from({ length: 30 }, () => intake({ ...basic, centreId: null }, tenantB)),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));
    const numbers = results.map((r) => Number(r.body.referenceNumber.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // A refused intake uses no number: the next one is 31.
    expect((await intake({ ...basic, category: 'nonsense', severity: 'low' }, tenantB)).status).toBe(400);
    expect((await intake({ ...basic, centreId: null }, tenantB)).body.referenceNumber).toMatch(/-000031$/);
  });

  it('refuses an unknown category with a 400 problem and stores nothing', async () => {
    const before = await svc.prisma.complaint.count();
    const res = await intake({ ...basic, category: 'weather', severity: 'low' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0].path).toBe('body.category');
    expect(await svc.prisma.complaint.count()).toBe(before);

    const created = await intake(basic);
    const bad = await cmd(created.body.id, 'classification', { category: 'weather', severity: 'low' });
    expect(bad.status).toBe(400);
    expect((await get(created.body.id)).body).toMatchObject({ category: null, version: 1 });
  });

  it('classifies with history, routes by the most specific rule and re-routes on reclassification', async () => {
    const rule = (body: object) =>
      api().post('/v1/routing-rules').set('Authorization', `Bearer ${admin}`).send(body);
    expect((await rule({ category: 'billing', teamId: 'billing-team' })).status).toBe(201);
    expect(
      (
        await rule({
          category: 'billing',
          severity: 'critical',
          centreId: 'centre-1',
          teamId: 'centre-1-escalations',
        })
      ).status,
    ).toBe(201);
    const duplicate = await rule({ category: 'billing', teamId: 'other' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({
      type: 'urn:aftersales:problem:complaint:duplicate-routing-rule',
      code: 'duplicate-routing-rule',
      ruleId: expect.any(String),
    });
    expect(
      (await rule({ category: 'billing', teamId: 'x' }).set('Authorization', `Bearer ${handler}`)).status,
    ).toBe(403);

    const c = (await intake(basic)).body;
    const first = await cmd(c.id, 'classification', { category: 'billing', severity: 'low' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      category: 'billing',
      severity: 'low',
      teamId: 'billing-team',
      teamSource: 'routing-rule',
      version: 2,
    });
    expect(first.body.deadlines.acknowledgeBy).toBeDefined();
    const second = await cmd(c.id, 'classification', { category: 'billing', severity: 'critical' });
    expect(second.body).toMatchObject({ severity: 'critical', teamId: 'centre-1-escalations' });
    // critical deadlines are shorter than low ones
    expect(Date.parse(second.body.deadlines.resolveBy)).toBeLessThan(
      Date.parse(first.body.deadlines.resolveBy),
    );

    const history = (
      await api().get(`/v1/complaints/${c.id}/history`).set('Authorization', `Bearer ${handler}`)
    ).body.items;
    expect(
      history
        .filter((h: { kind: string }) => h.kind === 'classification')
        .map((h: { data: unknown }) => h.data),
    ).toEqual([
      { category: 'billing', severity: 'low', previous: null },
      { category: 'billing', severity: 'critical', previous: { category: 'billing', severity: 'low' } },
    ]);

    const events = await waitFor(async () => {
      const all = (await suite.read(COMPLAINT_TOPIC, 200, 1_000))
        .filter((m) => m.key === c.id)
        .map((m) => JSON.parse(m.value!));
      return all.length >= 5 ? all : undefined;
    }, 'classification events');
    expect(events.map((e) => e.type)).toEqual([
      'complaint.registered',
      'complaint.classified',
      'complaint.assigned',
      'complaint.classified',
      'complaint.assigned',
    ]);
    expect(events[4].data).toMatchObject({
      teamId: 'centre-1-escalations',
      previousTeamId: 'billing-team',
      reason: 'routing-rule',
    });
  });

  it('reassigns with a reason, keeps the hand-picked team on reclassification, and refuses reassigning before classification', async () => {
    const unclassified = (await intake(basic)).body;
    const early = await cmd(unclassified.id, 'assignment', { teamId: 'x', reason: 'try' });
    expect(early.status).toBe(409);

    const c = (await intake({ ...basic, category: 'parts', severity: 'medium' })).body;
    const moved = await cmd(c.id, 'assignment', {
      teamId: 'parts-specialists',
      assigneeId: 'u-42',
      reason: 'needs a parts expert',
    });
    expect(moved.body).toMatchObject({
      teamId: 'parts-specialists',
      assigneeId: 'u-42',
      teamSource: 'reassignment',
    });
    const re = await cmd(c.id, 'classification', { category: 'billing', severity: 'medium' });
    expect(re.body.teamId).toBe('parts-specialists');
    const history = (
      await api().get(`/v1/complaints/${c.id}/history`).set('Authorization', `Bearer ${handler}`)
    ).body.items;
    expect(
      history.find(
        (h: { kind: string; data: { reason: string } }) =>
          h.kind === 'assignment' && h.data.reason === 'reassignment',
      ).data,
    ).toMatchObject({
      previousTeamId: 'complaints-desk',
      note: 'needs a parts expert',
    });
  });

  it('refuses closing an unresolved complaint and a verdict on an open one, changing nothing', async () => {
    const c = (await intake({ ...basic, category: 'waiting-time', severity: 'low' })).body;
    const closing = await cmd(c.id, 'closure');
    expect(closing.status).toBe(409);
    expect(closing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(closing.body).toMatchObject({
      type: 'urn:aftersales:problem:complaint:command-refused',
      title: 'Command not allowed in the current state',
      status: 409,
      code: 'command-refused',
      aggregate: 'complaint',
      currentStatus: 'open',
      command: 'close',
      allowedCommands: ['classify', 'assign', 'acknowledge', 'note', 'resolve'],
    });
    expect(closing.body.detail).toMatch(/^Cannot close a complaint that is open: /);
    expect(closing.body).not.toHaveProperty('complaintStatus');
    const verdict = await cmd(c.id, 'verdict', { verdict: 'accepted' });
    expect(verdict.status).toBe(409);
    expect(verdict.body.command).toBe('verdict');
    expect((await get(c.id)).body).toMatchObject({
      status: 'open',
      verdict: null,
      closure: null,
      version: 1,
    });
  });

  it('runs notes, resolution, notification, a rejection that reopens, and closure after acceptance', async () => {
    const c = (await intake({ ...basic, category: 'repair-quality', severity: 'high' })).body;
    const note = await cmd(c.id, 'notes', { text: 'Called the customer; noise still there.' });
    expect(note.status).toBe(201);
    expect(note.body.complaint.acknowledgedAt).not.toBeNull();

    const resolved = await cmd(c.id, 'resolution', {
      remedy: 'goodwill',
      summary: 'Free re-check',
      goodwill: { amountMinor: 5000, currency: 'EUR' },
    });
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolution: { remedy: 'goodwill', goodwill: { amountMinor: 5000, currency: 'EUR' } },
    });
    expect((await cmd(c.id, 'notification', { via: 'phone' })).body.notification.via).toBe('phone');
    expect((await cmd(c.id, 'closure')).status).toBe(409); // no verdict, timeout not passed

    const rejected = await cmd(c.id, 'verdict', { verdict: 'rejected' });
    expect(rejected.body).toMatchObject({
      status: 'open',
      reopenCount: 1,
      resolution: null,
      verdict: null,
      acknowledgedAt: null,
    });

    await cmd(c.id, 'resolution', {
      remedy: 'repair-redone',
      summary: 'Replaced the bearing',
      notifiedVia: 'email',
    });
    expect((await cmd(c.id, 'verdict', { verdict: 'accepted' })).body.verdict.verdict).toBe('accepted');
    const closed = await cmd(c.id, 'closure');
    expect(closed.body).toMatchObject({ status: 'closed', closure: 'verdict-accepted' });
    expect((await cmd(c.id, 'notes', { text: 'late' })).status).toBe(409);
    expect((await cmd(c.id, 'reopen', { reason: 'whim' })).status).toBe(400);
    const recurred = await cmd(c.id, 'reopen', { reason: 'recurrence' });
    expect(recurred.body).toMatchObject({ status: 'open', reopenCount: 2, closure: null, closedAt: null });
    expect(Date.parse(recurred.body.deadlines.resolveBy)).toBeGreaterThan(Date.parse(closed.body.closedAt));

    const notes = (await api().get(`/v1/complaints/${c.id}/notes`).set('Authorization', `Bearer ${handler}`))
      .body.items;
    expect(notes).toHaveLength(1);

    const types = await waitFor(async () => {
      const all = (await suite.read(COMPLAINT_TOPIC, 500, 1_000))
        .filter((m) => m.key === c.id)
        .map((m) => JSON.parse(m.value!));
      return all.length >= 7 ? all : undefined;
    }, 'workflow events');
    expect(types.map((e) => e.type)).toEqual([
      'complaint.registered',
      'complaint.assigned',
      'complaint.resolved',
      'complaint.reopened',
      'complaint.resolved',
      'complaint.closed',
      'complaint.reopened',
    ]);
    expect(types[6].data).toMatchObject({ reason: 'recurrence', reopenCount: 2 });
    expect(types[2].data).toMatchObject({
      remedy: 'goodwill',
      goodwill: { amountMinor: 5000, currency: 'EUR' },
      withinDeadline: true,
    });
    expect(types[3].data).toMatchObject({ reason: 'verdict-rejected', reopenCount: 1 });
    expect(types[4].data.customerNotifiedVia).toBe('email');
    expect(types[5].data).toMatchObject({ closure: 'verdict-accepted', reopenCount: 1 });
    for (const e of types) expect(JSON.stringify(e)).not.toMatch(/bearing|re-check|noise/);
  });

  it('closes after the verdict timeout counted from the notification', async () => {
    const c = (await intake({ ...basic, category: 'billing', severity: 'low' })).body;
    await cmd(c.id, 'resolution', {
      remedy: 'explanation',
      summary: 'Invoice explained',
      notifiedVia: 'letter',
    });
    expect((await cmd(c.id, 'closure')).status).toBe(409);
    svc.setNow(new Date(Date.now() + (svc.config.COMPLAINT_VERDICT_TIMEOUT_MINUTES + 1) * 60_000));
    try {
      const closed = await cmd(c.id, 'closure');
      expect(closed.body).toMatchObject({ status: 'closed', closure: 'verdict-timeout' });
    } finally {
      svc.setNow(null);
    }
  });

  it('checks If-Match on commands', async () => {
    const c = (await intake({ ...basic, category: 'billing', severity: 'low' })).body;
    const stale = await cmd(c.id, 'acknowledgement').set('If-Match', '"7"');
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({
      type: 'urn:aftersales:problem:stale-version',
      code: 'stale-version',
      currentVersion: 1,
    });
    const ok = await cmd(c.id, 'acknowledgement').set('If-Match', '"1"');
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
  });

  it('keeps tenants, centres and roles apart', async () => {
    const c = (await intake(basic)).body;
    const otherTenant = await token(['complaint-handler'], { tenantId: 'tenant-z' });
    const foreign = await get(c.id, otherTenant);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ status: 404, code: 'not-found', detail: 'Complaint not found.' });
    expect(
      (await cmd(c.id, 'classification', { category: 'parts', severity: 'low' }, otherTenant)).status,
    ).toBe(404);
    const otherCentre = await token(['complaint-handler'], { centreIds: ['centre-9'] });
    expect((await get(c.id, otherCentre)).status).toBe(404);
    const list = await api().get('/v1/complaints').set('Authorization', `Bearer ${otherCentre}`);
    expect(list.body.items.find((i: { id: string }) => i.id === c.id)).toBeUndefined();
    expect(
      (
        await intake(
          { ...basic, centreId: 'centre-1' },
          await token(['service-advisor'], { centreIds: ['centre-9'] }),
        )
      ).status,
    ).toBe(404);
    const technician = await token(['technician']);
    expect((await get(c.id, technician)).status).toBe(403);
    expect((await cmd(c.id, 'classification', { category: 'parts', severity: 'low' }, advisor)).status).toBe(
      403,
    );
    expect((await api().get(`/v1/complaints/${c.id}`)).status).toBe(401);
    expect((await get('not-a-uuid')).status).toBe(404);
  });

  it('lists with filters and cursor pagination', async () => {
    const t = await token(['complaint-handler'], { tenantId: 'tenant-list' });
    const a = await token(['service-advisor'], { tenantId: 'tenant-list' });
    for (let i = 0; i < 5; i++) await intake({ ...basic, channel: i % 2 ? 'web' : 'email' }, a);
    const page1 = await api().get('/v1/complaints?limit=2').set('Authorization', `Bearer ${t}`);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await api()
      .get(`/v1/complaints?limit=2&cursor=${page1.body.nextCursor}`)
      .set('Authorization', `Bearer ${t}`);
    const page3 = await api()
      .get(`/v1/complaints?limit=2&cursor=${page2.body.nextCursor}`)
      .set('Authorization', `Bearer ${t}`);
    const ids = [...page1.body.items, ...page2.body.items, ...page3.body.items].map(
      (i: { id: string }) => i.id,
    );
    expect(new Set(ids).size).toBe(5);
    expect(page3.body.nextCursor).toBeNull();
    const web = await api()
      .get('/v1/complaints?status=open&limit=50')
      .query({ customerId: 'cust-1' })
      .set('Authorization', `Bearer ${t}`);
    expect(web.body.items).toHaveLength(5);
    expect(
      (await api().get('/v1/complaints?category=weather').set('Authorization', `Bearer ${t}`)).status,
    ).toBe(400);
  });

  it('sorts a team queue by time left to the next deadline, overdue first and unclassified last', async () => {
    const tq = { tenantId: 'tenant-queue' };
    const adminQ = await token(['admin'], tq);
    const advisorQ = await token(['service-advisor'], tq);
    expect(
      (await api().put('/v1/business-calendar').set('Authorization', `Bearer ${adminQ}`).send(ALWAYS_OPEN))
        .status,
    ).toBe(200);
    const base = Date.now();
    const at = (minutesAgo: number) => svc.setNow(new Date(base - minutesAgo * 60_000));
    const ids: Record<string, string> = {};
    try {
      at(0);
      ids.unclassified = (await intake({ ...basic, centreId: null }, advisorQ)).body.id;
      ids.low = (
        await intake({ ...basic, centreId: null, category: 'parts', severity: 'low' }, advisorQ)
      ).body.id;
      at(120); // raised two hours ago: a critical one is acknowledged within the hour, so overdue
      ids.overdue = (
        await intake({ ...basic, centreId: null, category: 'parts', severity: 'critical' }, advisorQ)
      ).body.id;
      at(0);
      ids.critical = (
        await intake({ ...basic, centreId: null, category: 'parts', severity: 'critical' }, advisorQ)
      ).body.id;
    } finally {
      svc.setNow(null);
    }
    const queue = await api().get('/v1/queues/complaints-desk').set('Authorization', `Bearer ${advisorQ}`);
    expect(queue.status).toBe(200);
    const order = queue.body.items.map(
      (i: { severity: string | null; nextDeadline: { timeLeftSeconds: number } | null }) => [
        i.severity,
        i.nextDeadline?.timeLeftSeconds ?? null,
      ],
    );
    expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([
      ids.overdue,
      ids.critical,
      ids.low,
      ids.unclassified,
    ]);
    expect(order.map((o: unknown[]) => o[0])).toEqual(['critical', 'critical', 'low', null]);
    expect(order[0][1]).toBeLessThan(0);
    expect(order[1][1]).toBeGreaterThan(0);
    expect(order[3][1]).toBeNull();
    const p1 = await api()
      .get('/v1/queues/complaints-desk?limit=3')
      .set('Authorization', `Bearer ${advisorQ}`);
    const p2 = await api()
      .get(`/v1/queues/complaints-desk?limit=3&cursor=${p1.body.nextCursor}`)
      .set('Authorization', `Bearer ${advisorQ}`);
    expect([...p1.body.items, ...p2.body.items].map((i: { id: string }) => i.id)).toEqual(
      queue.body.items.map((i: { id: string }) => i.id),
    );
    expect(p2.body.nextCursor).toBeNull();
  });

  it('validates and versions the tenant settings', async () => {
    const ts = { tenantId: 'tenant-settings' };
    const adminS = await token(['admin'], ts);
    const handlerS = await token(['complaint-handler'], ts);
    const limits = await api().get('/v1/time-limits').set('Authorization', `Bearer ${handlerS}`);
    expect(limits.body.critical).toEqual({ acknowledgeMinutes: 60, resolveMinutes: 540 });
    expect(limits.headers.etag).toBe('"0"');
    const bad = await api()
      .put('/v1/time-limits')
      .set('Authorization', `Bearer ${adminS}`)
      .send({ ...limits.body, low: { acknowledgeMinutes: 100, resolveMinutes: 10 } });
    expect(bad.status).toBe(400);
    const ok = await api()
      .put('/v1/time-limits')
      .set('Authorization', `Bearer ${adminS}`)
      .set('If-Match', '"0"')
      .send({ ...limits.body, low: { acknowledgeMinutes: 10, resolveMinutes: 100 } });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"1"');
    expect(
      (
        await api()
          .put('/v1/time-limits')
          .set('Authorization', `Bearer ${adminS}`)
          .set('If-Match', '"0"')
          .send(limits.body)
      ).status,
    ).toBe(412);
    expect(
      (await api().put('/v1/time-limits').set('Authorization', `Bearer ${handlerS}`).send(limits.body))
        .status,
    ).toBe(403);
    expect(
      (
        await api()
          .put('/v1/business-calendar')
          .set('Authorization', `Bearer ${adminS}`)
          .send({ timeZone: 'Nowhere/Land', week: {} })
      ).status,
    ).toBe(400);
    const patched = await api()
      .patch('/v1/complaint-settings')
      .set('Authorization', `Bearer ${adminS}`)
      .send({ escalationChain: ['lead', 'boss'] });
    expect(patched.body).toMatchObject({
      escalationChain: ['lead', 'boss'],
      defaultTeamId: 'complaints-desk',
    });
    expect(
      (
        await api()
          .patch('/v1/complaint-settings')
          .set('Authorization', `Bearer ${adminS}`)
          .send({ escalationChain: [] })
      ).status,
    ).toBe(400);
  });
});
