import { needsSecondApproval, varianceValueMinor, variancesOf } from './stocktake';

describe('stocktake variances against the ledger as of the count', () => {
  it('compares a count with the on-hand when it was counted, not when the sheet was opened', () => {
    // Opened at 10 on hand; 2 issued during the count; 8 counted: the ledger said 8 then.
    expect(
      variancesOf([
        { partId: 'a', expectedQuantity: 10, countedQuantity: 8, systemQuantity: 8 },
        { partId: 'b', expectedQuantity: 10, countedQuantity: 7, systemQuantity: 8 },
        { partId: 'c', expectedQuantity: 4, countedQuantity: 3 }, // counted before counts kept the ledger's figure
      ]),
    ).toEqual({
      variances: [
        { partId: 'b', expectedQuantity: 8, countedQuantity: 7, variance: -1 },
        { partId: 'c', expectedQuantity: 4, countedQuantity: 3, variance: -1 },
      ],
      uncounted: [],
    });
  });

  it('values shortfalls and surpluses alike at standard cost, so they cannot net out', () => {
    const variances = [
      { partId: 'a', expectedQuantity: 5, countedQuantity: 3, variance: -2 },
      { partId: 'b', expectedQuantity: 1, countedQuantity: 1.5, variance: 0.5 },
    ];
    const cost: Record<string, number> = { a: 10_000, b: 333 };
    expect(varianceValueMinor(variances, (p) => cost[p]!)).toBe(20_000 + 167);
    expect(varianceValueMinor([], () => 1)).toBe(0);
  });

  it('needs a second approver only strictly above the threshold', () => {
    expect(needsSecondApproval(100_001, 100_000)).toBe(true);
    expect(needsSecondApproval(100_000, 100_000)).toBe(false);
    expect(needsSecondApproval(1, 0)).toBe(true);
    expect(needsSecondApproval(0, 0)).toBe(false);
  });
});
