// What the customer service tells this one, against the real broker and database: the preferred
// channel from customer events (SMS through the signed webhook), a customer the customer
// service erased or does not know ends dead without retries, an erasure cancels what was not
// sent and forgets the customer, and a complaint's resolution reaches the customer through the
// link its registration recorded.
import { randomUUID } from 'node:crypto';
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import { TENANT, handled, startInstance, startSuite, type Instance, type Suite } from './harness';

const DAY = new Date('2026-12-07T10:00:00.000Z');

const registered = (customerId: string, preferredChannel: 'sms' | 'email' | 'app') =>
  createEvent('customer.registered', {
    producer: 'customer',
    tenantId: TENANT,
    subject: customerId,
    data: {
      customerId,
      kind: 'person',
      dealerId: null,
      preferredChannel,
      consents: { marketing: false, dataProcessing: true },
    },
  });

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
      channel: 'phone',
      serviceType: 'tyres',
      slotStart: '2026-12-11T09:00:00.000Z',
      slotEnd: '2026-12-11T10:00:00.000Z',
      bayId: null,
      estimatedLabourHours: 1,
      overflowFromCentreId: null,
    },
  });
}

describe('customers as the customer service knows them', () => {
  let suite: Suite;
  let svc: Instance;

  beforeAll(async () => {
    suite = await startSuite('customers');
    svc = await startInstance(suite, { now: DAY });
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  const publish = (...events: AnyEvent[]) => svc.producer.publish(events.map((event) => ({ event })));
  const messagesOf = (customerId: string) =>
    svc.prisma.message.findMany({ where: { customerId }, orderBy: { createdAt: 'asc' } });

  it('texts a customer who prefers SMS, through the signed webhook', async () => {
    const customer = randomUUID();
    svc.endpoints.contacts.set(customer, { email: 'x@kunde.example', phone: '+4915199998888' });
    const reg = registered(customer, 'sms');
    await publish(reg);
    await handled(svc, reg.id);
    const event = bookingCreated(customer);
    await publish(event);
    await handled(svc, event.id);
    expect(await svc.sweep()).toMatchObject({ sent: 1 });

    const calls = svc.endpoints.webhookCalls.filter((c) => c.body.customerId === customer);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signatureValid).toBe(true);
    expect(calls[0]!.body).toMatchObject({
      channel: 'sms',
      to: '+4915199998888',
      locale: 'de',
      tenantId: TENANT,
    });
    expect(String(calls[0]!.body.text)).toContain('11.12.2026, 10:00');
    expect(svc.smtp.mails.some((m) => m.to.includes('x@kunde.example'))).toBe(false);
    const [m] = await messagesOf(customer);
    expect(m).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(m!.providerMessageId).toMatch(/^prov-/);
  });

  it('gives up at once on a customer the customer service erased or does not know', async () => {
    const erased = randomUUID();
    const unknown = randomUUID();
    svc.endpoints.contacts.set(erased, 'erased');
    const a = bookingCreated(erased);
    const b = bookingCreated(unknown);
    await publish(a, b);
    await handled(svc, a.id);
    await handled(svc, b.id);
    expect(await svc.sweep()).toMatchObject({ dead: 2 });
    expect(await messagesOf(erased)).toMatchObject([
      { status: 'dead', attempts: 1, lastError: 'customer-erased' },
    ]);
    expect(await messagesOf(unknown)).toMatchObject([
      { status: 'dead', attempts: 1, lastError: 'customer-unknown' },
    ]);
  });

  it('an erasure cancels what was not sent and forgets the customer', async () => {
    const customer = randomUUID();
    svc.endpoints.contacts.set(customer, { email: 'y@kunde.example', phone: null });
    // In the quiet hours, so the message waits.
    svc.setNow(new Date('2026-12-07T22:00:00.000Z'));
    const event = bookingCreated(customer);
    await publish(event);
    await handled(svc, event.id);
    expect(await svc.prisma.subjectLink.count({ where: { customerId: customer } })).toBe(1);

    const erasure = createEvent('customer.erased', {
      producer: 'customer',
      tenantId: TENANT,
      subject: customer,
      data: { customerId: customer, basis: 'customer-request', vehicleIds: [] },
    });
    await publish(erasure);
    await handled(svc, erasure.id);

    svc.setNow(new Date('2026-12-08T09:00:00.000Z'));
    await svc.sweep();
    expect(svc.smtp.mails.some((m) => m.to.includes('y@kunde.example'))).toBe(false);
    const [m] = await messagesOf(customer);
    expect(m).toMatchObject({ status: 'cancelled', lastError: 'customer-erased', variables: {} });
    expect(await svc.prisma.subjectLink.count({ where: { customerId: customer } })).toBe(0);
    svc.setNow(DAY);
  });

  it('tells the customer of a resolution through the link the registration recorded', async () => {
    const customer = randomUUID();
    svc.endpoints.contacts.set(customer, { email: 'z@kunde.example', phone: null });
    const complaintId = randomUUID();
    const reg = createEvent('complaint.registered', {
      producer: 'complaint',
      tenantId: TENANT,
      subject: complaintId,
      data: {
        complaintId,
        referenceNumber: 'C-2026-000777',
        channel: 'web',
        trigger: 'customer',
        sourceEventId: null,
        customerId: customer,
        vehicleId: null,
        repairOrderId: null,
        centreId: null,
        category: null,
        severity: null,
        deadlines: null,
      },
    });
    const resolved = createEvent('complaint.resolved', {
      producer: 'complaint',
      tenantId: TENANT,
      subject: complaintId,
      data: {
        complaintId,
        resolvedBy: 'handler-1',
        remedy: 'apology',
        goodwill: null,
        resolutionSeconds: 3600,
        withinDeadline: true,
        customerNotifiedVia: null,
      },
    });
    await publish(reg, resolved);
    await handled(svc, resolved.id);
    expect(await svc.sweep()).toMatchObject({ sent: 2 });
    expect(svc.smtp.mails.filter((m) => m.to.includes('z@kunde.example')).map((m) => m.subject)).toEqual([
      'Wir haben Ihre Beschwerde erhalten (C-2026-000777)',
      'Ihre Beschwerde C-2026-000777 wurde bearbeitet',
    ]);
  });
});
