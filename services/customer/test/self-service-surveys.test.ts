// Self-service surveys on real PostgreSQL and Kafka: a delivered repair order (published twice)
// invites its customer once (survey.invited, expiry from SURVEY_INVITATION_DAYS); the customer
// lists and answers it (a web survey with the comment sealed, survey.completed), once; another
// customer can neither see nor answer it; an expired one answers 410; erasure removes them.
import { randomUUID } from 'node:crypto';
import { createEvent, topicOf, type EventOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('self-service: survey invitations', () => {
  let h: Harness;
  let advisor: string;
  const customers: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const vehicles: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const tokens: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const vins = { a: '1M8GDM9AXKP042788', b: '1HGCM82633A004352', c: 'WVWZZZ1JZXW000001' };

  beforeAll(async () => {
    h = await startHarness('me_surveys', { consumer: true, env: { SURVEY_INVITATION_DAYS: '10' } });
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    for (const [who, n] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const) {
      const res = await request(h.app)
        .post('/v1/customers')
        .set('Authorization', `Bearer ${advisor}`)
        .set('Idempotency-Key', idemKey())
        .send(person(n));
      expect(res.status).toBe(201);
      customers[who] = res.body.id;
      tokens[who] = await h.token(['customer'], { userId: res.body.id, dealerIds: [], centreIds: [] });
      const vehicle = await request(h.app)
        .post('/v1/vehicles')
        .set('Authorization', `Bearer ${advisor}`)
        .set('Idempotency-Key', idemKey())
        .send({
          vin: vins[who],
          make: 'Volkswagen',
          model: `Model ${who.toUpperCase()}`,
          modelYear: 2021,
          ownerCustomerId: res.body.id,
          mileageKm: 20_000,
        });
      expect(vehicle.status).toBe(201);
      vehicles[who] = vehicle.body.id;
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  const delivered = (who: 'a' | 'b' | 'c', repairOrderId = randomUUID(), occurredAt = new Date()) =>
    createEvent('repair.order.delivered', {
      producer: 'repair',
      tenantId: 'tenant-a',
      subject: repairOrderId,
      occurredAt,
      data: {
        repairOrderId,
        centreId: 'centre-1',
        customerId: customers[who],
        vehicleId: vehicles[who],
        mileageKm: 21_000,
        nextMaintenance: { dueMileageKm: null, dueOn: null },
        deliveredBy: 'advisor-1',
      },
    });

  /** Publishes the events and waits until the consumer has handled each. */
  const deliver = async (...events: EventOf<'repair.order.delivered'>[]) => {
    for (const event of events) await h.producer.publish([{ event }]);
    for (const event of events)
      await waitFor(
        async () => (await h.prisma.inboxMessage.count({ where: { eventId: event.id } })) === 1 || undefined,
        'the delivery handled',
      );
  };

  const mySurveys = (token: string) =>
    request(h.app).get('/v1/me/surveys').set('Authorization', `Bearer ${token}`);
  const answer = (token: string, invitationId: string, body: object = answers) =>
    request(h.app).post(`/v1/me/surveys/${invitationId}`).set('Authorization', `Bearer ${token}`).send(body);
  const answers = {
    scores: { product: 5, service: 4, purchase: 3 },
    nps: 9,
    comment: 'Frau Schmidt at the desk was very helpful',
  };

  const orderA = randomUUID();
  let invitationA: string;

  it('invites the customer once per delivered order, expiring SURVEY_INVITATION_DAYS later (survey.invited)', async () => {
    const occurredAt = new Date(Date.now() - 60_000);
    const event = delivered('a', orderA, occurredAt);
    // The same event twice (a redelivery), then the order delivered again under a new event id.
    await deliver(event, event, delivered('a', orderA, occurredAt));

    const rows = await h.prisma.surveyInvitation.findMany({ where: { repairOrderId: orderA } });
    expect(rows).toHaveLength(1);
    invitationA = rows[0]!.id;
    expect(rows[0]).toMatchObject({
      customerId: customers.a,
      vehicleId: vehicles.a,
      centreId: 'centre-1',
      answeredAt: null,
      sourceEventId: event.id,
    });
    expect(rows[0]!.expiresAt.getTime()).toBe(occurredAt.getTime() + 10 * DAY_MS);

    const invited = (await h.events(topicOf('survey.invited'))).filter((e) => e.type === 'survey.invited');
    expect(invited).toHaveLength(1);
    expect(invited[0]).toMatchObject({
      subject: invitationA,
      causationId: event.id,
      data: {
        invitationId: invitationA,
        repairOrderId: orderA,
        customerId: customers.a,
        vehicleId: vehicles.a,
        centreId: 'centre-1',
        expiresAt: rows[0]!.expiresAt.toISOString(),
      },
    });
  });

  it("lists each customer's open invitations only, with the vehicle", async () => {
    const orderB = randomUUID();
    await deliver(delivered('b', orderB));
    const a = await mySurveys(tokens.a);
    expect(a.status).toBe(200);
    expect(a.body.items).toEqual([
      {
        invitationId: invitationA,
        repairOrderId: orderA,
        centreId: 'centre-1',
        vehicle: { id: vehicles.a, make: 'Volkswagen', model: 'Model A' },
        deliveredAt: expect.any(String),
        expiresAt: expect.any(String),
      },
    ]);
    const b = await mySurveys(tokens.b);
    expect(b.body.items.map((i: { repairOrderId: string }) => i.repairOrderId)).toEqual([orderB]);
  });

  it("refuses another customer's invitation as absent, and staff on /v1/me/surveys", async () => {
    const res = await answer(tokens.b, invitationA);
    expect(res.status).toBe(404);
    expect(await h.prisma.survey.count({ where: { repairOrderId: orderA } })).toBe(0);
    expect((await mySurveys(advisor)).status).toBe(403);
    expect((await answer(advisor, invitationA)).status).toBe(403);
    expect((await answer(await h.token(['admin']), invitationA)).status).toBe(403);
  });

  it('validates the answers like the staff endpoint', async () => {
    const bad = await answer(tokens.a, invitationA, {
      ...answers,
      scores: { ...answers.scores, product: 6 },
    });
    expect(bad.status).toBe(400);
    const extra = await answer(tokens.a, invitationA, { ...answers, customerId: customers.b });
    expect(extra.status).toBe(400);
  });

  it('records the answer as the order survey (web, comment sealed), emits survey.completed, and only once', async () => {
    const res = await answer(tokens.a, invitationA);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      surveyId: expect.any(String),
      invitationId: invitationA,
      repairOrderId: orderA,
      scores: answers.scores,
      nps: 9,
      comment: answers.comment,
      createdAt: expect.any(String),
    });
    const survey = await h.prisma.survey.findUniqueOrThrow({ where: { id: res.body.surveyId } });
    expect(survey).toMatchObject({
      repairOrderId: orderA,
      customerId: customers.a,
      vehicleId: vehicles.a,
      centreId: 'centre-1',
      channel: 'web',
      createdBy: customers.a,
    });
    expect(Buffer.from(survey.commentCiphertext!).toString('latin1')).not.toContain('Schmidt');
    // Staff who may read PII see the comment decrypted, as for one they entered.
    const staff = await request(h.app)
      .get(`/v1/surveys/${survey.id}`)
      .set('Authorization', `Bearer ${advisor}`);
    expect(staff.body).toMatchObject({
      comment: answers.comment,
      commentAccess: 'decrypted',
      channel: 'web',
    });

    const invitation = await h.prisma.surveyInvitation.findUniqueOrThrow({ where: { id: invitationA } });
    expect(invitation.surveyId).toBe(survey.id);
    expect(invitation.answeredAt).not.toBeNull();
    const completed = (await h.events(topicOf('survey.completed'))).filter(
      (e) => e.type === 'survey.completed' && e.subject === survey.id,
    );
    expect(completed).toHaveLength(1);
    expect(completed[0]!.data).toMatchObject({ channel: 'web', nps: 9, hasComment: true });

    expect((await mySurveys(tokens.a)).body.items).toEqual([]);
    const again = await answer(tokens.a, invitationA);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:survey-invitation-answered',
      code: 'survey-invitation-answered',
    });
    expect(await h.prisma.survey.count({ where: { repairOrderId: orderA } })).toBe(1);
  });

  it('answers 410 for an expired invitation and no longer lists it', async () => {
    const order = randomUUID();
    await deliver(delivered('b', order));
    const inv = await h.prisma.surveyInvitation.findFirstOrThrow({ where: { repairOrderId: order } });
    await h.prisma.surveyInvitation.update({
      where: { id: inv.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await answer(tokens.b, inv.id);
    expect(res.status).toBe(410);
    expect(res.body).toMatchObject({
      type: 'urn:aftersales:problem:customer:survey-invitation-expired',
      code: 'survey-invitation-expired',
    });
    expect(await h.prisma.survey.count({ where: { repairOrderId: order } })).toBe(0);
    const listed = (await mySurveys(tokens.b)).body.items.map(
      (i: { invitationId: string }) => i.invitationId,
    );
    expect(listed).not.toContain(inv.id);
    // A delivery whose window closed before it arrived invites nobody.
    const late = randomUUID();
    await deliver(delivered('b', late, new Date(Date.now() - 11 * DAY_MS)));
    expect(await h.prisma.surveyInvitation.count({ where: { repairOrderId: late } })).toBe(0);
  });

  it("closes the invitation when staff took the order's survey on the phone (409 duplicate-survey)", async () => {
    const order = randomUUID();
    await deliver(delivered('b', order));
    const inv = await h.prisma.surveyInvitation.findFirstOrThrow({ where: { repairOrderId: order } });
    const staff = await request(h.app)
      .post('/v1/surveys')
      .set('Authorization', `Bearer ${advisor}`)
      .set('Idempotency-Key', idemKey())
      .send({
        repairOrderId: order,
        customerId: customers.b,
        vehicleId: vehicles.b,
        centreId: 'centre-1',
        channel: 'phone',
        scores: { product: 3, service: 3, purchase: 3 },
        nps: 6,
      });
    expect(staff.status).toBe(201);
    const listed = (await mySurveys(tokens.b)).body.items.map(
      (i: { invitationId: string }) => i.invitationId,
    );
    expect(listed).not.toContain(inv.id);
    const res = await answer(tokens.b, inv.id);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('duplicate-survey');
  });

  it("removes an erased customer's invitations and invites an erased customer no more", async () => {
    await deliver(delivered('c'));
    expect(await h.prisma.surveyInvitation.count({ where: { customerId: customers.c } })).toBe(1);
    const admin = await h.token(['admin']);
    const erased = await request(h.app)
      .post(`/v1/customers/${customers.c}/erasure`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ basis: 'customer-request' });
    expect(erased.status).toBe(200);
    expect(await h.prisma.surveyInvitation.count({ where: { customerId: customers.c } })).toBe(0);
    await deliver(delivered('c'));
    expect(await h.prisma.surveyInvitation.count({ where: { customerId: customers.c } })).toBe(0);
    expect((await mySurveys(tokens.c)).body.items).toEqual([]);
  });
});
