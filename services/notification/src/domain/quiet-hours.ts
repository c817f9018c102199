// Quiet hours: a local window of the customer's day (e.g. 21:00-08:00 in their time zone) in
// which nothing is sent. A message due inside it waits until the window ends, computed on the
// local wall clock, so DST switches and midnight-crossing windows need no special cases.
import { z } from 'zod';
import { localDateOf, localDateTimeToInstant, localParts } from '@aftersales/service-kit/domain';

/** Minutes of the local day; start > end crosses midnight; start = end means no quiet hours. */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const minuteOfDay = (hhmm: string): number => {
  const m = HHMM.exec(hhmm);
  if (!m) throw new Error(`not HH:MM: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

/** "21:00-08:00" -> a window; "" -> none. */
export const quietHoursSchema = z
  .string()
  .regex(/^$|^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM-HH:MM or empty')
  .transform((s): QuietHours | null => {
    if (s === '') return null;
    const [a, b] = s.split('-') as [string, string];
    return { startMinute: minuteOfDay(a), endMinute: minuteOfDay(b) };
  });

function inWindow(minute: number, q: QuietHours): boolean {
  if (q.startMinute === q.endMinute) return false;
  return q.startMinute < q.endMinute
    ? minute >= q.startMinute && minute < q.endMinute
    : minute >= q.startMinute || minute < q.endMinute;
}

/** The first instant at or after `at` outside the quiet hours in `timeZone`. */
export function outsideQuietHours(at: Date, timeZone: string, quiet: QuietHours | null): Date {
  if (!quiet) return at;
  const p = localParts(at.getTime(), timeZone);
  const minute = p.hour * 60 + p.minute;
  if (!inWindow(minute, quiet)) return at;
  const today = localDateOf(at, timeZone);
  // Before the end on the same local day (the morning part), or the end tomorrow (the evening part).
  if (minute < quiet.endMinute) return localDateTimeToInstant(today, quiet.endMinute, timeZone);
  const tomorrow = localDateOf(
    new Date(localDateTimeToInstant(today, 24 * 60, timeZone).getTime() + 1),
    timeZone,
  );
  return localDateTimeToInstant(tomorrow, quiet.endMinute, timeZone);
}
