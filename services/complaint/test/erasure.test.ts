// A customer's erasure reaches the complaint desk (PostgreSQL + Kafka): customer.erased redacts the
// texts of the customer's complaints (description, notes, resolution summary) and inquiries
// (question, answer), and the stored responses that replay them; another customer's stay; applied once.
import request from 'supertest';
import { createEvent } from '@aftersales/contracts';
import { EventProducer, createKafka } from '@aftersales/kafka';
import { findText, testInfra, waitFor } from '@aftersales/testing';
import { REDACTED } from '../src/application/erasure';
import { startInstance, startSuite, token, type Instance, type Suite } from './harness';

const SECRET = 'ZQX-complaint-erasure';

describe('customer erasure in complaint', () => {
  let suite: Suite;
  let svc: Instance;
  let advisor: string;
  let handler: string;
  let keySeq = 0;

  beforeAll(async () => {
    suite = await startSuite('erasure');
    svc = await startInstance(suite, { consumer: true });
    advisor = await token(['service-advisor']);
    handler = await token(['complaint-handler']);
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  const post = (path: string, body: object, as: string, idempotent = false) => {
    const r = request(svc.app).post(path).set('Authorization', `Bearer ${as}`);
    return (idempotent ? r.set('Idempotency-Key', `e-${++keySeq}`) : r).send(body);
  };

  async function recordsOf(customerId: string) {
    const complaint = await post(
      '/v1/complaints',
      {
        channel: 'phone',
        description: `${SECRET} ${customerId}: rude on the phone, her husband was ill`,
        customerId,
        vehicleId: `veh-${customerId}`,
        centreId: 'centre-1',
        category: 'repair-quality',
        severity: 'high',
      },
      advisor,
      true,
    );
    expect(complaint.status).toBe(201);
    const id = complaint.body.id as string;
    expect(
      (await post(`/v1/complaints/${id}/notes`, { text: `${SECRET} ${customerId}: note` }, handler)).status,
    ).toBe(201);
    const resolved = await post(
      `/v1/complaints/${id}/resolution`,
      { remedy: 'goodwill', summary: `${SECRET} ${customerId}: summary` },
      handler,
    );
    expect(resolved.status).toBe(200);
    const inquiry = await post(
      '/v1/inquiries',
      { channel: 'chat', customerId, centreId: 'centre-1', question: `${SECRET} ${customerId}: when?` },
      advisor,
      true,
    );
    expect(inquiry.status).toBe(201);
    const answered = await post(
      `/v1/inquiries/${inquiry.body.id}/answer`,
      { answer: `${SECRET} ${customerId}: soon` },
      handler,
    );
    expect(answered.status).toBe(200);
    return { complaintId: id, inquiryId: inquiry.body.id as string };
  }

  it("redacts the erased customer's complaint and inquiry texts, keeps the other customer's, once", async () => {
    const erased = await recordsOf('cust-erased');
    await recordsOf('cust-kept');
    expect((await findText(suite.db.url, `${SECRET} cust-erased`)).length).toBeGreaterThanOrEqual(5);

    const event = createEvent('customer.erased', {
      producer: 'customer',
      tenantId: 'tenant-a',
      subject: 'cust-erased',
      data: { customerId: 'cust-erased', basis: 'customer-request', vehicleIds: [] },
    });
    const producer = new EventProducer(
      createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'complaint-erasure-test' }),
      suite.namespace,
    );
    await producer.publish([{ event }, { event }]); // the second copy is a redelivery
    await producer.disconnect();
    await waitFor(
      async () =>
        (await svc.prisma.complaint.findUniqueOrThrow({ where: { id: erased.complaintId } })).description ===
        REDACTED,
      'the erasure applied',
      30_000,
    );
    expect(await findText(suite.db.url, `${SECRET} cust-erased`)).toEqual([]);
    const inquiry = await svc.prisma.inquiry.findUniqueOrThrow({ where: { id: erased.inquiryId } });
    expect(inquiry).toMatchObject({ question: REDACTED, answer: REDACTED, status: 'answered' });
    // The category, severity and status the quality figures count stay.
    expect(await svc.prisma.complaint.findUniqueOrThrow({ where: { id: erased.complaintId } })).toMatchObject(
      {
        category: 'repair-quality',
        severity: 'high',
        status: 'resolved',
        customerId: 'cust-erased',
      },
    );
    // The other customer is untouched; the redelivered event found its inbox row.
    expect((await findText(suite.db.url, `${SECRET} cust-kept`)).length).toBeGreaterThanOrEqual(5);
    await waitFor(
      async () => (await svc.prisma.inboxMessage.count({ where: { eventId: event.id } })) === 1,
      'one inbox row for the erasure',
    );
  });
});
