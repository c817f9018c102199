// Quantities in a part's unit of measure. Pieces and sets are counted, so only whole numbers;
// litres, kilograms and metres are measured, so up to three decimals (the database scale). A part
// may narrow that (engine oil in litres to one decimal: quantityDecimals, domain/units.ts), and
// purchase units (boxes, drums) are counted whole.
import { rule } from './errors';

export type UnitOfMeasure = 'piece' | 'set' | 'litre' | 'kilogram' | 'metre';

export const WHOLE_UNITS: readonly UnitOfMeasure[] = ['piece', 'set'];
export const QUANTITY_SCALE = 3;

export const isWholeUnit = (uom: UnitOfMeasure) => WHOLE_UNITS.includes(uom);

/** The decimals a unit allows when the part names none: 0 for counted units, the scale otherwise. */
export const defaultDecimalsOf = (uom: UnitOfMeasure) => (isWholeUnit(uom) ? 0 : QUANTITY_SCALE);

/** A unit a quantity is given in, with the decimals it may have (0..3). */
export interface QuantityUnit {
  unit: string;
  decimals: number;
}

/** Rounds to the database scale so float noise (0.1 + 0.2) never reaches a comparison. */
export function q(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Whether `x` has at most `decimals` decimals. Only the binary representation's own error is
 * tolerated (a few ulps), so 0.0001 has more than 3 decimals and 0.1 + 0.2 has one.
 */
export function hasAtMostDecimals(x: number, decimals: number): boolean {
  const scaled = x * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) <= 1e-9 + 4 * Number.EPSILON * Math.abs(scaled);
}

const plural = (unit: string) => (/(s|x|ch|sh)$/.test(unit) ? `${unit}es` : `${unit}s`);

/**
 * Throws unless `quantity` is valid for the unit; `allowZero` for counts and rejections. A bare
 * unit of measure allows its default decimals; a QuantityUnit its own.
 */
export function assertQuantity(
  quantity: number,
  unit: UnitOfMeasure | QuantityUnit,
  what = 'quantity',
  allowZero = false,
): void {
  const { unit: name, decimals } =
    typeof unit === 'string' ? { unit, decimals: defaultDecimalsOf(unit) } : unit;
  if (!Number.isFinite(quantity) || quantity < 0 || (!allowZero && quantity === 0)) {
    throw rule('invalid-quantity', `${what} must be ${allowZero ? 'zero or more' : 'greater than zero'}.`, {
      quantity,
      unitOfMeasure: name,
    });
  }
  if (decimals === 0 && !Number.isInteger(quantity)) {
    throw rule(
      'fractional-quantity',
      `${what} must be a whole number: the part is counted in ${plural(name)}.`,
      { quantity, unitOfMeasure: name, quantityDecimals: 0 },
    );
  }
  if (q(quantity) !== quantity || !hasAtMostDecimals(quantity, decimals)) {
    throw rule('quantity-precision', `${what} has more than ${decimals} decimals (in ${plural(name)}).`, {
      quantity,
      unitOfMeasure: name,
      quantityDecimals: decimals,
    });
  }
}
