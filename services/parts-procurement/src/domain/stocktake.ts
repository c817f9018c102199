// Stocktake variances: counted minus the on-hand the ledger held when that part was counted (not
// when the sheet was opened: parts keep being issued and received while a workshop counts, and
// those movements move shelf and ledger alike). Approval turns each non-zero variance into a
// STOCKTAKE movement; a large total value needs a second approver.
import { q } from './quantity';

export interface CountLine {
  partId: string;
  /** On hand when the sheet was opened (what the counter sees on the sheet). */
  expectedQuantity: number;
  countedQuantity: number | null;
  /** On hand by the ledger as of countedAt: what the count is compared with. */
  systemQuantity?: number;
  countedBy?: string;
  countedAt?: string;
}

export interface Variance {
  partId: string;
  /** The ledger's on-hand the count is compared with (as of the count; the opening snapshot for sheets counted before counts recorded it). */
  expectedQuantity: number;
  countedQuantity: number;
  variance: number;
}

export function variancesOf(lines: readonly CountLine[]): { variances: Variance[]; uncounted: string[] } {
  const uncounted = lines.filter((l) => l.countedQuantity === null).map((l) => l.partId);
  const variances = lines
    .filter((l): l is CountLine & { countedQuantity: number } => l.countedQuantity !== null)
    .map((l) => {
      const expected = l.systemQuantity ?? l.expectedQuantity;
      return {
        partId: l.partId,
        expectedQuantity: expected,
        countedQuantity: l.countedQuantity,
        variance: q(l.countedQuantity - expected),
      };
    })
    .filter((v) => v.variance !== 0);
  return { variances, uncounted };
}

/** The variances' value at standard cost, shortfalls and surpluses alike (they must not net out). */
export function varianceValueMinor(
  variances: readonly Variance[],
  unitCostMinor: (partId: string) => number,
): number {
  return variances.reduce((a, v) => a + Math.round(Math.abs(v.variance) * unitCostMinor(v.partId)), 0);
}

/** Above the tenant's threshold a stocktake needs a second approver (strictly above). */
export const needsSecondApproval = (valueMinor: number, thresholdMinor: number) =>
  valueMinor > thresholdMinor;
