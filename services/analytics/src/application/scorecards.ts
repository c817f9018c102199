// Quarterly scorecards of every centre of a tenant (those the events have named).
import { type PrismaClient } from '../db/client';
import { parseQuarter, previousQuarter, quarterPeriod } from '../domain/periods';
import {
  buildScorecards,
  type Scorecard,
  type ScorecardWeights,
  type ScoringTargets,
} from '../domain/scorecard';
import { kpisOf } from './kpi-query';

export async function scorecardsOf(
  prisma: PrismaClient,
  tenantId: string,
  quarter: string,
  weights: ScorecardWeights,
  targets: ScoringTargets,
  now: Date,
  /** The reporting time zone: a quarter runs from local midnight to local midnight. */
  timeZone: string,
): Promise<Scorecard[]> {
  const q = parseQuarter(quarter);
  const current = quarterPeriod(q, timeZone);
  const previous = quarterPeriod(previousQuarter(q), timeZone);
  const centres = await prisma.centreDirectory.findMany({
    where: { tenantId },
    orderBy: { centreId: 'asc' },
  });
  const inputs = [];
  for (const c of centres) {
    const ref = { tenantId, scope: 'centre' as const, id: c.centreId };
    const cur = await kpisOf(prisma, ref, current, now);
    const prev = await kpisOf(prisma, ref, previous, now);
    const hadData = (r: typeof prev) =>
      r.counts.ordersCompleted + r.counts.surveys + r.counts.ordersOpened > 0;
    inputs.push({
      centreId: c.centreId,
      regionId: c.regionId,
      kpis: cur.kpis,
      previousKpis: hadData(prev) ? prev.kpis : null,
    });
  }
  return buildScorecards(inputs, weights, targets);
}
