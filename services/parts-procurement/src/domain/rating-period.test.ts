import { RuleViolation } from '@aftersales/service-kit/domain';
import { assertQuarterOver, quarter, quarterBefore, quarterOf } from './rating-period';

describe('rating periods (quarters)', () => {
  it('bounds a quarter in UTC', () => {
    expect(quarter('2026-Q4', 'UTC')).toEqual({
      period: '2026-Q4',
      start: new Date('2026-10-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
      firstDay: '2026-10-01',
      lastDay: '2026-12-31',
    });
    expect(quarter('2026-Q1', 'UTC').lastDay).toBe('2026-03-31');
  });

  it('bounds a quarter at local midnight in the reporting zone', () => {
    const q = quarter('2026-Q2', 'Europe/Berlin');
    expect(q.start).toEqual(new Date('2026-03-31T22:00:00Z')); // CEST
    expect(q.end).toEqual(new Date('2026-06-30T22:00:00Z'));
    // 23:30 UTC on 31 March is already April (Q2) in Berlin, still Q1 in UTC.
    expect(quarterOf(new Date('2026-03-31T23:30:00Z'), 'Europe/Berlin')).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-03-31T23:30:00Z'), 'UTC')).toBe('2026-Q1');
  });

  it('counts quarters back across years', () => {
    expect(quarterBefore('2026-Q1', 1)).toBe('2025-Q4');
    expect(quarterBefore('2026-Q4', 0)).toBe('2026-Q4');
    expect(quarterBefore('2026-Q2', 5)).toBe('2025-Q1');
  });

  it('refuses a malformed period and closing a quarter that is not over', () => {
    expect(() => quarter('2026-Q5', 'UTC')).toThrow(RuleViolation);
    expect(() => quarter('2026-10', 'UTC')).toThrow(/quarter such as 2026-Q4/);
    const q = quarter('2026-Q4', 'UTC');
    expect(() => assertQuarterOver(q, new Date('2026-12-31T23:59:59Z'))).toThrow(/runs until 2026-12-31/);
    expect(() => assertQuarterOver(q, new Date('2027-01-01T00:00:00Z'))).not.toThrow();
  });
});
