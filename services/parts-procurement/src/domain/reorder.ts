// Reorder points per part and location.
//
//   d   = mean daily demand over the history window (days without demand count as 0)
//   σd  = standard deviation of daily demand over the same window
//   s   = seasonality factor of the months the lead time falls in (1 = normal; 1.3 = 30 % busier)
//   L   = supplier lead time in days
//   z   = service-level factor by ABC class (A 98 % -> 2.05, B 95 % -> 1.65, C 90 % -> 1.28)
//
//   safety stock  SS  = z · σd · s · √L
//   reorder point ROP = d · s · L + SS
//   order quantity    = d · s · (L + review period) + SS − available   (at least 1)
//
// Whole units round up (never order 0.4 of a brake disc). Crossing is edge-triggered: available
// falling from at-or-above ROP to below it, so one crossing raises one signal.
import { q } from './quantity';

export type AbcClassName = 'A' | 'B' | 'C';

export const SERVICE_LEVEL_Z: Record<AbcClassName, number> = { A: 2.05, B: 1.65, C: 1.28 };

export interface ReorderInput {
  /** Demand per day over the window, oldest first; zero days included. */
  dailyDemand: readonly number[];
  leadTimeDays: number;
  abcClass: AbcClassName;
  /** Twelve monthly factors (January first); omitted means no seasonality. */
  seasonality?: readonly number[];
  /** The date the reorder point is for (picks the seasonal factor of the lead-time window). */
  asOf: Date;
  wholeUnits: boolean;
  reviewPeriodDays?: number;
}

export interface ReorderPoint {
  meanDailyDemand: number;
  stdDevDailyDemand: number;
  seasonalFactor: number;
  safetyStock: number;
  reorderPoint: number;
  /** What to order when stock is at the reorder point (before subtracting what is available). */
  orderUpTo: number;
}

/** Mean of the monthly factors over the days [asOf, asOf + leadTime]. */
export function seasonalFactorFor(asOf: Date, leadTimeDays: number, seasonality?: readonly number[]): number {
  if (!seasonality || seasonality.length !== 12) return 1;
  const days = Math.max(1, Math.ceil(leadTimeDays));
  let sum = 0;
  for (let i = 0; i < days; i++) {
    const d = new Date(asOf.getTime() + i * 86_400_000);
    sum += seasonality[d.getUTCMonth()]!;
  }
  return sum / days;
}

export function computeReorderPoint(input: ReorderInput): ReorderPoint {
  const n = input.dailyDemand.length;
  const mean = n === 0 ? 0 : input.dailyDemand.reduce((a, b) => a + b, 0) / n;
  const variance = n < 2 ? 0 : input.dailyDemand.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const sd = Math.sqrt(variance);
  const s = seasonalFactorFor(input.asOf, input.leadTimeDays, input.seasonality);
  const z = SERVICE_LEVEL_Z[input.abcClass];
  const L = Math.max(0, input.leadTimeDays);
  const round = (x: number) => (input.wholeUnits ? Math.ceil(q(x)) : Math.ceil(x * 1000) / 1000);
  const safetyStock = round(z * sd * s * Math.sqrt(L));
  const reorderPoint = round(mean * s * L + safetyStock);
  const orderUpTo = round(mean * s * (L + (input.reviewPeriodDays ?? 7)) + safetyStock);
  return {
    meanDailyDemand: q(mean),
    stdDevDailyDemand: q(sd),
    seasonalFactor: q(s),
    safetyStock,
    reorderPoint,
    orderUpTo,
  };
}

/** True when available fell below the reorder point with this change (edge, not level). */
export function crossedReorderPoint(
  availableBefore: number,
  availableAfter: number,
  reorderPoint: number,
): boolean {
  return reorderPoint > 0 && availableBefore >= reorderPoint && availableAfter < reorderPoint;
}

/** Quantity to requisition: up to the order-up-to level, at least one unit. */
export function suggestedQuantity(
  rp: Pick<ReorderPoint, 'orderUpTo'>,
  available: number,
  wholeUnits: boolean,
): number {
  const need = Math.max(rp.orderUpTo - available, wholeUnits ? 1 : 0.001);
  return wholeUnits ? Math.ceil(need) : q(need);
}
