// Repair-order KPIs. Each takes the orders in scope and a period; which timestamp places an order
// in the period is part of the definition (reception for response time and completion rate,
// completion for the outcome rates), so the same order counts where its event happened.
import { mean, ratio, seconds } from './stats';
import { within, type OrderFacts, type Period } from './types';

/** Mean seconds from reception to diagnosis, over orders diagnosed in the period. */
export function responseTimeSeconds(orders: readonly OrderFacts[], p: Period): number | null {
  return mean(
    orders
      .filter((o) => o.openedAt && within(o.diagnosedAt, p))
      .map((o) => seconds(o.openedAt as Date, o.diagnosedAt as Date)),
  );
}

/** Share of orders received in the period that have completed (passed QC) since; cancelled ones count as not completed. */
export function completionRate(orders: readonly OrderFacts[], p: Period): number | null {
  const received = orders.filter((o) => within(o.openedAt, p));
  return ratio(received.filter((o) => o.completedAt !== null).length, received.length);
}

const completedIn = (orders: readonly OrderFacts[], p: Period) =>
  orders.filter((o) => within(o.completedAt, p) && o.reworkCount !== null);

/** Share of orders completed in the period with no QC rework and not a comeback. */
export function firstTimeFixRate(orders: readonly OrderFacts[], p: Period): number | null {
  const done = completedIn(orders, p);
  return ratio(done.filter((o) => o.reworkCount === 0 && o.comeback === false).length, done.length);
}

/** Share of orders completed in the period that repeat a repair of the same fault within 30 days. */
export function comebackRate(orders: readonly OrderFacts[], p: Period): number | null {
  const done = completedIn(orders, p);
  return ratio(done.filter((o) => o.comeback === true).length, done.length);
}

/** Share of orders completed in the period that breached at least one stage standard. */
export function slaBreachRate(orders: readonly OrderFacts[], p: Period): number | null {
  const done = completedIn(orders, p);
  return ratio(done.filter((o) => o.slaBreachedStages.length > 0).length, done.length);
}

export interface StageDurationKpi {
  stage: string;
  samples: number;
  meanSeconds: number;
  /** Mean of the standards that applied (null when no order had one). */
  meanStandardSeconds: number | null;
  /** Share of samples with a standard that finished within it. */
  withinStandardRate: number | null;
}

/** Per stage: mean duration against the standard, over orders completed in the period. */
export function stageDurations(orders: readonly OrderFacts[], p: Period): StageDurationKpi[] {
  const byStage = new Map<string, { secs: number[]; std: number[]; within: number }>();
  for (const o of completedIn(orders, p)) {
    for (const s of o.stageDurations) {
      const acc = byStage.get(s.stage) ?? { secs: [], std: [], within: 0 };
      acc.secs.push(s.seconds);
      if (s.standardSeconds !== null) {
        acc.std.push(s.standardSeconds);
        if (s.seconds <= s.standardSeconds) acc.within++;
      }
      byStage.set(s.stage, acc);
    }
  }
  return [...byStage.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([stage, acc]) => ({
      stage,
      samples: acc.secs.length,
      meanSeconds: mean(acc.secs) ?? 0,
      meanStandardSeconds: mean(acc.std),
      withinStandardRate: ratio(acc.within, acc.std.length),
    }));
}

export const ordersOpened = (orders: readonly OrderFacts[], p: Period) =>
  orders.filter((o) => within(o.openedAt, p)).length;
export const ordersCompleted = (orders: readonly OrderFacts[], p: Period) => completedIn(orders, p).length;
