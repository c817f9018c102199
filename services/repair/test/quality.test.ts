// Quality management on the repair side (issue 13) against real PostgreSQL and Kafka: training
// results certify technicians and job types require certifications at assignment; partner
// qualification gates overflow routing; safety hazards are rectified and verified. Every write
// commits its events in the outbox, and the relay publishes them to the namespaced topics.
import { type AnyEvent } from '@aftersales/contracts';
import { Sweeper } from '../src/application/sla-sweep';
import {
  admin,
  advisor,
  as,
  createCentre,
  diagnosisBody,
  ifMatch,
  key,
  outboxOf,
  qualityManager,
  quoteBody,
  receive,
  startHarness,
  type Harness,
} from './harness';

const DAY = 86_400_000;

describe('quality management (PostgreSQL + Kafka)', () => {
  let h: Harness;
  const qm = qualityManager();
  const staff = advisor();
  beforeAll(async () => {
    h = await startHarness('repair_quality', { kafka: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The latest event of `type` for `key`, once the relay has published every one of them. */
  async function published(key: string, type: string): Promise<AnyEvent> {
    for (let i = 0; i < 100; i++) {
      const rows = await h.prisma.outboxMessage.findMany({
        where: { key, eventType: type },
        orderBy: { seq: 'asc' },
      });
      if (rows.length > 0 && rows.every((r) => r.publishedAt !== null))
        return rows[rows.length - 1]!.payload as unknown as AnyEvent;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${type} for ${key} was not published`);
  }

  /** An order diagnosed on the given system, quoted and approved: ready for assignment. */
  async function approvedOrder(centreId: string, system: string, vehicleId: string) {
    const o = await receive(h.app, staff, centreId, { vehicleId, symptomSystems: [system] });
    const api = as(h.app, staff);
    let v = o.version;
    const step = async (path: string, body: object) => {
      const res = await api.post(`/v1/repair-orders/${o.id}/${path}`, body, ifMatch(v));
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      v = res.body.version;
    };
    await step('diagnosis', {
      ...diagnosisBody,
      findings: [{ system, severity: 'required', faultCode: 'P0A80', description: 'HV battery cell' }],
    });
    await step('quotes', quoteBody);
    await step('quotes/1/approval', { method: 'in-person' });
    return { id: o.id, version: v };
  }

  describe('training and certification', () => {
    let centre: { id: string };
    let course: { id: string };
    beforeAll(async () => {
      centre = await createCentre(h.app, admin(), {
        name: 'EV centre',
        technicians: [
          { id: 'tech-1', name: 'Ana', skills: ['battery-ev'] },
          { id: 'tech-2', name: 'Ben', skills: ['battery-ev'] },
          { id: 'tech-3', name: 'Cem', skills: ['brakes'] },
        ],
      });
    });

    it('creates a course; a duplicate code is a 409 and a bad body a 400', async () => {
      const body = {
        code: 'HV-101',
        title: 'High-voltage systems',
        category: 'new-technology',
        passScore: 80,
        certificationCode: 'HV-EV',
        certificationValidMonths: 24,
      };
      expect((await as(h.app, staff).post('/v1/courses', body, key())).status).toBe(403);
      const res = await as(h.app, qm).post('/v1/courses', body, key());
      expect(res.status).toBe(201);
      course = res.body;
      expect((await as(h.app, qm).post('/v1/courses', body, key())).status).toBe(409);
      const bad = await as(h.app, qm).post('/v1/courses', { ...body, code: 'X', passScore: 130 }, key());
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('body.passScore');
    });

    it('refuses a session of an unknown course (422, nothing created)', async () => {
      const unknown = '00000000-0000-4000-8000-000000000001';
      const res = await as(h.app, qm).post(
        '/v1/training-sessions',
        { courseId: unknown, centreId: centre.id, startsAt: new Date().toISOString(), invitees: ['tech-1'] },
        key(),
      );
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toContain(unknown);
      expect(await h.prisma.trainingSession.count()).toBe(0);
    });

    it('records results once: a pass certifies, an out-of-range score changes nothing', async () => {
      const s = await as(h.app, qm).post(
        '/v1/training-sessions',
        {
          courseId: course.id,
          centreId: centre.id,
          startsAt: new Date().toISOString(),
          invitees: ['tech-1', 'tech-2'],
        },
        key(),
      );
      expect(s.status).toBe(201);
      const url = `/v1/training-sessions/${s.body.id}/results`;
      const outOfRange = await as(h.app, qm).post(
        url,
        { results: [{ technicianId: 'tech-1', attended: true, examScore: 101 }] },
        ifMatch(1),
      );
      expect(outOfRange.status).toBe(400);
      expect(outOfRange.body.errors[0].path).toBe('body.results[0].examScore');
      expect(await h.prisma.trainingRecord.count()).toBe(0);

      const ok = await as(h.app, qm).post(
        url,
        {
          results: [
            { technicianId: 'tech-1', attended: true, examScore: 92 },
            { technicianId: 'tech-2', attended: true, examScore: 61 },
          ],
        },
        ifMatch(1),
      );
      expect(ok.status).toBe(200);
      expect(ok.body.version).toBe(2);
      const again = await as(h.app, qm).post(
        url,
        { results: [{ technicianId: 'tech-1', attended: true, examScore: 95 }] },
        ifMatch(2),
      );
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'results-recorded', resultedAt: expect.any(String) });

      const completed = await published('tech-1', 'technician.training-completed');
      expect(completed.data).toMatchObject({
        courseCode: 'HV-101',
        examScore: 92,
        passed: true,
        attended: true,
      });
      const failed = await published('tech-2', 'technician.training-completed');
      expect(failed.data).toMatchObject({ examScore: 61, passed: false });
      const certified = await published('tech-1', 'technician.certified');
      expect(certified.data).toMatchObject({ certificationCode: 'HV-EV', courseId: course.id });
      expect((await outboxOf(h.prisma, 'tech-2')).map((e) => e.type)).toEqual([
        'technician.training-completed',
      ]);

      const certs = await as(h.app, staff).get(`/v1/certifications?centreId=${centre.id}`);
      expect(certs.body.items).toEqual([
        expect.objectContaining({ technicianId: 'tech-1', certificationCode: 'HV-EV', valid: true }),
      ]);
    });

    it('assignment needs the certification the job type requires: uncertified refused, certified assigned', async () => {
      const put = await as(h.app, qm).put('/v1/certification-requirements/battery-ev', {
        certificationCodes: ['HV-EV'],
      });
      expect(put.status).toBe(200);
      const order = await approvedOrder(centre.id, 'battery-ev', 'veh-ev-1');
      const refused = await as(h.app, staff).post(
        `/v1/repair-orders/${order.id}/assignment`,
        { technicianIds: ['tech-2'] },
        ifMatch(order.version),
      );
      expect(refused.status).toBe(422);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({
        type: 'urn:aftersales:problem:repair:certification-required',
        title: 'Business rule violated',
        code: 'certification-required',
        missing: [
          { technicianId: 'tech-2', certificationCode: 'HV-EV', jobType: 'battery-ev', problem: 'missing' },
        ],
      });
      expect(refused.body.detail).toContain('tech-2');
      expect(refused.body.detail).toContain('HV-EV');
      const unchanged = await as(h.app, staff).get(`/v1/repair-orders/${order.id}`);
      expect(unchanged.body).toMatchObject({ status: 'APPROVED', version: order.version, technicianIds: [] });

      // A job type without requirements (brakes) still takes anyone of the centre.
      const brakes = await approvedOrder(centre.id, 'brakes', 'veh-ev-2');
      const anyone = await as(h.app, staff).post(
        `/v1/repair-orders/${brakes.id}/assignment`,
        { technicianIds: ['tech-3'] },
        ifMatch(brakes.version),
      );
      expect(anyone.status).toBe(200);

      const assigned = await as(h.app, staff).post(
        `/v1/repair-orders/${order.id}/assignment`,
        { technicianIds: ['tech-1'] },
        ifMatch(order.version),
      );
      expect(assigned.status).toBe(200);
      expect(assigned.body).toMatchObject({ status: 'IN_PROGRESS', technicianIds: ['tech-1'] });
    });

    it('an expired certification refuses the assignment and the sweep reports the expiry once', async () => {
      const order = await approvedOrder(centre.id, 'battery-ev', 'veh-ev-3');
      const later = new Date(Date.now() + 3 * 365 * DAY);
      h.clock.now = later;
      try {
        const refused = await as(h.app, staff).post(
          `/v1/repair-orders/${order.id}/assignment`,
          { technicianIds: ['tech-1'] },
          ifMatch(order.version),
        );
        expect(refused.status).toBe(422);
        expect(refused.body.missing).toEqual([
          expect.objectContaining({ technicianId: 'tech-1', certificationCode: 'HV-EV', problem: 'expired' }),
        ]);
        expect(refused.body.detail).toMatch(/tech-1 has an expired HV-EV/);
      } finally {
        h.clock.now = null;
      }
      const sweeper = new Sweeper({
        prisma: h.prisma,
        intervalMs: 60_000,
        emergencyFactor: 1.5,
        emergencyExtraHours: 3,
        now: () => later,
      });
      expect((await sweeper.sweepOnce()).expiries).toBe(1);
      expect((await sweeper.sweepOnce()).expiries).toBe(0);
      h.relay?.notify();
      const expired = await published('tech-1', 'technician.certification-expired');
      expect(expired.data).toMatchObject({
        technicianId: 'tech-1',
        certificationCode: 'HV-EV',
        centreId: centre.id,
      });
    });

    it('a training plan reports coverage of its courses; unknown courses are refused', async () => {
      const year = new Date().getUTCFullYear();
      const unknown = await as(h.app, qm).post(
        '/v1/training-plans',
        { centreId: centre.id, year, courseIds: ['00000000-0000-4000-8000-000000000002'] },
        key(),
      );
      expect(unknown.status).toBe(422);
      const plan = await as(h.app, qm).post(
        '/v1/training-plans',
        { centreId: centre.id, year, courseIds: [course.id] },
        key(),
      );
      expect(plan.status).toBe(201);
      const got = await as(h.app, staff).get(`/v1/training-plans/${plan.body.id}`);
      expect(got.body.coverage).toEqual({
        technicians: 3,
        fullyTrained: 1,
        coverage: 1 / 3,
        byCourse: [{ courseId: course.id, trained: 1, share: 1 / 3 }],
      });
    });
  });

  describe('partner workshop qualification and overflow', () => {
    const short = [{ open: '08:00', close: '10:00' }];
    const week = { mon: short, tue: short, wed: short, thu: short, fri: short, sat: short, sun: short };
    let main: { id: string };
    let partner: { id: string };
    const day = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
    const booking = (vehicleId: string) => ({
      centreId: main.id,
      customerId: 'c',
      vehicleId,
      channel: 'phone',
      serviceType: 'repair',
      slotStart: `${day}T08:00:00.000Z`,
      slotEnd: `${day}T09:00:00.000Z`,
      estimatedLabourHours: 1,
    });
    beforeAll(async () => {
      main = await createCentre(h.app, admin(), {
        name: 'Main',
        regionId: 'region-q',
        bays: 1,
        openingHours: week,
      });
      partner = await createCentre(h.app, admin(), {
        name: 'Partner',
        type: 'partner-workshop',
        regionId: 'region-q',
        bays: 3,
        openingHours: week,
      });
      expect((await as(h.app, staff).post('/v1/bookings', booking('v0'), key())).status).toBe(201);
      const declared = await as(h.app, admin()).post(
        '/v1/emergencies',
        { regionId: 'region-q', cause: 'weather', extraHours: 0 },
        key(),
      );
      expect(declared.body.overflowCentreIds).toEqual([partner.id]);
    });

    it('a partner never assessed or with a low audit score receives no overflow', async () => {
      expect((await as(h.app, staff).post('/v1/bookings', booking('v1'), key())).status).toBe(409);
      const base = `/v1/partner-qualifications/${partner.id}`;
      const doc = await as(h.app, qm).post(
        `${base}/documents`,
        {
          kind: 'accreditation',
          reference: 'ACC-7',
          validUntil: new Date(Date.now() + 30 * DAY).toISOString(),
        },
        key(),
      );
      expect(doc.status).toBe(201);
      expect(doc.body).toMatchObject({ qualified: false, reason: 'audit-missing' });
      const low = await as(h.app, qm).post(`${base}/audits`, { score: 55 }, key());
      expect(low.body).toMatchObject({ qualified: false, reason: 'audit-below-threshold', auditScore: 55 });
      expect((await as(h.app, staff).post('/v1/bookings', booking('v1'), key())).status).toBe(409);
      expect((await as(h.app, qm).post(`${base}/audits`, { score: 101 }, key())).status).toBe(400);
      const onMain = await as(h.app, qm).post(
        `/v1/partner-qualifications/${main.id}/audits`,
        { score: 90 },
        key(),
      );
      expect(onMain.status).toBe(422);
    });

    it('a valid accreditation and audit allow overflow; a lapsed one stops it', async () => {
      const base = `/v1/partner-qualifications/${partner.id}`;
      const ok = await as(h.app, qm).post(`${base}/audits`, { score: 88 }, key());
      expect(ok.body).toMatchObject({ qualified: true, reason: 'qualified' });
      const changed = await published(partner.id, 'partner.qualification-changed');
      expect(changed.data).toMatchObject({
        centreId: partner.id,
        qualified: true,
        reason: 'qualified',
        auditScore: 88,
      });

      const routed = await as(h.app, staff).post('/v1/bookings', booking('v1'), key());
      expect(routed.status).toBe(201);
      expect(routed.body).toMatchObject({ centreId: partner.id, overflowFromCentreId: main.id });

      // 40 days on, the 30-day accreditation has lapsed: no overflow, and the sweep announces it.
      const later = new Date(Date.now() + 40 * DAY);
      h.clock.now = later;
      try {
        const lapsed = await as(h.app, qm).get(base);
        expect(lapsed.body).toMatchObject({ qualified: false, reason: 'document-expired' });
        const refused = await as(h.app, staff).post(
          '/v1/bookings',
          { ...booking('v2'), slotStart: `${day}T08:00:00.000Z` },
          key(),
        );
        // The slot is now in the past for the moved clock; book a slot after it instead.
        expect([409, 422]).toContain(refused.status);
        const laterDay = new Date(later.getTime() + 3 * DAY).toISOString().slice(0, 10);
        const fill = {
          ...booking('v3'),
          slotStart: `${laterDay}T08:00:00.000Z`,
          slotEnd: `${laterDay}T09:00:00.000Z`,
        };
        expect((await as(h.app, staff).post('/v1/bookings', fill, key())).status).toBe(201); // the main bay
        const noOverflow = await as(h.app, staff).post('/v1/bookings', { ...fill, vehicleId: 'v4' }, key());
        expect(noOverflow.status).toBe(409);
        expect(noOverflow.body.type).toBe('urn:aftersales:problem:repair:no-capacity');
      } finally {
        h.clock.now = null;
      }
      const sweeper = new Sweeper({
        prisma: h.prisma,
        intervalMs: 60_000,
        emergencyFactor: 1.5,
        emergencyExtraHours: 0,
        now: () => later,
      });
      expect((await sweeper.sweepOnce()).expiries).toBe(1);
      h.relay?.notify();
      const types = (await outboxOf(h.prisma, partner.id)).filter(
        (e) => e.type === 'partner.qualification-changed',
      );
      expect(types.map((e) => (e.data as { reason: string }).reason)).toEqual([
        'audit-missing',
        'audit-below-threshold',
        'qualified',
        'document-expired',
      ]);
    });
  });

  describe('safety inspections', () => {
    it('records hazards, rectify then verify closes the inspection; a failed verification reopens', async () => {
      const centre = await createCentre(h.app, admin(), { name: 'Safety centre' });
      const rectifyBy = new Date(Date.now() + 7 * DAY).toISOString();
      const bad = await as(h.app, qm).post(
        '/v1/safety-inspections',
        {
          centreId: centre.id,
          checklist: [{ code: 'fire-extinguishers', passed: true }],
          hazards: [
            { description: 'x', severity: 'high', rectifyBy: new Date(Date.now() - DAY).toISOString() },
          ],
        },
        key(),
      );
      expect(bad.status).toBe(422);
      expect(await h.prisma.safetyInspection.count()).toBe(0);

      const res = await as(h.app, qm).post(
        '/v1/safety-inspections',
        {
          centreId: centre.id,
          checklist: [
            { code: 'fire-extinguishers', passed: true },
            { code: 'lift-certificates', passed: true },
            { code: 'oil-spill-kit', passed: false, note: 'missing in bay 2' },
            { code: 'emergency-exits', passed: false },
          ],
          hazards: [
            { description: 'Oil on the floor of bay 2', severity: 'medium', rectifyBy },
            { description: 'Blocked emergency exit', severity: 'critical', rectifyBy },
          ],
        },
        key(),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ score: 50, status: 'OPEN', nextRectifyBy: rectifyBy, version: 1 });
      const inspection = res.body as { id: string; hazards: { id: string }[] };
      const completed = await published(centre.id, 'safety.inspection-completed');
      expect(completed.data).toMatchObject({
        inspectionId: inspection.id,
        hazardCount: 2,
        score: 50,
        rectifyBy,
      });

      const [h1, h2] = inspection.hazards.map((x) => x.id);
      const url = (hz: string, step: string) =>
        `/v1/safety-inspections/${inspection.id}/hazards/${hz}/${step}`;
      // Verifying before the fix is reported is refused and changes nothing.
      const early = await as(h.app, qm).post(url(h1!, 'verification'), { passed: true }, ifMatch(1));
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'hazard-state', hazardId: h1, hazardStatus: 'OPEN' });
      expect((await as(h.app, qm).get(`/v1/safety-inspections/${inspection.id}`)).body.version).toBe(1);

      let v = 1;
      const step = async (hz: string, s: string, body: object, expected = 200) => {
        const r = await as(h.app, qm).post(url(hz, s), body, ifMatch(v));
        expect(r.status).toBe(expected);
        v = r.body.version;
        return r.body;
      };
      await step(h1!, 'rectification', { note: 'Cleaned, drip tray installed' });
      await step(h2!, 'rectification', { note: 'Pallets removed' });
      const reopened = await step(h2!, 'verification', { passed: false, note: 'Still partly blocked' });
      expect(reopened.hazards[1]).toMatchObject({ status: 'OPEN' });
      await step(h2!, 'rectification', { note: 'Cleared completely' });
      const one = await step(h1!, 'verification', { passed: true });
      expect(one.status).toBe('OPEN');
      const closed = await step(h2!, 'verification', { passed: true });
      expect(closed).toMatchObject({ status: 'CLOSED', nextRectifyBy: null });
      expect(closed.hazards.map((x: { status: string }) => x.status)).toEqual(['VERIFIED', 'VERIFIED']);

      const stale = await as(h.app, qm).post(url(h1!, 'rectification'), { note: 'x' }, ifMatch(1));
      expect(stale.status).toBe(412);
      const rectified = (await outboxOf(h.prisma, centre.id)).filter(
        (e) => e.type === 'safety.hazard-rectified',
      );
      expect(rectified.map((e) => (e.data as { hazardId: string }).hazardId)).toEqual([h1, h2]);
      expect(rectified[0]!.data).toMatchObject({ inspectionId: inspection.id, late: false });
      await published(centre.id, 'safety.hazard-rectified');
    });
  });
});
