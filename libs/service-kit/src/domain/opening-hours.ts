// Opening hours of a centre: intervals per weekday and date exceptions (closed, or other hours),
// all local wall-clock times in the centre's IANA time zone, so 08:00 Europe/Berlin is 07:00Z in
// winter and 06:00Z in summer. Pure calendar maths shared by repair (bookings, capacity, SLA working
// time) and customer (follow-up calls in the centre's hours).
import { localDateOf, localDateTimeToInstant } from './zoned-time';

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

/** Minutes after local midnight of an "HH:MM" wall-clock time (24:00 is 1440). */
export const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

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

/** A centre's calendar as events and rows carry it (hours and exceptions as stored JSON). */
export interface CentreHours {
  timeZone: string;
  openingHours: OpeningHours;
  hoursExceptions: readonly HoursException[];
}

/** How many local days ahead an opening is looked for before giving up (no hours configured). */
export const OPENING_SEARCH_DAYS = 400;

const DAY_MS = 86_400_000;
const nextDate = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * `at` itself when the centre is open then, else the start of its next open interval (the next
 * opening, skipping closed days and exceptions); null when it has no open time in the search
 * horizon (a centre without hours).
 */
export function nextOpening(at: Date, centre: CentreHours): Date | null {
  let date = localDateOf(at, centre.timeZone);
  for (let day = 0; day < OPENING_SEARCH_DAYS; day++, date = nextDate(date)) {
    for (const iv of openIntervals(date, centre.openingHours, centre.hoursExceptions, 0, centre.timeZone)) {
      if (iv.end.getTime() <= at.getTime()) continue;
      return iv.start.getTime() <= at.getTime() ? at : iv.start;
    }
  }
  return null;
}

/**
 * The centre's first opening on the local date or, when it is closed that day, on the next open
 * day; null when it has no open time in the search horizon.
 */
export function firstOpeningOn(date: string, centre: CentreHours): Date | null {
  return nextOpening(localDateTimeToInstant(date, 0, centre.timeZone), centre);
}
