// SLA clocks on the centre's working calendar (PostgreSQL): a clock counts the centre's opening
// hours in its own time zone, stands still at night and over the weekend, pauses while the order
// waits for parts and resumes with the time it had used; a standard can instead be elapsed time.
// Order numbers carry the centre's local date.
import { createEvent, type EventOf } from '@aftersales/contracts';
import { Sweeper } from '../src/application/sla-sweep';
import { applyPartsEvent } from '../src/events/parts-events';
import {
  admin,
  advisor,
  as,
  createCentre,
  diagnosisBody,
  ifMatch,
  outboxOf,
  receive,
  startHarness,
  type Harness,
  TO_APPROVAL,
  walk,
} from './harness';

const weekday = [{ open: '08:00', close: '18:00' }];
const berlinHours = {
  timeZone: 'Europe/Berlin',
  openingHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
  hoursExceptions: [],
};
// Friday 4 December 2026, 17:30 in Berlin (CET, UTC+1).
const FRIDAY_1730 = new Date('2026-12-04T16:30:00Z');
const MONDAY_0830 = new Date('2026-12-07T07:30:00Z');
const H = 3_600_000;

describe('working-time SLA clocks (PostgreSQL)', () => {
  let h: Harness;
  let centreId: string;
  const staff = advisor();
  beforeAll(async () => {
    h = await startHarness('repair_working_time');
    centreId = (await createCentre(h.app, admin(), { name: 'Berlin weekdays', ...berlinHours })).id;
    for (const [stage, standardSeconds, timeBasis] of [
      ['RECEIVED', 7_200, 'working'],
      ['APPROVED', 4 * 3_600, 'working'],
      ['WAITING_PARTS', 2 * 86_400, 'elapsed'],
    ] as const) {
      const res = await as(h.app, admin()).put(`/v1/sla-standards/${stage}`, { standardSeconds, timeBasis });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ stage, standardSeconds, timeBasis });
    }
  });
  afterAll(async () => {
    await h?.close();
  });
  const sweep = (now: Date) =>
    new Sweeper({
      prisma: h.prisma,
      intervalMs: 60_000,
      emergencyFactor: 9,
      emergencyExtraHours: 0,
      now: () => now,
    })
      .sweepOnce()
      .then((r) => r.breaches);
  const at = async <T>(now: Date, f: () => Promise<T>): Promise<T> => {
    h.clock.now = now;
    try {
      return await f();
    } finally {
      h.clock.now = null;
    }
  };

  it('an order received Friday 17:30 and diagnosed Monday 08:30 is within a 2-working-hour standard', async () => {
    const order = await at(FRIDAY_1730, () => receive(h.app, staff, centreId));
    const clock = await h.prisma.slaClock.findFirstOrThrow({ where: { repairOrderId: order.id } });
    expect(clock).toMatchObject({ stage: 'RECEIVED', timeBasis: 'working', creditSeconds: 0 });
    expect(clock.dueAt.toISOString()).toBe('2026-12-07T08:30:00.000Z'); // Monday 09:30 Berlin

    // Saturday noon: the clock stands still with 1 h 30 min left (30 min ran on Friday).
    const saturday = await at(new Date('2026-12-05T11:00:00Z'), () =>
      as(h.app, staff).get(`/v1/repair-orders/${order.id}`),
    );
    expect(saturday.body.sla).toMatchObject({
      stage: 'RECEIVED',
      timeBasis: 'working',
      leftSeconds: 5_400,
      breached: false,
      ticking: false,
    });
    const listed = await at(new Date('2026-12-05T11:00:00Z'), () =>
      as(h.app, staff).get(`/v1/repair-orders?centreId=${centreId}&status=RECEIVED`),
    );
    expect(listed.body.items.find((o: { id: string }) => o.id === order.id).sla.leftSeconds).toBe(5_400);

    expect(await sweep(new Date('2026-12-06T20:00:00Z'))).toBe(0); // Sunday night: not due
    const diagnosed = await at(MONDAY_0830, () =>
      as(h.app, staff).post(`/v1/repair-orders/${order.id}/diagnosis`, diagnosisBody, ifMatch(1)),
    );
    expect(diagnosed.status).toBe(200);
    expect(await sweep(new Date('2026-12-07T12:00:00Z'))).toBe(0);
    const stopped = await h.prisma.slaClock.findUniqueOrThrow({ where: { id: clock.id } });
    expect(stopped.breachedAt).toBeNull();
    expect((await outboxOf(h.prisma, order.id)).filter((e) => e.type === 'repair.sla.breached')).toEqual([]);
  });

  it('a working-time breach reports the working time used, not the wall time', async () => {
    const order = await at(FRIDAY_1730, () => receive(h.app, staff, centreId));
    // Monday 10:30 Berlin: 3 working hours used (30 min Friday + 2.5 h Monday) over a 2 h standard.
    expect(await sweep(new Date('2026-12-07T09:30:00Z'))).toBe(1);
    const [breach] = (await outboxOf(h.prisma, order.id)).filter((e) => e.type === 'repair.sla.breached');
    expect(breach!.data).toMatchObject({
      stage: 'RECEIVED',
      standardSeconds: 7_200,
      elapsedSeconds: 3 * 3_600,
      dueAt: '2026-12-07T08:30:00.000Z',
    });
  });

  it('pauses the workshop clock while waiting for parts and resumes it with the time already used', async () => {
    // Monday 08:00 Berlin: received; diagnosed, quoted, approved at 09:00 (APPROVED: 4 working hours).
    const monday0800 = new Date('2026-12-07T07:00:00Z');
    const order = await at(monday0800, () => receive(h.app, staff, centreId));
    await at(new Date(monday0800.getTime() + H), () => walk(h.app, staff, order.id, TO_APPROVAL));
    const { partsRequestId } = await h.prisma.repairOrder.findUniqueOrThrow({ where: { id: order.id } });
    const event = <T extends 'parts.backordered' | 'parts.issued'>(type: T, data: object) =>
      createEvent(type, {
        producer: 'parts',
        tenantId: 'tenant-a',
        subject: order.id,
        data,
      } as never) as EventOf<T>;
    // 10:00: parts backordered after one working hour in APPROVED.
    await h.prisma.$transaction((tx) =>
      applyPartsEvent(
        tx,
        event('parts.backordered', {
          repairOrderId: order.id,
          requestId: partsRequestId,
          locationId: 'loc-berlin',
          lines: [{ lineId: 'l', partId: 'p', quantity: 1, backorderId: 'b' }],
          expectedAt: null,
        }),
        new Date(monday0800.getTime() + 2 * H),
      ),
    );
    const waiting = await h.prisma.slaClock.findFirstOrThrow({
      where: { repairOrderId: order.id, stage: 'WAITING_PARTS' },
    });
    expect(waiting.timeBasis).toBe('elapsed');
    expect(waiting.dueAt.getTime() - waiting.startedAt.getTime()).toBe(48 * H);

    // Tuesday 09:00 Berlin: parts issued; APPROVED resumes with 1 h used, 3 working hours left.
    const tuesday0900 = new Date('2026-12-08T08:00:00Z');
    await h.prisma.$transaction((tx) =>
      applyPartsEvent(
        tx,
        event('parts.issued', {
          repairOrderId: order.id,
          locationId: 'loc-berlin',
          issuedTo: 'tech-1',
          lines: [
            { partId: 'p', quantity: 1, lotNumber: null, unitCost: { amountMinor: 100, currency: 'EUR' } },
          ],
          totalCost: { amountMinor: 100, currency: 'EUR' },
        }),
        tuesday0900,
      ),
    );
    const resumed = await h.prisma.slaClock.findFirstOrThrow({
      where: { repairOrderId: order.id, stage: 'APPROVED', stoppedAt: null },
    });
    expect(resumed.creditSeconds).toBe(3_600);
    expect(resumed.dueAt.toISOString()).toBe('2026-12-08T11:00:00.000Z'); // Tuesday 12:00 Berlin
    // The night spent waiting for parts is the supplier's time, not the workshop's: no breach.
    expect(await sweep(new Date('2026-12-08T10:00:00Z'))).toBe(0);
  });

  it("numbers an order with the centre's local date", async () => {
    // 00:30 on Saturday 5 December in Berlin is still Friday in UTC.
    const order = await at(new Date('2026-12-04T23:30:00Z'), () => receive(h.app, staff, centreId));
    const row = await h.prisma.repairOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.orderNumber).toMatch(/^RO-20261205-/);
  });
});
