// A part row's units (domain/units.ts) from its stored columns: the factor is a DECIMAL.
import { partUnitsOf, type PartUnits } from '../domain/units';
import { num } from './context';

export interface PartUnitColumns {
  unitOfMeasure: string;
  quantityDecimals: number | null;
  purchaseUnit: string | null;
  purchaseUnitFactor: { toString(): string } | number;
}

export const unitsOf = (part: PartUnitColumns): PartUnits =>
  partUnitsOf({ ...part, purchaseUnitFactor: num(part.purchaseUnitFactor) });
