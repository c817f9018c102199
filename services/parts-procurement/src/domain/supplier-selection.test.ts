import { selectSupplier, type Offer } from './supplier-selection';
import { DEFAULT_WEIGHTS } from './supplier-score';

const offer = (supplierId: string, partId: string, over: Partial<Offer> = {}): Offer => ({
  supplierId,
  partId,
  unitPriceMinor: 1_000,
  currency: 'EUR',
  leadTimeDays: 3,
  qualityScore: 80,
  onTimeRate: 0.9,
  blocked: false,
  ...over,
});

describe('selectSupplier', () => {
  it('takes only suppliers offering every part, and the best mean score among them', () => {
    const chosen = selectSupplier(
      ['p1', 'p2'],
      [
        offer('cheap-partial', 'p1', { unitPriceMinor: 100 }), // offers p1 only: not eligible
        offer('good', 'p1', { unitPriceMinor: 900 }),
        offer('good', 'p2', { unitPriceMinor: 900 }),
        offer('slow', 'p1', { leadTimeDays: 30 }),
        offer('slow', 'p2', { leadTimeDays: 30 }),
      ],
      DEFAULT_WEIGHTS,
    );
    expect(chosen.supplierId).toBe('good');
    expect([...chosen.offers.keys()].sort()).toEqual(['p1', 'p2']);
    expect(chosen.score).toBeGreaterThan(0.9);
  });

  it('skips blocked suppliers, honours a requested one, and breaks ties by supplier id', () => {
    const offers = [
      offer('b', 'p1'),
      offer('a', 'p1'),
      offer('z', 'p1', { blocked: true, unitPriceMinor: 1 }),
    ];
    expect(selectSupplier(['p1'], offers, DEFAULT_WEIGHTS).supplierId).toBe('a');
    expect(selectSupplier(['p1'], offers, DEFAULT_WEIGHTS, 'b').supplierId).toBe('b');
    expect(() => selectSupplier(['p1'], offers, DEFAULT_WEIGHTS, 'z')).toThrow(/does not offer every part/);
    expect(() => selectSupplier(['p1', 'p2'], offers, DEFAULT_WEIGHTS)).toThrow(/No eligible supplier/);
  });
});
