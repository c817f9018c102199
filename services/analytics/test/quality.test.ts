// Training effectiveness and appraisal scorecards from events published to Kafka (real broker and
// PostgreSQL): seeded orders of technicians before and after a course, training results, audits,
// complaints, surveys and a safety inspection; the API answers the before/after rates with their
// sample sizes, exam pass rates, coverage and the per-employee and per-centre figures (JSON, CSV).
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { advisor, analyst, as, startHarness, type Harness } from './harness';
import { complaintStory, orderStory } from './events';

const TENANT = 'tenant-q';
const DAY = 86_400_000;
const T0 = new Date('2026-03-02T12:00:00.000Z'); // the HV-101 session
const at = (days: number) => new Date(T0.getTime() + days * DAY);

function training(
  technicianId: string,
  attended: boolean,
  examScore: number | null,
  passed: boolean,
): AnyEvent {
  return createEvent('technician.training-completed', {
    producer: 'repair',
    tenantId: TENANT,
    subject: technicianId,
    occurredAt: T0,
    data: {
      technicianId,
      centreId: 'ctr-1',
      courseId: 'crs-hv',
      courseCode: 'HV-101',
      sessionId: 'ses-1',
      attended,
      ...(examScore === null ? {} : { examScore }),
      passed,
      completedAt: T0.toISOString(),
    },
  }) as AnyEvent;
}

function audit(auditId: string, scorePercent: number, employeeIds: string[], findingCount: number): AnyEvent {
  return createEvent('audit.completed', {
    producer: 'complaint',
    tenantId: TENANT,
    subject: auditId,
    occurredAt: at(10),
    data: {
      auditId,
      centreId: 'ctr-1',
      templateId: 'tpl-1',
      templateName: 'Workshop process',
      kind: 'process-audit',
      score: scorePercent,
      maxScore: 100,
      scorePercent,
      employeeIds,
      findingCount,
      completedAt: at(10).toISOString(),
    },
  }) as AnyEvent;
}

/** One order of `techs` completed `days` after the session (negative: before). */
function order(
  id: string,
  techs: string[],
  days: number,
  o: { comeback?: boolean; rework?: number; survey?: number } = {},
) {
  return orderStory({
    tenantId: TENANT,
    orderId: id,
    centreId: 'ctr-1',
    regionId: 'reg-1',
    start: new Date(at(days).getTime() - 24 * 3_600_000),
    completeAfter: 24,
    technicianIds: techs,
    comeback: o.comeback ?? false,
    rework: o.rework ?? 0,
    survey: o.survey ? { product: o.survey, service: o.survey, purchase: o.survey, nps: 8 } : null,
  }).events;
}

const seeded: AnyEvent[] = [
  // tech-a before the course: 4 orders (2 comebacks, 1 reworked, 1 clean); one far outside the window.
  ...order('a-b1', ['tech-a'], -10, { comeback: true }),
  ...order('a-b2', ['tech-a'], -20, { comeback: true }),
  ...order('a-b3', ['tech-a'], -30, { rework: 1 }),
  ...order('a-b4', ['tech-a'], -40),
  ...order('a-old', ['tech-a'], -200, { comeback: true }),
  // tech-a after: 3 clean orders.
  ...order('a-a1', ['tech-a'], 5, { survey: 5 }),
  ...order('a-a2', ['tech-a'], 15, { survey: 4 }),
  ...order('a-a3', ['tech-a'], 25),
  // tech-b (failed the exam): 1 clean before, 1 comeback after.
  ...order('b-b1', ['tech-b'], -5),
  ...order('b-a1', ['tech-b'], 6, { comeback: true, survey: 2 }),
  // tech-c did not attend: their orders never count for the course.
  ...order('c-1', ['tech-c'], -3, { comeback: true }),
  ...order('c-2', ['tech-c'], 3),
  training('tech-a', true, 90, true),
  training('tech-b', true, 50, false),
  training('tech-c', false, null, false),
  audit('aud-1', 80, ['tech-a'], 2),
  audit('aud-2', 60, ['tech-a', 'tech-b'], 1),
  ...complaintStory({
    tenantId: TENANT,
    complaintId: 'cmp-1',
    orderId: 'b-a1',
    centreId: null,
    category: 'repair-quality',
    at: at(8),
    resolveAfterHours: null,
  }),
  createEvent('safety.inspection-completed', {
    producer: 'repair',
    tenantId: TENANT,
    subject: 'ctr-1',
    occurredAt: at(12),
    data: {
      inspectionId: 'ins-1',
      centreId: 'ctr-1',
      hazardCount: 3,
      score: 70,
      rectifyBy: at(19).toISOString(),
    },
  }) as AnyEvent,
];

