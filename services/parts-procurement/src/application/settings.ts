// Per-tenant procurement settings; a tenant that never changed them gets the defaults.
import { type Tx } from '../db/client';
import { type ScoreWeights } from '../domain/supplier-score';

export interface Settings {
  weights: ScoreWeights;
  approvalThresholdMinor: number;
  overReceiptTolerancePct: number;
  priceTolerancePct: number;
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
    version: s.version,
  };
}
