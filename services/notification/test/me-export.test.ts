// GET /v1/me/export against real PostgreSQL (and the broker the harness's consumer joins): a
// signed-in customer downloads the messages owed or sent to them, their preferences and the
// records messages are linked to, never a sealed sign-in code, and nothing of another customer's;
// staff tokens, admin included, are refused. Messages are written as the consumer writes them.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { EXPORT_CAP, NotificationExportView } from '../src/api/me-export';
import { TENANT, startInstance, startSuite, token, type Instance, type Suite } from './harness';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const SEALED = 'c2VhbGVkLWNvZGUtY2lwaGVydGV4dC1ub3QtZm9yLWV4cG9ydA';

const customerToken = (customerId: string) =>
  token(['customer'], { userId: customerId, dealerIds: [], centreIds: [] });

describe('customer data export', () => {
  let suite: Suite;
  let svc: Instance;
  const ids = { a: [] as string[], b: [] as string[] };

  const get = (path: string, as: string) => request(svc.app).get(path).set('Authorization', `Bearer ${as}`);

  /** A message as the consumer writes it, created `minutesAgo` before NOW. */
  async function message(customerId: string, over: Record<string, unknown>, minutesAgo: number) {
    const id = randomUUID();
    await svc.prisma.message.create({
      data: {
        id,
        tenantId: TENANT,
        customerId,
        sourceEventId: randomUUID(),
        templateKey: 'repair-ready',
        locale: 'de',
        channel: 'email',
        status: 'sent',
        variables: { orderNumber: `RO-${customerId}` },
        timeZone: 'Europe/Berlin',
        createdAt: new Date(NOW.getTime() - minutesAgo * 60_000),
        sentAt: new Date(NOW.getTime() - minutesAgo * 60_000 + 1_000),
        addressHash: 'a'.repeat(64),
        ...over,
      },
    });
    return id;
  }

  async function recordsOf(customerId: string) {
    const ready = await message(customerId, {}, 30);
    const code = await message(
      customerId,
      {
        templateKey: 'sign-in-code',
        channel: 'sms',
        status: 'sent',
        variables: {
          code: { sealed: `${SEALED}-${customerId}`, aad: 'sign-in:ch-1' },
          validFor: { minutesUntil: '2026-12-01T10:10:00.000Z' },
        },
        expiresAt: new Date(NOW.getTime() + 10 * 60_000),
      },
      10,
    );
    const orderId = `ro-${customerId}`;
    await svc.prisma.subjectLink.create({
      data: {
        tenantId: TENANT,
        kind: 'repair-order',
        subjectId: orderId,
        customerId,
        reference: `RO-${customerId}`,
      },
    });
    return [ready, code, orderId];
  }

  beforeAll(async () => {
    suite = await startSuite('meexport');
    svc = await startInstance(suite, { now: NOW });
    ids.a = await recordsOf('cust-a');
    ids.b = await recordsOf('cust-b');
    const advisor = await token(['service-advisor']);
    const put = await request(svc.app)
      .put('/v1/notifications/preferences/cust-a')
      .set('Authorization', `Bearer ${advisor}`)
      .send({ locale: 'en', optedOut: true, quietHours: '21:30-07:00' });
    expect(put.status).toBe(200);
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  it("exports the customer's messages, preferences and linked records, never a secret or another's", async () => {
    const res = await get('/v1/me/export', await customerToken('cust-a'));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const doc = NotificationExportView.parse(res.body);
    expect(doc).toMatchObject({
      service: 'notification',
      exportedAt: NOW.toISOString(),
      customerId: 'cust-a',
      preferences: { locale: 'en', optedOut: true, quietHours: '21:30-07:00', timeZone: null },
      subjects: [{ kind: 'repair-order', subjectId: 'ro-cust-a', reference: 'RO-cust-a' }],
      truncated: { messages: false, subjects: false },
    });
    expect(doc.messages.map((m) => m.id)).toEqual([ids.a[1], ids.a[0]]);
    expect(doc.messages[0]).toMatchObject({
      templateKey: 'sign-in-code',
      channel: 'sms',
      status: 'sent',
      expiresAt: '2026-12-01T10:10:00.000Z',
      variables: { validFor: { minutesUntil: '2026-12-01T10:10:00.000Z' } },
      withheldVariables: ['code'],
    });
    expect(doc.messages[0]!.variables).not.toHaveProperty('code');
    expect(doc.messages[1]).toMatchObject({
      templateKey: 'repair-ready',
      channel: 'email',
      variables: { orderNumber: 'RO-cust-a' },
      withheldVariables: [],
      sentAt: expect.any(String),
    });

    const text = JSON.stringify(res.body);
    expect(text).not.toContain(SEALED);
    expect(text).not.toContain('sign-in:ch-1');
    for (const id of ids.b) expect(text).not.toContain(id);
    expect(text).not.toContain('cust-b');
  });

  it('gives the other customer only theirs, with the defaults where no preferences are set', async () => {
    const doc = NotificationExportView.parse(
      (await get('/v1/me/export', await customerToken('cust-b'))).body,
    );
    expect(doc.messages.map((m) => m.id)).toEqual([ids.b[1], ids.b[0]]);
    expect(doc.preferences).toBeNull();
    expect(JSON.stringify(doc)).not.toContain('cust-a');
  });

  it('keeps the newest messages past the cap and says so', async () => {
    await svc.prisma.message.createMany({
      data: Array.from({ length: EXPORT_CAP + 1 }, (_, i) => ({
        id: randomUUID(),
        tenantId: TENANT,
        customerId: 'cust-many',
        sourceEventId: randomUUID(),
        templateKey: 'repair-ready',
        locale: 'de',
        channel: 'email',
        status: 'sent',
        variables: { orderNumber: `RO-${i}` },
        timeZone: 'Europe/Berlin',
        createdAt: new Date(NOW.getTime() - (EXPORT_CAP + 1 - i) * 1_000),
      })),
    });
    const res = await get('/v1/me/export', await customerToken('cust-many'));
    expect(res.status).toBe(200);
    expect(res.body.truncated).toEqual({ messages: true, subjects: false });
    expect(res.body.messages).toHaveLength(EXPORT_CAP);
    expect(res.body.messages[0].variables).toEqual({ orderNumber: `RO-${EXPORT_CAP}` });
  });

  it('refuses staff, admin included (403)', async () => {
    for (const roles of [['service-advisor'], ['admin']] as const) {
      const res = await get('/v1/me/export', await token([...roles]));
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
