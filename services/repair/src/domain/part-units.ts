// Part quantities on a quote must fit the part's stock unit: pieces and sets are whole (0.5 of a
// brake disc cannot be fitted or reserved), measured units have the decimals the parts catalogue
// gives them (engine oil in litres to one decimal). The units arrive from the catalogue
// (aftersales.parts.catalogue.v1); a part not known here yet is accepted as before, and
// parts-procurement still checks it when the parts are requested.
import { RuleViolation } from '@aftersales/service-kit/domain';
import { ProblemTypes } from './errors';

export interface PartUnit {
  partId: string;
  partNumber: string;
  unitOfMeasure: string;
  quantityDecimals: number;
}

const COUNTED = ['piece', 'set'];

/** The decimals of a catalogue entry: its own, else 0 for counted units and 3 for measured ones. */
export const quantityDecimalsOf = (entry: { unitOfMeasure: string; quantityDecimals?: number }) =>
  entry.quantityDecimals ?? (COUNTED.includes(entry.unitOfMeasure) ? 0 : 3);

/** Whether `quantity` has at most `decimals` decimals (only a few ulps of float error tolerated). */
export function fitsDecimals(quantity: number, decimals: number): boolean {
  const scaled = quantity * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) <= 1e-9 + 4 * Number.EPSILON * Math.abs(scaled);
}

const plural = (unit: string) => (/(s|x|ch|sh)$/.test(unit) ? `${unit}es` : `${unit}s`);

/**
 * Refuses (422, code quantity-precision, naming the line, the part and its unit) the first part
 * line whose quantity is finer than the part's unit allows. Lines are numbered from 1.
 */
export function assertPartQuantities(
  lines: readonly { kind: string; partId?: string | null; quantity: number }[],
  units: ReadonlyMap<string, PartUnit>,
): void {
  lines.forEach((line, i) => {
    const unit = line.kind === 'part' && line.partId ? units.get(line.partId) : undefined;
    if (!unit || fitsDecimals(line.quantity, unit.quantityDecimals)) return;
    const allowed =
      unit.quantityDecimals === 0
        ? `whole ${plural(unit.unitOfMeasure)}`
        : `${plural(unit.unitOfMeasure)} to ${unit.quantityDecimals} decimal${unit.quantityDecimals > 1 ? 's' : ''}`;
    throw new RuleViolation(
      `Line ${i + 1}: ${line.quantity} of part ${unit.partNumber} is not possible; it comes in ${allowed}.`,
      {
        type: ProblemTypes.rule,
        code: 'quantity-precision',
        details: {
          path: `lines.${i}.quantity`,
          line: i + 1,
          partId: unit.partId,
          partNumber: unit.partNumber,
          unitOfMeasure: unit.unitOfMeasure,
          quantityDecimals: unit.quantityDecimals,
          quantity: line.quantity,
        },
      },
    );
  });
}
