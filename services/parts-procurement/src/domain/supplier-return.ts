// Supplier returns and claims. A part that is defective, the wrong part or damaged goes back to
// its supplier with a claim: a credit note (money back on the order's invoice) or a replacement
// (the same quantity delivered again, not invoiced again). It comes from one of two places:
//   inspection: goods rejected at a goods receipt, which never entered stock; what is returnable
//               is the receipt line's rejected quantity less what earlier returns took back;
//   stock:      a lot at a location, taken off the books when the return is created; returnable
//               is the lot's remaining quantity, but never stock reserved for repair orders
//               (min(lot remaining, on hand - reserved)). A comeback (a vehicle back with the same
//               fault) names the repair order, and its lot must be traced to the vehicle.
// Status: open -> shipped -> settled (credited | replaced) or rejected-by-supplier.
import { CommandRefused } from '@aftersales/service-kit/domain';
import { rule } from './errors';
import { assertQuantity, q, type QuantityUnit, type UnitOfMeasure } from './quantity';

export const RETURN_REASONS = ['defective', 'wrong-part', 'damaged', 'comeback'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];
export const RETURN_SOURCES = ['inspection', 'stock'] as const;
export type ReturnSource = (typeof RETURN_SOURCES)[number];
export const CLAIM_KINDS = ['credit-note', 'replacement'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const RETURN_STATUSES = ['open', 'shipped', 'settled', 'rejected-by-supplier'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export type Settlement = 'credited' | 'replaced';
export type ReturnCommand = 'ship' | 'settle' | 'reject';

/** Inspection: rejected at the receipt line, less what earlier returns already took back. */
export const returnableFromInspection = (r: { rejected: number; alreadyReturned: number }) =>
  Math.max(0, q(r.rejected - r.alreadyReturned));

/** Stock: what the lot still holds, but never what is reserved for repair orders. */
export const returnableFromStock = (s: { lotRemaining: number; onHand: number; reserved: number }) =>
  Math.max(0, q(Math.min(s.lotRemaining, s.onHand - s.reserved)));

export interface ReturnRequest {
  source: ReturnSource;
  reason: ReturnReason;
  quantity: number;
  /** Inspection: the order line's unit (packs are whole); stock: the stock unit and its precision. */
  unitOfMeasure: UnitOfMeasure | QuantityUnit;
  /** The comeback repair order (reason comeback only). */
  comebackRepairOrderId: string | null;
  /** Whether the comeback order's vehicle (or the order itself) got parts from the lot. */
  comebackTraced?: boolean;
}

/**
 * The rules a new return must meet: a quantity valid for the unit and within what is returnable;
 * a comeback comes from stock, names its repair order, and that order is traced to the lot.
 */
export function checkReturn(r: ReturnRequest, returnable: number, limits: Record<string, number> = {}): void {
  assertQuantity(r.quantity, r.unitOfMeasure);
  if (r.reason === 'comeback') {
    if (r.source !== 'stock')
      throw rule(
        'comeback-from-stock',
        'A comeback return comes from stock: a lot that was issued to vehicles.',
      );
    if (!r.comebackRepairOrderId)
      throw rule('comeback-needs-order', 'A comeback return names the comeback repair order.');
    if (!r.comebackTraced)
      throw rule(
        'comeback-not-traced',
        'The comeback repair order is not traced to the lot: neither it nor an earlier order of its vehicle got parts from the lot.',
        { comebackRepairOrderId: r.comebackRepairOrderId },
      );
  } else if (r.comebackRepairOrderId)
    throw rule('comeback-reason', 'Only a return for reason comeback names a comeback repair order.');
  if (r.quantity > returnable)
    throw rule(
      'not-returnable',
      r.source === 'inspection'
        ? `Only ${returnable} of the rejected goods are left to return.`
        : `Only ${returnable} can be returned from the lot (its remaining quantity, less stock reserved for repair orders).`,
      { quantity: r.quantity, returnable, ...limits },
    );
}

const NEXT: Record<ReturnStatus, Partial<Record<ReturnCommand, ReturnStatus>>> = {
  open: { ship: 'shipped' },
  shipped: { settle: 'settled', reject: 'rejected-by-supplier' },
  settled: {},
  'rejected-by-supplier': {},
};

/** The status after `command`, or 409 naming what the return takes now. */
export function nextReturnStatus(status: ReturnStatus, command: ReturnCommand): ReturnStatus {
  const next = NEXT[status][command];
  if (!next)
    throw new CommandRefused(
      'supplier return',
      status,
      command,
      Object.keys(NEXT[status]) as ReturnCommand[],
    );
  return next;
}

/** A claim is settled the way it was made: a credit note credits, a replacement replaces. */
export function assertSettlement(claim: ClaimKind, settlement: Settlement): void {
  const expected: Settlement = claim === 'credit-note' ? 'credited' : 'replaced';
  if (settlement !== expected)
    throw rule(
      'claim-mismatch',
      claim === 'credit-note'
        ? 'The claim asks for a credit note; a replacement does not settle it.'
        : 'The claim asks for a replacement; a credit note does not settle it.',
      { claim, settlement },
    );
}

/** What the claim is worth, net: quantity x the net unit price it was bought at, to the minor unit. */
export const claimValueMinor = (quantity: number, unitPriceMinor: number) =>
  Math.round(quantity * unitPriceMinor);
