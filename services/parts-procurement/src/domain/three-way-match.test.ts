import { threeWayMatch } from './three-way-match';

const po = [
  { lineId: 'a', quantity: 10, unitPriceMinor: 500, acceptedQuantity: 8, invoicedQuantity: 0 },
  { lineId: 'b', quantity: 2, unitPriceMinor: 1000, acceptedQuantity: 2, invoicedQuantity: 2 },
];

describe('three-way match', () => {
  it('accepts an invoice for the accepted quantity at the ordered price', () => {
    expect(
      threeWayMatch(po, { lines: [{ poLineId: 'a', quantity: 8, unitPriceMinor: 500 }], totalMinor: 4000 }),
    ).toEqual([]);
  });

  it('reports quantity above what was accepted and not yet invoiced', () => {
    const m = threeWayMatch(po, {
      lines: [
        { poLineId: 'a', quantity: 10, unitPriceMinor: 500 },
        { poLineId: 'b', quantity: 1, unitPriceMinor: 1000 },
      ],
      totalMinor: 6000,
    });
    expect(m.map((x) => [x.poLineId, x.code])).toEqual([
      ['a', 'quantity-exceeds-received'],
      ['b', 'quantity-exceeds-received'],
    ]);
  });

  it('reports price outside the tolerance, unknown lines and a wrong total', () => {
    const m = threeWayMatch(
      po,
      {
        lines: [
          { poLineId: 'a', quantity: 1, unitPriceMinor: 520 },
          { poLineId: 'zz', quantity: 1, unitPriceMinor: 1 },
        ],
        totalMinor: 999,
      },
      2,
    );
    expect(m.map((x) => x.code)).toEqual(['price-mismatch', 'unknown-line', 'total-mismatch']);
    expect(
      threeWayMatch(po, { lines: [{ poLineId: 'a', quantity: 1, unitPriceMinor: 510 }], totalMinor: 510 }, 2),
    ).toEqual([]);
  });
});
