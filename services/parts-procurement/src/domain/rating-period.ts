// Rating periods: a supplier is reviewed quarterly. A quarter ("2026-Q4") is three local calendar
// months in the reporting time zone (REPORTING_TIME_ZONE, UTC by default): it starts at local
// midnight of its first day and ends (exclusive) at local midnight of the next quarter's first day.
import { localDateOf, localDateTimeToInstant } from '@aftersales/service-kit/domain';
import { rule } from './errors';

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export interface Quarter {
  period: string;
  /** First instant (local midnight of the first day). */
  start: Date;
  /** First instant after the quarter (exclusive). */
  end: Date;
  /** First and last local dates, YYYY-MM-DD. */
  firstDay: string;
  lastDay: string;
}

const label = (year: number, quarter: number) => `${year}-Q${quarter}`;
const firstDayOf = (year: number, quarter: number) =>
  `${String(year).padStart(4, '0')}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;

/** The quarter named "YYYY-Qn"; 422 for anything else. */
export function quarter(period: string, timeZone: string): Quarter {
  const m = QUARTER_PATTERN.exec(period);
  if (!m) throw rule('invalid-period', `A rating period is a quarter such as 2026-Q4, not "${period}".`);
  const year = Number(m[1]);
  const n = Number(m[2]);
  const next = n === 4 ? { year: year + 1, n: 1 } : { year, n: n + 1 };
  const nextFirst = firstDayOf(next.year, next.n);
  const lastDay = new Date(Date.parse(`${nextFirst}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return {
    period: label(year, n),
    start: localDateTimeToInstant(firstDayOf(year, n), 0, timeZone),
    end: localDateTimeToInstant(nextFirst, 0, timeZone),
    firstDay: firstDayOf(year, n),
    lastDay,
  };
}

/** The quarter an instant falls in, locally. */
export function quarterOf(instant: Date, timeZone: string): string {
  const [y, m] = localDateOf(instant, timeZone).split('-').map(Number) as [number, number];
  return label(y, Math.floor((m - 1) / 3) + 1);
}

/** The quarter `n` quarters before `period` (n = 0: itself). */
export function quarterBefore(period: string, n: number): string {
  const m = QUARTER_PATTERN.exec(period)!;
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 - n;
  return label(Math.floor(index / 4), (index % 4) + 1);
}

/** A quarter can be closed once it is over: 422 while it runs or lies ahead. */
export function assertQuarterOver(q: Quarter, now: Date): void {
  if (now.getTime() < q.end.getTime())
    throw rule(
      'period-not-over',
      `Quarter ${q.period} runs until ${q.lastDay}; it can be reviewed after it ends.`,
      {
        period: q.period,
        periodEnd: q.lastDay,
      },
    );
}
