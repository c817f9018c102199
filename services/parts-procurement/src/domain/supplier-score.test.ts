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

describe('supplier rating with returns', () => {
  const receipts = [{ received: 10, accepted: 8, onTime: true }];
  const neutral = { feedbackStars: [], priceRatios: [], leadTimeRatios: [] };

  it('is unchanged without returns, and by returns of goods rejected at inspection', () => {
    const before = rateSupplier({ receipts, ...neutral });
    expect(before.scores.quality).toBe(80);
    const after = rateSupplier({
      receipts,
      returns: [{ source: 'inspection', reason: 'damaged', quantity: 2 }],
      ...neutral,
    });
    expect(after).toEqual(before);
  });

  it('counts goods returned from stock against the accepted, weighted by reason', () => {
    // 8 accepted; 1 defective back: field = 100 x (1 - 1/8) = 87.5; quality = 80 x 0.875 = 70.
    expect(
      rateSupplier({ receipts, returns: [{ source: 'stock', reason: 'defective', quantity: 1 }], ...neutral })
        .scores.quality,
    ).toBe(70);
    // A comeback weighs 2: field = 100 x (1 - 2/8) = 75; quality 60.
    expect(
      rateSupplier({ receipts, returns: [{ source: 'stock', reason: 'comeback', quantity: 1 }], ...neutral })
        .scores.quality,
    ).toBe(60);
    // Damaged weighs 0.5: field = 100 x (1 - 1/8) with 2 units = 87.5.
    expect(
      rateSupplier({ receipts, returns: [{ source: 'stock', reason: 'damaged', quantity: 2 }], ...neutral })
        .scores.quality,
    ).toBe(70);
  });

  it('bottoms out at zero, also in a period without receipts', () => {
    const rating = rateSupplier({
      receipts: [],
      returns: [{ source: 'stock', reason: 'comeback', quantity: 1 }],
      ...neutral,
    });
    // No receipts: inspection neutral 80; base = max(0, 1) = 1; F = 2 -> field 0 -> quality 0.
    expect(rating.scores.quality).toBe(0);
    expect(rating.scores.onTime).toBe(80);
  });
});
