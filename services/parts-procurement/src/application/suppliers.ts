// Supplier ratings: recomputed from the last year's inspections at receipt, on-time deliveries,
// returns to the supplier, customer feedback on parts and the supplier's offers against the
// others; emits supplier.rated. Quarterly reviews (supplier-ratings.ts) rate a quarter the same way.
import { rateSupplier, type RatingInput } from '../domain/supplier-score';
import { type ReturnReason, type ReturnSource } from '../domain/supplier-return';
import { emitEvent, num, type Ctx } from './context';
import { settingsOf } from './settings';

const YEAR = 365 * 86_400_000;

type Review = Awaited<ReturnType<Ctx['tx']['supplierReview']['findMany']>>[number];

/** The rating of a supplier from a set of its reviews and its current offers against the others'. */
export async function ratingFromReviews(
  ctx: Pick<Ctx, 'tx' | 'tenantId'>,
  supplierId: string,
  reviews: readonly Review[],
) {
  const offers = await ctx.tx.supplierPart.findMany({ where: { tenantId: ctx.tenantId, supplierId } });
  const rivals = await ctx.tx.supplierPart.findMany({
    where: { tenantId: ctx.tenantId, partId: { in: offers.map((o) => o.partId) } },
  });
  const best = (partId: string, pick: (o: (typeof rivals)[number]) => number) =>
    Math.min(...rivals.filter((r) => r.partId === partId).map(pick));
  const settings = await settingsOf(ctx.tx, ctx.tenantId);
  return rateSupplier({
    receipts: reviews
      .filter((r) => r.kind === 'inspection')
      .map((r) => ({ received: num(r.received), accepted: num(r.accepted), onTime: r.onTime ?? false })),
    returns: returnsOf(reviews),
    feedbackStars: reviews.filter((r) => r.kind === 'feedback' && r.stars !== null).map((r) => r.stars!),
    priceRatios: offers.map((o) =>
      o.unitPriceMinor === 0 ? 1 : best(o.partId, (r) => r.unitPriceMinor) / o.unitPriceMinor,
    ),
    leadTimeRatios: offers.map(
      (o) =>
        Math.max(
          1,
          best(o.partId, (r) => r.leadTimeDays),
        ) / Math.max(1, o.leadTimeDays),
    ),
    weights: settings.weights,
  });
}

/** Reviews of kind 'return' and 'comeback' (supplier-returns.ts) as the rating weighs them. */
export const returnsOf = (reviews: readonly Review[]): NonNullable<RatingInput['returns']> =>
  reviews
    .filter((r) => (r.kind === 'return' || r.kind === 'comeback') && r.reason && r.source)
    .map((r) => ({
      source: r.source as ReturnSource,
      reason: r.reason as ReturnReason,
      quantity: num(r.quantity),
    }));

/**
 * The running rating over the last year. Until a quarterly review has graded the supplier, the
 * grade follows it; after that only quarterly reviews change the grade (the scores go on moving).
 */
export async function rerateSupplier(ctx: Ctx, supplierId: string) {
  const from = new Date(ctx.now.getTime() - YEAR);
  const reviews = await ctx.tx.supplierReview.findMany({
    where: { tenantId: ctx.tenantId, supplierId, createdAt: { gte: from } },
  });
  const rating = await ratingFromReviews(ctx, supplierId, reviews);
  const reviewed = await ctx.tx.supplierRatingReview.count({ where: { tenantId: ctx.tenantId, supplierId } });
  const supplier = await ctx.tx.supplier.update({
    where: { id: supplierId },
    data: {
      qualityScore: rating.scores.quality,
      onTimeRate: rating.scores.onTime / 100,
      overallScore: rating.overall,
      ...(reviewed ? {} : { grade: rating.grade }),
      version: { increment: 1 },
    },
  });
  emitEvent(ctx, 'supplier.rated', supplierId, {
    supplierId,
    periodStart: from.toISOString().slice(0, 10),
    periodEnd: ctx.now.toISOString().slice(0, 10),
    scores: rating.scores,
    overall: rating.overall,
    grade: rating.grade,
    receipts: rating.receipts,
    gradeInForce: supplier.grade as typeof rating.grade,
  });
  return rating;
}
