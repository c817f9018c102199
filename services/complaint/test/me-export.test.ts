// GET /v1/me/export against real PostgreSQL (and the Kafka the harness's relay needs): a signed-in
// customer downloads everything the complaint desk holds about them (complaints with resolution,
// milestones, full history and the desk's notes; inquiries with the answer) and nothing of another
// customer's; staff tokens, admin included, are refused.
import request from 'supertest';
import { ComplaintExportView, EXPORT_CAP } from '../src/api/me-export';
import { startInstance, startSuite, token, type Instance, type Suite } from './harness';

const customerToken = (customerId: string) =>
  token(['customer'], { userId: customerId, dealerIds: [], centreIds: [] });

describe('customer data export', () => {
  let suite: Suite;
  let svc: Instance;
  let handler: string;
  let advisor: string;
  let keySeq = 0;
  const ids = { a: [] as string[], b: [] as string[] };

  const api = () => request(svc.app);
  const get = (path: string, as: string) => api().get(path).set('Authorization', `Bearer ${as}`);
  const post = (path: string, body: object, as: string, key: string | null = `x-${++keySeq}`) => {
    const r = api().post(path).set('Authorization', `Bearer ${as}`);
    return (key ? r.set('Idempotency-Key', key) : r).send(body);
  };

  /** A complaint filed online, noted and resolved by the desk, and an answered inquiry. */
  async function recordsOf(customerId: string, who: string) {
    const filed = await post('/v1/me/complaints', { description: `Complaint of ${customerId}` }, who);
    expect(filed.status).toBe(201);
    const id = filed.body.id as string;
    await post(
      `/v1/complaints/${id}/classification`,
      { category: 'billing', severity: 'low' },
      handler,
      null,
    ).expect(200);
    await post(`/v1/complaints/${id}/notes`, { text: `Note on ${customerId}` }, handler, null).expect(201);
    await post(
      `/v1/complaints/${id}/resolution`,
      {
        remedy: 'refund',
        summary: `Refund for ${customerId}`,
        goodwill: { amountMinor: 500, currency: 'EUR' },
      },
      handler,
      null,
    ).expect(200);
    const asked = await post('/v1/me/inquiries', { question: `Question of ${customerId}` }, who);
    expect(asked.status).toBe(201);
    await post(
      `/v1/inquiries/${asked.body.id}/answer`,
      { answer: `Answer to ${customerId}` },
      handler,
      null,
    ).expect(200);
    return [id, asked.body.id as string];
  }

  beforeAll(async () => {
    suite = await startSuite('meexport');
    svc = await startInstance(suite);
    handler = await token(['complaint-handler'], { userId: 'handler-jan' });
    advisor = await token(['service-advisor']);
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  it("exports the customer's complaints with history and notes, and inquiries; nobody else's", async () => {
    const a = await customerToken('cust-a');
    const b = await customerToken('cust-b');
    ids.a = await recordsOf('cust-a', a);
    ids.b = await recordsOf('cust-b', b);
    // Taken in for A at the desk by phone: A's too.
    const byPhone = await post(
      '/v1/complaints',
      { channel: 'phone', customerId: 'cust-a', description: 'By phone for cust-a' },
      advisor,
    );
    expect(byPhone.status).toBe(201);

    const res = await get('/v1/me/export', a);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const doc = ComplaintExportView.parse(res.body);
    expect(doc).toMatchObject({
      service: 'complaint',
      customerId: 'cust-a',
      truncated: { complaints: false, inquiries: false },
    });
    expect(Date.parse(doc.exportedAt)).not.toBeNaN();
    expect(doc.complaints.map((c) => c.id)).toEqual([byPhone.body.id, ids.a[0]]);
    const filed = doc.complaints[1]!;
    expect(filed).toMatchObject({
      customerId: 'cust-a',
      trigger: 'customer',
      description: 'Complaint of cust-a',
      status: 'resolved',
      resolution: { remedy: 'refund', summary: 'Refund for cust-a', goodwill: { amountMinor: 500 } },
      notes: [{ authorId: 'handler-jan', text: 'Note on cust-a' }],
    });
    expect(filed.timeline.map((t) => t.event)).toEqual(['filed', 'acknowledged', 'resolved']);
    expect(filed.history.map((h) => h.kind)).toEqual([
      'registered',
      'assignment',
      'classification',
      'note',
      'acknowledged',
      'resolution',
    ]);
    expect(doc.inquiries.map((i) => i.id)).toEqual([ids.a[1]]);
    expect(doc.inquiries[0]).toMatchObject({
      question: 'Question of cust-a',
      answer: { text: 'Answer to cust-a', answeredBy: 'handler-jan' },
    });

    const text = JSON.stringify(res.body);
    for (const id of ids.b) expect(text).not.toContain(id);
    expect(text).not.toContain('cust-b');

    const theirs = ComplaintExportView.parse((await get('/v1/me/export', b)).body);
    expect(theirs.complaints.map((c) => c.id)).toEqual([ids.b[0]]);
    expect(JSON.stringify(theirs)).not.toContain('cust-a');
  });

  it('answers a customer the desk knows nothing of with empty lists', async () => {
    const res = await get('/v1/me/export', await customerToken('cust-nobody'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ customerId: 'cust-nobody', complaints: [], inquiries: [] });
  });

  it('keeps the newest entries of a list past the cap and says so', async () => {
    const base = Date.now() - 86_400_000;
    await svc.prisma.inquiry.createMany({
      data: Array.from({ length: EXPORT_CAP + 1 }, (_, i) => ({
        id: crypto.randomUUID(),
        tenantId: 'tenant-a',
        channel: 'web',
        customerId: 'cust-many',
        question: `Question ${i}`,
        teamId: 'complaints-desk',
        status: 'open',
        receivedAt: new Date(base + i * 1000),
        answerBy: new Date(base + i * 1000 + 86_400_000),
        createdAt: new Date(base + i * 1000),
      })),
    });
    const res = await get('/v1/me/export', await customerToken('cust-many'));
    expect(res.status).toBe(200);
    expect(res.body.truncated).toEqual({ complaints: false, inquiries: true });
    expect(res.body.inquiries).toHaveLength(EXPORT_CAP);
    expect(res.body.inquiries[0].question).toBe(`Question ${EXPORT_CAP}`);
  });

  it('refuses staff, admin included (403)', async () => {
    for (const who of [handler, advisor, await token(['admin'])]) {
      const res = await get('/v1/me/export', who);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
