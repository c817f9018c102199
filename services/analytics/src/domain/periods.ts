// Calendar periods in UTC: days, ISO weeks (Monday start), months and quarters.
import { type Period } from './kpis/types';

const DAY = 86_400_000;

export const dayOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Monday 00:00 UTC of the week containing `d`. */
export function weekStart(d: Date): Date {
  const day = dayOf(d);
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

export const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
export const addMonths = (d: Date, n: number) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);

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

export function quarterPeriod(q: Quarter): Period {
  const from = new Date(Date.UTC(q.year, (q.q - 1) * 3, 1));
  return { from, to: addMonths(from, 3) };
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
