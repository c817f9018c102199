// Purchase units and stock units. A part is kept in its stock unit (unit_of_measure) with a
// precision (quantityDecimals: 0 for pieces and sets, up to 3 for measured units) and bought in a
// purchase unit: the stock unit itself (factor 1), or a pack that holds `purchaseUnitFactor` stock
// units (a box of 10 pieces, a drum of 208 litres). Packs are counted whole; supplier offers are
// priced per purchase unit.
//
// - A requisition (stock units) is ordered in whole packs rounded UP: 13 pieces, box of 10 -> 2.
// - A receipt counts packs and books packs x factor stock units.
// - Lot cost: the line's net value (packs x net price per pack) over the stock units it booked.
//   Integer minor units cannot always divide evenly (a box of 3 for 1000), so the receipt makes at
//   most two lots: some units at floor(value / units) + 1 and the rest at floor(value / units),
//   which adds up to the value exactly (1000 for 3: one piece at 334, two at 333).
import { rule } from './errors';
import {
  QUANTITY_SCALE,
  defaultDecimalsOf,
  hasAtMostDecimals,
  isWholeUnit,
  q,
  type QuantityUnit,
  type UnitOfMeasure,
} from './quantity';

export interface PartUnits {
  stockUnit: UnitOfMeasure;
  quantityDecimals: number;
  purchaseUnit: string;
  purchaseUnitFactor: number;
}

/** A part's units as stored (nulls on rows from before purchase units: stock unit, default precision). */
export function partUnitsOf(part: {
  unitOfMeasure: string;
  quantityDecimals: number | null;
  purchaseUnit: string | null;
  purchaseUnitFactor: number;
}): PartUnits {
  const stockUnit = part.unitOfMeasure as UnitOfMeasure;
  return {
    stockUnit,
    quantityDecimals: part.quantityDecimals ?? defaultDecimalsOf(stockUnit),
    purchaseUnit: part.purchaseUnit ?? stockUnit,
    purchaseUnitFactor: part.purchaseUnitFactor,
  };
}

/** Whether the part is bought in its stock unit (no pack; factor 1). */
export const buysInStockUnit = (u: Pick<PartUnits, 'stockUnit' | 'purchaseUnit'>) =>
  u.purchaseUnit === u.stockUnit;

/** The stock unit with the part's precision: what reservations, requisitions and the ledger use. */
export const stockQuantityUnit = (u: PartUnits): QuantityUnit => ({
  unit: u.stockUnit,
  decimals: u.quantityDecimals,
});

/** The purchase unit: packs are whole; the stock unit keeps its precision. */
export const purchaseQuantityUnit = (u: PartUnits): QuantityUnit =>
  buysInStockUnit(u) ? stockQuantityUnit(u) : { unit: u.purchaseUnit, decimals: 0 };

/**
 * Checks a part's units (422 naming the rule): precision 0..3 and 0 for counted units; a factor
 * above zero that the stock precision can hold (a box of 2.5 pieces is no box); 1 when the
 * purchase unit is the stock unit.
 */
export function assertPartUnits(u: PartUnits): void {
  if (!Number.isInteger(u.quantityDecimals) || u.quantityDecimals < 0 || u.quantityDecimals > QUANTITY_SCALE)
    throw rule(
      'invalid-quantity-decimals',
      `quantityDecimals must be a whole number from 0 to ${QUANTITY_SCALE}.`,
      {
        quantityDecimals: u.quantityDecimals,
      },
    );
  if (isWholeUnit(u.stockUnit) && u.quantityDecimals !== 0)
    throw rule(
      'whole-unit-precision',
      `A part counted in ${u.stockUnit}s has no decimals (quantityDecimals 0).`,
      {
        unitOfMeasure: u.stockUnit,
        quantityDecimals: u.quantityDecimals,
      },
    );
  if (!(u.purchaseUnitFactor > 0) || !hasAtMostDecimals(u.purchaseUnitFactor, u.quantityDecimals))
    throw rule(
      'purchase-unit-factor',
      `purchaseUnitFactor must be above zero with at most ${u.quantityDecimals} decimals (the stock precision).`,
      { purchaseUnitFactor: u.purchaseUnitFactor, quantityDecimals: u.quantityDecimals },
    );
  if (buysInStockUnit(u) && u.purchaseUnitFactor !== 1)
    throw rule('purchase-unit-factor', 'Bought in its stock unit, a part has purchaseUnitFactor 1.', {
      purchaseUnit: u.purchaseUnit,
      purchaseUnitFactor: u.purchaseUnitFactor,
    });
}

const milli = (x: number) => BigInt(Math.round(x * 1000));

/** Purchase units to order for a need in stock units: whole packs rounded up, or the need itself. */
export function purchaseQuantityFor(stockQuantity: number, u: PartUnits): number {
  if (buysInStockUnit(u)) return q(stockQuantity);
  const need = milli(stockQuantity);
  const pack = milli(u.purchaseUnitFactor);
  return Number((need + pack - 1n) / pack);
}

/** Stock units in a quantity of purchase units (exact at the database scale). */
export function stockQuantityOf(purchaseQuantity: number, purchaseUnitFactor: number): number {
  return Number(milli(purchaseQuantity) * milli(purchaseUnitFactor)) / 1_000_000;
}

export interface LotCost {
  quantity: number;
  unitCostMinor: number;
}

/**
 * Splits a receipt line's net value (minor units) over the stock units it booked: one lot if it
 * divides evenly, else two (the first `remainder` units one minor unit dearer), adding up exactly.
 */
export function lotCostsOf(valueMinor: number, stockQuantity: number): LotCost[] {
  const units = milli(stockQuantity);
  if (units <= 0n) return [];
  const value = BigInt(valueMinor) * 1000n;
  const base = value / units;
  const dearer = value - base * units; // in thousandths of a stock unit, below `units`
  const lots: LotCost[] = [];
  if (dearer > 0n) lots.push({ quantity: Number(dearer) / 1000, unitCostMinor: Number(base) + 1 });
  if (units - dearer > 0n)
    lots.push({ quantity: Number(units - dearer) / 1000, unitCostMinor: Number(base) });
  return lots;
}

/**
 * The unit an order line counts in: the purchase unit and factor copied onto it when ordered (null
 * on lines from before: the stock unit). Packs are whole; the stock unit keeps the part's precision.
 */
export function orderLineUnit(line: { purchaseUnit: string | null }, part: PartUnits): QuantityUnit {
  const purchaseUnit = line.purchaseUnit ?? part.stockUnit;
  return purchaseUnit === part.stockUnit ? stockQuantityUnit(part) : { unit: purchaseUnit, decimals: 0 };
}
