// Sign-in codes end to end, against the real broker, PostgreSQL, an SMTP server and the webhook
// endpoint, with the service's delivery sweeper running (an hour's interval: only the
// consumer's wake sends at once): a code goes out at once on the channel the event names, in
// the page's language, to an opted-out customer in their quiet hours; it is never in clear in
// the database or the API; an expired code is never sent; a tampered one ends dead without
// holding up the next; an erasure drops the sealed code.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import { DEVELOPMENT_SEALING_KEY_BASE64, parseSealingKey, sealField } from '@aftersales/service-kit';
import { waitFor } from '@aftersales/testing';
import { TENANT, handled, startInstance, startSuite, token, type Instance, type Suite } from './harness';

// 22:30 in Berlin (the default zone): inside the default quiet hours 21:00-08:00.
const NIGHT = new Date('2026-12-07T21:30:00.000Z');
const TEN_MINUTES = 10 * 60_000;
// The harness sets AUTH_HS256_SECRET, so the service opens codes with the development key.
const KEY = parseSealingKey(DEVELOPMENT_SEALING_KEY_BASE64);

function signInCode(
  customerId: string,
  code: string,
  over: { channel?: 'email' | 'sms'; locale?: string | null; expiresAt?: Date; sealedCode?: string } = {},
) {
  const challengeId = randomUUID();
  return createEvent('customer.sign-in-code.issued', {
    producer: 'customer',
    tenantId: TENANT,
    subject: challengeId,
    data: {
      challengeId,
      customerId,
      channel: over.channel ?? 'email',
      sealedCode: over.sealedCode ?? sealField(KEY, `sign-in:${challengeId}`, code),
      locale: over.locale === undefined ? 'zh-TW' : over.locale,
      expiresAt: (over.expiresAt ?? new Date(NIGHT.getTime() + TEN_MINUTES)).toISOString(),
    },
  });
}

