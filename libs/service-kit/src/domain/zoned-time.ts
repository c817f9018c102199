// Wall-clock time in an IANA time zone, pure and dependency-free: local date/time <-> instant with
// Intl (full ICU in Node), so business hours written as "08:00-17:00 Europe/Berlin" stay 08:00
// local across DST switches. Shared by complaint (business calendar) and repair (opening hours).
import { z } from 'zod';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** True when Intl knows the zone (an IANA name such as `Europe/Berlin`, or `UTC`). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time-zone name, validated against the runtime's zone database. */
export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, 'unknown IANA time zone');

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading of an instant in the zone. */
export function localParts(instantMs: number, timeZone: string): LocalParts {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** The local calendar date (YYYY-MM-DD) of an instant in the zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  const p = localParts(instant.getTime(), timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
function offsetMs(instantMs: number, timeZone: string): number {
  const p = localParts(instantMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a local wall-clock time happens in the zone. A time that does not exist (the
 * hour skipped when clocks go forward) maps to the same distance past the gap, the way a wall
 * clock would read it; an ambiguous one (clocks going back) to its first occurrence.
 * `minuteOfDay` may be 1440 (24:00, the next midnight).
 */
export function zonedToInstant(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): number {
  const wall = Date.UTC(year, month - 1, day) + minuteOfDay * MINUTE_MS;
  // The offsets in force half a day either side cover any transition near this wall time.
  const before = offsetMs(wall - DAY_MS / 2, timeZone);
  const after = offsetMs(wall + DAY_MS / 2, timeZone);
  const valid = [wall - before, wall - after].filter(
    (t, i) => offsetMs(t, timeZone) === (i === 0 ? before : after),
  );
  return valid.length > 0 ? Math.min(...valid) : wall - before;
}

/** `zonedToInstant` for a local date written YYYY-MM-DD. */
export function localDateTimeToInstant(date: string, minuteOfDay: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(zonedToInstant(y!, m!, d!, minuteOfDay, timeZone));
}
