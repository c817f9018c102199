// Issue 13, complaint side, against real PostgreSQL and Kafka: inquiries answered in time,
// escalated when overdue and converted into complaints or booking requests; audits whose
// findings open improvement actions that escalate when overdue and close only after
// verification; complaint patterns opening actions; anonymous supervision reports; and the bad
// input that must answer problem+json and change nothing. Events are read from Kafka, where
// the outbox relay put them.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createEvent } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { KPI_NAMES } from '@aftersales/contracts';
import {
  ALWAYS_OPEN,
  COMPLAINT_TOPIC,
  INQUIRY_TOPIC,
  QUALITY_TOPIC,
  startInstance,
  startSuite,
  token,
  type Instance,
  type Suite,
} from './harness';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Event {
  id: string;
  type: string;
  subject: string;
  tenantId: string;
  data: Record<string, unknown>;
}

describe('inquiries, audits, improvement actions and supervision reports', () => {
  let suite: Suite;
  let svc: Instance;
  let advisor: string;
  let handler: string;
  let quality: string;
  let technician: string;
  let otherTenant: string;
  let keySeq = 0;
  const base = Date.parse('2026-11-02T09:00:00.000Z');
  const at = (ms: number) => svc.setNow(new Date(base + ms));

  beforeAll(async () => {
    suite = await startSuite('quality');
    svc = await startInstance(suite, {
      now: new Date(base),
      consumer: true,
      env: {
        INQUIRY_ANSWER_MINUTES: '30',
        QUALITY_PATTERN_THRESHOLD: '3',
        QUALITY_VERIFY_AFTER_DAYS: '30',
        QUALITY_KPI_LIMITS: JSON.stringify({ firstTimeFixRate: { min: 0.85 }, comebackRate: { max: 0.05 } }),
      },
    });
    advisor = await token(['service-advisor']);
    handler = await token(['complaint-handler']);
    quality = await token(['quality-manager'], { userId: 'qm-1' });
    technician = await token(['technician'], { userId: 'tech-7' });
    otherTenant = await token(['quality-manager', 'service-advisor'], { tenantId: 'tenant-b' });
    const admin = await token(['admin']);
    await request(svc.app)
      .put('/v1/business-calendar')
      .set('Authorization', `Bearer ${admin}`)
      .send(ALWAYS_OPEN)
      .expect(200);
    await request(svc.app)
      .patch('/v1/complaint-settings')
      .set('Authorization', `Bearer ${admin}`)
      .send({ escalationChain: ['team-lead', 'centre-manager'] })
      .expect(200);
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  const api = () => request(svc.app);
  const post = (path: string, body: object, as: string, key?: string) => {
    const r = api().post(path).set('Authorization', `Bearer ${as}`);
    return (key ? r.set('Idempotency-Key', key) : r).send(body);
  };
  const create = (path: string, body: object, as: string) => post(path, body, as, `q-${++keySeq}`);
  const get = (path: string, as: string) => api().get(path).set('Authorization', `Bearer ${as}`);

  /** Every event of a registry topic, once the relay has published all outbox rows. */
  const eventsOn = async (topic: string): Promise<Event[]> => {
    await waitFor(
      async () => (await svc.prisma.outboxMessage.count({ where: { publishedAt: null } })) === 0,
      'the outbox to drain',
    );
    const expected = await svc.prisma.outboxMessage.count({ where: { topic } });
    const messages = await suite.read(topic, expected, 15_000);
    expect(messages).toHaveLength(expected);
    return messages.map((m) => JSON.parse(m.value!) as Event);
  };
  const eventsOf = async (topic: string, subject: string) =>
    (await eventsOn(topic)).filter((e) => e.subject === subject);

  describe('inquiries', () => {
    const ask = (body: object = {}) =>
      create(
        '/v1/inquiries',
        {
          channel: 'chat',
          customerId: 'cust-1',
          centreId: 'centre-1',
          question: 'Is my car ready?',
          ...body,
        },
        advisor,
      );

    it('is answered within its limit and announces receipt and answer without the texts', async () => {
      at(0);
      const res = await ask();
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'open',
        teamId: 'complaints-desk',
        answerBy: new Date(base + 30 * MINUTE).toISOString(),
      });
      at(10 * MINUTE);
      const answered = await post(
        `/v1/inquiries/${res.body.id}/answer`,
        { answer: 'Yes, since noon.' },
        handler,
      );
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ status: 'answered', answer: { text: 'Yes, since noon.' } });

      at(60 * MINUTE); // long past the limit: an answered inquiry does not escalate
      expect((await svc.sweeper.sweepOnce()).inquiriesEscalated).toBe(0);

      const events = await eventsOf(INQUIRY_TOPIC, res.body.id);
      expect(events.map((e) => e.type)).toEqual(['inquiry.received', 'inquiry.answered']);
      expect(events[1]!.data).toMatchObject({ answerSeconds: 600, withinLimit: true });
      expect(JSON.stringify(events)).not.toContain('ready');
      expect(JSON.stringify(events)).not.toContain('noon');
    });

    it('escalates once when nobody answers within the limit, and a late answer is marked late', async () => {
      at(0);
      const res = await ask({ channel: 'phone' });
      at(29 * MINUTE);
      expect((await svc.sweeper.sweepOnce()).inquiriesEscalated).toBe(0);
      at(31 * MINUTE);
      expect((await svc.sweeper.sweepOnce()).inquiriesEscalated).toBe(1);
      expect((await svc.sweeper.sweepOnce()).inquiriesEscalated).toBe(0);
      const got = await get(`/v1/inquiries/${res.body.id}`, advisor);
      expect(got.body.escalation).toMatchObject({ level: 1, toTeamId: 'team-lead' });

      at(40 * MINUTE);
      await post(`/v1/inquiries/${res.body.id}/answer`, { answer: 'Sorry for the wait.' }, advisor).expect(
        200,
      );
      const events = await eventsOf(INQUIRY_TOPIC, res.body.id);
      expect(events.map((e) => e.type)).toEqual([
        'inquiry.received',
        'inquiry.escalated',
        'inquiry.answered',
      ]);
      expect(events[1]!.data).toMatchObject({
        level: 1,
        overdueSeconds: 60,
        fromTeamId: 'complaints-desk',
        toTeamId: 'team-lead',
      });
      expect(events[2]!.data).toMatchObject({ withinLimit: false });
    });

    it('converts into a complaint through the complaint intake, in one transaction', async () => {
      at(0);
      const res = await ask({ question: 'The brakes squeal since the service.' });
      const converted = await post(
        `/v1/inquiries/${res.body.id}/conversion`,
        { into: 'complaint', category: 'repair-quality', severity: 'high' },
        advisor,
      );
      expect(converted.status).toBe(200);
      const complaintId = converted.body.conversion.complaintId as string;
      expect(converted.headers.location).toBe(`/v1/complaints/${complaintId}`);

      const complaint = await get(`/v1/complaints/${complaintId}`, handler);
      expect(complaint.body).toMatchObject({
        status: 'open',
        channel: 'web',
        customerId: 'cust-1',
        centreId: 'centre-1',
        description: 'The brakes squeal since the service.',
        category: 'repair-quality',
        severity: 'high',
      });
      // Converted is final: no second conversion, no answer; nothing changes.
      const again = await post(`/v1/inquiries/${res.body.id}/conversion`, { into: 'complaint' }, advisor);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        type: 'urn:aftersales:problem:complaint:command-refused',
        code: 'command-refused',
        aggregate: 'inquiry',
        currentStatus: 'converted',
        command: 'convert',
        allowedCommands: [],
      });
      expect(await svc.prisma.complaint.count({ where: { description: { contains: 'squeal' } } })).toBe(1);

      const inquiryEvents = await eventsOf(INQUIRY_TOPIC, res.body.id);
      expect(inquiryEvents.map((e) => e.type)).toEqual(['inquiry.received', 'inquiry.converted']);
      expect(inquiryEvents[1]!.data).toEqual({ inquiryId: res.body.id, into: 'complaint', complaintId });
      const complaintEvents = await eventsOf(COMPLAINT_TOPIC, complaintId);
      expect(complaintEvents.map((e) => e.type)).toEqual(['complaint.registered', 'complaint.assigned']);
    });

    it('converts into a booking request for repair to act on', async () => {
      at(0);
      const res = await ask({ question: 'Can I get an oil change next week?' });
      const bookingRequest = {
        customerId: 'cust-1',
        vehicleId: 'veh-9',
        centreId: 'centre-1',
        serviceType: 'maintenance',
        preferredFrom: '2026-11-09T08:00:00.000Z',
      };
      const converted = await post(
        `/v1/inquiries/${res.body.id}/conversion`,
        { into: 'booking', bookingRequest },
        advisor,
      );
      expect(converted.status).toBe(200);
      expect(converted.body.conversion).toMatchObject({ into: 'booking', complaintId: null, bookingRequest });
      const events = await eventsOf(INQUIRY_TOPIC, res.body.id);
      expect(events[1]).toMatchObject({
        type: 'inquiry.converted',
        data: { inquiryId: res.body.id, into: 'booking', bookingRequest },
      });
    });

    it('refuses a bad channel, hides other tenants and keeps technicians out', async () => {
      const before = await svc.prisma.inquiry.count();
      const bad = await ask({ channel: 'pigeon' });
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await svc.prisma.inquiry.count()).toBe(before);
      const mine = await ask();
      expect((await get(`/v1/inquiries/${mine.body.id}`, otherTenant)).status).toBe(404);
      expect((await get(`/v1/inquiries/${mine.body.id}`, technician)).status).toBe(403);
    });
  });

  describe('audits and improvement actions', () => {
    let templateId: string;
    const checklist = [
      { code: 'greeting', label: 'Customer greeted within two minutes', maxScore: 10 },
      { code: 'explanation', label: 'Work explained at handover', maxScore: 10 },
      { code: 'cleanliness', label: 'Reception area clean', maxScore: 5 },
    ];

    beforeAll(async () => {
      at(0);
      const res = await create(
        '/v1/audit-templates',
        {
          name: 'Mystery shopper: reception',
          kind: 'mystery-shopper',
          items: checklist,
          findingThreshold: 0.6,
        },
        quality,
      );
      expect(res.status).toBe(201);
      templateId = res.body.id;
    });

    const schedule = async (extra: object = {}) => {
      const res = await create(
        '/v1/audits',
        {
          templateId,
          centreId: 'centre-1',
          scheduledFor: '2026-11-03T10:00:00.000Z',
          employeeIds: ['adv-1'],
          ...extra,
        },
        quality,
      );
      expect(res.status).toBe(201);
      return res.body as { id: string; version: number };
    };
    const results = (greeting: number, extra: object = {}) => ({
      results: [
        { code: 'greeting', score: greeting, note: 'Waited four minutes at the desk' },
        { code: 'explanation', score: 9 },
        { code: 'cleanliness', score: 5, finding: false },
      ],
      ...extra,
    });

    it('a finding opens an action that escalates when overdue and closes only after verification', async () => {
      at(0);
      const audit = await schedule();
      at(DAY);
      const scored = await post(
        `/v1/audits/${audit.id}/results`,
        results(4, {
          actionOwnerId: 'centre-1-manager',
          actionDueAt: new Date(base + 8 * DAY).toISOString(),
        }),
        quality,
      );
      expect(scored.status).toBe(200);
      expect(scored.body).toMatchObject({
        status: 'completed',
        score: 18,
        maxScore: 25,
        scorePercent: 72,
        findingCount: 1,
      });
      expect(scored.body.actionIds).toHaveLength(1);
      const actionId = scored.body.actionIds[0] as string;
      const path = `/v1/improvement-actions/${actionId}`;
      expect((await get(path, quality)).body).toMatchObject({
        status: 'open',
        source: 'audit-finding',
        sourceRef: `${audit.id}:greeting`,
        ownerId: 'centre-1-manager',
        indicator: { name: `audit:${templateId}:greeting`, before: 40 },
      });

      // Not yet due: no escalation. Overdue and unimplemented: escalates once.
      at(8 * DAY - MINUTE);
      expect((await svc.sweeper.sweepOnce()).actionsEscalated).toBe(0);
      at(8 * DAY + MINUTE);
      expect((await svc.sweeper.sweepOnce()).actionsEscalated).toBe(1);
      expect((await svc.sweeper.sweepOnce()).actionsEscalated).toBe(0);
      expect((await get(path, quality)).body.escalation).toMatchObject({ level: 1, toTeamId: 'team-lead' });

      // Closing without verification is refused and changes nothing.
      const version = (await get(path, quality)).body.version as number;
      const early = await post(`${path}/closure`, {}, quality);
      expect(early.status).toBe(409);
      expect(early.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(early.body).toMatchObject({
        type: 'urn:aftersales:problem:complaint:command-refused',
        title: 'Command not allowed in the current state',
        code: 'command-refused',
        aggregate: 'improvement action',
        currentStatus: 'open',
        command: 'close',
        allowedCommands: ['analyse'],
      });
      expect((await get(path, quality)).body).toMatchObject({ status: 'open', version });

      // Root cause and plan with a new due date, implementation; verification waits for the period.
      const analysed = await post(
        `${path}/analysis`,
        {
          rootCause: 'One advisor at the desk during the morning peak',
          plan: 'Second advisor 7:30-9:30',
          dueAt: new Date(base + 20 * DAY).toISOString(),
        },
        quality,
      );
      expect(analysed.body).toMatchObject({ status: 'planned', escalation: { escalatedAt: null } });
      at(10 * DAY);
      const implemented = await post(`${path}/implementation`, { verifyAfterDays: 14 }, quality);
      expect(implemented.body).toMatchObject({
        status: 'implemented',
        verifyFrom: new Date(base + 24 * DAY).toISOString(),
      });
      at(21 * DAY); // the new due date passed, but the action is implemented: no escalation
      expect((await svc.sweeper.sweepOnce()).actionsEscalated).toBe(0);
      const tooSoon = await post(`${path}/verification`, { effective: true, indicatorAfter: 90 }, quality);
      expect(tooSoon.status).toBe(409);
      expect(await post(`${path}/closure`, {}, quality).then((r) => r.status)).toBe(409);

      at(25 * DAY);
      const verified = await post(`${path}/verification`, { effective: true, indicatorAfter: 90 }, quality);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({
        status: 'verified',
        indicator: { before: 40, after: 90 },
        verification: { effective: true, verifiedBy: 'qm-1' },
      });
      const closed = await post(`${path}/closure`, {}, quality);
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        closedAt: new Date(base + 25 * DAY).toISOString(),
      });

      const history = await get(`${path}/history`, quality);
      expect(history.body.items.map((h: { kind: string }) => h.kind)).toEqual([
        'opened',
        'escalation',
        'analysis',
        'implementation',
        'verification',
        'closed',
      ]);

      const auditEvents = await eventsOf(QUALITY_TOPIC, audit.id);
      expect(auditEvents.map((e) => e.type)).toEqual(['audit.scheduled', 'audit.completed']);
      expect(auditEvents[1]!.data).toEqual({
        auditId: audit.id,
        centreId: 'centre-1',
        templateId,
        templateName: 'Mystery shopper: reception',
        kind: 'mystery-shopper',
        score: 18,
        maxScore: 25,
        scorePercent: 72,
        employeeIds: ['adv-1'],
        findingCount: 1,
        completedAt: new Date(base + DAY).toISOString(),
      });
      expect(JSON.stringify(auditEvents)).not.toContain('four minutes');
      const actionEvents = await eventsOf(QUALITY_TOPIC, actionId);
      expect(actionEvents.map((e) => e.type)).toEqual([
        'action.opened',
        'action.escalated',
        'action.verified',
        'action.closed',
      ]);
      expect(actionEvents[0]!.data).toMatchObject({
        source: 'audit-finding',
        ownerId: 'centre-1-manager',
        dueAt: new Date(base + 8 * DAY).toISOString(),
      });
      expect(actionEvents[1]!.data).toMatchObject({
        level: 1,
        dueAt: new Date(base + 8 * DAY).toISOString(),
      });
      expect(actionEvents[2]!.data).toEqual({
        actionId,
        centreId: 'centre-1',
        effective: true,
        indicatorBefore: 40,
        indicatorAfter: 90,
      });
    });

    it('an ineffective verification sends the action back to analysis instead of closing it', async () => {
      at(0);
      const audit = await schedule({ scheduledFor: null });
      const scored = await post(`/v1/audits/${audit.id}/results`, results(2), quality);
      const path = `/v1/improvement-actions/${scored.body.actionIds[0]}`;
      await post(`${path}/analysis`, { rootCause: 'Unclear', plan: 'Coaching' }, quality).expect(200);
      await post(`${path}/implementation`, { verifyAfterDays: 0 }, quality).expect(200);
      const verified = await post(`${path}/verification`, { effective: false, indicatorAfter: 20 }, quality);
      expect(verified.body).toMatchObject({ status: 'open', verification: { effective: false } });
      expect((await post(`${path}/closure`, {}, quality)).status).toBe(409);
    });

    it('refuses scores outside the item range and unknown templates with problem+json, changing nothing', async () => {
      at(0);
      const audit = await schedule();
      const outboxBefore = await svc.prisma.outboxMessage.count();
      const actionsBefore = await svc.prisma.improvementAction.count();

      for (const [score, code] of [
        [11, 'greeting'],
        [-1, 'greeting'],
        [6, 'cleanliness'],
      ] as const) {
        const body = results(8);
        body.results = body.results.map((r) => (r.code === code ? { ...r, score } : r));
        const res = await post(`/v1/audits/${audit.id}/results`, body, quality);
        expect(res.status).toBe(422);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body).toMatchObject({
          type: 'urn:aftersales:problem:quality:score-out-of-range',
          title: 'Business rule violated',
          status: 422,
          code: 'score-out-of-range',
          item: code,
          score,
          min: 0,
        });
      }
      const missing = await post(
        `/v1/audits/${audit.id}/results`,
        { results: [{ code: 'greeting', score: 3 }] },
        quality,
      );
      expect(missing.status).toBe(422);
      expect(missing.body).toMatchObject({
        type: 'urn:aftersales:problem:quality:checklist-mismatch',
        code: 'checklist-mismatch',
        missing: ['explanation', 'cleanliness'],
      });
      expect((await get(`/v1/audits/${audit.id}`, quality)).body).toMatchObject({
        status: 'scheduled',
        results: null,
        version: 1,
      });

      const auditsBefore = await svc.prisma.audit.count();
      for (const unknown of ['4f1d8c2e-0000-4000-8000-000000000000', 'no-such-template']) {
        const res = await create('/v1/audits', { templateId: unknown, centreId: 'centre-1' }, quality);
        expect(res.status).toBe(422);
        expect(res.body).toMatchObject({
          type: 'urn:aftersales:problem:quality:unknown-template',
          code: 'unknown-template',
          field: 'templateId',
          templateId: unknown,
        });
      }
      // Another tenant's template is unknown too.
      const foreign = await create('/v1/audits', { templateId, centreId: 'centre-1' }, otherTenant);
      expect(foreign.status).toBe(422);
      expect(await svc.prisma.audit.count()).toBe(auditsBefore);
      expect(await svc.prisma.improvementAction.count()).toBe(actionsBefore);
      expect(await svc.prisma.outboxMessage.count()).toBe(outboxBefore);

      const badTemplate = await create(
        '/v1/audit-templates',
        { name: 'Broken', kind: 'process-audit', items: [{ code: 'a', label: 'A', maxScore: 0 }] },
        quality,
      );
      expect(badTemplate.status).toBe(400);
      expect(badTemplate.body.errors[0].path).toBe('body.items[0].maxScore');
    });

    it('keeps audits and actions to quality managers of the tenant', async () => {
      const audit = await schedule();
      expect((await get(`/v1/audits/${audit.id}`, advisor)).status).toBe(403);
      expect((await get(`/v1/audits/${audit.id}`, otherTenant)).status).toBe(404);
      const list = await get('/v1/improvement-actions?status=closed', quality);
      expect(list.status).toBe(200);
      expect(list.body.items.length).toBeGreaterThan(0);
      expect((await get('/v1/improvement-actions', otherTenant)).body.items).toEqual([]);
    });
  });

  describe('complaint patterns and KPI breaches', () => {
    it('opens one action when a centre collects enough complaints of one category', async () => {
      at(0);
      const complain = (category: string | null) =>
        create(
          '/v1/complaints',
          {
            channel: 'phone',
            description: 'Waited two hours',
            centreId: 'centre-pattern',
            ...(category ? { category, severity: 'medium' } : {}),
          },
          advisor,
        ).expect(201);
      await complain('waiting-time');
      await complain('billing');
      const later = await complain(null);
      const pattern = { sourceRef: 'pattern:centre-pattern:waiting-time' };
      expect(await svc.prisma.improvementAction.count({ where: pattern })).toBe(0);
      await complain('waiting-time');
      // The third one counts when it is classified.
      await post(
        `/v1/complaints/${later.body.id}/classification`,
        { category: 'waiting-time', severity: 'low' },
        handler,
      ).expect(200);
      const actions = await svc.prisma.improvementAction.findMany({ where: pattern });
      expect(actions).toHaveLength(1);
      expect(actions[0]).toMatchObject({
        source: 'complaint-pattern',
        centreId: 'centre-pattern',
        ownerId: 'quality-manager',
        indicatorBefore: 3,
      });
      await complain('waiting-time'); // a fourth while the action is open: no second action
      expect(await svc.prisma.improvementAction.count({ where: pattern })).toBe(1);
      const events = await eventsOf(QUALITY_TOPIC, actions[0]!.id);
      expect(events[0]).toMatchObject({
        type: 'action.opened',
        data: { source: 'complaint-pattern', sourceRef: pattern.sourceRef },
      });
    });

    const snapshot = (scope: 'centre' | 'tenant', scopeId: string, kpis: Record<string, number | null>) =>
      createEvent('analytics.kpi.snapshot', {
        producer: 'analytics',
        tenantId: 'tenant-a',
        subject: `${scope}:${scopeId}`,
        data: {
          snapshotId: randomUUID(),
          scope,
          scopeId,
          granularity: 'week',
          periodStart: '2026-10-26',
          periodEnd: '2026-11-01',
          counts: { ordersOpened: 40, ordersCompleted: 38, surveys: 20, complaints: 3, rescues: 1 },
          kpis: {
            ...Object.fromEntries(KPI_NAMES.map((k) => [k, null])),
            firstTimeFixRate: 0.9,
            comebackRate: 0.01,
            ...kpis,
          } as never,
        },
      });

    it('opens one action per breached KPI of a centre from analytics snapshots, once per delivery and while open', async () => {
      at(0);
      const breach = snapshot('centre', 'centre-kpi', { firstTimeFixRate: 0.78, comebackRate: 0.09 });
      const again = snapshot('centre', 'centre-kpi', { firstTimeFixRate: 0.7 }); // still open: no second
      const fine = snapshot('centre', 'centre-fine', {});
      const tenantWide = snapshot('tenant', 'tenant-a', { firstTimeFixRate: 0.5 }); // not a centre
      await svc.producer.publish([breach, breach, again, fine, tenantWide].map((event) => ({ event })));
      await waitFor(
        async () =>
          (await svc.prisma.inboxMessage.count({
            where: { eventId: { in: [breach.id, again.id, fine.id, tenantWide.id] } },
          })) === 4,
        'the snapshots in the inbox',
      );
      const actions = await svc.prisma.improvementAction.findMany({
        where: { source: 'kpi-breach', centreId: { in: ['centre-kpi', 'centre-fine', 'tenant-a'] } },
        orderBy: { sourceRef: 'asc' },
      });
      expect(actions.map((a) => [a.sourceRef, a.indicatorName, a.indicatorBefore])).toEqual([
        ['kpi:centre-kpi:comebackRate', 'comebackRate', 0.09],
        ['kpi:centre-kpi:firstTimeFixRate', 'firstTimeFixRate', 0.78],
      ]);
      const events = await eventsOf(QUALITY_TOPIC, actions[1]!.id);
      expect(events[0]).toMatchObject({
        type: 'action.opened',
        data: {
          source: 'kpi-breach',
          centreId: 'centre-kpi',
          indicator: { name: 'firstTimeFixRate', value: 0.78 },
        },
      });
    });

    it('opens an action by hand for a KPI breach', async () => {
      at(0);
      const res = await create(
        '/v1/improvement-actions',
        {
          centreId: 'centre-1',
          source: 'kpi-breach',
          sourceRef: 'kpi:first-time-fix:centre-1',
          title: 'First-time-fix rate below 85 %',
          ownerId: 'workshop-lead',
          dueAt: '2026-11-30T17:00:00.000Z',
          indicator: { name: 'first-time-fix', value: 0.78 },
        },
        quality,
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'open', source: 'kpi-breach', indicator: { before: 0.78 } });
      const bad = await create(
        '/v1/improvement-actions',
        {
          centreId: 'centre-1',
          source: 'audit-finding',
          sourceRef: 'x',
          title: 'x',
          ownerId: 'x',
          dueAt: '2026-11-30T17:00:00.000Z',
        },
        quality,
      );
      expect(bad.status).toBe(400);
    });
  });

  it('documents the new routes in /openapi.json', async () => {
    const doc = await api().get('/openapi.json');
    expect(doc.status).toBe(200);
    const paths = Object.keys(doc.body.paths as object);
    for (const path of [
      '/v1/inquiries/{id}/conversion',
      '/v1/audits/{id}/results',
      '/v1/improvement-actions/{id}/verification',
      '/v1/supervision-reports/{id}/resolution',
    ])
      expect(paths).toContain(path);
  });

  describe('supervision reports', () => {
    it('takes an anonymous report from anyone in the tenant, storing no reporter, and resolves it', async () => {
      at(0);
      const filed = await create(
        '/v1/supervision-reports',
        {
          anonymous: true,
          centreId: 'centre-1',
          category: 'overcharging',
          description: 'Charged for a wiper change that never happened',
        },
        technician,
      );
      expect(filed.status).toBe(201);
      const reportId = filed.body.id as string;
      const row = await svc.prisma.supervisionReport.findUniqueOrThrow({ where: { id: reportId } });
      expect(row).toMatchObject({ anonymous: true, reporterId: null, status: 'open' });
      expect(JSON.stringify(row)).not.toContain('tech-7');

      // Only quality managers read and handle reports.
      expect((await get(`/v1/supervision-reports/${reportId}`, technician)).status).toBe(403);
      expect((await get(`/v1/supervision-reports/${reportId}`, otherTenant)).status).toBe(404);
      const read = await get(`/v1/supervision-reports/${reportId}`, quality);
      expect(read.body).toMatchObject({ anonymous: true, reporterId: null, category: 'overcharging' });

      await post(
        `/v1/supervision-reports/${reportId}/investigation`,
        { findings: 'Invoice 88 checked' },
        quality,
      ).expect(200);
      at(2 * DAY);
      const resolved = await post(
        `/v1/supervision-reports/${reportId}/resolution`,
        {
          outcome: 'substantiated',
          findings: 'Wiper line billed twice',
          action: { title: 'Second check of invoices before release', ownerId: 'centre-1-manager' },
        },
        quality,
      );
      expect(resolved.status).toBe(200);
      expect(resolved.body).toMatchObject({
        status: 'resolved',
        outcome: 'substantiated',
        resolvedBy: 'qm-1',
      });
      const actionId = resolved.body.actionId as string;
      expect((await get(`/v1/improvement-actions/${actionId}`, quality)).body).toMatchObject({
        source: 'supervision-report',
        sourceRef: reportId,
      });
      const again = await post(
        `/v1/supervision-reports/${reportId}/resolution`,
        { outcome: 'not-substantiated', findings: 'x' },
        quality,
      );
      expect(again.status).toBe(409);

      const events = await eventsOf(QUALITY_TOPIC, reportId);
      expect(events.map((e) => e.type)).toEqual(['supervision.reported', 'supervision.resolved']);
      expect(events[0]!.data).toEqual({
        reportId,
        centreId: 'centre-1',
        anonymous: true,
        category: 'overcharging',
      });
      expect(events[1]!.data).toEqual({ reportId, centreId: 'centre-1', outcome: 'substantiated', actionId });
      expect(JSON.stringify(events)).not.toContain('tech-7');
      const outboxRows = await svc.prisma.outboxMessage.findMany({
        where: { key: reportId },
        select: { payload: true, headers: true },
      });
      expect(JSON.stringify(outboxRows)).not.toContain('tech-7');
    });

    it('keeps the name of a reporter who signs', async () => {
      const filed = await create(
        '/v1/supervision-reports',
        { category: 'service-attitude', description: 'Rude on the phone', reporterKind: 'staff' },
        technician,
      );
      expect(filed.status).toBe(201);
      const row = await svc.prisma.supervisionReport.findUniqueOrThrow({ where: { id: filed.body.id } });
      expect(row).toMatchObject({ anonymous: false, reporterId: 'tech-7', centreId: null });
      const bad = await create(
        '/v1/supervision-reports',
        { category: 'gossip', description: 'x' },
        technician,
      );
      expect(bad.status).toBe(400);
      // A report may concern a centre the reporter does not work for.
      const elsewhere = await token(['parts-clerk'], { userId: 'clerk-3', centreIds: ['centre-9'] });
      const about = await create(
        '/v1/supervision-reports',
        { centreId: 'centre-1', category: 'safety', description: 'Lift used without inspection tag' },
        elsewhere,
      );
      expect(about.status).toBe(201);
    });
  });
});
