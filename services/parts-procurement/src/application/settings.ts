// Per-tenant procurement settings; a tenant that never changed them gets the defaults.
import { type Tx } from '../db/client';
import { type ScoreWeights } from '../domain/supplier-score';

export interface Settings {
  weights: ScoreWeights;
  approvalThresholdMinor: number;
  overReceiptTolerancePct: number;
  priceTolerancePct: number;
  /** Currency of the approval threshold; null: any (when set, a PO in another currency is refused). */
  approvalThresholdCurrency: string | null;
  /** Three-way match: absolute tolerance (minor units) on each line's net unit price and tax, and the gross. */
  amountToleranceMinor: number;
  /** Three-way match: percentage tolerance on tax and gross (unit prices use priceTolerancePct). */
  taxTolerancePct: number;
  /** A stocktake's variance value (minor units, standard cost) above this needs a second approver. */
  stocktakeSecondApprovalMinor: number;
  version: number;
}

export async function settingsOf(tx: Pick<Tx, 'tenantSettings'>, tenantId: string): Promise<Settings> {
  const row = await tx.tenantSettings.findUnique({ where: { tenantId } });
  const s = row ?? {
    weightQuality: 0.35,
    weightPrice: 0.3,
    weightLeadTime: 0.15,
    weightOnTime: 0.2,
    approvalThresholdMinor: 500_000,
    overReceiptTolerancePct: 0,
    priceTolerancePct: 0,
    amountToleranceMinor: 0,
    taxTolerancePct: 0,
    approvalThresholdCurrency: null,
    stocktakeSecondApprovalMinor: 100_000,
    version: 0,
  };
  return {
    weights: {
      quality: s.weightQuality,
      price: s.weightPrice,
      leadTime: s.weightLeadTime,
      onTime: s.weightOnTime,
    },
    approvalThresholdMinor: s.approvalThresholdMinor,
    overReceiptTolerancePct: s.overReceiptTolerancePct,
    priceTolerancePct: s.priceTolerancePct,
    approvalThresholdCurrency: s.approvalThresholdCurrency,
    amountToleranceMinor: s.amountToleranceMinor,
    taxTolerancePct: s.taxTolerancePct,
    stocktakeSecondApprovalMinor: s.stocktakeSecondApprovalMinor,
    version: s.version,
  };
}
