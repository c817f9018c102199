import { percentile, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  const data = Array.from({ length: 100 }, (_, i) => i + 1);
  it('picks the nearest-rank value', () => {
    expect(percentile(data, 50)).toBe(50);
    expect(percentile(data, 95)).toBe(95);
    expect(percentile(data, 99)).toBe(99);
    expect(percentile(data, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
  it('summarize sorts before ranking', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ p50: 3, p95: 5, p99: 5, max: 5, n: 5 });
  });
});
