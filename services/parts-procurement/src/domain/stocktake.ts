// Stocktake variances: counted minus the on-hand recorded when the sheet was opened. Approval
// turns each non-zero variance into a STOCKTAKE movement.
import { q } from './quantity';

export interface CountLine {
  partId: string;
  expectedQuantity: number;
  countedQuantity: number | null;
}

export interface Variance {
  partId: string;
  expectedQuantity: number;
  countedQuantity: number;
  variance: number;
}

export function variancesOf(lines: readonly CountLine[]): { variances: Variance[]; uncounted: string[] } {
  const uncounted = lines.filter((l) => l.countedQuantity === null).map((l) => l.partId);
  const variances = lines
    .filter((l): l is CountLine & { countedQuantity: number } => l.countedQuantity !== null)
    .map((l) => ({
      partId: l.partId,
      expectedQuantity: l.expectedQuantity,
      countedQuantity: l.countedQuantity,
      variance: q(l.countedQuantity - l.expectedQuantity),
    }))
    .filter((v) => v.variance !== 0);
  return { variances, uncounted };
}
