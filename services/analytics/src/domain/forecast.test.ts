// The forecast on synthetic seasonal data: the error it reaches is asserted and printed.
import { forecast, mape } from './forecast';

/** Deterministic pseudo-random noise (LCG) so the test is stable. */
function noise(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31 - 0.5;
  };
}

describe('seasonal forecast', () => {
  it('monthly parts demand: trend + yearly season + noise, back-tested MAPE under 10 %', () => {
    const rnd = noise(7);
    const seasonal = [20, 15, 10, 0, -5, -10, -15, -10, 0, 5, 10, 25]; // winter peak (tyres, batteries)
    const y = Array.from({ length: 48 }, (_, t) => 100 + 0.8 * t + (seasonal[t % 12] as number) + 6 * rnd());
    const f = forecast(y, 12, 12);
    console.log(
      `monthly parts demand (48 months, season 12): method ${f.method}, back-tested MAPE ${(f.mape! * 100).toFixed(2)} %`,
    );
    expect(f.method).toBe('holt-winters-additive');
    expect(f.mape).not.toBeNull();
    expect(f.mape!).toBeLessThan(0.1);
    // The next January (t=48) peaks above the next July (t=54), as the season says.
    expect(f.points[0]!.value).toBeGreaterThan(f.points[6]!.value + 20);
    // Band contains the value and widens with the horizon.
    for (const p of f.points) expect(p.lower <= p.value && p.value <= p.upper).toBe(true);
    expect(f.points[11]!.upper - f.points[11]!.lower).toBeGreaterThan(
      f.points[0]!.upper - f.points[0]!.lower,
    );
  });

  it('weekly service demand: Monday-peak-like 4-week cycle over 2 years, MAPE under 10 %', () => {
    const rnd = noise(11);
    const cycle = [1.2, 1.0, 0.9, 0.9];
    const y = Array.from(
      { length: 104 },
      (_, t) => 40 * (cycle[t % 4] as number) * (1 + 0.04 * Math.sin((2 * Math.PI * t) / 52)) + 2 * rnd(),
    );
    const f = forecast(y, 4, 8);
    console.log(
      `weekly service demand (104 weeks, season 4): method ${f.method}, back-tested MAPE ${(f.mape! * 100).toFixed(2)} %`,
    );
    expect(f.mape!).toBeLessThan(0.1);
    expect(f.points).toHaveLength(8);
  });

  it('beats a flat mean on seasonal data', () => {
    const y = Array.from({ length: 36 }, (_, t) => 50 + 30 * Math.sin((2 * Math.PI * t) / 12));
    const f = forecast(y, 12, 12);
    const truth = Array.from({ length: 12 }, (_, k) => 50 + 30 * Math.sin((2 * Math.PI * (36 + k)) / 12));
    const flat = Array(12).fill(50);
    expect(
      mape(
        truth,
        f.points.map((p) => p.value),
      )!,
    ).toBeLessThan(mape(truth, flat)! / 5);
  });

  it('falls back to Holt linear, then to the mean, with short histories', () => {
    expect(forecast([10, 12, 14, 16, 18], 12, 2)).toMatchObject({ method: 'holt-linear' });
    const linear = forecast([10, 12, 14, 16, 18, 20, 22, 24], 12, 2);
    expect(linear.points[0]!.value).toBeCloseTo(26, 0);
    expect(forecast([3, 5], 12, 1)).toMatchObject({
      method: 'mean',
      points: [{ step: 1, value: 4 }],
      mape: null,
    });
    expect(forecast([], 12, 1).points[0]!.value).toBe(0);
  });

  it('never forecasts negative demand', () => {
    const f = forecast([9, 7, 5, 3, 1, 0], 12, 4);
    expect(f.points.every((p) => p.value >= 0 && p.lower >= 0)).toBe(true);
  });

  it('MAPE ignores zero actuals', () => {
    expect(mape([0, 10, 20], [5, 11, 18])).toBeCloseTo(0.1);
    expect(mape([0], [1])).toBeNull();
  });
});
