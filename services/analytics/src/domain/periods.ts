// Calendar periods in the reporting time zone (REPORTING_TIME_ZONE, an IANA name; UTC by default):
// days, ISO weeks (Monday start), months and quarters are the tenant's local ones, so an order
// opened at 23:30 UTC on 31 March counts in April (Q2) for a Europe/Berlin dealer group. A period
// boundary is the instant of a local midnight (23 or 25 hours apart across a DST switch); a label
// (`isoDate`) is the local date, YYYY-MM-DD.
import { localDateOf, localDateTimeToInstant } from '@aftersales/service-kit/domain';
import { type Period } from './kpis/types';

const DAY = 86_400_000;

/** Local date (YYYY-MM-DD) `n` days after `date` (pure calendar arithmetic, no zone involved). */
export const shiftDate = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The instant the local date begins (its local midnight) in the zone. */
export const startOfDate = (date: string, timeZone: string) => localDateTimeToInstant(date, 0, timeZone);

/** The local date of an instant, YYYY-MM-DD (the label of a day, or of the period starting there). */
export const isoDate = (d: Date, timeZone: string) => localDateOf(d, timeZone);

/**
 * The local date of an instant as a DATE column value (UTC midnight of that date, which is how
 * Prisma writes @db.Date): the `day` of the read models.
 */
export const dayOf = (d: Date, timeZone: string) => new Date(`${localDateOf(d, timeZone)}T00:00:00Z`);

/** Local midnight starting the day that contains `d`. */
export const dayStart = (d: Date, timeZone: string) => startOfDate(localDateOf(d, timeZone), timeZone);

/** Local midnight `n` days after the local day containing `d` (for period boundaries). */
export const addDays = (d: Date, n: number, timeZone: string) =>
  startOfDate(shiftDate(localDateOf(d, timeZone), n), timeZone);

/** Local midnight of the Monday of the (local) week containing `d`. */
export function weekStart(d: Date, timeZone: string): Date {
  const date = localDateOf(d, timeZone);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return startOfDate(shiftDate(date, -((weekday + 6) % 7)), timeZone);
}

/** First day of the local month `n` months after that of `date` (YYYY-MM-01). */
const monthDate = (date: string, n: number) => {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  return first.toISOString().slice(0, 10);
};

/** Local midnight of the first day of the local month containing `d`. */
export const monthStart = (d: Date, timeZone: string) =>
  startOfDate(monthDate(localDateOf(d, timeZone), 0), timeZone);

/** Local midnight of the first day of the month `n` months after the local month of `d`. */
export const addMonths = (d: Date, n: number, timeZone: string) =>
  startOfDate(monthDate(localDateOf(d, timeZone), n), timeZone);

/** The first and last (inclusive) local dates of a period of whole local days. */
export const periodDays = (p: Period, timeZone: string) => ({
  from: isoDate(p.from, timeZone),
  to: isoDate(new Date(p.to.getTime() - 1), timeZone),
});

/**
 * A query's calendar days as a period: [local midnight of `from`, local midnight after `to`);
 * without them the 30 days up to and including today (the local date of `now`).
 */
export function periodOfDates(q: { from?: string; to?: string }, now: Date, timeZone: string): Period {
  const last = q.to ?? isoDate(now, timeZone);
  const first = q.from ?? shiftDate(last, -29);
  return { from: startOfDate(first, timeZone), to: startOfDate(shiftDate(last, 1), timeZone) };
}

export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export function parseQuarter(s: string): Quarter {
  const m = QUARTER_PATTERN.exec(s);
  if (!m) throw new Error(`not a quarter: ${s}`);
  return { year: Number(m[1]), q: Number(m[2]) as Quarter['q'] };
}

export const quarterLabel = (q: Quarter) => `${q.year}-Q${q.q}`;

/** The quarter an instant falls in, by its local date. */
export function quarterOf(d: Date, timeZone: string): Quarter {
  const [y, m] = localDateOf(d, timeZone).split('-').map(Number) as [number, number];
  return { year: y, q: (Math.floor((m - 1) / 3) + 1) as Quarter['q'] };
}

/** [local midnight of the quarter's first day, that of the next quarter's). */
export function quarterPeriod(q: Quarter, timeZone: string): Period {
  const first = `${String(q.year).padStart(4, '0')}-${String((q.q - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { from: startOfDate(first, timeZone), to: startOfDate(monthDate(first, 3), timeZone) };
}

export function previousQuarter(q: Quarter): Quarter {
  return q.q === 1 ? { year: q.year - 1, q: 4 } : { year: q.year, q: (q.q - 1) as Quarter['q'] };
}

/** Counts events into consecutive buckets from `start` (inclusive) to `end` (exclusive). */
export function bucketCounts(
  times: readonly { at: Date; quantity?: number }[],
  start: Date,
  end: Date,
  next: (d: Date) => Date,
): { start: Date; value: number }[] {
  const buckets: { start: Date; value: number }[] = [];
  for (let b = start; b.getTime() < end.getTime(); b = next(b)) buckets.push({ start: b, value: 0 });
  for (const { at, quantity } of times) {
    // Buckets are few (weeks or months), a linear scan keeps this obvious.
    for (let i = buckets.length - 1; i >= 0; i--) {
      const bucket = buckets[i] as { start: Date; value: number };
      if (at.getTime() >= bucket.start.getTime()) {
        if (i === buckets.length - 1 && at.getTime() >= end.getTime()) break;
        bucket.value += quantity ?? 1;
        break;
      }
    }
  }
  return buckets;
}
