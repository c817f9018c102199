import { applyMovement, availableOf, balanceOf, deltaOf, type MovementKind } from './ledger';
import { assertQuantity, q } from './quantity';

describe('stock ledger', () => {
  it('derives on-hand, reserved and available from the movements', () => {
    const moves: [MovementKind, number][] = [
      ['RECEIPT', 10],
      ['RESERVATION', 4],
      ['ISSUE', 3],
      ['RELEASE', 1],
      ['ADJUSTMENT', -2],
      ['STOCKTAKE', 1],
    ];
    const b = balanceOf(moves.map(([k, n]) => deltaOf(k, n)));
    expect(b).toEqual({ onHand: 6, reserved: 0 });
    expect(availableOf({ onHand: 6, reserved: 2 })).toBe(4);
  });

  it('folding movements one by one equals the ledger sum', () => {
    const deltas = [deltaOf('RECEIPT', 0.1), deltaOf('RECEIPT', 0.2), deltaOf('RESERVATION', 0.3)];
    let b = { onHand: 0, reserved: 0 };
    for (const d of deltas) b = applyMovement(b, d);
    expect(b).toEqual(balanceOf(deltas));
    expect(availableOf(b)).toBe(0);
  });

  it('refuses movements that would make on-hand, reserved or available negative', () => {
    expect(() => applyMovement({ onHand: 2, reserved: 0 }, deltaOf('ADJUSTMENT', -3))).toThrow(
      /negative stock/,
    );
    expect(() => applyMovement({ onHand: 2, reserved: 1 }, deltaOf('RELEASE', 2))).toThrow(
      /more than is reserved/,
    );
    expect(() => applyMovement({ onHand: 2, reserved: 1 }, deltaOf('RESERVATION', 2))).toThrow(
      /less stock on hand than is reserved/,
    );
    expect(() => applyMovement({ onHand: 2, reserved: 2 }, deltaOf('ADJUSTMENT', -1))).toThrow(/reserved/);
  });
});

describe('quantities', () => {
  it('whole units take whole numbers only; measured units take up to 3 decimals', () => {
    expect(() => assertQuantity(2, 'piece')).not.toThrow();
    expect(() => assertQuantity(1.5, 'piece')).toThrow(/whole number/);
    expect(() => assertQuantity(1.5, 'set')).toThrow(/whole number/);
    expect(() => assertQuantity(1.5, 'litre')).not.toThrow();
    expect(() => assertQuantity(1.2345, 'litre')).toThrow(/decimals/);
    expect(() => assertQuantity(-1, 'litre')).toThrow(/greater than zero/);
    expect(() => assertQuantity(0, 'piece')).toThrow(/greater than zero/);
    expect(() => assertQuantity(0, 'piece', 'count', true)).not.toThrow();
    expect(q(0.1 + 0.2)).toBe(0.3);
  });
});
