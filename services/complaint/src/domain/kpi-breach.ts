// KPI breaches: a centre's KPI snapshot (from analytics) whose value is outside the limits the
// operator set opens an improvement action. Limits are a floor (min) or a ceiling (max) per KPI;
// a KPI without samples (null) breaches nothing.
import { z } from 'zod';
// The KPI names are the snapshot event's (contracts), so a new KPI can be limited at once.
import { KPI_NAMES, KpiName } from '@aftersales/contracts';

export const KpiLimit = z
  .strictObject({ min: z.number().optional(), max: z.number().optional() })
  .refine((l) => l.min !== undefined || l.max !== undefined, 'set min, max or both');

export const KpiLimits = z.partialRecord(KpiName, KpiLimit);
export type KpiLimits = z.infer<typeof KpiLimits>;

export interface KpiBreach {
  kpi: KpiName;
  value: number;
  limit: { min?: number; max?: number };
}

export function kpiBreaches(limits: KpiLimits, kpis: Partial<Record<KpiName, number | null>>): KpiBreach[] {
  const out: KpiBreach[] = [];
  for (const kpi of KPI_NAMES) {
    const limit = limits[kpi];
    const value = kpis[kpi];
    if (!limit || value === null || value === undefined) continue;
    if ((limit.min !== undefined && value < limit.min) || (limit.max !== undefined && value > limit.max))
      out.push({ kpi, value, limit });
  }
  return out;
}
