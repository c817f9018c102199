// Proactive complaints from events, against the real broker: a low survey opens one complaint
// even when the event is delivered twice; failed QC and comebacks open one when switched on.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createEvent, type AnyEvent } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { COMPLAINT_TOPIC, startInstance, startSuite, token, type Instance, type Suite } from './harness';

const TENANT = 'tenant-a';

function survey(nps: number, scores = { product: 5, service: 5, purchase: 5 }, surveyId = randomUUID()) {
  return createEvent('survey.completed', {
    producer: 'customer',
    tenantId: TENANT,
    subject: surveyId,
    data: {
      surveyId,
      repairOrderId: 'ro-1',
      customerId: 'cust-1',
      vehicleId: 'veh-1',
      centreId: 'centre-1',
      channel: 'email',
      scores,
      nps,
      hasComment: true,
    },
  });
}

function qcFailed(repairOrderId = randomUUID()) {
  return createEvent('repair.order.qc-failed', {
    producer: 'repair',
    tenantId: TENANT,
    subject: repairOrderId,
    data: {
      repairOrderId,
      centreId: 'centre-1',
      inspectorId: 'insp-1',
      technicianIds: ['tech-1'],
      attempt: 1,
      failedChecks: ['brakes'],
      reworkCount: 1,
    },
  });
}

function completed(comeback: boolean, repairOrderId = randomUUID()) {
  const money = { amountMinor: 10000, currency: 'EUR' };
  return createEvent('repair.order.completed', {
    producer: 'repair',
    tenantId: TENANT,
    subject: repairOrderId,
    data: {
      repairOrderId,
      centreId: 'centre-1',
      centreType: 'regional-centre',
      regionId: 'north',
      customerId: 'cust-2',
      vehicleId: 'veh-2',
      serviceType: 'repair',
      technicianIds: ['tech-1'],
      receivedAt: new Date().toISOString(),
      stageDurations: [],
      labourHours: 1,
      labourCost: money,
      partsCost: money,
      totalGross: money,
      reworkCount: 0,
      qcAttempts: 1,
      slaBreaches: [],
      comeback,
      comebackOfRepairOrderId: comeback ? randomUUID() : null,
    },
  });
}

describe('proactive complaints from events', () => {
  let suite: Suite;
  let svc: Instance;

  beforeAll(async () => {
    suite = await startSuite('proactive');
    svc = await startInstance(suite, { consumer: true });
  });
  afterAll(async () => {
    await svc?.stop();
    await suite?.close();
  });

  const publish = (...events: AnyEvent[]) => svc.producer.publish(events.map((event) => ({ event })));
  const handled = (event: AnyEvent) =>
    waitFor(
      async () =>
        (await svc.prisma.inboxMessage.count({ where: { eventId: event.id } })) > 0 ? true : undefined,
      `inbox has ${event.type}`,
    );
  const opened = (event: AnyEvent) => svc.prisma.complaint.findMany({ where: { sourceEventId: event.id } });

  it('opens exactly one complaint from a low survey delivered twice', async () => {
    const low = survey(3, { product: 4, service: 2, purchase: 5 });
    await publish(low);
    await publish(low); // the same event id again, as a redelivery brings it
    // A later event on the same key (same partition) proves both deliveries were consumed.
    const sentinel = createEvent('survey.completed', {
      producer: 'customer',
      tenantId: TENANT,
      subject: low.subject,
      data: { ...low.data, nps: 10, scores: { product: 5, service: 5, purchase: 5 } },
    });
    await publish(sentinel);
    await handled(sentinel);

    const complaints = await opened(low);
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatchObject({
      tenantId: TENANT,
      channel: 'survey',
      trigger: 'low-survey-score',
      sourceEventId: low.id,
      customerId: 'cust-1',
      vehicleId: 'veh-1',
      repairOrderId: 'ro-1',
      centreId: 'centre-1',
      category: 'service-attitude',
      severity: 'medium',
      teamId: 'complaints-desk',
    });
    expect(complaints[0]!.acknowledgeBy).not.toBeNull();
    expect(await svc.prisma.inboxMessage.count({ where: { eventId: low.id } })).toBe(1);
    expect(await opened(sentinel)).toHaveLength(0); // NPS 10, all scores fine

    const registered = await waitFor(async () => {
      const all = (await suite.read(COMPLAINT_TOPIC, 50, 1_000)).filter(
        (m) => m.key === complaints[0]!.id && m.headers['event-type'] === 'complaint.registered',
      );
      return all.length > 0 ? all : undefined;
    }, 'complaint.registered');
    expect(registered).toHaveLength(1);
    const event = JSON.parse(registered[0]!.value!);
    expect(event.causationId).toBe(low.id);
    expect(event.data).toMatchObject({
      channel: 'survey',
      trigger: 'low-survey-score',
      sourceEventId: low.id,
      category: 'service-attitude',
    });
  });

  it('opens a complaint for a comeback repair but not for a normal completion', async () => {
    const comeback = completed(true);
    const normal = completed(false);
    await publish(normal, comeback);
    await handled(comeback);
    await handled(normal);
    expect(await opened(normal)).toHaveLength(0);
    const [c] = await opened(comeback);
    expect(c).toMatchObject({
      channel: 'system',
      trigger: 'comeback',
      category: 'repair-quality',
      severity: 'high',
      repairOrderId: comeback.data.repairOrderId,
    });
  });

  it('opens complaints for failed QC only once the tenant switches it on', async () => {
    const before = qcFailed();
    await publish(before);
    await handled(before);
    expect(await opened(before)).toHaveLength(0);

    const admin = await token(['admin']);
    const settings = (
      await request(svc.app).get('/v1/complaint-settings').set('Authorization', `Bearer ${admin}`)
    ).body;
    await request(svc.app)
      .patch('/v1/complaint-settings')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        proactive: {
          ...settings.proactive,
          qcFailed: { enabled: true },
          survey: { enabled: true, npsAtMost: 2, scoreAtMost: 1 },
        },
      })
      .expect(200);

    const after = qcFailed();
    const mild = survey(5); // NPS 5 no longer counts as low under the stricter threshold
    await publish(after, mild);
    await handled(after);
    await handled(mild);
    expect(await opened(after)).toHaveLength(1);
    expect(await opened(mild)).toHaveLength(0);
  });
});