describe('sign-in codes', () => {
  let suite: Suite;
  let svc: Instance;
  let staff: string;

  beforeAll(async () => {
    suite = await startSuite('signin');
    svc = await startInstance(suite, { now: NIGHT, sweeper: true });
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
  const messageSettled = (customerId: string, status: string) =>
    waitFor(async () => {
      const [m] = await messagesOf(customerId);
      return m?.status === status ? m : undefined;
    }, `message of ${customerId} ${status}`);
  const newCustomer = (contact: { email?: string | null; phone?: string | null } = {}) => {
    const id = randomUUID();
    svc.endpoints.contacts.set(id, {
      email: contact.email === undefined ? `${id.slice(0, 8)}@kunde.example` : contact.email,
      phone: contact.phone ?? null,
    });
    return id;
  };
  const emailOf = (id: string) => (svc.endpoints.contacts.get(id) as { email: string }).email;
  /** Every row of the message table as text, as a database dump would show it. */
  const messageTableText = async () =>
    JSON.stringify(await svc.prisma.$queryRawUnsafe<unknown[]>('SELECT row_to_json(m)::text FROM message m'));

  it("mails the code at once in the page's language to an opted-out customer in their quiet hours", async () => {
    svc.setNow(NIGHT);
    const customer = newCustomer();
    await request(svc.app)
      .put(`/v1/notifications/preferences/${customer}`)
      .set('authorization', `Bearer ${staff}`)
      .send({ optedOut: true, locale: 'en' })
      .expect(200);
    const event = signInCode(customer, '739154', { locale: 'zh-TW' });
    await publish(event);

    // No manual sweep: the consumer's wake sends it.
    const mail = await waitFor(async () => mailsTo(emailOf(customer))[0], 'sign-in mail');
    expect(mail.subject).toBe('您的登入驗證碼');
    expect(mail.text).toBe(
      `您的登入驗證碼是 739154，10 分鐘內有效。\n\n也可以點擊此連結直接登入：\n` +
        `http://localhost:4000/my/?challenge=${event.data.challengeId}&code=739154\n\n如果您沒有請求此驗證碼，請忽略此訊息。`,
    );
    expect(mail.headers['content-language']).toBe('zh-Hant');

    const sent = await messageSettled(customer, 'sent');
    expect(sent).toMatchObject({
      templateKey: 'sign-in-code',
      channel: 'email',
      locale: 'zh-Hant',
      attempts: 1,
      lastError: null,
    });
    expect(sent.expiresAt?.toISOString()).toBe(event.data.expiresAt);
    // Stored sealed, never in clear: not in the row, not in the table, not in the API.
    expect(sent.variables).toMatchObject({ code: { sealed: event.data.sealedCode } });
    const table = await messageTableText();
    expect(table).toContain(event.data.sealedCode); // the query does see the row
    expect(table).not.toContain('739154');
    const listed = await request(svc.app)
      .get(`/v1/notifications?customerId=${customer}`)
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    expect(listed.body.items).toMatchObject([{ status: 'sent', templateKey: 'sign-in-code' }]);
    expect(listed.text).not.toContain('739154');
  });

  it("texts the code through the webhook when asked for SMS, in the customer's language without a page locale", async () => {
    svc.setNow(NIGHT);
    const customer = newCustomer({ phone: '+4915100000001' });
    await request(svc.app)
      .put(`/v1/notifications/preferences/${customer}`)
      .set('authorization', `Bearer ${staff}`)
      .send({ locale: 'de', preferredChannel: 'email' })
      .expect(200);
    const sms = signInCode(customer, '201866', { channel: 'sms', locale: null });
    await publish(sms);

    const call = await waitFor(
      async () => svc.endpoints.webhookCalls.find((c) => c.body.customerId === customer),
      'sign-in SMS',
    );
    expect(call.signatureValid).toBe(true);
    expect(call.body).toMatchObject({ channel: 'sms', to: '+4915100000001', locale: 'de' });
    expect(call.body.text).toBe(
      `Ihr Anmeldecode lautet 201866. Er ist 10 Minuten gültig.\n\nOder melden Sie sich mit diesem Link an:\n` +
        `http://localhost:4000/my/?challenge=${sms.data.challengeId}&code=201866\n\n` +
        'Wenn Sie ihn nicht angefordert haben, ignorieren Sie bitte diese Nachricht.',
    );
    expect(mailsTo(emailOf(customer))).toHaveLength(0);
    expect(await messageSettled(customer, 'sent')).toMatchObject({ channel: 'sms' });
  });

  it('never sends a code whose expiry has passed, and records it expired', async () => {
    svc.setNow(NIGHT);
    const customer = newCustomer();
    const event = signInCode(customer, '555013', { expiresAt: new Date(NIGHT.getTime() - 1_000) });
    await publish(event);
    await handled(svc, event.id);
    await svc.sweep();

    expect(await messagesOf(customer)).toMatchObject([
      { status: 'suppressed', lastError: 'expired', attempts: 0, nextAttemptAt: null },
    ]);
    expect(mailsTo(emailOf(customer))).toHaveLength(0);
    expect(svc.endpoints.directoryCalls.some((c) => c.customerId === customer)).toBe(false);
  });

  it('a code that could not be sent before its expiry is recorded expired, not sent late', async () => {
    svc.setNow(NIGHT);
    const customer = newCustomer();
    const expiresAt = new Date(NIGHT.getTime() + 30_000);
    await svc.smtp.stop();
    try {
      await publish(signInCode(customer, '640022', { expiresAt }));
      const failed = await messageSettled(customer, 'failed');
      expect(failed.lastError).toMatch(/^smtp:/);
      // The retry (60 s back-off) would come after the expiry: it is due at the expiry instead.
      expect(failed.nextAttemptAt?.toISOString()).toBe(expiresAt.toISOString());
    } finally {
      await svc.smtp.start(); // same port
    }
    svc.setNow(expiresAt);
    await svc.sweep();
    const [m] = await messagesOf(customer);
    expect(m).toMatchObject({ status: 'suppressed', lastError: 'expired', attempts: 1 });
    expect(mailsTo(emailOf(customer))).toHaveLength(0);
  });

  it('a tampered code ends dead with its reason, and the next code still goes out', async () => {
    svc.setNow(NIGHT);
    const victim = newCustomer();
    const challengeId = randomUUID();
    const sealed = Buffer.from(sealField(KEY, `sign-in:${challengeId}`, '918273'), 'base64url');
    sealed[sealed.length - 1]! ^= 0x01;
    await publish(signInCode(victim, 'unused', { sealedCode: sealed.toString('base64url') }));
    const dead = await messageSettled(victim, 'dead');
    expect(dead).toMatchObject({ attempts: 1, lastError: 'sealed-variable-unreadable:code' });
    expect(mailsTo(emailOf(victim))).toHaveLength(0);
    const letters = await request(svc.app)
      .get('/v1/notifications/dead-letters')
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    expect(
      (letters.body.items as { customerId: string }[]).filter((i) => i.customerId === victim),
    ).toMatchObject([{ lastError: 'sealed-variable-unreadable:code', templateKey: 'sign-in-code' }]);

    const next = newCustomer();
    await publish(signInCode(next, '300417', { locale: 'en' }));
    const mail = await waitFor(async () => mailsTo(emailOf(next))[0], 'next sign-in mail');
    expect(mail.subject).toBe('Your sign-in code');
    expect(mail.text).toContain('Your sign-in code is 300417.');
    // Sent once, never retried: the dead one stays dead.
    await svc.sweep();
    expect(await messagesOf(victim)).toMatchObject([{ status: 'dead', attempts: 1 }]);
  });

  it("an erasure drops the sealed code with the rest of the message's variables", async () => {
    svc.setNow(NIGHT);
    const customer = newCustomer();
    await publish(signInCode(customer, '812450'));
    await messageSettled(customer, 'sent');
    const erasure = createEvent('customer.erased', {
      producer: 'customer',
      tenantId: TENANT,
      subject: customer,
      data: { customerId: customer, basis: 'customer-request', vehicleIds: [] },
    });
    await publish(erasure);
    await handled(svc, erasure.id);
    expect(await messagesOf(customer)).toMatchObject([{ status: 'sent', variables: {} }]);
  });
});
