// Workshop time: work only happens while a centre is open (pure, UTC like the repair service).
import { OPENING_HOURS } from './data';

const MINUTE = 60_000;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function intervalsOn(day: Date): { open: number; close: number }[] {
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return OPENING_HOURS[DAYS[day.getUTCDay()]!].map((iv) => {
    const at = (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number) as [number, number];
      return midnight + (h * 60 + m) * MINUTE;
    };
    return { open: at(iv.open), close: at(iv.close) };
  });
}

/** The instant `minutes` of opening time after `from` (skipping nights, Sundays). */
export function addWorkingMinutes(from: Date, minutes: number): Date {
  let t = from.getTime();
  let left = minutes * MINUTE;
  for (let guard = 0; guard < 60; guard++) {
    const day = new Date(t);
    for (const iv of intervalsOn(day)) {
      if (t >= iv.close) continue;
      const start = Math.max(t, iv.open);
      if (start + left <= iv.close) return new Date(start + left);
      left -= iv.close - start;
      t = iv.close;
    }
    t = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1);
  }
  return new Date(t + left);
}

/** `from` if the workshops are open then, else the next opening. */
export function nextOpen(from: Date): Date {
  return addWorkingMinutes(from, 0);
}
