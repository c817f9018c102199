import { rateSupplier, scoreCandidates } from './supplier-score';

describe('supplier selection score', () => {
  const cheap = {
    supplierId: 'cheap',
    unitPriceMinor: 800,
    leadTimeDays: 10,
    qualityScore: 70,
    onTimeRate: 0.7,
  };
  const good = {
    supplierId: 'good',
    unitPriceMinor: 1000,
    leadTimeDays: 2,
    qualityScore: 98,
    onTimeRate: 0.98,
  };

  it('computes the weighted score of normalised components', () => {
    const [first, second] = scoreCandidates([cheap, good], { quality: 1, price: 1, leadTime: 1, onTime: 1 });
    // good: price 0.8, lead 1, quality 0.98, onTime 0.98 -> 3.76 / 4 = 0.94
    expect(first).toMatchObject({ supplierId: 'good', score: 0.94 });
    // cheap: price 1, lead 0.2, quality 0.7, onTime 0.7 -> 2.6 / 4 = 0.65
    expect(second).toMatchObject({ supplierId: 'cheap', score: 0.65 });
  });

  it('lets the tenant weights decide: price-only weights pick the cheapest', () => {
    expect(
      scoreCandidates([good, cheap], { quality: 0, price: 1, leadTime: 0, onTime: 0 })[0]!.supplierId,
    ).toBe('cheap');
  });

  it('skips blocked suppliers and refuses all-zero weights', () => {
    expect(scoreCandidates([{ ...good, blocked: true }, cheap]).map((c) => c.supplierId)).toEqual(['cheap']);
    expect(() => scoreCandidates([good], { quality: 0, price: 0, leadTime: 0, onTime: 0 })).toThrow(
      /weights/,
    );
  });
});

describe('supplier rating', () => {
  it('rates from inspections, on-time receipts, feedback and offers, and grades it', () => {
    const rating = rateSupplier({
      receipts: [
        { received: 10, accepted: 8, onTime: true },
        { received: 10, accepted: 10, onTime: false },
      ],
      feedbackStars: [5, 3],
      priceRatios: [1, 0.8],
      leadTimeRatios: [1],
      weights: { quality: 1, price: 1, leadTime: 1, onTime: 1 },
    });
    // inspection 90, feedback (4-1)/4 = 75 -> 0.7*90 + 0.3*75 = 85.5
    expect(rating.scores).toEqual({ quality: 85.5, price: 90, leadTime: 100, onTime: 50 });
    expect(rating.overall).toBe(81.4);
    expect(rating.grade).toBe('approved');
    expect(rating.receipts).toBe(2);
  });

  it('blocks a supplier whose deliveries are mostly rejected and late', () => {
    const rating = rateSupplier({
      receipts: [{ received: 10, accepted: 1, onTime: false }],
      feedbackStars: [1],
      priceRatios: [0.5],
      leadTimeRatios: [0.2],
    });
    expect(rating.grade).toBe('blocked');
  });
});
