import { dailyDemandSeries, finalNeedOf } from './demand-history';

const asOf = new Date('2026-03-10T12:00:00Z');
const daysAgo = (n: number) => new Date(asOf.getTime() - n * 86_400_000);

describe('demand history', () => {
  it('counts what the order finally needed: issued, still reserved and still awaited', () => {
    expect(finalNeedOf({ reserved: 4, released: 0, openBackorder: 0 })).toBe(4);
    expect(finalNeedOf({ reserved: 1, released: 0, openBackorder: 3 })).toBe(4);
    // Superseded or cancelled: everything released, backorders cancelled (no longer open).
    expect(finalNeedOf({ reserved: 4, released: 4, openBackorder: 0 })).toBe(0);
    // A re-quote dropped 2 of 4 reserved.
    expect(finalNeedOf({ reserved: 4, released: 2, openBackorder: 0 })).toBe(2);
  });

  it('an order that re-quotes 4 -> 2 counts 2, not 6', () => {
    // The first whole-order request (4) was released when the second (2) replaced it.
    const lines = [
      { requestedAt: daysAgo(3), reserved: 4, released: 4, openBackorder: 0 },
      { requestedAt: daysAgo(1), reserved: 1, released: 0, openBackorder: 1 },
    ];
    const daily = dailyDemandSeries(lines, asOf, 5);
    expect(daily).toEqual([0, 0, 0, 2, 0]);
    expect(daily.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('puts each need on the day its request arrived, oldest first, and ignores lines outside the window', () => {
    const daily = dailyDemandSeries(
      [
        { requestedAt: daysAgo(0), reserved: 1.5, released: 0, openBackorder: 0 },
        { requestedAt: daysAgo(2.5), reserved: 2, released: 0, openBackorder: 0 },
        { requestedAt: daysAgo(4), reserved: 7, released: 0, openBackorder: 0 },
        { requestedAt: daysAgo(-1), reserved: 9, released: 0, openBackorder: 0 },
      ],
      asOf,
      4,
    );
    expect(daily).toEqual([0, 2, 0, 1.5]);
  });
});
