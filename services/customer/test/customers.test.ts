// Customers end to end against real PostgreSQL and Kafka: registration through the outbox,
// encrypted storage (raw rows read with plain pg), blind-index search, masking and the access
// audit, tenant and dealer isolation, idempotency, validation and optimistic concurrency.
import { topicOf } from '@aftersales/contracts';
import { Client } from 'pg';
import request from 'supertest';
import { aad } from '../src/domain/crypto/pii-cipher';
import { open } from '../src/domain/crypto/aes-gcm';
import { erika, erikaPlaintext, idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

describe('customers', () => {
  let h: Harness;
  let advisor: string;
  let technician: string;
  let erikaId: string;

  beforeAll(async () => {
    h = await startHarness('customers');
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    technician = await h.token(['technician'], { userId: 'tech-1' });
  });
  afterAll(async () => {
    await h?.close();
  });

  const post = (body: unknown, token = advisor, key: string | null = idemKey()) => {
    const r = request(h.app).post('/v1/customers').set('Authorization', `Bearer ${token}`);
    return (key ? r.set('Idempotency-Key', key) : r).send(body as object);
  };
  const get = (path: string, token = advisor) =>
    request(h.app).get(path).set('Authorization', `Bearer ${token}`);

  it('registers a customer, shows the advisor the normalised data and emits customer.registered through the outbox', async () => {
    const res = await post(erika);
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/v1/customers/${res.body.id}`);
    expect(res.body).toMatchObject({
      kind: 'person',
      status: 'active',
      piiAccess: 'decrypted',
      name: 'Erika Mustermann',
      phone: '+4915123456789',
      email: 'erika.mustermann@example.de',
      address: erika.address,
      idNumbers: erika.idNumbers,
      preferredChannel: 'email',
      consents: { marketing: true, dataProcessing: true },
      version: 1,
    });
    erikaId = res.body.id;

    const onTopic = (await h.read(topicOf('customer.registered'), 1)).find((m) => m.key === erikaId)!;
    const event = JSON.parse(onTopic.value!);
    expect(event).toMatchObject({
      type: 'customer.registered',
      tenantId: 'tenant-a',
      subject: erikaId,
      producer: 'customer',
    });
    expect(event.data).toEqual({
      customerId: erikaId,
      kind: 'person',
      dealerId: null,
      preferredChannel: 'email',
      consents: { marketing: true, dataProcessing: true },
    });
    for (const plain of erikaPlaintext) expect(onTopic.value).not.toContain(plain);
  });

  it('stores no plaintext PII in any column of any table (raw rows read with pg), only ciphertext that opens with the customer key', async () => {
    const pg = new Client({ connectionString: h.db.url });
    await pg.connect();
    try {
      const tables = (
        await pg.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
        )
      ).rows.map((r) => r.table_name);
      expect(tables).toEqual(
        expect.arrayContaining([
          'customer',
          'customer_data_key',
          'pii_access_log',
          'idempotency_record',
          'outbox_message',
        ]),
      );
      for (const table of tables) {
        const rows = (await pg.query(`SELECT * FROM "${table}"`)).rows as Record<string, unknown>[];
        for (const row of rows) {
          for (const [column, value] of Object.entries(row)) {
            if (value === null) continue;
            const bytes = Buffer.isBuffer(value)
              ? value
              : Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8');
            for (const plain of erikaPlaintext) {
              if (
                bytes.toString('utf8').toLowerCase().includes(plain.toLowerCase()) ||
                bytes.includes(Buffer.from(plain))
              ) {
                throw new Error(`plaintext "${plain}" found in ${table}.${column}`);
              }
            }
          }
        }
      }
      const { rows } = await pg.query(
        'SELECT c.pii_ciphertext, c.phone_index, c.email_index, k.master_key_id, k.wrapped_key FROM customer c JOIN customer_data_key k ON k.customer_id = c.id WHERE c.id = $1',
        [erikaId],
      );
      const row = rows[0];
      expect(row.master_key_id).toBe('k1');
      expect(row.phone_index).toMatch(/^[0-9a-f]{64}$/);
      const dataKey = h.deps.keyring.unwrap(
        { masterKeyId: row.master_key_id, wrapped: row.wrapped_key },
        aad.dataKey('tenant-a', erikaId),
      );
      expect(JSON.parse(open(dataKey, row.pii_ciphertext, aad.pii(erikaId)).toString()).name).toBe(
        'Erika Mustermann',
      );
    } finally {
      await pg.end();
    }
  });

  it('finds a customer by exact phone in any spelling and by e-mail in any case (blind index), and nobody else', async () => {
    await post(person(1));
    const byPhone = await get(`/v1/customers?phone=${encodeURIComponent('+49 151 23456789')}`);
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.items.map((c: { id: string }) => c.id)).toEqual([erikaId]);
    const byEmail = await get(`/v1/customers?email=${encodeURIComponent(' ERIKA.mustermann@example.DE')}`);
    expect(byEmail.body.items.map((c: { id: string }) => c.id)).toEqual([erikaId]);
    expect((await get('/v1/customers?phone=%2B4915199999999')).body.items).toEqual([]);
    expect((await get('/v1/customers?email=someone%40example.de')).body.items).toEqual([]);
    const bad = await get('/v1/customers?phone=12');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('masks contact data for a technician without decrypting or auditing, and audits every decrypted read', async () => {
    const before = await h.prisma.piiAccessLog.count();
    const masked = await get(`/v1/customers/${erikaId}`, technician);
    expect(masked.status).toBe(200);
    expect(masked.body).toMatchObject({
      piiAccess: 'masked',
      name: '***',
      phone: '***',
      email: '***',
      address: '***',
      idNumbers: '***',
      preferredChannel: 'email',
    });
    const analyst = await get(
      `/v1/customers?email=erika.mustermann%40example.de`,
      await h.token(['analyst', 'parts-clerk']),
    );
    expect(analyst.body.items[0]).toMatchObject({ id: erikaId, piiAccess: 'masked', name: '***' });
    expect(await h.prisma.piiAccessLog.count()).toBe(before);

    const read = await get(`/v1/customers/${erikaId}`).set('X-Request-Id', 'req-audit-1');
    expect(read.body.name).toBe('Erika Mustermann');
    const rows = await h.prisma.piiAccessLog.findMany({ where: { requestId: 'req-audit-1' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      tenantId: 'tenant-a',
      customerId: erikaId,
      userId: 'advisor-1',
      roles: ['service-advisor'],
      purpose: 'GET /v1/customers/:id',
    });
    expect(rows[0]!.accessedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const handler = await get(
      '/v1/customers?limit=200',
      await h.token(['complaint-handler'], { userId: 'handler-1' }),
    ).set('X-Request-Id', 'req-audit-list');
    const listed = await h.prisma.piiAccessLog.findMany({ where: { requestId: 'req-audit-list' } });
    expect(listed.map((r) => r.customerId).sort()).toEqual(
      handler.body.items.map((c: { id: string }) => c.id).sort(),
    );
    expect(listed.every((r) => r.userId === 'handler-1' && r.purpose === 'GET /v1/customers')).toBe(true);
  });

  it('shows admins the access log of a customer, newest first, paged', async () => {
    const admin = await h.token(['admin'], { userId: 'admin-1' });
    const log = await get(`/v1/customers/${erikaId}/access-log?limit=1`, admin);
    expect(log.status).toBe(200);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({
      userId: 'handler-1',
      roles: ['complaint-handler'],
      purpose: 'GET /v1/customers',
      requestId: 'req-audit-list',
    });
    const next = await get(
      `/v1/customers/${erikaId}/access-log?limit=1&cursor=${log.body.nextCursor}`,
      admin,
    );
    expect(next.body.items[0]).toMatchObject({ userId: 'advisor-1', requestId: 'req-audit-1' });
    expect((await get(`/v1/customers/${erikaId}/access-log`)).status).toBe(403);
  });

  it('keeps tenants apart: another tenant gets 404 for the id and finds nothing by phone', async () => {
    const other = await h.token(['admin'], { tenantId: 'tenant-b' });
    const res = await get(`/v1/customers/${erikaId}`, other);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, detail: 'No such resource.', code: 'not-found' });
    expect((await get('/v1/customers?phone=%2B4915123456789', other)).body.items).toEqual([]);
    const patch = await request(h.app)
      .patch(`/v1/customers/${erikaId}`)
      .set('Authorization', `Bearer ${other}`)
      .set('If-Match', '"1"')
      .send({ name: 'X' });
    expect(patch.status).toBe(404);
    expect((await get(`/v1/customers/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('hides customers of dealers outside the caller scope', async () => {
    const d2 = await post(person(2, { dealerId: 'dealer-2' }));
    expect(d2.status).toBe(201);
    const scoped = await h.token(['service-advisor'], { dealerIds: ['dealer-1'] });
    expect((await get(`/v1/customers/${d2.body.id}`, scoped)).status).toBe(404);
    expect((await get(`/v1/customers/${erikaId}`, scoped)).status).toBe(200); // group-wide customer
    const listed = (await get('/v1/customers?limit=200', scoped)).body.items.map((c: { id: string }) => c.id);
    expect(listed).not.toContain(d2.body.id);
    const foreignDealer = await post(person(3, { dealerId: 'dealer-2' }), scoped);
    expect(foreignDealer.status).toBe(422);
    expect(foreignDealer.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:unknown-reference',
      status: 422,
      code: 'unknown-reference',
      field: 'dealerId',
    });
  });

  it('replays a repeated Idempotency-Key, refuses it with another body, and requires one', async () => {
    const key = idemKey();
    const first = await post(person(4), advisor, key);
    const again = await post(person(4), advisor, key);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await h.prisma.customer.count({ where: { id: first.body.id } })).toBe(1);
    const other = await post(person(5), advisor, key);
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({
      type: 'urn:aftersales:problem:idempotency-key-reused',
      title: 'Business rule violated',
      status: 422,
      detail: 'This Idempotency-Key was used with a different request body.',
      code: 'idempotency-key-reused',
    });
    expect((await post(person(6), advisor, null)).status).toBe(400);
  });

  it('refuses malformed phone, e-mail, channel without contact and unknown fields, storing nothing', async () => {
    const count = await h.prisma.customer.count();
    const badPhone = await post({ ...erika, phone: '12345' });
    expect(badPhone.status).toBe(400);
    expect(badPhone.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(badPhone.body.errors).toEqual([expect.objectContaining({ path: 'body.phone' })]);
    const badEmail = await post({ ...erika, email: 'erika@' });
    expect(badEmail.body.errors).toEqual([expect.objectContaining({ path: 'body.email' })]);
    expect((await post({ ...erika, nickname: 'Eri' })).status).toBe(400);
    expect((await post({ ...erika, kind: 'robot' })).status).toBe(400);
    const unreachable = await post({ ...erika, email: null });
    expect(unreachable.status).toBe(422);
    expect(unreachable.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unreachable.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:rule',
      title: 'Business rule violated',
      status: 422,
      detail: expect.stringMatching(/e-mail/),
      code: 'channel-unreachable',
    });
    expect(await h.prisma.customer.count()).toBe(count);
    expect(await h.prisma.customerDataKey.count()).toBe(count);
  });

  it('refuses registration by roles that do not handle contact data', async () => {
    const res = await post(person(7), technician);
    expect(res.status).toBe(403);
    expect(res.body.requiredRoles).toEqual(['admin', 'service-advisor', 'complaint-handler']);
  });

  it('lets exactly one of two concurrent updates with the same If-Match win', async () => {
    const id = (await post(person(8))).body.id;
    const patch = (name: string) =>
      request(h.app)
        .patch(`/v1/customers/${id}`)
        .set('Authorization', `Bearer ${advisor}`)
        .set('If-Match', '"1"')
        .send({ name });
    const results = await Promise.all([patch('First Writer'), patch('Second Writer')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)!.body.name;
    expect((await get(`/v1/customers/${id}`)).body).toMatchObject({ name: winner, version: 2 });
  });

  it('updates with If-Match: 428 without, 412 when stale, then applies, re-indexes and emits customer.updated', async () => {
    const patch = (body: object, ifMatch?: string) => {
      const r = request(h.app).patch(`/v1/customers/${erikaId}`).set('Authorization', `Bearer ${advisor}`);
      return (ifMatch ? r.set('If-Match', ifMatch) : r).send(body);
    };
    expect((await patch({ phone: '+49 151 99887766' })).status).toBe(428);
    const stale = await patch({ phone: '+49 151 99887766' }, '"7"');
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({
      type: 'urn:aftersales:problem:stale-version',
      status: 412,
      code: 'stale-version',
      currentVersion: 1,
    });
    const ok = await patch(
      { phone: '+49 151 99887766', consents: { marketing: false, dataProcessing: true } },
      '"1"',
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.body).toMatchObject({ phone: '+4915199887766', version: 2, consents: { marketing: false } });
    expect((await get('/v1/customers?phone=%2B4915123456789')).body.items).toEqual([]);
    expect((await get('/v1/customers?phone=%2B4915199887766')).body.items[0].id).toBe(erikaId);
    expect((await patch({ email: 'not-an-email' }, '"2"')).status).toBe(400);

    const updated = (await h.events(topicOf('customer.updated'))).find(
      (e) => e.type === 'customer.updated' && e.subject === erikaId,
    )!;
    expect(updated.data).toMatchObject({
      customerId: erikaId,
      revision: 2,
      changedFields: ['phone', 'consents'],
    });
    expect(JSON.stringify(updated)).not.toContain('99887766');
  });

  it('pages through customers with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/v1/customers?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((c: { id: string }) => c.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await h.prisma.customer.count({ where: { tenantId: 'tenant-a' } }));
    expect((await get('/v1/customers?cursor=bm90LWpzb24')).status).toBe(400);
  });

  it('rejects requests without a valid token', async () => {
    expect((await request(h.app).get('/v1/customers')).status).toBe(401);
    expect((await request(h.app).get('/v1/customers').set('Authorization', 'Bearer nope')).status).toBe(401);
  });
});
