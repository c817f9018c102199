// Reorder points per part and location.
//
// Demand over the lead time comes day by day from one of two sources, never both for a day:
// - a forecast (analytics' parts.demand, reason forecast) whose period covers the day: the
//   period's forecast quantity spread evenly over its days (Q / days in the period, so a lead time
//   across a month boundary takes each month's share). The forecast already carries the season,
//   so the part's seasonality factors are NOT applied to it (seasonality is counted once);
// - otherwise history: d = mean daily demand over the history window (days without demand count
//   as 0), σd its sample standard deviation, scaled by s = the mean seasonal factor of the
//   history-covered lead-time days (12 monthly factors per part; 1 = normal, 1.3 = 30 % busier).
//
// Variability: a forecast's band [lower, upper] is its ±1.96 σ prediction interval of the period
// total, so σP = half-width / 1.96, where the half-width is (upper − lower) / 2, or upper − Q when
// that is wider (analytics clips lower at 0, which narrows the band). Days are taken as
// independent, so a forecast day's variance is σP² / days in the period; a history day's is
// (σd · s)².
//
//   L   = lead time in days of the supplier supplier selection would choose for the part
//   z   = service-level factor by ABC class (A 98 % -> 2.05, B 95 % -> 1.65, C 90 % -> 1.28)
//   μ   = mean over the lead-time days of the day's expected demand, v = mean of their variances
//
//   lead-time demand  DL  = μ · L                        (history only: d · s · L)
//   safety stock      SS  = z · √(v · L)                 (history only: z · σd · s · √L)
//   reorder point     ROP = DL + SS
//   order-up-to           = μ · (L + review period) + SS (order quantity = that − available, at least 1)
//
// Whole units round up (never order 0.4 of a brake disc). Crossing is edge-triggered: available
// falling from at-or-above ROP to below it, or a recomputed ROP rising from at-or-below available
// to above it, so one crossing raises one signal.
import { q } from './quantity';

export type AbcClassName = 'A' | 'B' | 'C';

export const SERVICE_LEVEL_Z: Record<AbcClassName, number> = { A: 2.05, B: 1.65, C: 1.28 };

/** A forecast of the part's demand at the location over one period (a calendar month as analytics sends it). */
export interface DemandForecast {
  /** First and last day of the period, inclusive (UTC calendar dates). */
  periodStart: Date;
  periodEnd: Date;
  /** Forecast demand over the whole period. */
  quantity: number;
  /** The ±1.96 σ prediction band of the period total. */
  lower: number;
  upper: number;
}

export interface ReorderInput {
  /** Demand per day over the window, oldest first; zero days included. */
  dailyDemand: readonly number[];
  leadTimeDays: number;
  abcClass: AbcClassName;
  /** Twelve monthly factors (January first); omitted means no seasonality. Applied to history only. */
  seasonality?: readonly number[];
  /** The date the reorder point is for (the lead-time window starts that day). */
  asOf: Date;
  wholeUnits: boolean;
  reviewPeriodDays?: number;
  /** Forecasts of the part at the location; a lead-time day inside a period takes its demand from it. */
  forecasts?: readonly DemandForecast[];
}

export interface ReorderPoint {
  /** History: mean daily demand over the window. */
  meanDailyDemand: number;
  /** History: sample standard deviation of daily demand over the window. */
  stdDevDailyDemand: number;
  /** Seasonal factor applied to the lead-time days taken from history (1 when none are). */
  seasonalFactor: number;
  /** Where the lead-time demand came from. */
  demandSource: 'forecast' | 'history' | 'forecast+history';
  /** Lead-time days (whole, at least 1) covered by a forecast and by history. */
  forecastDays: number;
  historyDays: number;
  /** Expected demand over the lead time, and its standard deviation (SS = z · that). */
  leadTimeDemand: number;
  leadTimeStdDev: number;
  safetyStock: number;
  reorderPoint: number;
  /** What to order when stock is at the reorder point (before subtracting what is available). */
  orderUpTo: number;
}

const DAY = 86_400_000;
const dayNumber = (d: Date) => Math.floor(d.getTime() / DAY);

/** σ of a forecast's period total from its ±1.96 σ band (the upper half when lower was clipped at 0). */
export function forecastStdDev(f: Pick<DemandForecast, 'quantity' | 'lower' | 'upper'>): number {
  const halfWidth = Math.max((f.upper - f.lower) / 2, f.upper - f.quantity, 0);
  return halfWidth / 1.96;
}

/** The forecast whose period covers the day (the latest-starting one if periods overlap). */
function forecastOn(day: number, forecasts: readonly DemandForecast[]): DemandForecast | undefined {
  let found: DemandForecast | undefined;
  for (const f of forecasts)
    if (dayNumber(f.periodStart) <= day && day <= dayNumber(f.periodEnd))
      if (!found || f.periodStart > found.periodStart) found = f;
  return found;
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
  const z = SERVICE_LEVEL_Z[input.abcClass];
  const L = Math.max(0, input.leadTimeDays);

  // The lead-time days, each from a forecast or (the rest) from history.
  const windowDays = Math.max(1, Math.ceil(L));
  const first = dayNumber(input.asOf);
  let rateSum = 0;
  let varianceSum = 0;
  const historyMonths: number[] = [];
  for (let i = 0; i < windowDays; i++) {
    const f = forecastOn(first + i, input.forecasts ?? []);
    if (!f) {
      historyMonths.push(new Date(input.asOf.getTime() + i * DAY).getUTCMonth());
      continue;
    }
    const periodDays = dayNumber(f.periodEnd) - dayNumber(f.periodStart) + 1;
    rateSum += f.quantity / periodDays;
    varianceSum += forecastStdDev(f) ** 2 / periodDays;
  }
  const seasonality = input.seasonality?.length === 12 ? input.seasonality : undefined;
  const s =
    historyMonths.length && seasonality
      ? historyMonths.reduce((a, m) => a + seasonality[m]!, 0) / historyMonths.length
      : 1;
  rateSum += historyMonths.length * mean * s;
  varianceSum += historyMonths.length * (sd * s) ** 2;

  const dailyRate = rateSum / windowDays;
  const dailyVariance = varianceSum / windowDays;
  const leadTimeStdDev = Math.sqrt(dailyVariance * L);
  const round = (x: number) => (input.wholeUnits ? Math.ceil(q(x)) : Math.ceil(x * 1000) / 1000);
  const safetyStock = round(z * leadTimeStdDev);
  const reorderPoint = round(dailyRate * L + safetyStock);
  const orderUpTo = round(dailyRate * (L + (input.reviewPeriodDays ?? 7)) + safetyStock);
  const forecastDays = windowDays - historyMonths.length;
  return {
    meanDailyDemand: q(mean),
    stdDevDailyDemand: q(sd),
    seasonalFactor: q(s),
    demandSource: forecastDays === 0 ? 'history' : historyMonths.length ? 'forecast+history' : 'forecast',
    forecastDays,
    historyDays: historyMonths.length,
    leadTimeDemand: q(dailyRate * L),
    leadTimeStdDev: q(leadTimeStdDev),
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

/**
 * True when a recomputed reorder point put available below it: available was at or above the old
 * point and is below the new one (edge: a point that keeps rising over stock already below it, or
 * is recomputed unchanged, signals nothing again).
 */
export function reorderPointRoseAbove(
  available: number,
  previousReorderPoint: number,
  reorderPoint: number,
): boolean {
  return reorderPoint > 0 && available >= previousReorderPoint && available < reorderPoint;
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
