// Follow-ups and surveys against real PostgreSQL and Kafka: a delivered repair order (published
// twice to the namespaced topic) schedules its follow-ups exactly once; outcomes emit
// followup.completed; surveys validate scores, keep one per order, encrypt the comment and emit
// survey.completed.
import { randomUUID } from 'node:crypto';
import { createEvent, topicOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { Client } from 'pg';
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

describe('follow-ups and surveys', () => {
  let h: Harness;
  let advisor: string;
  let customerId: string;
  let vehicleId: string;

  beforeAll(async () => {
    h = await startHarness('followups', { consumer: true });
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    customerId = (
      await request(h.app)
        .post('/v1/customers')
        .set('Authorization', `Bearer ${advisor}`)
        .set('Idempotency-Key', idemKey())
        .send(person(1, { preferredChannel: 'sms' }))
    ).body.id;
    vehicleId = (
      await request(h.app)
        .post('/v1/vehicles')
        .set('Authorization', `Bearer ${advisor}`)
        .set('Idempotency-Key', idemKey())
        .send({
          vin: '1HGCM82633A004352',
          make: 'Honda',
          model: 'Accord',
          modelYear: 2003,
          ownerCustomerId: customerId,
          mileageKm: 120_000,
        })
    ).body.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const post = (path: string, body: object, token = advisor, headers: Record<string, string> = {}) =>
    request(h.app)
      .post(path)
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', idemKey())
      .set(headers)
      .send(body);
  const get = (path: string, token = advisor) =>
    request(h.app).get(path).set('Authorization', `Bearer ${token}`);

  const delivered = (repairOrderId: string, dueOn: string | null = '2027-06-01') =>
    createEvent('repair.order.delivered', {
      producer: 'repair',
      tenantId: 'tenant-a',
      subject: repairOrderId,
      occurredAt: new Date('2026-11-20T16:00:00.000Z'),
      data: {
        repairOrderId,
        centreId: 'centre-1',
        customerId,
        vehicleId,
        mileageKm: 121_000,
        nextMaintenance: { dueMileageKm: 135_000, dueOn },
        deliveredBy: 'advisor-1',
      },
    });

  let followUpId: string;
  const orderId = randomUUID();

  it('schedules the follow-ups of a delivered order exactly once when the event arrives twice', async () => {
    const event = delivered(orderId);
    await h.producer.publish([{ event }]);
    await h.producer.publish([{ event }]); // the same event id again, as a redelivery brings it
    await waitFor(
      async () => (await h.prisma.inboxMessage.count({ where: { eventId: event.id } })) === 1 || undefined,
      'the delivery handled',
    );
    // The second copy is behind the first on the same partition; once a later event is handled, both were.
    const marker = delivered(randomUUID(), null);
    await h.producer.publish([{ event: marker }]);
    await waitFor(
      async () => (await h.prisma.inboxMessage.count({ where: { eventId: marker.id } })) === 1 || undefined,
      'the marker handled',
    );

    const rows = await h.prisma.followUp.findMany({
      where: { repairOrderId: orderId },
      orderBy: { dueAt: 'asc' },
    });
    expect(rows.map((f) => [f.kind, f.dueAt.toISOString(), f.channel])).toEqual([
      ['post-delivery-call', '2026-11-23T16:00:00.000Z', 'sms'],
      ['maintenance-reminder', '2027-05-18T09:00:00.000Z', 'sms'],
    ]);
    expect(
      await h.prisma.inboxMessage.count({ where: { eventId: event.id, consumerGroup: 'customer' } }),
    ).toBe(1);
    followUpId = rows[0]!.id;
    const readings = await h.prisma.mileageReading.findMany({
      where: { vehicleId },
      orderBy: { recordedAt: 'asc' },
    });
    expect(readings.map((r) => [r.mileageKm, r.source])).toEqual([
      [120_000, 'registration'],
      [121_000, 'repair-order'],
    ]); // once, although the delivery came twice (the marker's equal reading adds nothing)

    const scheduled = (await h.events(topicOf('followup.scheduled'))).filter(
      (e) =>
        e.type === 'followup.scheduled' && (e.data as { repairOrderId: string }).repairOrderId === orderId,
    );
    expect(scheduled).toHaveLength(2);
    expect(scheduled[0]!.causationId).toBe(event.id);
  });

  it('lists follow-ups due, filtered by status and order', async () => {
    const res = await get(
      `/v1/follow-ups?status=scheduled&repairOrderId=${orderId}&dueBefore=2026-12-01T00:00:00.000Z`,
      await h.token(['technician']),
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((f: { id: string }) => f.id)).toEqual([followUpId]);
    expect(
      (await get(`/v1/follow-ups/${followUpId}`, await h.token(['admin'], { tenantId: 'tenant-b' }))).status,
    ).toBe(404);
  });

  let surveyId: string;
  const survey = (over: object = {}) => ({
    repairOrderId: orderId,
    customerId,
    vehicleId,
    centreId: 'centre-1',
    channel: 'phone',
    scores: { product: 4, service: 2, purchase: 5 },
    nps: 6,
    comment: 'Herr Becker at the desk was rude; call me on +49 151 555 0101',
    ...over,
  });

  it('refuses surveys with scores out of range, unknown customers or vehicles, storing nothing', async () => {
    for (const bad of [
      { scores: { product: 0, service: 2, purchase: 5 } },
      { scores: { product: 4, service: 6, purchase: 5 } },
      { nps: 11 },
      { nps: -1 },
      { nps: 7.5 },
    ]) {
      const res = await post('/v1/surveys', survey(bad));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const unknown = await post('/v1/surveys', survey({ customerId: randomUUID() }));
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:unknown-reference',
      status: 422,
      code: 'unknown-reference',
      field: 'customerId',
    });
    expect((await post('/v1/surveys', survey({ vehicleId: randomUUID() }))).body.field).toBe('vehicleId');
    expect(await h.prisma.survey.count()).toBe(0);
  });

  it('takes one survey per order: encrypts the comment, emits survey.completed, refuses a second with 409', async () => {
    const res = await post('/v1/surveys', survey());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      repairOrderId: orderId,
      scores: { product: 4, service: 2, purchase: 5 },
      nps: 6,
      commentAccess: 'decrypted',
      comment: survey().comment,
    });
    surveyId = res.body.id;

    const pg = new Client({ connectionString: h.db.url });
    await pg.connect();
    const raw = (await pg.query('SELECT * FROM survey WHERE id = $1', [surveyId])).rows[0];
    await pg.end();
    expect(Buffer.isBuffer(raw.comment_ciphertext)).toBe(true);
    // The name and the phone number as written (a bare '555' also occurs in random UUIDs).
    expect(JSON.stringify(raw)).not.toMatch(/Becker|555 0101/);
    expect(raw.comment_ciphertext.includes(Buffer.from('Becker'))).toBe(false);

    const second = await post('/v1/surveys', survey({ nps: 9, comment: undefined }));
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:duplicate-survey',
      title: 'Conflict',
      status: 409,
      detail: 'This repair order already has a survey; there is one per order.',
      code: 'duplicate-survey',
      repairOrderId: orderId,
    });
    expect(await h.prisma.survey.count({ where: { repairOrderId: orderId } })).toBe(1);

    const completed = (await h.events(topicOf('survey.completed'))).find((e) => e.subject === surveyId)!;
    expect(completed.data).toEqual({
      surveyId,
      repairOrderId: orderId,
      customerId,
      vehicleId,
      centreId: 'centre-1',
      channel: 'phone',
      scores: { product: 4, service: 2, purchase: 5 },
      nps: 6,
      hasComment: true,
    });
  });

  it('masks the comment for roles without PII access and audits decrypted reads', async () => {
    const masked = await get(`/v1/surveys/${surveyId}`, await h.token(['analyst']));
    expect(masked.body).toMatchObject({ comment: '***', commentAccess: 'masked', nps: 6 });
    const read = await get(`/v1/surveys?repairOrderId=${orderId}`).set('X-Request-Id', 'survey-read');
    expect(read.body.items[0].comment).toMatch(/Becker/);
    expect(
      await h.prisma.piiAccessLog.count({
        where: { requestId: 'survey-read', customerId, purpose: 'GET /v1/surveys' },
      }),
    ).toBe(1);
  });

  it('records a follow-up outcome once and emits followup.completed', async () => {
    const body = { outcome: 'issue-reported', attempts: 2, surveyId };
    expect(
      (await post(`/v1/follow-ups/${followUpId}/outcome`, body, advisor, { 'If-Match': '"9"' })).status,
    ).toBe(412);
    expect((await post(`/v1/follow-ups/${followUpId}/outcome`, { outcome: 'maybe' })).status).toBe(400);
    expect(
      (await post(`/v1/follow-ups/${followUpId}/outcome`, { ...body, surveyId: randomUUID() })).status,
    ).toBe(422);
    expect(
      (await post(`/v1/follow-ups/${followUpId}/outcome`, body, await h.token(['technician']))).status,
    ).toBe(403);
    const res = await post(`/v1/follow-ups/${followUpId}/outcome`, body, advisor, { 'If-Match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'completed',
      outcome: 'issue-reported',
      attempts: 2,
      completedBy: 'advisor-1',
      surveyId,
      version: 2,
    });
    const again = await post(`/v1/follow-ups/${followUpId}/outcome`, body);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:follow-up-completed',
      title: 'Command not allowed in the current state',
      status: 409,
      detail: 'Its outcome was recorded as "issue-reported".',
      code: 'follow-up-completed',
      aggregate: 'follow-up',
      currentStatus: 'completed',
    });
    const completed = (await h.events(topicOf('followup.completed'))).find(
      (e) => e.type === 'followup.completed' && e.subject === followUpId,
    )!;
    expect(completed.data).toMatchObject({
      followUpId,
      kind: 'post-delivery-call',
      repairOrderId: orderId,
      outcome: 'issue-reported',
      attempts: 2,
      completedBy: 'advisor-1',
      surveyId,
      channel: 'sms',
    });
  });
});
