// Quantities in a part's unit of measure. Pieces and sets are counted, so only whole numbers;
// litres, kilograms and metres are measured, so up to three decimals (the database scale).
import { rule } from './errors';

export type UnitOfMeasure = 'piece' | 'set' | 'litre' | 'kilogram' | 'metre';

export const WHOLE_UNITS: readonly UnitOfMeasure[] = ['piece', 'set'];
export const QUANTITY_SCALE = 3;

export const isWholeUnit = (uom: UnitOfMeasure) => WHOLE_UNITS.includes(uom);

/** Rounds to the database scale so float noise (0.1 + 0.2) never reaches a comparison. */
export function q(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Throws unless `quantity` is valid for the unit; `allowZero` for counts and rejections. */
export function assertQuantity(
  quantity: number,
  uom: UnitOfMeasure,
  what = 'quantity',
  allowZero = false,
): void {
  if (!Number.isFinite(quantity) || quantity < 0 || (!allowZero && quantity === 0)) {
    throw rule('invalid-quantity', `${what} must be ${allowZero ? 'zero or more' : 'greater than zero'}.`, {
      quantity,
      unitOfMeasure: uom,
    });
  }
  if (isWholeUnit(uom) && !Number.isInteger(quantity)) {
    throw rule('fractional-quantity', `${what} must be a whole number: the part is counted in ${uom}s.`, {
      quantity,
      unitOfMeasure: uom,
    });
  }
  if (q(quantity) !== quantity) {
    throw rule('quantity-precision', `${what} has more than ${QUANTITY_SCALE} decimals.`, {
      quantity,
      unitOfMeasure: uom,
    });
  }
}
