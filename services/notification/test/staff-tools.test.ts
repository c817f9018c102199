// Staff tools end to end, against the real broker, PostgreSQL and an SMTP server: a dead message
// is resent (back to pending, attempts reset, who resent it recorded) and delivered once the mail
// server is back, a message that is not dead is refused (409); a tenant's own wording of a
// template is stored through the API, checked against the template's placeholders (422), used
// for the next message, and removed again.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import { TENANT, handled, startInstance, startSuite, token, type Instance, type Suite } from './harness';

// Monday 7 December 2026, 11:00 in Berlin (the default zone): outside the default quiet hours.
const DAY = new Date('2026-12-07T10:00:00.000Z');

function bookingCreated(customerId: string) {
  const bookingId = randomUUID();
  return createEvent('repair.booking.created', {
    producer: 'repair',
    tenantId: TENANT,
    subject: bookingId,
    data: {
      bookingId,
      centreId: 'centre-1',
      regionId: 'north',
      customerId,
      vehicleId: 'veh-1',
      channel: 'online',
      serviceType: 'maintenance',
      slotStart: '2026-12-10T08:30:00.000Z',
      slotEnd: '2026-12-10T10:30:00.000Z',
      bayId: null,
      estimatedLabourHours: 2,
      overflowFromCentreId: null,
    },
  });
}

function surveyInvited(customerId: string) {
  const invitationId = randomUUID();
  return createEvent('survey.invited', {
    producer: 'customer',
    tenantId: TENANT,
    subject: invitationId,
    data: {
      invitationId,
      repairOrderId: randomUUID(),
      customerId,
      vehicleId: randomUUID(),
      centreId: 'centre-1',
      expiresAt: '2026-12-21T22:59:00.000Z',
    },
  });
}

