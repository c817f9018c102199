// A centre's technician hours on one local day against the labour already promised: the day's
// bookings and the workshop's backlog (orders already in it: booked, walk-ins, tow-ins,
// overflow). The backlog is worked off from now on, day by day, in the hours bookings leave, so a
// workshop full of cars fills today and then the next days (rules: src/domain/capacity.ts).
import { localDateOf } from '@aftersales/service-kit';
import { type Db, type ServiceCentre } from '../db/client';
import {
  backlogShares,
  localDay,
  emergencyOpenIntervals,
  technicianHours,
  type HoursException,
  type OpeningHours,
  type TechnicianShift,
} from '../domain/capacity';
import { backlogHoursOf } from '../domain/emergency';
import { type Status } from '../domain/state-machine';

/** In the workshop and still to be worked on: not READY/DELIVERED/CLOSED/CANCELLED, nor DECLINED (no work). */
export const IN_WORKSHOP: readonly Status[] = [
  'RECEIVED',
  'DIAGNOSED',
  'QUOTED',
  'APPROVED',
  'IN_PROGRESS',
  'WAITING_PARTS',
  'QC',
];

/** How far ahead the backlog is spread before the rest is taken to fill every later day. */
const HORIZON_DAYS = 366;

export interface DayCapacity {
  technicianHours: number;
  bookedLabourHours: number;
  /** The workshop backlog's share of this day. */
  workshopLabourHours: number;
  freeTechnicianHours: number;
}

const nextDate = (date: string) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
const round = (h: number) => Math.round(h * 1000) / 1000;

/** Labour hours of the orders in the centre's workshop: the order's estimate, else its booking's, else 1 h. */
export async function workshopBacklogHours(
  db: Db,
  centre: Pick<ServiceCentre, 'id' | 'tenantId'>,
): Promise<number> {
  const orders = await db.repairOrder.findMany({
    where: { tenantId: centre.tenantId, centreId: centre.id, status: { in: [...IN_WORKSHOP] } },
    select: { estimatedLabourHours: true, bookingId: true },
  });
  const unestimated = orders.flatMap((o) =>
    o.estimatedLabourHours === null && o.bookingId ? [o.bookingId] : [],
  );
  const booked = unestimated.length
    ? new Map(
        (
          await db.booking.findMany({
            where: { id: { in: unestimated } },
            select: { id: true, estimatedLabourHours: true },
          })
        ).map((b) => [b.id, b.estimatedLabourHours]),
      )
    : new Map<string, number>();
  return backlogHoursOf(
    orders.map((o) => ({
      estimatedLabourHours:
        o.estimatedLabourHours ?? (o.bookingId ? (booked.get(o.bookingId) ?? null) : null),
    })),
  );
}

/** Free technician hours of `centre` on local `date`, seen at `now` (emergency `extraHours` included). */
export async function dayCapacity(
  db: Db,
  centre: ServiceCentre,
  date: string,
  now: Date,
  extraHours: number,
): Promise<DayCapacity> {
  const zone = centre.timeZone;
  const today = localDateOf(now, zone);
  if (date < today)
    return { technicianHours: 0, bookedLabourHours: 0, workshopLabourHours: 0, freeTechnicianHours: 0 };
  const technicians = (Array.isArray(centre.technicians)
    ? centre.technicians
    : []) as unknown as TechnicianShift[];
  const hours = centre.openingHours as OpeningHours;
  const exceptions = centre.hoursExceptions as unknown as HoursException[];
  const backlog = await workshopBacklogHours(db, centre);
  // Days from today to `date` (only `date` when there is no backlog to spread).
  const dates: string[] = [];
  if (backlog > 0)
    for (let d = today; d < date && dates.length < HORIZON_DAYS; d = nextDate(d)) dates.push(d);
  dates.push(date);
  const bookings = await db.booking.findMany({
    where: {
      centreId: centre.id,
      status: 'BOOKED',
      slotStart: { gte: localDay(dates[0]!, zone).start, lt: localDay(date, zone).end },
    },
    select: { slotStart: true, estimatedLabourHours: true },
  });
  const bookedOn = new Map<string, number>();
  for (const b of bookings) {
    const d = localDateOf(b.slotStart, zone);
    bookedOn.set(d, (bookedOn.get(d) ?? 0) + b.estimatedLabourHours);
  }
  const days = dates.map((d) => ({
    technicianHours: technicianHours(
      d,
      technicians,
      emergencyOpenIntervals(d, hours, exceptions, extraHours, zone),
      d === today ? now : undefined,
    ),
    bookedHours: bookedOn.get(d) ?? 0,
  }));
  const target = days[days.length - 1]!;
  const share = backlogShares(backlog, days)[days.length - 1]!;
  return {
    technicianHours: round(target.technicianHours),
    bookedLabourHours: round(target.bookedHours),
    workshopLabourHours: round(share),
    freeTechnicianHours: round(Math.max(0, target.technicianHours - target.bookedHours - share)),
  };
}