describe('training effectiveness and appraisals (real Kafka and PostgreSQL)', () => {
  let h: Harness;
  const qa = analyst(TENANT);
  beforeAll(async () => {
    h = await startHarness('analytics_quality', { kafka: true });
    await h.publish(seeded);
    await waitFor(
      async () => h.applied.filter((a) => a.event.tenantId === TENANT).length === seeded.length,
      `${seeded.length} events applied`,
      60_000,
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('compares comeback and first-time-fix rates before vs after the course, with sample sizes', async () => {
    const res = await as(h.app, qa).get('/v1/training-effectiveness?windowDays=90');
    expect(res.status).toBe(200);
    expect(res.body.windowDays).toBe(90);
    expect(res.body.items).toHaveLength(1);
    const hv = res.body.items[0];
    expect(hv).toMatchObject({
      courseId: 'crs-hv',
      courseCode: 'HV-101',
      technicians: 2,
      before: { orders: 5, comebacks: 2, firstTimeFixes: 2, comebackRate: 0.4, firstTimeFixRate: 0.4 },
      after: { orders: 4, comebacks: 1, firstTimeFixes: 3, comebackRate: 0.25, firstTimeFixRate: 0.75 },
    });
    expect(hv.change.comebackRate).toBeCloseTo(-0.15, 10);
    expect(hv.change.firstTimeFixRate).toBeCloseTo(0.35, 10);
    expect(hv.byTechnician).toEqual([
      expect.objectContaining({
        technicianId: 'tech-a',
        trainedAt: T0.toISOString(),
        before: expect.objectContaining({ orders: 4, comebackRate: 0.5, firstTimeFixRate: 0.25 }),
        after: expect.objectContaining({ orders: 3, comebackRate: 0, firstTimeFixRate: 1 }),
      }),
      expect.objectContaining({
        technicianId: 'tech-b',
        before: expect.objectContaining({ orders: 1, comebackRate: 0 }),
        after: expect.objectContaining({ orders: 1, comebackRate: 1 }),
      }),
    ]);

    // A shorter window leaves out the orders 30 and 40 days before.
    const short = await as(h.app, qa).get('/v1/training-effectiveness?windowDays=21&courseId=crs-hv');
    expect(short.body.items[0].before).toMatchObject({ orders: 3, comebacks: 2 });
    expect(short.body.items[0].after).toMatchObject({ orders: 3 });

    const csv = await as(h.app, qa).get('/v1/training-effectiveness', { Accept: 'text/csv' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[1]).toBe('crs-hv,HV-101,2,5,0.4,0.4,4,0.25,0.75,-0.15,0.35');
  });

  it('reports exam pass rates and training coverage', async () => {
    const res = await as(h.app, qa).get('/v1/training-statistics?from=2026-01-01&to=2026-06-30');
    expect(res.status).toBe(200);
    expect(res.body.courses).toEqual([
      {
        courseId: 'crs-hv',
        courseCode: 'HV-101',
        results: 3,
        attended: 2,
        examsTaken: 2,
        passed: 1,
        passRate: 0.5,
        meanExamScore: 70,
      },
    ]);
    // tech-a, tech-b, tech-c seen at ctr-1; two of them attended.
    expect(res.body.coverage).toEqual([{ centreId: 'ctr-1', technicians: 3, trained: 2, coverage: 2 / 3 }]);
  });

  it('per-employee and per-centre appraisal figures from audits, complaints, comebacks and surveys', async () => {
    const period = 'from=2026-01-01&to=2026-06-30';
    const emp = await as(h.app, qa).get(`/v1/appraisals/employees?${period}`);
    expect(emp.status).toBe(200);
    const byId = Object.fromEntries(emp.body.items.map((e: { employeeId: string }) => [e.employeeId, e]));
    expect(byId['tech-a']).toMatchObject({
      centreIds: ['ctr-1'],
      audits: 2,
      meanAuditScore: 70,
      auditFindings: 3,
      ordersCompleted: 7,
      comebacks: 2,
      complaints: 0,
      surveys: 2,
      csi: 4.5,
    });
    expect(byId['tech-b']).toMatchObject({
      audits: 1,
      meanAuditScore: 60,
      ordersCompleted: 2,
      comebacks: 1,
      comebackRate: 0.5,
      complaints: 1,
      complaintRate: 0.5,
      surveys: 1,
      csi: 2,
    });
    const centres = await as(h.app, qa).get(`/v1/appraisals/centres?${period}`);
    expect(centres.body.items).toEqual([
      expect.objectContaining({
        centreId: 'ctr-1',
        audits: 2,
        meanAuditScore: 70,
        ordersCompleted: 11,
        comebacks: 4,
        complaints: 1,
        surveys: 3,
        safetyHazards: 3,
      }),
    ]);
    const csv = await as(h.app, qa).get(`/v1/appraisals/employees?${period}`, { Accept: 'text/csv' });
    expect(csv.text.split('\r\n')[0]).toBe(
      'employeeId,centreIds,audits,meanAuditScore,auditFindings,ordersCompleted,comebacks,comebackRate,firstTimeFixRate,complaints,complaintRate,surveys,csi',
    );
    expect(csv.text).toContain('tech-b,ctr-1,1,60,1,2,1,0.5,0.5,1,0.5,1,2');
  });

  it('refuses bad queries and callers without the role or the scope', async () => {
    const bad = await as(h.app, qa).get('/v1/training-effectiveness?windowDays=1000');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors[0].path).toBe('query.windowDays');
    expect((await as(h.app, qa).get('/v1/appraisals/employees?from=2026-05-01&to=2026-01-01')).status).toBe(
      400,
    );
    expect((await as(h.app, advisor(TENANT)).get('/v1/appraisals/centres')).status).toBe(403);
    const scoped = { ...analyst(TENANT), centreIds: ['ctr-2'] };
    expect((await as(h.app, scoped).get('/v1/training-effectiveness')).status).toBe(403);
    expect((await as(h.app, scoped).get('/v1/appraisals/employees?centreId=ctr-1')).status).toBe(404);
    const none = await as(h.app, scoped).get('/v1/appraisals/centres');
    expect(none.body.items).toEqual([]);
  });
});
