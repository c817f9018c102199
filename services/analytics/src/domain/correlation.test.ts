import { correlate, strengthOf } from './correlation';

describe('correlate', () => {
  it('reports Pearson and Spearman with the sample size', () => {
    const pairs = Array.from({ length: 12 }, (_, i) => [i, 2 * i + 1] as const);
    expect(correlate(pairs)).toEqual({ status: 'ok', n: 12, pearson: 1, spearman: 1, strength: 'strong' });
  });

  it('a monotonic but non-linear relation has Spearman 1 and Pearson below 1', () => {
    const pairs = Array.from({ length: 12 }, (_, i) => [i, Math.exp(i)] as const);
    const r = correlate(pairs);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.spearman).toBe(1);
    expect(r.pearson).toBeLessThan(0.8);
  });

  it('negative relation (satisfaction falls as waiting grows)', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const sat = [5, 5, 4.7, 4.3, 4, 4.1, 3.5, 3, 3.2, 2.5, 2];
    const r = correlate(waits.map((w, i) => [w, sat[i] as number] as const));
    expect(r.status === 'ok' && r.pearson).toBeLessThan(-0.9);
  });

  it('claims nothing below the minimum sample', () => {
    const pairs = Array.from({ length: 9 }, (_, i) => [i, i] as const);
    expect(correlate(pairs)).toEqual({
      status: 'insufficient-data',
      n: 9,
      minSamples: 10,
      reason: 'fewer than 10 samples',
    });
    expect(correlate(pairs, 5).status).toBe('ok');
  });

  it('claims nothing when a measure is constant, and drops non-finite pairs', () => {
    const pairs = Array.from({ length: 12 }, (_, i) => [i, 3] as const);
    expect(correlate(pairs)).toMatchObject({
      status: 'insufficient-data',
      reason: 'one of the measures does not vary',
    });
    const withNaN = [...Array.from({ length: 10 }, (_, i) => [i, i] as const), [NaN, 1] as const];
    expect(correlate(withNaN)).toMatchObject({ status: 'ok', n: 10 });
  });

  it('strength bands', () => {
    expect([0.05, -0.2, 0.4, -0.9].map(strengthOf)).toEqual(['none', 'weak', 'moderate', 'strong']);
  });
});
