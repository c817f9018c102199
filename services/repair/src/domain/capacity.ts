// Opening hours and bay capacity. A centre is open in intervals per weekday, with date
// exceptions (closed, or other hours); hours and exception dates are local wall-clock times in
// the centre's IANA time zone (default UTC), so 08:00 Europe/Berlin is 07:00Z in winter and
// 06:00Z in summer. A booking takes one bay for [start, end); capacity = bays x open hours.
import { RuleViolation, localDateOf, localDateTimeToInstant } from '@aftersales/service-kit/domain';
import { ProblemTypes } from './errors';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DailyInterval {
  open: string; // HH:MM
  close: string; // HH:MM, after open; 24:00 allowed
}
export type OpeningHours = Partial<Record<Weekday, DailyInterval[]>>;
export interface HoursException {
  date: string; // YYYY-MM-DD
  closed?: boolean;
  hours?: DailyInterval[];
}
export interface Interval {
  start: Date;
  end: Date;
}
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

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

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

/**
 * The centre's open intervals on a local date (YYYY-MM-DD in `timeZone`), optionally extended
 * (emergency mode) by `extraHours` after the last closing, capped at local midnight. On a DST
 * day an interval is as long as real time says: 00:00-24:00 is 23 h when clocks go forward.
 */
export function openIntervals(
  date: string,
  hours: OpeningHours,
  exceptions: readonly HoursException[],
  extraHours = 0,
  timeZone = 'UTC',
): Interval[] {
  const exception = exceptions.find((e) => e.date === date);
  let daily: DailyInterval[];
  if (exception) daily = exception.closed ? [] : (exception.hours ?? []);
  else daily = hours[WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!] ?? [];
  const sorted = [...daily].sort((a, b) => minutesOf(a.open) - minutesOf(b.open));
  return sorted
    .map((iv, i) => {
      const isLast = i === sorted.length - 1;
      const closeMin = Math.min(24 * 60, minutesOf(iv.close) + (isLast ? Math.round(extraHours * 60) : 0));
      return {
        start: localDateTimeToInstant(date, minutesOf(iv.open), timeZone),
        end: localDateTimeToInstant(date, closeMin, timeZone),
      };
    })
    .filter((iv) => iv.end.getTime() > iv.start.getTime());
}

/** The first and last instant of a local date: [00:00, next 00:00) in the zone (23-25 h on DST days). */
export function localDay(date: string, timeZone = 'UTC'): Interval {
  return {
    start: localDateTimeToInstant(date, 0, timeZone),
    end: localDateTimeToInstant(date, 24 * 60, timeZone),
  };
}

/** True when the slot lies inside one open interval of its (local) day. */
export function withinOpeningHours(
  slot: Interval,
  hours: OpeningHours,
  exceptions: readonly HoursException[],
  extraHours = 0,
  timeZone = 'UTC',
): boolean {
  return openIntervals(localDateOf(slot.start, timeZone), hours, exceptions, extraHours, timeZone).some(
    (iv) => iv.start.getTime() <= slot.start.getTime() && slot.end.getTime() <= iv.end.getTime(),
  );
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
}

/** Start times every `stepMinutes` in the day's open intervals where a slot of `durationMinutes` fits, with free bay counts. */
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
}): AvailableSlot[] {
  const step = (opts.stepMinutes ?? 30) * 60_000;
  const duration = opts.durationMinutes * 60_000;
  const out: AvailableSlot[] = [];
  for (const iv of openIntervals(
    opts.date,
    opts.hours,
    opts.exceptions,
    opts.extraHours ?? 0,
    opts.timeZone,
  )) {
    for (let t = iv.start.getTime(); t + duration <= iv.end.getTime(); t += step) {
      const slot = { start: new Date(t), end: new Date(t + duration) };
      let free = 0;
      for (let bay = 1; bay <= opts.bays; bay++)
        if (!opts.booked.some((b) => b.bay === bay && overlaps(b, slot))) free++;
      out.push({ ...slot, freeBays: free });
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
