// End to end inside the service, against the real broker, PostgreSQL, an SMTP server and a
// webhook endpoint: events become messages in the customer's language, opt-outs and quiet hours
// are respected, an SMTP outage is ridden out by retries, a message that keeps failing ends dead
// and is listed, and a redelivered event sends one message.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import { TENANT, handled, startInstance, startSuite, token, type Instance, type Suite } from './harness';

// Monday 7 December 2026, 11:00 in Berlin (the default zone): outside the default quiet hours.
const DAY = new Date('2026-12-07T10:00:00.000Z');

function bookingCreated(
  customerId: string,
  slotStart = '2026-12-10T08:30:00.000Z',
  occurredAt: Date | undefined = undefined,
) {
  const bookingId = randomUUID();
  return createEvent('repair.booking.created', {
    producer: 'repair',
    tenantId: TENANT,
    subject: bookingId,
    ...(occurredAt ? { occurredAt } : {}),
    data: {
      bookingId,
      centreId: 'centre-1',
      regionId: 'north',
      customerId,
      vehicleId: 'veh-1',
      channel: 'online',
      serviceType: 'maintenance',
      slotStart,
      slotEnd: '2026-12-10T10:30:00.000Z',
      bayId: null,
      estimatedLabourHours: 2,
      overflowFromCentreId: null,
    },
  });
}

function orderOpened(customerId: string, orderNumber: string) {
  const repairOrderId = randomUUID();
  return createEvent('repair.order.opened', {
    producer: 'repair',
    tenantId: TENANT,
    subject: repairOrderId,
    data: {
      repairOrderId,
      orderNumber,
      centreId: 'centre-1',
      centreType: 'regional-centre',
      regionId: 'north',
      customerId,
      vehicleId: 'veh-1',
      origin: 'walk-in',
      bookingId: null,
      rescueId: null,
      serviceType: 'repair',
      mileageKm: 42_000,
      fuelLevelPercent: 50,
      symptomSystems: ['brakes'],
      damageNoted: false,
      emergencyMode: false,
    },
  });
}

function orderQuoted(repairOrderId: string) {
  const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  return createEvent('repair.order.quoted', {
    producer: 'repair',
    tenantId: TENANT,
    subject: repairOrderId,
    data: {
      repairOrderId,
      centreId: 'centre-1',
      quoteVersion: 1,
      reason: 'initial',
      lines: [
        {
          lineId: 'l1',
          kind: 'labour',
          partId: null,
          operationCode: 'BRK1',
          quantity: 1,
          unitPrice: money(10000),
          discount: money(0),
          taxRateBasisPoints: 1900,
          netTotal: money(10000),
        },
      ],
      totals: { net: money(10000), discount: money(0), tax: money(1900), gross: money(11900) },
      validUntil: '2026-12-09T16:00:00.000Z',
    },
  });
}

