// Quarterly supplier reviews (domain/rating-period.ts): a quarter's rating is computed from the
// supplier's reviews within it (inspections, returns, comebacks, feedback) and its current offers,
// like the running rating over a year; closing the quarter freezes that rating (one row per
// supplier and quarter) and grades the supplier by it. The running rating goes on.
import { randomUUID } from 'node:crypto';
import { conflictWith } from '../domain/errors';
import { assertQuarterOver, quarter, quarterBefore, quarterOf, type Quarter } from '../domain/rating-period';
import { RETURN_REASONS } from '../domain/supplier-return';
import { type Rating } from '../domain/supplier-score';
import { emitEvent, type Ctx } from './context';
import { ratingFromReviews, returnsOf } from './suppliers';

type Db = Pick<Ctx, 'tx' | 'tenantId'> & { now: Date };
type Review = Awaited<ReturnType<Ctx['tx']['supplierReview']['findMany']>>[number];

export interface PeriodCounts {
  receipts: number;
  lateDeliveries: number;
  /** Returns per reason (how many returns). */
  returns: Record<string, number>;
  returnedQuantity: number;
  comebacks: number;
  feedback: number;
}

/** current: the quarter is running; open: over, not reviewed yet; closed: its rating is frozen. */
export type PeriodStatus = 'current' | 'open' | 'closed';

function countsOf(reviews: readonly Review[]): PeriodCounts {
  const inspections = reviews.filter((r) => r.kind === 'inspection');
  const returns = returnsOf(reviews);
  return {
    receipts: inspections.length,
    lateDeliveries: inspections.filter((r) => r.onTime === false).length,
    returns: Object.fromEntries(
      RETURN_REASONS.map((reason) => [reason, returns.filter((r) => r.reason === reason).length]),
    ),
    returnedQuantity: returns.reduce((a, r) => a + r.quantity, 0),
    comebacks: returns.filter((r) => r.reason === 'comeback').length,
    feedback: reviews.filter((r) => r.kind === 'feedback').length,
  };
}

async function computed(ctx: Db, supplierId: string, q: Quarter) {
  const reviews = await ctx.tx.supplierReview.findMany({
    where: { tenantId: ctx.tenantId, supplierId, createdAt: { gte: q.start, lt: q.end } },
  });
  return { rating: await ratingFromReviews(ctx, supplierId, reviews), counts: countsOf(reviews) };
}

const view = (
  supplierId: string,
  q: Quarter,
  timeZone: string,
  status: PeriodStatus,
  r: { scores: Rating['scores']; overall: number; grade: string; counts: PeriodCounts },
  closed: { previousGrade: string; closedBy: string; closedAt: Date } | null,
) => ({
  supplierId,
  period: q.period,
  periodStart: q.firstDay,
  periodEnd: q.lastDay,
  timeZone,
  status,
  scores: r.scores,
  overall: r.overall,
  grade: r.grade,
  counts: r.counts,
  previousGrade: closed?.previousGrade ?? null,
  closedBy: closed?.closedBy ?? null,
  closedAt: closed?.closedAt.toISOString() ?? null,
});

export type QuarterRating = ReturnType<typeof view>;

/** A quarter's rating: frozen if closed, else computed now. null when the supplier is unknown. */
export async function quarterRating(ctx: Db, supplierId: string, period: string, timeZone: string) {
  const supplier = await ctx.tx.supplier.findFirst({ where: { id: supplierId, tenantId: ctx.tenantId } });
  if (!supplier) return null;
  return ratingOf(ctx, supplierId, quarter(period, timeZone), timeZone);
}

async function ratingOf(ctx: Db, supplierId: string, q: Quarter, timeZone: string): Promise<QuarterRating> {
  const closed = await ctx.tx.supplierRatingReview.findUnique({
    where: { tenantId_supplierId_period: { tenantId: ctx.tenantId, supplierId, period: q.period } },
  });
  if (closed)
    return view(
      supplierId,
      q,
      closed.timeZone,
      'closed',
      {
        scores: closed.scores as Rating['scores'],
        overall: closed.overall,
        grade: closed.grade,
        counts: closed.counts as unknown as PeriodCounts,
      },
      closed,
    );
  const { rating, counts } = await computed(ctx, supplierId, q);
  return view(supplierId, q, timeZone, ctx.now < q.end ? 'current' : 'open', { ...rating, counts }, null);
}

/** The current quarter and the `count - 1` before it, newest first. */
export async function recentQuarterRatings(ctx: Db, supplierId: string, count: number, timeZone: string) {
  const supplier = await ctx.tx.supplier.findFirst({ where: { id: supplierId, tenantId: ctx.tenantId } });
  if (!supplier) return null;
  const current = quarterOf(ctx.now, timeZone);
  const items: QuarterRating[] = [];
  for (let n = 0; n < count; n++)
    items.push(await ratingOf(ctx, supplierId, quarter(quarterBefore(current, n), timeZone), timeZone));
  return items;
}

/**
 * Closes a quarter that is over: its rating is stored (409 `period-closed` if it already was)
 * and becomes the supplier's grade; supplier.rated announces it with the period.
 */
export async function closeQuarter(ctx: Ctx, supplierId: string, period: string, timeZone: string) {
  // The supplier row is the lock: two closes of one supplier serialise, the second sees the first.
  const locked = await ctx.tx.$queryRawUnsafe<{ grade: string }[]>(
    `SELECT grade FROM supplier WHERE id = $1::uuid AND tenant_id = $2 FOR UPDATE`,
    supplierId,
    ctx.tenantId,
  );
  if (!locked.length) return null;
  const q = quarter(period, timeZone);
  const existing = await ctx.tx.supplierRatingReview.findUnique({
    where: { tenantId_supplierId_period: { tenantId: ctx.tenantId, supplierId, period: q.period } },
  });
  if (existing)
    throw conflictWith('period-closed', `Quarter ${q.period} of this supplier was already reviewed.`, {
      period: q.period,
      closedAt: existing.closedAt.toISOString(),
      closedBy: existing.closedBy,
    });
  assertQuarterOver(q, ctx.now);
  const { rating, counts } = await computed(ctx, supplierId, q);
  const previousGrade = locked[0]!.grade;
  const row = await ctx.tx.supplierRatingReview.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      supplierId,
      period: q.period,
      periodStart: q.start,
      periodEnd: q.end,
      timeZone,
      scores: rating.scores,
      overall: rating.overall,
      grade: rating.grade,
      previousGrade,
      counts: counts as object,
      closedBy: ctx.actor,
      closedAt: ctx.now,
    },
  });
  await ctx.tx.supplier.update({
    where: { id: supplierId },
    data: { grade: rating.grade, version: { increment: 1 } },
  });
  emitEvent(ctx, 'supplier.rated', supplierId, {
    supplierId,
    periodStart: q.firstDay,
    periodEnd: q.lastDay,
    scores: rating.scores,
    overall: rating.overall,
    grade: rating.grade,
    receipts: rating.receipts,
    period: q.period,
    gradeInForce: rating.grade,
  });
  return view(supplierId, q, timeZone, 'closed', { ...rating, counts }, row);
}
