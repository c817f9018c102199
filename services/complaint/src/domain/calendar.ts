// Business calendar of a tenant: weekly opening hours in a time zone, minus holidays. Time limits
// count only working minutes, so "acknowledge within 4 h" raised on Friday at 16:00 is due on
// Monday at 11:00. Pure: wall-clock times are turned into instants with Intl (full ICU in Node),
// so nights, weekends, holidays and DST switches all fall out of the same walk over days.
import { z } from 'zod';
import { isTimeZone, localParts, zonedToInstant } from '@aftersales/service-kit';

// The zone arithmetic is shared with repair's opening hours (libs/service-kit/src/zoned-time.ts).
export { zonedToInstant };

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM (00:00-24:00)');

export const OpeningInterval = z
  .object({ open: HHMM, close: HHMM })
  .refine((i) => minutesOf(i.open) < minutesOf(i.close), 'open must be before close');

export const BusinessCalendar = z
  .object({
    timeZone: z.string().min(1).refine(isTimeZone, 'unknown IANA time zone'),
    /** Opening intervals per weekday; a missing or empty day is closed. */
    week: z.partialRecord(Weekday, z.array(OpeningInterval).max(4)),
    /** Local dates (YYYY-MM-DD) on which the business is closed all day. */
    holidays: z.array(z.iso.date()).max(400).default([]),
  })
  .refine((c) => Object.values(c.week).some((day) => (day?.length ?? 0) > 0), {
    message: 'the week needs at least one opening interval',
    path: ['week'],
  });
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;

/** Monday to Friday, 08:00-17:00 UTC: what a tenant gets until it sets its own calendar. */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  timeZone: 'UTC',
  week: Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, [{ open: '08:00', close: '17:00' }]]),
  ),
  holidays: [],
};

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Far enough for any realistic limit, and a guard against a calendar with no hours left. */
const MAX_DAYS = 2 * 366;
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

function dayAfter(d: Day): Day {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day) + DAY_MS);
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

const isoDate = (d: Day) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The working intervals of one local day, as [start, end) instants in ms. */
function workingIntervals(d: Day, cal: BusinessCalendar): [number, number][] {
  if (cal.holidays.includes(isoDate(d))) return [];
  const weekday = WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]!;
  return (cal.week[weekday] ?? [])
    .map((i): [number, number] => [
      zonedToInstant(d.year, d.month, d.day, minutesOf(i.open), cal.timeZone),
      zonedToInstant(d.year, d.month, d.day, minutesOf(i.close), cal.timeZone),
    ])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
}

/**
 * `start` plus `minutes` of working time. Counting starts at `start` if it falls in opening
 * hours, else at the next opening. Zero minutes returns `start` unchanged.
 */
export function addWorkingMinutes(start: Date, minutes: number, cal: BusinessCalendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('minutes must be a non-negative number');
  if (minutes === 0) return new Date(start.getTime());
  let remaining = minutes * MINUTE_MS;
  const cursor = start.getTime();
  const p = localParts(cursor, cal.timeZone);
  let day: Day = { year: p.year, month: p.month, day: p.day };
  for (let i = 0; i < MAX_DAYS; i++, day = dayAfter(day)) {
    for (const [open, close] of workingIntervals(day, cal)) {
      if (close <= cursor) continue;
      const from = Math.max(open, cursor);
      if (remaining <= close - from) return new Date(from + remaining);
      remaining -= close - from;
    }
  }
  throw new RangeError(
    `the calendar has too few working hours to fit ${minutes} minutes within ${MAX_DAYS} days`,
  );
}

/** Working minutes between two instants (0 if `to` is not after `from`). */
export function workingMinutesBetween(from: Date, to: Date, cal: BusinessCalendar): number {
  if (to <= from) return 0;
  let total = 0;
  const p = localParts(from.getTime(), cal.timeZone);
  let day: Day = { year: p.year, month: p.month, day: p.day };
  for (let i = 0; i < MAX_DAYS; i++, day = dayAfter(day)) {
    const intervals = workingIntervals(day, cal);
    for (const [open, close] of intervals) {
      const a = Math.max(open, from.getTime());
      const b = Math.min(close, to.getTime());
      if (b > a) total += b - a;
    }
    if (Date.UTC(day.year, day.month - 1, day.day) - DAY_MS > to.getTime()) break;
  }
  return Math.floor(total / MINUTE_MS);
}