describe('notifications from events to the customer', () => {
  let suite: Suite;
  let svc: Instance;
  let staff: string;

  beforeAll(async () => {
    suite = await startSuite('delivery');
    svc = await startInstance(suite, { now: DAY });
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
  const newCustomer = (contact: { email?: string | null; phone?: string | null } = {}) => {
    const id = randomUUID();
    svc.endpoints.contacts.set(id, {
      email: contact.email === undefined ? `${id.slice(0, 8)}@kunde.example` : contact.email,
      phone: contact.phone ?? null,
    });
    return id;
  };
  const emailOf = (id: string) => (svc.endpoints.contacts.get(id) as { email: string }).email;

  it('sends a booking confirmation by e-mail in the default language, the slot in local time', async () => {
    svc.setNow(DAY);
    const customer = newCustomer();
    const event = bookingCreated(customer);
    await publish(event);
    await handled(svc, event.id);

    const [queued] = await messagesOf(customer);
    expect(queued).toMatchObject({
      templateKey: 'booking-confirmed',
      locale: 'de',
      channel: 'email',
      status: 'pending',
    });
    expect(await svc.sweep()).toMatchObject({ sent: 1 });

    const [mail] = mailsTo(emailOf(customer));
    expect(mail).toBeDefined();
    // 08:30 UTC is 09:30 in Berlin.
    expect(mail!.subject).toBe('Ihr Servicetermin am 10.12.2026, 09:30 ist bestätigt');
    expect(mail!.text).toContain('Wir freuen uns auf Ihren Besuch am 10.12.2026, 09:30.');
    expect(mail!.headers['content-language']).toBe('de');
    const [sent] = await messagesOf(customer);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(sent!.providerMessageId).toBeTruthy();
    expect(sent!.addressHash).toMatch(/^[0-9a-f]{64}$/);
    // The service asked the customer service with a token of its own for the tenant.
    expect(svc.endpoints.directoryCalls.find((c) => c.customerId === customer)?.authorization).toMatch(
      /^Bearer /,
    );
    // Nothing personal is stored: the address appears in no column of the message.
    expect(JSON.stringify(sent)).not.toContain(emailOf(customer));
  });

  it("writes in the customer's language and names the order in later events that carry only its id", async () => {
    svc.setNow(DAY);
    const customer = newCustomer();
    await setPreferences(customer, { locale: 'zh-Hant', timeZone: 'Asia/Taipei' });
    const opened = orderOpened(customer, 'RO-2026-0042');
    const quoted = orderQuoted(opened.data.repairOrderId);
    await publish(opened, quoted);
    await handled(svc, quoted.id);
    expect(await svc.sweep()).toMatchObject({ sent: 2 });

    const mails = mailsTo(emailOf(customer));
    expect(mails.map((m) => m.subject)).toEqual([
      '我們已接收您的車輛（工單 RO-2026-0042）',
      '工單 RO-2026-0042 的報價等待您的確認',
    ]);
    expect(mails[1]!.text).toContain('€119.00');
    // 16:00 UTC is midnight in Taipei.
    expect(mails[1]!.text).toContain('2026年12月10日');
    expect(mails.every((m) => m.headers['content-language'] === 'zh-Hant')).toBe(true);
  });

  it('sends nothing to a customer who opted out', async () => {
    svc.setNow(DAY);
    const customer = newCustomer();
    await setPreferences(customer, { optedOut: true });
    const event = bookingCreated(customer);
    await publish(event);
    await handled(svc, event.id);
    await svc.sweep();

    expect(mailsTo(emailOf(customer))).toHaveLength(0);
    expect(await messagesOf(customer)).toMatchObject([
      { status: 'suppressed', lastError: 'opted-out', attempts: 0 },
    ]);
    expect(svc.endpoints.directoryCalls.some((c) => c.customerId === customer)).toBe(false);
  });

  it('records but never sends what happened long ago (history read on a first start)', async () => {
    svc.setNow(DAY);
    const customer = newCustomer();
    const old = bookingCreated(customer, '2026-11-02T08:30:00.000Z', new Date('2026-11-01T09:00:00.000Z'));
    await publish(old);
    await handled(svc, old.id);
    await svc.sweep();

    expect(mailsTo(emailOf(customer))).toHaveLength(0);
    expect(await messagesOf(customer)).toMatchObject([
      { status: 'suppressed', lastError: 'stale-event', attempts: 0 },
    ]);
    expect(svc.endpoints.directoryCalls.some((c) => c.customerId === customer)).toBe(false);
  });

  it("holds a message during the customer's quiet hours and sends it in the morning", async () => {
    // 22:30 in Berlin: inside the default 21:00-08:00.
    const evening = new Date('2026-12-07T21:30:00.000Z');
    svc.setNow(evening);
    const customer = newCustomer();
    const event = bookingCreated(customer);
    await publish(event);
    await handled(svc, event.id);

    const [queued] = await messagesOf(customer);
    expect(queued!.nextAttemptAt?.toISOString()).toBe('2026-12-08T07:00:00.000Z'); // 08:00 Berlin
    await svc.sweep();
    expect(mailsTo(emailOf(customer))).toHaveLength(0);

    svc.setNow(new Date('2026-12-08T06:59:00.000Z'));
    await svc.sweep();
    expect(mailsTo(emailOf(customer))).toHaveLength(0);

    svc.setNow(new Date('2026-12-08T07:00:00.000Z'));
    expect(await svc.sweep()).toMatchObject({ sent: 1 });
    expect(mailsTo(emailOf(customer))).toHaveLength(1);
  });

  it('retries while the mail server is down and delivers once it is back', async () => {
    const t0 = new Date('2026-12-08T10:00:00.000Z');
    svc.setNow(t0);
    const customer = newCustomer();
    await svc.smtp.stop();
    try {
      const event = bookingCreated(customer);
      await publish(event);
      await handled(svc, event.id);
      expect(await svc.sweep()).toMatchObject({ failed: 1 });
      const [failed] = await messagesOf(customer);
      expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
      expect(failed!.lastError).toMatch(/^smtp:/);
      // Back-off: the first retry waits NOTIFY_RETRY_BASE_MS (60 s).
      expect(failed!.nextAttemptAt?.toISOString()).toBe('2026-12-08T10:01:00.000Z');
      svc.setNow(new Date(t0.getTime() + 30_000));
      expect(await svc.sweep()).toMatchObject({ claimed: 0 });
    } finally {
      await svc.smtp.start(); // same port
    }
    svc.setNow(new Date(t0.getTime() + 60_000));
    expect(await svc.sweep()).toMatchObject({ sent: 1 });
    expect(mailsTo(emailOf(customer))).toHaveLength(1);
    expect(await messagesOf(customer)).toMatchObject([{ status: 'sent', attempts: 2, lastError: null }]);
  });

  it('a retry that would fall into the quiet hours waits for the morning', async () => {
    // 21:59:30 in Berlin: the first attempt is due, its retry (60 s later) would be at 22:00:30.
    svc.setNow(new Date('2026-12-09T20:59:30.000Z'));
    svc.endpoints.contacts.set('quiet-retry', { email: 'quiet-retry@kunde.example', phone: null });
    await setPreferences('quiet-retry', { quietHours: '22:00-07:30' });
    await svc.smtp.stop();
    try {
      const event = bookingCreated('quiet-retry');
      await publish(event);
      await handled(svc, event.id);
      expect(await svc.sweep()).toMatchObject({ failed: 1 });
    } finally {
      await svc.smtp.start();
    }
    const [m] = await messagesOf('quiet-retry');
    expect(m!.nextAttemptAt?.toISOString()).toBe('2026-12-10T06:30:00.000Z'); // 07:30 Berlin
  });

  it('gives up on a message that keeps failing and lists it as a dead letter', async () => {
    const t0 = new Date('2026-12-08T11:00:00.000Z');
    svc.setNow(t0);
    const customer = newCustomer({ email: null, phone: '+4915112345678' });
    await setPreferences(customer, { preferredChannel: 'sms', locale: 'en' });
    svc.endpoints.webhookStatus = 503;
    try {
      const event = bookingCreated(customer);
      await publish(event);
      await handled(svc, event.id);
      // NOTIFY_MAX_ATTEMPTS is 3: back-off 60 s, then 120 s.
      expect(await svc.sweep()).toMatchObject({ failed: 1 });
      svc.setNow(new Date(t0.getTime() + 60_000));
      expect(await svc.sweep()).toMatchObject({ failed: 1 });
      svc.setNow(new Date(t0.getTime() + 180_000));
      expect(await svc.sweep()).toMatchObject({ dead: 1 });
      svc.setNow(new Date(t0.getTime() + 3_600_000));
      expect(await svc.sweep()).toMatchObject({ claimed: 0 });
    } finally {
      svc.endpoints.webhookStatus = 200;
    }
    const calls = svc.endpoints.webhookCalls.filter((c) => c.body.customerId === customer);
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => c.signatureValid)).toBe(true);
    expect(calls[0]!.body).toMatchObject({ channel: 'sms', to: '+4915112345678', locale: 'en' });
    expect(String(calls[0]!.body.text)).toContain('We look forward to seeing you on');

    const dead = await request(svc.app)
      .get('/v1/notifications/dead-letters')
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    const mine = (dead.body.items as { customerId: string }[]).filter((m) => m.customerId === customer);
    expect(mine).toMatchObject([
      {
        status: 'dead',
        attempts: 3,
        channel: 'sms',
        lastError: 'webhook:http-503',
        templateKey: 'booking-confirmed',
      },
    ]);
    const perCustomer = await request(svc.app)
      .get(`/v1/notifications?customerId=${customer}`)
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    expect(perCustomer.body.items).toMatchObject([{ status: 'dead' }]);
    // Staff only.
    await request(svc.app)
      .get('/v1/notifications/dead-letters')
      .set('authorization', `Bearer ${await token(['technician'])}`)
      .expect(403);
  });

  it("uses the tenant's own wording of a template where it has one", async () => {
    svc.setNow(new Date('2026-12-08T11:30:00.000Z'));
    await svc.prisma.templateOverride.create({
      data: {
        tenantId: TENANT,
        templateKey: 'booking-cancelled',
        locale: 'de',
        subject: 'Werkstatt Nord: Termin {{slotStart}} entfällt',
        body: 'Ihr Termin am {{slotStart}} entfällt. Rufen Sie uns an.',
      },
    });
    try {
      const customer = newCustomer();
      const created = bookingCreated(customer);
      const cancelled = createEvent('repair.booking.cancelled', {
        producer: 'repair',
        tenantId: TENANT,
        subject: created.subject,
        data: {
          bookingId: created.data.bookingId,
          centreId: 'centre-1',
          slotStart: created.data.slotStart,
          cancelledBy: 'staff',
          reason: 'no-capacity',
        },
      });
      await publish(created, cancelled);
      await handled(svc, cancelled.id);
      expect(await svc.sweep()).toMatchObject({ sent: 2 });
      expect(mailsTo(emailOf(customer)).map((m) => [m.subject, m.text])).toEqual([
        [
          'Ihr Servicetermin am 10.12.2026, 09:30 ist bestätigt',
          'Vielen Dank für Ihre Buchung. Wir freuen uns auf Ihren Besuch am 10.12.2026, 09:30.',
        ],
        [
          'Werkstatt Nord: Termin 10.12.2026, 09:30 entfällt',
          'Ihr Termin am 10.12.2026, 09:30 entfällt. Rufen Sie uns an.',
        ],
      ]);
    } finally {
      await svc.prisma.templateOverride.deleteMany({ where: { tenantId: TENANT } });
    }
  });

  it('sends one message for an event delivered twice', async () => {
    svc.setNow(new Date('2026-12-08T12:00:00.000Z'));
    const customer = newCustomer();
    const event = bookingCreated(customer);
    await publish(event);
    await publish(event); // the same event id again, as a redelivery brings it
    // A later event on the same key (same partition) proves both deliveries were consumed.
    const sentinel = createEvent('repair.booking.cancelled', {
      producer: 'repair',
      tenantId: TENANT,
      subject: event.subject,
      data: {
        bookingId: event.data.bookingId,
        centreId: 'centre-1',
        slotStart: event.data.slotStart,
        cancelledBy: 'customer',
        reason: 'customer-request',
      },
    });
    await publish(sentinel);
    await handled(svc, sentinel.id);
    await svc.sweep();

    const messages = await messagesOf(customer);
    expect(messages.map((m) => m.templateKey)).toEqual(['booking-confirmed', 'booking-cancelled']);
    const mails = mailsTo(emailOf(customer));
    expect(mails.map((m) => m.subject)).toEqual([
      'Ihr Servicetermin am 10.12.2026, 09:30 ist bestätigt',
      'Ihr Termin am 10.12.2026, 09:30 wurde storniert',
    ]);
  });
});
