// Workshop time: work only happens while a centre is open (pure). Opening hours are local times
// in the demo's zone, as the repair service reads them.
import { localDateTimeToInstant, localDateOf } from '@aftersales/service-kit';
import { DEMO_TIME_ZONE, OPENING_HOURS } from './data';

const MINUTE = 60_000;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const minuteOfDay = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** The local date (YYYY-MM-DD) `days` after `date`. */
function plusDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function intervalsOn(date: string): { open: number; close: number }[] {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return OPENING_HOURS[DAYS[weekday]!].map((iv) => ({
    open: localDateTimeToInstant(date, minuteOfDay(iv.open), DEMO_TIME_ZONE).getTime(),
    close: localDateTimeToInstant(date, minuteOfDay(iv.close), DEMO_TIME_ZONE).getTime(),
  }));
}

/** The instant `minutes` of opening time after `from` (skipping nights, Sundays). */
export function addWorkingMinutes(from: Date, minutes: number): Date {
  let t = from.getTime();
  let left = minutes * MINUTE;
  let date = localDateOf(from, DEMO_TIME_ZONE);
  for (let guard = 0; guard < 60; guard++) {
    for (const iv of intervalsOn(date)) {
      if (t >= iv.close) continue;
      const start = Math.max(t, iv.open);
      if (start + left <= iv.close) return new Date(start + left);
      left -= iv.close - start;
      t = iv.close;
    }
    date = plusDays(date, 1);
    t = Math.max(t, localDateTimeToInstant(date, 0, DEMO_TIME_ZONE).getTime());
  }
  return new Date(t + left);
}

/** `from` if the workshops are open then, else the next opening. */
export function nextOpen(from: Date): Date {
  return addWorkingMinutes(from, 0);
}
