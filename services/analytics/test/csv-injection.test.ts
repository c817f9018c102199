// CSV injection (docs/security.md, "CSV exports"): ids and codes analytics stores come from other
// services' events, whose contracts accept any string. A stored value starting with a formula
// character comes out of every CSV export neutralised (a leading single quote, quoted), numbers
// stay numbers, and ids in queries must look like ids (400 otherwise). Real PostgreSQL.
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import { analyst, as, seed, startHarness, type Harness } from './harness';

const TENANT = 'tenant-csv';
const AT = new Date('2026-03-10T10:00:00.000Z');
const PERIOD = 'from=2026-03-01&to=2026-03-31';

const events: AnyEvent[] = [
  createEvent('technician.training-completed', {
    producer: 'repair',
    tenantId: TENANT,
    subject: '-tech',
    occurredAt: AT,
    data: {
      technicianId: '-tech',
      centreId: '@ctr',
      courseId: '+crs',
      courseCode: '=HYPERLINK("http://x.test")',
      sessionId: 'ses-1',
      attended: true,
      examScore: 80,
      passed: true,
      completedAt: AT.toISOString(),
    },
  }) as AnyEvent,
  createEvent('audit.completed', {
    producer: 'complaint',
    tenantId: TENANT,
    subject: 'aud-1',
    occurredAt: AT,
    data: {
      auditId: 'aud-1',
      centreId: '@ctr',
      templateId: 'tpl-1',
      templateName: 'Workshop process',
      kind: 'process-audit',
      score: 75,
      maxScore: 100,
      scorePercent: 75,
      employeeIds: ["=cmd|' /C calc'!A0", '\tx'],
      findingCount: 1,
      completedAt: AT.toISOString(),
    },
  }) as AnyEvent,
];

describe('CSV exports neutralise formula cells (real PostgreSQL)', () => {
  let h: Harness;
  const user = analyst(TENANT);
  const csv = async (url: string) => {
    const res = await as(h.app, user).get(url, { Accept: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    return res.text.split('\r\n');
  };

  beforeAll(async () => {
    h = await startHarness('analytics_csv');
    await seed(h.prisma, events, AT);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('training exports: course id and code starting with + and = are quoted text', async () => {
    const json = await as(h.app, user).get('/v1/training-effectiveness');
    expect(json.body.items[0]).toMatchObject({ courseId: '+crs', courseCode: '=HYPERLINK("http://x.test")' });

    const effectiveness = await csv('/v1/training-effectiveness');
    expect(effectiveness[1]).toMatch(/^"'\+crs","'=HYPERLINK\(""http:\/\/x\.test""\)",1,/);

    const statistics = await csv(`/v1/training-statistics?${PERIOD}`);
    expect(statistics[1]).toBe(`"'+crs","'=HYPERLINK(""http://x.test"")",1,1,1,1,1,80`);
  });

  it('appraisal exports: employee and centre ids starting with =, tab and @ are quoted text; numbers stay', async () => {
    const employees = await csv(`/v1/appraisals/employees?${PERIOD}`);
    expect(employees).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"'=cmd\|' \/C calc'!A0","'@ctr",1,75,1,/),
        expect.stringMatching(/^"'\tx","'@ctr",1,75,1,/),
      ]),
    );
    const centres = await csv(`/v1/appraisals/centres?${PERIOD}`);
    expect(centres[1]).toMatch(/^"'@ctr",1,75,1,/);
    // No cell starts with a bare formula character (a minus only before a digit: a number).
    for (const line of [...employees, ...centres]) expect(line).not.toMatch(/(^|,)([=+@\t\r]|-\D)/);
  });

  it('refuses ids that start like a formula in queries (400), before anything is read', async () => {
    for (const url of [
      `/v1/kpis?scope=centre&id=${encodeURIComponent('=1+1')}`,
      `/v1/forecasts/parts-demand?locationId=${encodeURIComponent('@SUM(A1)')}`,
      `/v1/appraisals/employees?centreId=${encodeURIComponent('-2+3')}`,
      `/v1/training-effectiveness?courseId=${encodeURIComponent('+crs')}`,
    ]) {
      const res = await as(h.app, user).get(url);
      expect([url, res.status]).toEqual([url, 400]);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});
