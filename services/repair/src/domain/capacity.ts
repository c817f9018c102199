// Opening hours and bay capacity. A centre is open in intervals per weekday, with date
// exceptions (closed, or other hours); hours and exception dates are local wall-clock times in
// the centre's IANA time zone (default UTC), so 08:00 Europe/Berlin is 07:00Z in winter and
// 06:00Z in summer. A booking takes one bay for [start, end); capacity = bays x open hours.
//
// Technician hours (issue 19): a booking also needs labour. Each technician of the centre works the
// centre's open hours of the day (emergency extension included), at most `hoursPerDay` when set
// and not at all on a date in `absences`. A day's free technician hours are those hours minus the
// labour already promised: bookings of that day (BOOKED) and the workshop's backlog (open orders
// not yet READY, worked off from now onward, day by day, in the hours bookings leave). A booking's
// length is its estimated labour, walked through the day's open intervals (a lunch break does not
// count; the bay stays held over it); labour that does not fit before the day's last closing is
// refused, it never runs into the next day.
import {
  RuleViolation,
  WEEKDAYS,
  localDateOf,
  localDateTimeToInstant,
  minutesOf,
  openIntervals,
  type DailyInterval,
  type HoursException,
  type Interval,
  type OpeningHours,
} from '@aftersales/service-kit/domain';
import { ProblemTypes } from './errors';

// The calendar part (weekday hours, exceptions, open intervals of a local date) lives in
// service-kit, shared with the customer service (follow-up calls in the centre's hours).
export {
  WEEKDAYS,
  localDay,
  openIntervals,
  type DailyInterval,
  type HoursException,
  type Interval,
  type OpeningHours,
  type Weekday,
} from '@aftersales/service-kit/domain';

export interface BayBooking extends Interval {
  bay: number;
}

/** Opening hours that cannot be (close before open, overlapping intervals): 422. */
export class CapacityError extends RuleViolation {
  override name = 'CapacityError';
  constructor(code: string, message: string) {
    super(message, { type: ProblemTypes.rule, code });
  }
}

export function validateHours(hours: readonly DailyInterval[], path: string): void {
  const sorted = [...hours].sort((a, b) => minutesOf(a.open) - minutesOf(b.open));
  sorted.forEach((iv, i) => {
    if (minutesOf(iv.close) <= minutesOf(iv.open))
      throw new CapacityError('invalid-hours', `${path}: close ${iv.close} must be after open ${iv.open}`);
    const next = sorted[i + 1];
    if (next && minutesOf(next.open) < minutesOf(iv.close))
      throw new CapacityError('invalid-hours', `${path}: intervals overlap`);
  });
}

/** Where a normally closed day opens in emergency mode when the centre has no regular hours at all. */
export const EMERGENCY_DAY_START = '08:00';

/**
 * A centre's open intervals on a local date while its region is in emergency mode with
 * `extraHours` (0: the regular hours). A working day is extended after its last closing
 * (openIntervals). A day it is normally closed (no hours that weekday, or a closed exception)
 * opens for `extraHours` from the earliest opening time of its regular week (08:00 when it has
 * none), capped at local midnight: an emergency is exactly when the closed Sunday is needed.
 */
export function emergencyOpenIntervals(
  date: string,
  hours: OpeningHours,
  exceptions: readonly HoursException[],
  extraHours: number,
  timeZone = 'UTC',
): Interval[] {
  const regular = openIntervals(date, hours, exceptions, extraHours, timeZone);
  if (regular.length > 0 || extraHours <= 0) return regular;
  const opens = WEEKDAYS.flatMap((d) => hours[d] ?? []).map((iv) => minutesOf(iv.open));
  const start = opens.length > 0 ? Math.min(...opens) : minutesOf(EMERGENCY_DAY_START);
  const end = Math.min(24 * 60, start + Math.round(extraHours * 60));
  if (end <= start) return [];
  return [
    {
      start: localDateTimeToInstant(date, start, timeZone),
      end: localDateTimeToInstant(date, end, timeZone),
    },
  ];
}

/** True when the slot lies inside one open interval of its (local) day. */
export function withinOpeningHours(
  slot: Interval,
  hours: OpeningHours,
  exceptions: readonly HoursException[],
  extraHours = 0,
  timeZone = 'UTC',
): boolean {
  return emergencyOpenIntervals(
    localDateOf(slot.start, timeZone),
    hours,
    exceptions,
    extraHours,
    timeZone,
  ).some((iv) => iv.start.getTime() <= slot.start.getTime() && slot.end.getTime() <= iv.end.getTime());
}

const overlaps = (a: Interval, b: Interval) =>
  a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();

/** The lowest-numbered bay free for the whole slot, or null. */
export function freeBay(bays: number, booked: readonly BayBooking[], slot: Interval): number | null {
  for (let bay = 1; bay <= bays; bay++) {
    if (!booked.some((b) => b.bay === bay && overlaps(b, slot))) return bay;
  }
  return null;
}

