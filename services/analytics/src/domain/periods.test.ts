import { bucketsOf } from '../application/kpi-query';
import {
  addDays,
  addMonths,
  dayOf,
  isoDate,
  monthStart,
  parseQuarter,
  periodDays,
  periodOfDates,
  quarterOf,
  quarterPeriod,
  weekStart,
} from './periods';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);

describe('periods in the reporting time zone', () => {
  it('23:30 UTC on 31 March is 1 April in Berlin: the day, month and quarter follow the local date', () => {
    const t = at('2026-03-31T23:30:00Z');
    expect(isoDate(t, BERLIN)).toBe('2026-04-01');
    expect(dayOf(t, BERLIN)).toEqual(at('2026-04-01T00:00:00Z')); // DATE value of the local date
    expect(quarterOf(t, BERLIN)).toEqual({ year: 2026, q: 2 });
    expect(quarterOf(t, 'UTC')).toEqual({ year: 2026, q: 1 });
    const q2 = quarterPeriod(parseQuarter('2026-Q2'), BERLIN);
    // Local midnights: CEST (+02:00) on both ends.
    expect(q2).toEqual({ from: at('2026-03-31T22:00:00Z'), to: at('2026-06-30T22:00:00Z') });
    expect(t >= q2.from && t < q2.to).toBe(true);
    expect(monthStart(t, BERLIN)).toEqual(at('2026-03-31T22:00:00Z'));
  });

  it('a quarter spanning a DST switch starts and ends at the local midnight in force then', () => {
    // Q1: from CET (+01:00) to CEST (+02:00); Q4: from CEST to CET.
    expect(quarterPeriod(parseQuarter('2026-Q1'), BERLIN)).toEqual({
      from: at('2025-12-31T23:00:00Z'),
      to: at('2026-03-31T22:00:00Z'),
    });
    expect(quarterPeriod(parseQuarter('2026-Q4'), BERLIN)).toEqual({
      from: at('2026-09-30T22:00:00Z'),
      to: at('2026-12-31T23:00:00Z'),
    });
  });

  it('days across DST are 23 and 25 hours long; weeks start on the local Monday', () => {
    // 29 March 2026: clocks go forward in Berlin.
    const sat = at('2026-03-27T23:00:00Z'); // Saturday 28 March 00:00 CET
    expect(addDays(sat, 1, BERLIN)).toEqual(at('2026-03-28T23:00:00Z'));
    expect(addDays(sat, 2, BERLIN)).toEqual(at('2026-03-29T22:00:00Z')); // 23-hour Sunday
    // 25 October 2026: clocks go back.
    const sunday = at('2026-10-24T22:00:00Z'); // Sunday 25 October 00:00 CEST
    expect(addDays(sunday, 1, BERLIN)).toEqual(at('2026-10-25T23:00:00Z')); // 25-hour Sunday
    expect(addDays(at('2026-10-25T23:00:00Z'), -1, BERLIN)).toEqual(sunday);
    // Sunday 23:30 UTC is already Monday in Berlin: its week starts that Monday.
    expect(weekStart(at('2026-11-29T23:30:00Z'), BERLIN)).toEqual(at('2026-11-29T23:00:00Z'));
    expect(weekStart(at('2026-11-29T23:30:00Z'), 'UTC')).toEqual(at('2026-11-23T00:00:00Z'));
    // The Monday of the week with the spring switch is still in CET.
    expect(weekStart(at('2026-03-29T12:00:00Z'), BERLIN)).toEqual(at('2026-03-22T23:00:00Z'));
  });

  it('months step by local month starts, across year ends and DST', () => {
    const jan = monthStart(at('2026-01-15T12:00:00Z'), BERLIN);
    expect(jan).toEqual(at('2025-12-31T23:00:00Z'));
    expect(addMonths(jan, 3, BERLIN)).toEqual(at('2026-03-31T22:00:00Z'));
    expect(addMonths(jan, -1, BERLIN)).toEqual(at('2025-11-30T23:00:00Z'));
  });

  it('query days become local midnights; the default is the 30 local days up to today', () => {
    const p = periodOfDates({ from: '2026-03-29', to: '2026-03-29' }, at('2026-06-01T00:00:00Z'), BERLIN);
    expect(p).toEqual({ from: at('2026-03-28T23:00:00Z'), to: at('2026-03-29T22:00:00Z') });
    expect(periodDays(p, BERLIN)).toEqual({ from: '2026-03-29', to: '2026-03-29' });
    // 22:30 UTC on 30 April is 1 May in Berlin: "today" is 1 May.
    const d = periodOfDates({}, at('2026-04-30T22:30:00Z'), BERLIN);
    expect(periodDays(d, BERLIN)).toEqual({ from: '2026-04-02', to: '2026-05-01' });
  });

  it('KPI buckets are local days, weeks and months, clipped to the period', () => {
    const p = periodOfDates({ from: '2026-03-28', to: '2026-04-01' }, at('2026-06-01T00:00:00Z'), BERLIN);
    const days = bucketsOf(p, 'day', BERLIN).map((b) => periodDays(b, BERLIN).from);
    expect(days).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01']);
    expect(bucketsOf(p, 'day', BERLIN)[1]).toEqual({
      from: at('2026-03-28T23:00:00Z'),
      to: at('2026-03-29T22:00:00Z'),
    });
    const months = bucketsOf(p, 'month', BERLIN);
    expect(months.map((b) => periodDays(b, BERLIN))).toEqual([
      { from: '2026-03-28', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-04-01' },
    ]);
    expect(bucketsOf(p, 'week', BERLIN).map((b) => periodDays(b, BERLIN))).toEqual([
      { from: '2026-03-28', to: '2026-03-29' },
      { from: '2026-03-30', to: '2026-04-01' },
    ]);
  });
});