describe('staff tools: resend and tenant templates', () => {
  let suite: Suite;
  let svc: Instance;
  let advisor: string;
  let admin: string;

  beforeAll(async () => {
    suite = await startSuite('staff');
    svc = await startInstance(suite, { now: DAY });
    advisor = await token(['service-advisor'], { userId: 'advisor-anna' });
    admin = await token(['admin'], { userId: 'admin-ben' });
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  const publish = (...events: AnyEvent[]) => svc.producer.publish(events.map((event) => ({ event })));
  const mailsTo = (address: string) => svc.smtp.mails.filter((m) => m.to.includes(address));
  const messagesOf = (customerId: string) =>
    svc.prisma.message.findMany({ where: { customerId }, orderBy: { createdAt: 'asc' } });
  const newCustomer = () => {
    const id = randomUUID();
    svc.endpoints.contacts.set(id, { email: `${id.slice(0, 8)}@kunde.example`, phone: null });
    return id;
  };
  const emailOf = (id: string) => (svc.endpoints.contacts.get(id) as { email: string }).email;
  const resend = (id: string, bearer = advisor) =>
    request(svc.app)
      .post(`/v1/notifications/dead-letters/${id}/resend`)
      .set('authorization', `Bearer ${bearer}`);
  const templateUrl = (key: string, locale: string) => `/v1/notifications/templates/${key}/${locale}`;

  it('resends a dead message, which is delivered once the mail server is back', async () => {
    const t0 = new Date('2026-12-07T10:00:00.000Z');
    svc.setNow(t0);
    const customer = newCustomer();
    await svc.smtp.stop();
    let messageId: string;
    try {
      const event = bookingCreated(customer);
      await publish(event);
      await handled(svc, event.id);
      // NOTIFY_MAX_ATTEMPTS is 3: back-off 60 s, then 120 s, then dead.
      expect(await svc.sweep()).toMatchObject({ failed: 1 });
      svc.setNow(new Date(t0.getTime() + 60_000));
      expect(await svc.sweep()).toMatchObject({ failed: 1 });
      svc.setNow(new Date(t0.getTime() + 180_000));
      expect(await svc.sweep()).toMatchObject({ dead: 1 });
      const [dead] = await messagesOf(customer);
      expect(dead).toMatchObject({ status: 'dead', attempts: 3 });
      messageId = dead!.id;
    } finally {
      await svc.smtp.start(); // same port
    }

    const resentAt = new Date(t0.getTime() + 3_600_000);
    svc.setNow(resentAt);
    const res = await resend(messageId).expect(200);
    expect(res.body).toMatchObject({
      id: messageId,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: resentAt.toISOString(),
      resentBy: 'advisor-anna',
      resentAt: resentAt.toISOString(),
    });
    expect(await svc.sweep()).toMatchObject({ sent: 1 });
    expect(mailsTo(emailOf(customer))).toHaveLength(1);
    expect(await messagesOf(customer)).toMatchObject([
      { id: messageId, status: 'sent', attempts: 1, lastError: null, resentBy: 'advisor-anna', resends: 1 },
    ]);

    // Sent now: a second resend is refused, and so is one by a role that may not.
    const refused = await resend(messageId).expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 409, code: 'command-refused', currentStatus: 'sent' });
    await resend(messageId, await token(['technician'])).expect(403);
    await resend(randomUUID()).expect(404);
    expect(mailsTo(emailOf(customer))).toHaveLength(1);
  });

  it("uses the tenant's wording stored through the API for the next message, and refuses a bad one", async () => {
    svc.setNow(DAY);
    const url = templateUrl('survey-invitation', 'de');
    const builtIn = await request(svc.app).get(url).set('authorization', `Bearer ${admin}`).expect(200);
    expect(builtIn.body).toMatchObject({
      overridden: false,
      subject: 'Wie war Ihr Besuch?',
      updatedAt: null,
    });
    expect(builtIn.body.placeholders).toEqual(['surveyLink', 'expiresOn']);

    const bad = await request(svc.app)
      .put(url)
      .set('authorization', `Bearer ${admin}`)
      .send({ subject: 'Ihre Meinung zählt, {{customerName}}', body: 'Hier: {{surveyLink}}' })
      .expect(422);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body).toMatchObject({
      code: 'template-wording-invalid',
      problems: ['subject: unknown placeholder {{customerName}}'],
    });
    // Staff who are not admins may not change the wording.
    await request(svc.app)
      .put(url)
      .set('authorization', `Bearer ${advisor}`)
      .send({ subject: 'x', body: '{{surveyLink}}' })
      .expect(403);

    const wording = {
      subject: 'Autohaus Nord: Ihre Meinung zählt',
      body: 'Zwei Minuten für uns? {{surveyLink}} – bis {{expiresOn}}.',
    };
    const stored = await request(svc.app)
      .put(url)
      .set('authorization', `Bearer ${admin}`)
      .send(wording)
      .expect(200);
    expect(stored.body).toMatchObject({ ...wording, overridden: true });
    expect((await request(svc.app).get(url).set('authorization', `Bearer ${admin}`)).body).toMatchObject(
      wording,
    );

    const customer = newCustomer();
    const event = surveyInvited(customer);
    await publish(event);
    await handled(svc, event.id);
    expect(await svc.sweep()).toMatchObject({ sent: 1 });
    const [mail] = mailsTo(emailOf(customer));
    expect(mail!.subject).toBe('Autohaus Nord: Ihre Meinung zählt');
    expect(mail!.text).toBe(
      `Zwei Minuten für uns? http://localhost:4000/my/?survey=${event.data.invitationId} – bis 21.12.2026.`,
    );

    // Removed: the built-in wording applies again.
    const removed = await request(svc.app).delete(url).set('authorization', `Bearer ${admin}`).expect(200);
    expect(removed.body).toMatchObject({ overridden: false, subject: 'Wie war Ihr Besuch?' });
    expect(await svc.prisma.templateOverride.count({ where: { tenantId: TENANT } })).toBe(0);
  });
});
