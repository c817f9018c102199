// Centre and employee ids in complaint and audit bodies reach events and analytics' CSV exports
// (appraisals per employee and centre; docs/security.md, "CSV exports"): they must look like ids
// (service-kit's safeIdSchema). A formula start is a 400 naming the field, and nothing is stored.
// Real PostgreSQL (and the suite's Kafka topics).
import request from 'supertest';
import { startInstance, startSuite, token, type Instance, type Suite } from './harness';

describe('ids in request bodies', () => {
  let suite: Suite;
  let svc: Instance;
  beforeAll(async () => {
    suite = await startSuite('ids');
    svc = await startInstance(suite);
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  let seq = 0;
  const post = async (path: string, body: object, roles: Parameters<typeof token>[0]) =>
    request(svc.app)
      .post(path)
      .set('Authorization', `Bearer ${await token(roles)}`)
      .set('Idempotency-Key', `ids-${++seq}`)
      .send(body);
  const paths = (res: request.Response) => (res.body.errors ?? []).map((e: { path: string }) => e.path);

  it('refuses an audit whose centre or employee id starts like a formula (400)', async () => {
    const res = await post(
      '/v1/audits',
      { templateId: 'tpl-1', centreId: '@SUM(A1)', employeeIds: ['tech-muenchen-4', '=cmd|x'] },
      ['quality-manager'],
    );
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(expect.arrayContaining(['body.centreId', 'body.employeeIds[1]']));
    expect(await svc.prisma.audit.count()).toBe(0);
  });

  it('refuses a complaint whose centre id starts like a formula (400)', async () => {
    const res = await post(
      '/v1/complaints',
      { channel: 'phone', centreId: '=HYPERLINK("http://x.test")', description: 'Noise after repair' },
      ['complaint-handler'],
    );
    expect(res.status).toBe(400);
    expect(paths(res)).toContain('body.centreId');
    expect(await svc.prisma.complaint.count()).toBe(0);
  });
});
