// The stock ledger: every change of stock at a location is an append-only movement; on-hand,
// reserved and available are derived from it. A balance row per part+location is maintained in
// the same transaction as each movement (fast reads, a row to lock), and `balanceOf` is the
// definition it must always equal.
import { rule } from './errors';
import { q } from './quantity';

export type MovementKind =
  | 'RECEIPT'
  | 'RESERVATION'
  | 'RELEASE'
  | 'ISSUE'
  | 'ADJUSTMENT'
  | 'STOCKTAKE'
  | 'TRANSFER_OUT'
  | 'TRANSFER_IN'
  | 'RETURN';

export interface Balance {
  onHand: number;
  reserved: number;
}

export interface MovementDelta {
  onHandDelta: number;
  reservedDelta: number;
}

/**
 * What a movement of `quantity` does to the balance. Receipts add to on-hand; a reservation
 * sets stock aside (reserved up, on-hand unchanged); a release gives it back; an issue takes
 * reserved stock out of the building (both down); adjustments and stocktakes carry a signed
 * on-hand correction.
 */
export function deltaOf(kind: MovementKind, quantity: number): MovementDelta {
  switch (kind) {
    case 'RECEIPT':
      return { onHandDelta: quantity, reservedDelta: 0 };
    case 'RESERVATION':
      return { onHandDelta: 0, reservedDelta: quantity };
    case 'RELEASE':
      return { onHandDelta: 0, reservedDelta: -quantity };
    case 'ISSUE':
      return { onHandDelta: -quantity, reservedDelta: -quantity };
    case 'ADJUSTMENT':
    case 'STOCKTAKE':
      return { onHandDelta: quantity, reservedDelta: 0 };
    // A transfer ships what its pick reserved (like an issue) and books it on at the destination.
    case 'TRANSFER_OUT':
      return { onHandDelta: -quantity, reservedDelta: -quantity };
    case 'TRANSFER_IN':
      return { onHandDelta: quantity, reservedDelta: 0 };
    // Goods going back to their supplier leave the shelf; reserved stock never goes (available >= 0).
    case 'RETURN':
      return { onHandDelta: -quantity, reservedDelta: 0 };
  }
}

export const availableOf = (b: Balance) => q(b.onHand - b.reserved);

/** The balance the ledger defines: the sum of its movements. */
export function balanceOf(movements: readonly MovementDelta[]): Balance {
  let onHand = 0;
  let reserved = 0;
  for (const m of movements) {
    onHand += m.onHandDelta;
    reserved += m.reservedDelta;
  }
  return { onHand: q(onHand), reserved: q(reserved) };
}

/** Applies a movement, refusing any that would leave negative on-hand, reserved or available. */
export function applyMovement(balance: Balance, delta: MovementDelta): Balance {
  const next = {
    onHand: q(balance.onHand + delta.onHandDelta),
    reserved: q(balance.reserved + delta.reservedDelta),
  };
  if (next.onHand < 0)
    throw rule('negative-on-hand', 'The movement would leave negative stock on hand.', {
      ...balance,
      ...delta,
    });
  if (next.reserved < 0)
    throw rule('negative-reserved', 'The movement releases or issues more than is reserved.', {
      ...balance,
      ...delta,
    });
  if (availableOf(next) < 0) {
    throw rule('negative-available', 'The movement would leave less stock on hand than is reserved.', {
      ...balance,
      ...delta,
    });
  }
  return next;
}
