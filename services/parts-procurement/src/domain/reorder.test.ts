import { computeReorderPoint, crossedReorderPoint, seasonalFactorFor, suggestedQuantity } from './reorder';

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
});
