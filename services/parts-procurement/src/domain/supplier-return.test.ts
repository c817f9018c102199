import { CommandRefused, RuleViolation } from '@aftersales/service-kit/domain';
import {
  assertSettlement,
  checkReturn,
  claimValueMinor,
  nextReturnStatus,
  returnableFromInspection,
  returnableFromStock,
  type ReturnRequest,
} from './supplier-return';
import { applyMovement, deltaOf } from './ledger';

const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof RuleViolation) return err.code;
    throw err;
  }
  return undefined;
};

describe('what can be returned', () => {
  it('from inspection: rejected less what earlier returns took back', () => {
    expect(returnableFromInspection({ rejected: 3, alreadyReturned: 1 })).toBe(2);
    expect(returnableFromInspection({ rejected: 1, alreadyReturned: 1 })).toBe(0);
    expect(returnableFromInspection({ rejected: 0.3, alreadyReturned: 0.1 })).toBe(0.2);
  });

  it('from stock: the lot remaining, never stock reserved for repair orders', () => {
    expect(returnableFromStock({ lotRemaining: 4, onHand: 10, reserved: 2 })).toBe(4);
    // 10 on hand, 8 reserved: only 2 may leave, whatever the lot holds.
    expect(returnableFromStock({ lotRemaining: 4, onHand: 10, reserved: 8 })).toBe(2);
    expect(returnableFromStock({ lotRemaining: 4, onHand: 4, reserved: 4 })).toBe(0);
  });
});

describe('checkReturn', () => {
  const base: ReturnRequest = {
    source: 'stock',
    reason: 'defective',
    quantity: 2,
    unitOfMeasure: 'piece',
    comebackRepairOrderId: null,
  };

  it('accepts a quantity within what is returnable', () => {
    expect(() => checkReturn(base, 2)).not.toThrow();
    expect(() => checkReturn({ ...base, source: 'inspection', reason: 'wrong-part' }, 5)).not.toThrow();
  });

  it('refuses more than is returnable, naming the limit', () => {
    try {
      checkReturn(base, 1, { reserved: 3 });
      throw new Error('expected a rule violation');
    } catch (err) {
      expect(err).toBeInstanceOf(RuleViolation);
      expect((err as RuleViolation).code).toBe('not-returnable');
      expect((err as RuleViolation).details).toMatchObject({ quantity: 2, returnable: 1, reserved: 3 });
    }
  });

  it('checks the quantity against the unit', () => {
    expect(codeOf(() => checkReturn({ ...base, quantity: 1.5 }, 5))).toBe('fractional-quantity');
    expect(codeOf(() => checkReturn({ ...base, quantity: 0 }, 5))).toBe('invalid-quantity');
    expect(() => checkReturn({ ...base, quantity: 1.5, unitOfMeasure: 'litre' }, 5)).not.toThrow();
  });

  it('a comeback comes from stock, names its order and is traced to the lot', () => {
    const comeback = {
      ...base,
      reason: 'comeback' as const,
      comebackRepairOrderId: 'ro-2',
      comebackTraced: true,
    };
    expect(() => checkReturn(comeback, 2)).not.toThrow();
    expect(codeOf(() => checkReturn({ ...comeback, comebackRepairOrderId: null }, 2))).toBe(
      'comeback-needs-order',
    );
    expect(codeOf(() => checkReturn({ ...comeback, comebackTraced: false }, 2))).toBe('comeback-not-traced');
    expect(codeOf(() => checkReturn({ ...comeback, source: 'inspection' }, 2))).toBe('comeback-from-stock');
    expect(codeOf(() => checkReturn({ ...base, comebackRepairOrderId: 'ro-2' }, 2))).toBe('comeback-reason');
  });
});

describe('status', () => {
  it('goes open -> shipped -> settled or rejected-by-supplier', () => {
    expect(nextReturnStatus('open', 'ship')).toBe('shipped');
    expect(nextReturnStatus('shipped', 'settle')).toBe('settled');
    expect(nextReturnStatus('shipped', 'reject')).toBe('rejected-by-supplier');
  });

  it('refuses anything else with 409, naming what is allowed', () => {
    expect(() => nextReturnStatus('open', 'settle')).toThrow(CommandRefused);
    expect(() => nextReturnStatus('settled', 'reject')).toThrow(CommandRefused);
    try {
      nextReturnStatus('shipped', 'ship');
    } catch (err) {
      expect((err as CommandRefused).allowedCommands).toEqual(['settle', 'reject']);
    }
  });

  it('settles a claim the way it was made', () => {
    expect(() => assertSettlement('credit-note', 'credited')).not.toThrow();
    expect(() => assertSettlement('replacement', 'replaced')).not.toThrow();
    expect(codeOf(() => assertSettlement('credit-note', 'replaced'))).toBe('claim-mismatch');
    expect(codeOf(() => assertSettlement('replacement', 'credited'))).toBe('claim-mismatch');
  });

  it('values a claim at the net price it was bought at', () => {
    expect(claimValueMinor(2, 4500)).toBe(9000);
    expect(claimValueMinor(0.333, 1000)).toBe(333);
  });
});

describe('the RETURN movement', () => {
  it('takes goods off the shelf, never stock reserved for repair orders', () => {
    expect(deltaOf('RETURN', 2)).toEqual({ onHandDelta: -2, reservedDelta: 0 });
    expect(applyMovement({ onHand: 5, reserved: 3 }, deltaOf('RETURN', 2))).toEqual({
      onHand: 3,
      reserved: 3,
    });
    expect(() => applyMovement({ onHand: 5, reserved: 4 }, deltaOf('RETURN', 2))).toThrow(
      /less stock on hand than is reserved/,
    );
  });
});
