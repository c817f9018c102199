import { checkReceiptLine } from './receipt';
import { variancesOf } from './stocktake';

const ordered = { lineId: 'l', quantity: 10, acceptedQuantity: 6, unitOfMeasure: 'piece' as const };
const line = (received: number, accepted: number, rejected: number, reason: string | null = null) => ({
  poLineId: 'l',
  receivedQuantity: received,
  acceptedQuantity: accepted,
  rejectedQuantity: rejected,
  rejectionReason: reason,
});

describe('goods receipt inspection', () => {
  it('accepts a receipt within the tolerance whose inspection adds up', () => {
    expect(() => checkReceiptLine(line(4, 3, 1, 'damaged'), ordered, 0)).not.toThrow();
    expect(() => checkReceiptLine(line(5, 5, 0), ordered, 10)).not.toThrow();
  });

  it('refuses over-receipt beyond the tolerance, bad inspection sums, missing reasons and fractions', () => {
    expect(() => checkReceiptLine(line(5, 5, 0), ordered, 0)).toThrow(/tolerance/);
    expect(() => checkReceiptLine(line(4, 2, 1, 'damaged'), ordered, 0)).toThrow(/Accepted plus rejected/);
    expect(() => checkReceiptLine(line(4, 3, 1), ordered, 0)).toThrow(/reason/);
    expect(() => checkReceiptLine(line(1.5, 1.5, 0), ordered, 0)).toThrow(/whole number/);
  });
});

describe('stocktake variances', () => {
  it('lists non-zero variances and uncounted parts', () => {
    expect(
      variancesOf([
        { partId: 'a', expectedQuantity: 5, countedQuantity: 4 },
        { partId: 'b', expectedQuantity: 2, countedQuantity: 2 },
        { partId: 'c', expectedQuantity: 1.5, countedQuantity: 1.75 },
        { partId: 'd', expectedQuantity: 3, countedQuantity: null },
      ]),
    ).toEqual({
      variances: [
        { partId: 'a', expectedQuantity: 5, countedQuantity: 4, variance: -1 },
        { partId: 'c', expectedQuantity: 1.5, countedQuantity: 1.75, variance: 0.25 },
      ],
      uncounted: ['d'],
    });
  });
});