export interface AvailableSlot extends Interval {
  freeBays: number;
  /** A bay is free for the whole slot and the day has the labour in free technician hours. */
  available: boolean;
}

/**
 * Start times every `stepMinutes` in the day's open intervals where `durationMinutes` of labour
 * fits before the day's last closing (walked over breaks, see labourSlot), with free bay counts;
 * `available` also needs `freeTechnicianHours` (default: unlimited) to cover the labour.
 */
export function availability(opts: {
  date: string;
  hours: OpeningHours;
  exceptions: readonly HoursException[];
  bays: number;
  booked: readonly BayBooking[];
  durationMinutes: number;
  stepMinutes?: number;
  extraHours?: number;
  timeZone?: string;
  freeTechnicianHours?: number;
}): AvailableSlot[] {
  const step = (opts.stepMinutes ?? 30) * 60_000;
  const labourHours = opts.durationMinutes / 60;
  const enoughHands = (opts.freeTechnicianHours ?? Infinity) + 1e-9 >= labourHours;
  const out: AvailableSlot[] = [];
  const intervals = emergencyOpenIntervals(
    opts.date,
    opts.hours,
    opts.exceptions,
    opts.extraHours ?? 0,
    opts.timeZone,
  );
  for (const iv of intervals) {
    for (let t = iv.start.getTime(); t < iv.end.getTime(); t += step) {
      const slot = labourSlot(new Date(t), labourHours, intervals);
      if (!('start' in slot)) continue;
      let free = 0;
      for (let bay = 1; bay <= opts.bays; bay++)
        if (!opts.booked.some((b) => b.bay === bay && overlaps(b, slot))) free++;
      out.push({ ...slot, freeBays: free, available: free > 0 && enoughHands });
    }
  }
  return out;
}

/** Bay-hours a centre offers on a local date (bays x open hours). */
export function capacityHours(
  date: string,
  bays: number,
  hours: OpeningHours,
  exceptions: readonly HoursException[],
  timeZone = 'UTC',
): number {
  return (
    openIntervals(date, hours, exceptions, 0, timeZone).reduce(
      (h, iv) => h + (iv.end.getTime() - iv.start.getTime()) / 3_600_000,
      0,
    ) * bays
  );
}

/**
 * The slot `labourHours` of work starting at `start` takes: the labour is walked through the
 * day's open intervals (sorted), skipping the gaps between them, and the slot ends where the last
 * minute of labour ends. `closed`: `start` is not inside an open interval; `too-long`: the labour
 * does not fit before the day's last closing.
 */
export function labourSlot(
  start: Date,
  labourHours: number,
  intervals: readonly Interval[],
): Interval | { refused: 'closed' | 'too-long' } {
  const t0 = start.getTime();
  const first = intervals.findIndex((iv) => iv.start.getTime() <= t0 && t0 < iv.end.getTime());
  if (first < 0) return { refused: 'closed' };
  let left = Math.round(labourHours * 3_600_000);
  let cursor = t0;
  for (let i = first; i < intervals.length; i++) {
    const iv = intervals[i]!;
    cursor = Math.max(cursor, iv.start.getTime());
    const take = Math.min(left, iv.end.getTime() - cursor);
    left -= take;
    if (left <= 0) return { start, end: new Date(cursor + take) };
  }
  return { refused: 'too-long' };
}

/** A technician as the centre stores it; working-time fields are optional. */
export interface TechnicianShift {
  id: string;
  /** At most this many hours a day (default: all the centre's open hours). */
  hoursPerDay?: number | null;
  /** Local dates (YYYY-MM-DD) the technician does not work. */
  absences?: readonly string[] | null;
}

/**
 * Technician hours of a local day: per technician present, the day's open hours counted from
 * `from` on (today: what is left of it), capped at `hoursPerDay`.
 */
export function technicianHours(
  date: string,
  technicians: readonly TechnicianShift[],
  intervals: readonly Interval[],
  from?: Date,
): number {
  const f = from?.getTime() ?? -Infinity;
  const open =
    intervals.reduce((ms, iv) => ms + Math.max(0, iv.end.getTime() - Math.max(iv.start.getTime(), f)), 0) /
    3_600_000;
  return technicians
    .filter((t) => !(t.absences ?? []).includes(date))
    .reduce((h, t) => h + Math.min(open, t.hoursPerDay ?? Infinity), 0);
}

export interface DayLabour {
  /** Technician hours of the day (technicianHours). */
  technicianHours: number;
  /** Labour of the day's bookings. */
  bookedHours: number;
}

/**
 * The workshop backlog (labour of orders already in it) is worked off from the first day on, in
 * the technician hours each day's bookings leave; returns each day's share (what is left after
 * the last day is not placed).
 */
export function backlogShares(backlogHours: number, days: readonly DayLabour[]): number[] {
  let left = backlogHours;
  return days.map((d) => {
    const share = Math.min(left, Math.max(0, d.technicianHours - d.bookedHours));
    left -= share;
    return share;
  });
}
