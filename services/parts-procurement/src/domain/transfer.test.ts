import { CommandRefused, RuleViolation } from '@aftersales/service-kit/domain';
import {
  assertTransferRequest,
  freeToTransfer,
  inTransitOf,
  pickedQuantities,
  rankSources,
  splitReceipt,
  transferAfter,
  type LotPortion,
} from './transfer';

const piece = () => 'piece' as const;

describe('stock transfer status machine', () => {
  it('runs requested -> picked -> in-transit -> received', () => {
    expect(transferAfter('requested', 'pick')).toBe('picked');
    expect(transferAfter('picked', 'ship')).toBe('in-transit');
    expect(transferAfter('in-transit', 'receive')).toBe('received');
  });

  it('cancels only before shipping, and refuses anything out of order with a 409', () => {
    expect(transferAfter('requested', 'cancel')).toBe('cancelled');
    expect(transferAfter('picked', 'cancel')).toBe('cancelled');
    expect(() => transferAfter('in-transit', 'cancel')).toThrow(CommandRefused);
    expect(() => transferAfter('requested', 'ship')).toThrow(CommandRefused);
    expect(() => transferAfter('received', 'receive')).toThrow(CommandRefused);
    expect(() => transferAfter('cancelled', 'pick')).toThrow(CommandRefused);
  });
});

describe('transfer requests and picks', () => {
  it('needs two locations, each part once, whole pieces', () => {
    expect(() => assertTransferRequest('a', 'b', [{ partId: 'p', quantity: 2 }], piece)).not.toThrow();
    expect(() => assertTransferRequest('a', 'a', [{ partId: 'p', quantity: 2 }], piece)).toThrow(
      expect.objectContaining({ code: 'same-location' }),
    );
    expect(() =>
      assertTransferRequest(
        'a',
        'b',
        [
          { partId: 'p', quantity: 1 },
          { partId: 'p', quantity: 1 },
        ],
        piece,
      ),
    ).toThrow(expect.objectContaining({ code: 'duplicate-part' }));
    expect(() => assertTransferRequest('a', 'b', [{ partId: 'p', quantity: 1.5 }], piece)).toThrow(
      expect.objectContaining({ code: 'fractional-quantity' }),
    );
    expect(() =>
      assertTransferRequest('a', 'b', [{ partId: 'oil', quantity: 1.5 }], () => 'litre'),
    ).not.toThrow();
  });

  it('picks the requested quantity unless less was found, never more, never nothing', () => {
    const req = [
      { partId: 'p', quantity: 3 },
      { partId: 'q', quantity: 2 },
    ];
    expect([...pickedQuantities(req, undefined, piece)]).toEqual([
      ['p', 3],
      ['q', 2],
    ]);
    expect(pickedQuantities(req, [{ partId: 'q', quantity: 0 }], piece).get('q')).toBe(0);
    expect(() => pickedQuantities(req, [{ partId: 'p', quantity: 4 }], piece)).toThrow(
      expect.objectContaining({ code: 'over-pick' }),
    );
    expect(() => pickedQuantities(req, [{ partId: 'x', quantity: 1 }], piece)).toThrow(RuleViolation);
    expect(() =>
      pickedQuantities(
        req,
        [
          { partId: 'p', quantity: 0 },
          { partId: 'q', quantity: 0 },
        ],
        piece,
      ),
    ).toThrow(expect.objectContaining({ code: 'nothing-picked' }));
  });
});

describe('receiving a transfer', () => {
  const lot = (id: string, quantity: number, unitCostMinor: number): LotPortion => ({
    sourceLotId: id,
    lotNumber: `LOT-${id}`,
    quantity,
    unitCostMinor,
    receiptId: null,
    supplierId: null,
  });
  const shipped = [lot('old', 2, 100), lot('new', 3, 120)];

  it('keeps lot numbers and costs; everything arrives when received = shipped', () => {
    const r = splitReceipt('p', shipped, 5, 'piece', null);
    expect(r.arrived).toEqual(shipped);
    expect(r.lost).toEqual([]);
    expect(r.lostQuantity).toBe(0);
  });

  it('books a short receipt as a loss of the last lots shipped, with its reason', () => {
    const r = splitReceipt('p', shipped, 3, 'piece', 'box crushed');
    expect(r.arrived).toEqual([lot('old', 2, 100), lot('new', 1, 120)]);
    expect(r.lost).toEqual([lot('new', 2, 120)]);
    expect(r.lostQuantity).toBe(2);
  });

  it('refuses a loss without a reason, more than was shipped, and fractional pieces', () => {
    expect(() => splitReceipt('p', shipped, 4, 'piece', ' ')).toThrow(
      expect.objectContaining({ code: 'loss-reason-required' }),
    );
    expect(() => splitReceipt('p', shipped, 6, 'piece', null)).toThrow(
      expect.objectContaining({ code: 'over-receipt' }),
    );
    expect(() => splitReceipt('p', shipped, 4.5, 'piece', 'x')).toThrow(
      expect.objectContaining({ code: 'fractional-quantity' }),
    );
  });

  it('shows shipped stock as in transit only while on the road', () => {
    expect(inTransitOf('in-transit', { shipped: 4 })).toBe(4);
    expect(inTransitOf('received', { shipped: 4 })).toBe(0);
    expect(inTransitOf('picked', { shipped: 0 })).toBe(0);
  });
});

describe('transfer before purchase', () => {
  it('offers only what lies above the reorder point, less what is reserved or promised', () => {
    expect(
      freeToTransfer({ locationId: 'a', onHand: 10, reserved: 2, reorderPoint: 3, promised: 1 }, 0),
    ).toBe(4);
    expect(freeToTransfer({ locationId: 'a', onHand: 5, reserved: 0, reorderPoint: 5, promised: 0 }, 0)).toBe(
      0,
    );
    expect(
      freeToTransfer({ locationId: 'a', onHand: 5.75, reserved: 0, reorderPoint: 1, promised: 0 }, 0),
    ).toBe(4);
    expect(
      freeToTransfer({ locationId: 'a', onHand: 5.75, reserved: 0, reorderPoint: 1, promised: 0 }, 3),
    ).toBe(4.75);
  });

  it('ranks sources that cover the need first, then by free stock, then by id', () => {
    const ranked = rankSources(3, [
      { locationId: 'c', free: 2 },
      { locationId: 'b', free: 3 },
      { locationId: 'a', free: 3 },
      { locationId: 'd', free: 9 },
      { locationId: 'e', free: 0 },
    ]);
    expect(ranked.map((s) => [s.locationId, s.covers])).toEqual([
      ['d', true],
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
  });
});
