// Survey invitations and maintenance reminders end to end, against the real broker, PostgreSQL
// and an SMTP server: the invitation is mailed in the customer's language with the link to the
// survey in self-service and its last day in the customer's zone, and is never sent once it has
// expired (on arrival, or while it waited out the quiet hours); the maintenance reminder names
// the due date, the mileage and the plan's services with a booking link, and waits out the night.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import { TENANT, handled, startInstance, startSuite, token, type Instance, type Suite } from './harness';

// Monday 7 December 2026, 11:00 in Berlin (the default zone): outside the default quiet hours.
const DAY = new Date('2026-12-07T10:00:00.000Z');
const LINK_BASE = 'https://werkstatt.example/my/';

function surveyInvited(customerId: string, expiresAt: string) {
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
      expiresAt,
    },
  });
}

function maintenanceDue(
  customerId: string,
  over: { dueMileageKm?: number | null; services?: string[]; occurredAt?: Date } = {},
) {
  const vehicleId = randomUUID();
  return createEvent('maintenance.due', {
    producer: 'customer',
    tenantId: TENANT,
    subject: vehicleId,
    ...(over.occurredAt ? { occurredAt: over.occurredAt } : {}),
    data: {
      vehicleId,
      customerId,
      planId: randomUUID(),
      dueOn: '2027-01-15',
      dueMileageKm: over.dueMileageKm === undefined ? 60_000 : over.dueMileageKm,
      basis: 'plan-time',
      services: over.services ?? ['Oil and filter change', 'Brake fluid', 'Cabin air filter'],
    },
  });
}

