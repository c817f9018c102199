// Working time: the one calendar every duration judged against a standard is measured on. A
// centre works in its opening intervals (local wall-clock hours in its own time zone, with date
// exceptions and, in emergency mode, extra hours): two working hours from Friday 17:30 at a centre
// closing at 18:00 and opening 08:00 on Monday is Monday 09:30. A standard may instead say
// "elapsed" (plain wall time, e.g. the 24 h rescue service).
import { localDateOf } from '@aftersales/service-kit/domain';
import { emergencyOpenIntervals, type HoursException, type Interval, type OpeningHours } from './capacity';
import { addDays } from './emergency';

export const TIME_BASES = ['working', 'elapsed'] as const;
export type TimeBasis = (typeof TIME_BASES)[number];

/** The open intervals of a local date (YYYY-MM-DD) in the calendar's time zone, in order. */
export interface WorkingCalendar {
  timeZone: string;
  openOn(date: string): Interval[];
}

export interface CentreHours {
  timeZone: string;
  openingHours: unknown;
  hoursExceptions: unknown;
}

/**
 * The centre's calendar; `extraHours` (emergency mode) extend each day's last closing and open a
 * normally closed day, the same rule rescue dispatch uses (emergencyOpenIntervals).
 */
export function centreCalendar(centre: CentreHours, extraHours = 0): WorkingCalendar {
  const hours = (centre.openingHours ?? {}) as OpeningHours;
  const exceptions = (
    Array.isArray(centre.hoursExceptions) ? centre.hoursExceptions : []
  ) as HoursException[];
  return {
    timeZone: centre.timeZone,
    openOn: (date) => emergencyOpenIntervals(date, hours, exceptions, extraHours, centre.timeZone),
  };
}

/**
 * How far a calendar is searched for open time. A centre with no opening time in a year (no hours
 * configured) has no working time at all: its clocks fall back to elapsed time rather than never
 * falling due.
 */
export const HORIZON_DAYS = 400;

const ms = (d: Date) => d.getTime();

/** Open intervals from the local date of `from` on, clipped to start at `from`, up to the horizon. */
function* openFrom(from: Date, calendar: WorkingCalendar): Generator<Interval> {
  let date = localDateOf(from, calendar.timeZone);
  for (let day = 0; day < HORIZON_DAYS; day++, date = addDays(date, 1)) {
    for (const iv of calendar.openOn(date)) {
      if (ms(iv.end) <= ms(from)) continue;
      yield { start: new Date(Math.max(ms(iv.start), ms(from))), end: iv.end };
    }
  }
}

/** The instant `seconds` of working time after `from` (from itself when seconds <= 0). */
export function addWorkingSeconds(from: Date, seconds: number, calendar: WorkingCalendar): Date {
  let left = Math.max(0, seconds) * 1000;
  if (left === 0) return from;
  for (const iv of openFrom(from, calendar)) {
    const span = ms(iv.end) - ms(iv.start);
    if (left <= span) return new Date(ms(iv.start) + left);
    left -= span;
  }
  return new Date(ms(from) + seconds * 1000);
}

/** Whole seconds of working time in [from, to). */
export function workingSecondsBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  if (ms(to) <= ms(from)) return 0;
  let total = 0;
  let any = false;
  for (const iv of openFrom(from, calendar)) {
    any = true;
    if (ms(iv.start) >= ms(to)) break;
    total += Math.min(ms(iv.end), ms(to)) - ms(iv.start);
  }
  if (!any) return Math.floor((ms(to) - ms(from)) / 1000);
  return Math.floor(total / 1000);
}

/** True when the calendar is open at `at` (a working-time clock is ticking). */
export function isOpenAt(at: Date, calendar: WorkingCalendar): boolean {
  return calendar
    .openOn(localDateOf(at, calendar.timeZone))
    .some((iv) => ms(iv.start) <= ms(at) && ms(at) < ms(iv.end));
}

/** A duration measured on the basis a standard names. */
export function measureSeconds(basis: TimeBasis, from: Date, to: Date, calendar: WorkingCalendar): number {
  if (basis === 'elapsed') return Math.max(0, Math.floor((ms(to) - ms(from)) / 1000));
  return workingSecondsBetween(from, to, calendar);
}

/** The due time `seconds` after `from` on the basis a standard names. */
export function dueAfter(basis: TimeBasis, from: Date, seconds: number, calendar: WorkingCalendar): Date {
  if (basis === 'elapsed') return new Date(ms(from) + Math.max(0, seconds) * 1000);
  return addWorkingSeconds(from, seconds, calendar);
}
