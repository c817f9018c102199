// Incoming inspection at goods receipt: received = accepted + rejected, a reason for any rejection,
// and what was accepted so far plus what arrives now may exceed the ordered quantity only within
// the tolerance (rejected goods go back, so their replacements are not an over-receipt).
import { rule } from './errors';
import { assertQuantity, q, type QuantityUnit, type UnitOfMeasure } from './quantity';

export interface ReceiptLineInput {
  poLineId: string;
  receivedQuantity: number;
  acceptedQuantity: number;
  rejectedQuantity: number;
  rejectionReason: string | null;
}

export interface OrderedLine {
  lineId: string;
  quantity: number;
  acceptedQuantity: number;
  /** The unit the order line counts in: its purchase unit (packs are whole), or the stock unit. */
  unitOfMeasure: UnitOfMeasure | QuantityUnit;
}

export function checkReceiptLine(
  line: ReceiptLineInput,
  ordered: OrderedLine,
  tolerancePercent: number,
): void {
  const where = `line ${line.poLineId}`;
  assertQuantity(line.receivedQuantity, ordered.unitOfMeasure, `receivedQuantity of ${where}`);
  assertQuantity(line.acceptedQuantity, ordered.unitOfMeasure, `acceptedQuantity of ${where}`, true);
  assertQuantity(line.rejectedQuantity, ordered.unitOfMeasure, `rejectedQuantity of ${where}`, true);
  if (q(line.acceptedQuantity + line.rejectedQuantity) !== line.receivedQuantity) {
    throw rule('inspection-mismatch', `Accepted plus rejected must equal received on ${where}.`, { ...line });
  }
  if (line.rejectedQuantity > 0 && !line.rejectionReason) {
    throw rule('rejection-reason-required', `Rejected goods on ${where} need a rejection reason.`);
  }
  const limit = q(ordered.quantity * (1 + tolerancePercent / 100));
  const after = q(ordered.acceptedQuantity + line.receivedQuantity);
  if (after > limit) {
    throw rule(
      'over-receipt',
      `Receiving ${line.receivedQuantity} on ${where} makes ${after} with what was accepted before, of ${ordered.quantity} ordered, above the ${tolerancePercent} % tolerance (at most ${limit}).`,
      {
        ordered: ordered.quantity,
        alreadyAccepted: ordered.acceptedQuantity,
        tolerancePercent,
      },
    );
  }
}