describe('survey invitations and maintenance reminders', () => {
  let suite: Suite;
  let svc: Instance;
  let staff: string;

  beforeAll(async () => {
    suite = await startSuite('reminders');
    svc = await startInstance(suite, { now: DAY, env: { NOTIFY_LINK_BASE_URL: LINK_BASE } });
    staff = await token(['service-advisor']);
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  const publish = (...events: AnyEvent[]) => svc.producer.publish(events.map((event) => ({ event })));
  const mailsTo = (address: string) => svc.smtp.mails.filter((m) => m.to.includes(address));
  const messagesOf = (customerId: string) =>
    svc.prisma.message.findMany({ where: { customerId }, orderBy: { createdAt: 'asc' } });
  const setPreferences = (customerId: string, body: object) =>
    request(svc.app)
      .put(`/v1/notifications/preferences/${customerId}`)
      .set('authorization', `Bearer ${staff}`)
      .send(body)
      .expect(200);
  const newCustomer = () => {
    const id = randomUUID();
    svc.endpoints.contacts.set(id, { email: `${id.slice(0, 8)}@kunde.example`, phone: null });
    return id;
  };
  const emailOf = (id: string) => (svc.endpoints.contacts.get(id) as { email: string }).email;

  it("mails a survey invitation in the customer's language with the survey link and its last day", async () => {
    svc.setNow(DAY);
    const customer = newCustomer();
    await setPreferences(customer, { locale: 'zh-Hans', timeZone: 'Asia/Shanghai' });
    // 16:30 UTC on the 21st is 00:30 on the 22nd in Shanghai.
    const event = surveyInvited(customer, '2026-12-21T16:30:00.000Z');
    await publish(event);
    await handled(svc, event.id);

    const [queued] = await messagesOf(customer);
    expect(queued).toMatchObject({
      templateKey: 'survey-invitation',
      locale: 'zh-Hans',
      status: 'pending',
      expiresAt: new Date('2026-12-21T16:30:00.000Z'),
    });
    expect(await svc.sweep()).toMatchObject({ sent: 1 });

    const [mail] = mailsTo(emailOf(customer));
    expect(mail!.subject).toBe('您对本次服务满意吗？');
    expect(mail!.text).toContain(`${LINK_BASE}?survey=${event.data.invitationId}`);
    expect(mail!.text).toContain('（2026年12月22日 前有效）');
    expect(mail!.headers['content-language']).toBe('zh-Hans');
  });

  it('never sends an invitation that expired before it arrived', async () => {
    svc.setNow(DAY);
    const customer = newCustomer();
    const event = surveyInvited(customer, '2026-12-07T09:59:00.000Z');
    await publish(event);
    await handled(svc, event.id);
    expect(await svc.sweep()).toMatchObject({ claimed: 0 });

    expect(mailsTo(emailOf(customer))).toHaveLength(0);
    expect(await messagesOf(customer)).toMatchObject([
      { templateKey: 'survey-invitation', status: 'suppressed', lastError: 'expired', attempts: 0 },
    ]);
    expect(svc.endpoints.directoryCalls.some((c) => c.customerId === customer)).toBe(false);
  });

  it('records an invitation expired when it ran out while waiting for the quiet hours to end', async () => {
    // 22:30 in Berlin: held until 08:00, but the invitation ends at 07:00.
    svc.setNow(new Date('2026-12-07T21:30:00.000Z'));
    const customer = newCustomer();
    const event = surveyInvited(customer, '2026-12-08T06:00:00.000Z');
    await publish(event);
    await handled(svc, event.id);
    const [held] = await messagesOf(customer);
    expect(held).toMatchObject({ status: 'pending', nextAttemptAt: new Date('2026-12-08T07:00:00.000Z') });

    svc.setNow(new Date('2026-12-08T07:00:00.000Z'));
    expect(await svc.sweep()).toMatchObject({ claimed: 1, expired: 1, sent: 0 });
    expect(mailsTo(emailOf(customer))).toHaveLength(0);
    expect(await messagesOf(customer)).toMatchObject([{ status: 'suppressed', lastError: 'expired' }]);
  });

  it('mails a maintenance reminder with the due date, mileage, services and a booking link', async () => {
    svc.setNow(DAY);
    const customer = newCustomer();
    await setPreferences(customer, { locale: 'en' });
    const event = maintenanceDue(customer);
    await publish(event);
    await handled(svc, event.id);
    expect(await svc.sweep()).toMatchObject({ sent: 1 });

    const [mail] = mailsTo(emailOf(customer));
    expect(mail!.subject).toBe('Your vehicle is due for service on 15 Jan 2027');
    expect(mail!.text).toBe(
      "Your vehicle's next service is due on 15 Jan 2027 or at 60,000 km, whichever comes first. " +
        'The maintenance plan lists: Oil and filter change, Brake fluid and Cabin air filter. ' +
        `Book your appointment here: ${LINK_BASE}?book=${event.data.vehicleId}`,
    );
    expect(await messagesOf(customer)).toMatchObject([
      { templateKey: 'maintenance-due', status: 'sent', expiresAt: null },
    ]);
  });

  it('holds a maintenance reminder through the night and leaves out what the event does not name', async () => {
    svc.setNow(new Date('2026-12-07T21:30:00.000Z')); // 22:30 in Berlin
    const customer = newCustomer();
    const event = maintenanceDue(customer, { dueMileageKm: null, services: [] });
    await publish(event);
    await handled(svc, event.id);
    expect(await svc.sweep()).toMatchObject({ claimed: 0 });
    expect(mailsTo(emailOf(customer))).toHaveLength(0);

    svc.setNow(new Date('2026-12-08T07:00:00.000Z')); // 08:00 in Berlin
    expect(await svc.sweep()).toMatchObject({ sent: 1 });
    const [mail] = mailsTo(emailOf(customer));
    expect(mail!.subject).toBe('Ihr Fahrzeug ist am 15.01.2027 zur Wartung fällig');
    expect(mail!.text).toBe(
      'Die nächste Wartung Ihres Fahrzeugs ist fällig am 15.01.2027. ' +
        `Hier können Sie einen Termin buchen: ${LINK_BASE}?book=${event.data.vehicleId}`,
    );
  });

  it('records but never sends a stale maintenance reminder', async () => {
    svc.setNow(DAY);
    const customer = newCustomer();
    const old = maintenanceDue(customer, { occurredAt: new Date('2026-11-01T09:00:00.000Z') });
    await publish(old);
    await handled(svc, old.id);
    expect(await svc.sweep()).toMatchObject({ claimed: 0 });
    expect(await messagesOf(customer)).toMatchObject([{ status: 'suppressed', lastError: 'stale-event' }]);
  });
});
