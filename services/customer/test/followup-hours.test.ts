// Follow-ups in the centre's working hours, against real PostgreSQL and Kafka: a delivery whose
// call would fall on a Sunday night (repair.order.delivered carrying the centre's opening hours)
// has its call due on Monday at opening and its reminder at the centre's opening on its day; a
// delivery without hours (an older event) keeps the wall-clock times.
import { randomUUID } from 'node:crypto';
import { createEvent, topicOf, type EventData } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import { startHarness, type Harness } from './harness';

describe("follow-ups in the centre's opening hours", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('followup_hours', { consumer: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  const weekday = [{ open: '08:00', close: '18:00' }];
  const berlin: NonNullable<EventData<'repair.order.delivered'>['centreHours']> = {
    timeZone: 'Europe/Berlin',
    openingHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
    hoursExceptions: [{ date: '2027-05-17', closed: true }],
  };
  const delivered = (repairOrderId: string, centreHours?: typeof berlin | null) =>
    createEvent('repair.order.delivered', {
      producer: 'repair',
      tenantId: 'tenant-a',
      subject: repairOrderId,
      // Thursday 26 November, 23:00 CET: 72 h later is Sunday 23:00 CET.
      occurredAt: new Date('2026-11-26T22:00:00.000Z'),
      data: {
        repairOrderId,
        centreId: 'centre-berlin',
        customerId: `cust-${repairOrderId}`,
        vehicleId: `veh-${repairOrderId}`,
        mileageKm: 50_000,
        // 14 days before is Monday 17 May 2027, closed by exception.
        nextMaintenance: { dueMileageKm: null, dueOn: '2027-05-31' },
        deliveredBy: 'advisor-1',
        ...(centreHours === undefined ? {} : { centreHours }),
      },
    });
  const followUpsOf = async (event: ReturnType<typeof delivered>) => {
    await waitFor(
      async () => (await h.prisma.inboxMessage.count({ where: { eventId: event.id } })) === 1 || undefined,
      'the delivery handled',
    );
    const rows = await h.prisma.followUp.findMany({
      where: { repairOrderId: event.data.repairOrderId },
      orderBy: { dueAt: 'asc' },
    });
    return rows.map((f) => [f.kind, f.dueAt.toISOString()]);
  };

  it('a call that would be due on Sunday night is due on Monday at opening', async () => {
    const orderId = randomUUID();
    const event = delivered(orderId, berlin);
    await h.producer.publish([{ event }]);
    expect(await followUpsOf(event)).toEqual([
      ['post-delivery-call', '2026-11-30T07:00:00.000Z'], // Monday 08:00 CET
      ['maintenance-reminder', '2027-05-18T06:00:00.000Z'], // Tuesday 08:00 CEST
    ]);
    const scheduled = (await h.events(topicOf('followup.scheduled'))).filter(
      (e) => (e.data as { repairOrderId: string }).repairOrderId === orderId,
    );
    expect(scheduled.map((e) => (e.data as { dueAt: string }).dueAt).sort()).toEqual([
      '2026-11-30T07:00:00.000Z',
      '2027-05-18T06:00:00.000Z',
    ]);
  });

  it('without centre hours (an older event, or null) the times stay wall-clock', async () => {
    for (const hours of [undefined, null]) {
      const event = delivered(randomUUID(), hours);
      await h.producer.publish([{ event }]);
      expect(await followUpsOf(event)).toEqual([
        ['post-delivery-call', '2026-11-29T22:00:00.000Z'],
        ['maintenance-reminder', '2027-05-17T09:00:00.000Z'],
      ]);
    }
  });
});
