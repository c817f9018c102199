import {
  computeReorderPoint,
  crossedReorderPoint,
  forecastStdDev,
  reorderPointRoseAbove,
  seasonalFactorFor,
  suggestedQuantity,
  type DemandForecast,
} from './reorder';

const asOf = new Date('2026-03-10T00:00:00Z');

describe('reorder point', () => {
  it('is lead-time demand plus safety stock (z·σ·√L), rounded up for whole units', () => {
    // demand 2,4,2,4 -> mean 3, sample sd = sqrt(4/3) = 1.1547; L = 4; B -> z 1.65
    const rp = computeReorderPoint({
      dailyDemand: [2, 4, 2, 4],
      leadTimeDays: 4,
      abcClass: 'B',
      asOf,
      wholeUnits: true,
    });
    expect(rp.meanDailyDemand).toBe(3);
    expect(rp.stdDevDailyDemand).toBeCloseTo(1.155, 3);
    // SS = 1.65 * 1.1547 * 2 = 3.81 -> 4; ROP = 3*4 + 4 = 16
    expect(rp.safetyStock).toBe(4);
    expect(rp.reorderPoint).toBe(16);
    // order up to = 3 * (4 + 7) + 4 = 37
    expect(rp.orderUpTo).toBe(37);
  });

  it('class A carries more safety stock than class C', () => {
    const base = { dailyDemand: [0, 5, 1, 6, 0, 4], leadTimeDays: 9, asOf, wholeUnits: true };
    expect(computeReorderPoint({ ...base, abcClass: 'A' }).safetyStock).toBeGreaterThan(
      computeReorderPoint({ ...base, abcClass: 'C' }).safetyStock,
    );
  });

  it('scales with the seasonal factor of the months the lead time covers', () => {
    const seasonality = [1, 1, 1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(seasonalFactorFor(asOf, 5, seasonality)).toBe(1.5);
    // 2026-03-30 + 4 days: 2 days in March (1.5), 2 in April (1)
    expect(seasonalFactorFor(new Date('2026-03-30T00:00:00Z'), 4, seasonality)).toBe(1.25);
    const flat = computeReorderPoint({
      dailyDemand: [2, 2, 2],
      leadTimeDays: 5,
      abcClass: 'C',
      asOf,
      wholeUnits: true,
    });
    const peak = computeReorderPoint({
      dailyDemand: [2, 2, 2],
      leadTimeDays: 5,
      abcClass: 'C',
      asOf,
      wholeUnits: true,
      seasonality,
    });
    expect(flat.reorderPoint).toBe(10);
    expect(peak.reorderPoint).toBe(15);
  });

  it('keeps decimals for measured units and is zero without demand', () => {
    const oil = computeReorderPoint({
      dailyDemand: [1.5, 1.5],
      leadTimeDays: 3,
      abcClass: 'C',
      asOf,
      wholeUnits: false,
    });
    expect(oil.reorderPoint).toBe(4.5);
    expect(
      computeReorderPoint({ dailyDemand: [], leadTimeDays: 3, abcClass: 'A', asOf, wholeUnits: true })
        .reorderPoint,
    ).toBe(0);
  });

  it('signals a crossing only on the way down through the point', () => {
    expect(crossedReorderPoint(10, 9, 10)).toBe(true);
    expect(crossedReorderPoint(12, 3, 10)).toBe(true);
    expect(crossedReorderPoint(9, 8, 10)).toBe(false);
    expect(crossedReorderPoint(9, 11, 10)).toBe(false);
    expect(crossedReorderPoint(5, 0, 0)).toBe(false);
  });

  it('suggests ordering up to the order-up-to level, at least one unit', () => {
    expect(suggestedQuantity({ orderUpTo: 37 }, 15, true)).toBe(22);
    expect(suggestedQuantity({ orderUpTo: 5 }, 9, true)).toBe(1);
    expect(suggestedQuantity({ orderUpTo: 5.5 }, 2.25, false)).toBe(3.25);
  });

  it('signals a recomputed point only when it rises above available that was at or above the old point', () => {
    expect(reorderPointRoseAbove(5, 0, 8)).toBe(true); // first computation
    expect(reorderPointRoseAbove(9, 8, 10)).toBe(true);
    expect(reorderPointRoseAbove(5, 8, 8)).toBe(false); // the same point again: already below
    expect(reorderPointRoseAbove(5, 8, 12)).toBe(false); // rising further over stock already below
    expect(reorderPointRoseAbove(10, 0, 10)).toBe(false); // at the point is not below it
    expect(reorderPointRoseAbove(0, 0, 0)).toBe(false);
  });
});

describe('reorder point from a forecast', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  // A March forecast of 62 (2 a day), band ±1.96 σ with σ = √31 (so a day's variance is 1).
  const sigma = Math.sqrt(31);
  const march: DemandForecast = {
    periodStart: day('2026-03-01'),
    periodEnd: day('2026-03-31'),
    quantity: 62,
    lower: 62 - 1.96 * sigma,
    upper: 62 + 1.96 * sigma,
  };
  const history = { dailyDemand: [1, 1, 1, 1], abcClass: 'B' as const, wholeUnits: true };

  it('reads σ of the period from the band, the upper half when lower was clipped at 0', () => {
    expect(forecastStdDev(march)).toBeCloseTo(sigma, 9);
    expect(forecastStdDev({ quantity: 3, lower: 0, upper: 3 + 1.96 * 4 })).toBeCloseTo(4, 9);
  });

  it("takes the lead-time demand from the forecast's daily share, and the safety stock from its band", () => {
    const rp = computeReorderPoint({ ...history, leadTimeDays: 4, asOf, forecasts: [march] });
    // DL = 4 × 62/31 = 8; σL = √(4 × 31/31) = 2; SS = ceil(1.65 × 2) = 4; ROP = 12;
    // order-up-to = 2 × (4 + 7) + 4 = 26. History (1 a day, σ 0) plays no part.
    expect(rp).toMatchObject({
      demandSource: 'forecast',
      forecastDays: 4,
      historyDays: 0,
      leadTimeDemand: 8,
      leadTimeStdDev: 2,
      safetyStock: 4,
      reorderPoint: 12,
      orderUpTo: 26,
      seasonalFactor: 1,
    });
  });

  it('counts seasonality once: the forecast carries the season, the factors are not applied again', () => {
    const busyMarch = [1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const plain = computeReorderPoint({ ...history, leadTimeDays: 4, asOf, forecasts: [march] });
    const seasonal = computeReorderPoint({
      ...history,
      leadTimeDays: 4,
      asOf,
      forecasts: [march],
      seasonality: busyMarch,
    });
    expect(seasonal).toEqual(plain);
    expect(seasonal.reorderPoint).toBe(12); // not 8 × 2 + SS
    // Without the forecast, the history is what the factor scales: 1 a day × 2 × 4 days.
    expect(
      computeReorderPoint({ ...history, leadTimeDays: 4, asOf, seasonality: busyMarch }).leadTimeDemand,
    ).toBe(8);
  });

  it('prorates across a month boundary, each month at its own daily share', () => {
    const april: DemandForecast = {
      periodStart: day('2026-04-01'),
      periodEnd: day('2026-04-30'),
      quantity: 120,
      lower: 120,
      upper: 120,
    };
    // 30 and 31 March at 2 a day, 1 and 2 April at 4 a day: 12.
    const rp = computeReorderPoint({
      ...history,
      leadTimeDays: 4,
      asOf: day('2026-03-30'),
      forecasts: [march, april],
    });
    expect(rp.leadTimeDemand).toBe(12);
    expect(rp.forecastDays).toBe(4);
  });

  it('fills lead-time days no forecast covers from history × the season of those days', () => {
    const busyApril = [1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1];
    // 30, 31 March from the forecast (2 a day); 1, 2 April from history: 1 a day × 3.
    const rp = computeReorderPoint({
      ...history,
      leadTimeDays: 4,
      asOf: day('2026-03-30'),
      forecasts: [march],
      seasonality: busyApril,
    });
    expect(rp).toMatchObject({
      demandSource: 'forecast+history',
      forecastDays: 2,
      historyDays: 2,
      seasonalFactor: 3,
      leadTimeDemand: 10,
    });
  });

  it('without a forecast is the history formula unchanged', () => {
    const input = {
      dailyDemand: [2, 4, 2, 4],
      leadTimeDays: 4,
      abcClass: 'B' as const,
      asOf,
      wholeUnits: true,
    };
    const rp = computeReorderPoint(input);
    expect(rp).toMatchObject({ demandSource: 'history', reorderPoint: 16, safetyStock: 4, orderUpTo: 37 });
    const past: DemandForecast = { ...march, periodStart: day('2026-01-01'), periodEnd: day('2026-01-31') };
    expect(computeReorderPoint({ ...input, forecasts: [past] })).toEqual(rp);
  });
});
