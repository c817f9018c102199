// Supplier ratings: recomputed from the last year's inspections at receipt, on-time deliveries,
// customer feedback on parts and the supplier's offers against the others; emits supplier.rated.
import { rateSupplier } from '../domain/supplier-score';
import { emitEvent, num, type Ctx } from './context';
import { settingsOf } from './settings';

const YEAR = 365 * 86_400_000;

export async function rerateSupplier(ctx: Ctx, supplierId: string) {
  const from = new Date(ctx.now.getTime() - YEAR);
  const reviews = await ctx.tx.supplierReview.findMany({
    where: { tenantId: ctx.tenantId, supplierId, createdAt: { gte: from } },
  });
  const offers = await ctx.tx.supplierPart.findMany({ where: { tenantId: ctx.tenantId, supplierId } });
  const rivals = await ctx.tx.supplierPart.findMany({
    where: { tenantId: ctx.tenantId, partId: { in: offers.map((o) => o.partId) } },
  });
  const best = (partId: string, pick: (o: (typeof rivals)[number]) => number) =>
    Math.min(...rivals.filter((r) => r.partId === partId).map(pick));
  const settings = await settingsOf(ctx.tx, ctx.tenantId);
  const rating = rateSupplier({
    receipts: reviews
      .filter((r) => r.kind === 'inspection')
      .map((r) => ({ received: num(r.received), accepted: num(r.accepted), onTime: r.onTime ?? false })),
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
  await ctx.tx.supplier.update({
    where: { id: supplierId },
    data: {
      qualityScore: rating.scores.quality,
      onTimeRate: rating.scores.onTime / 100,
      overallScore: rating.overall,
      grade: rating.grade,
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
  });
  return rating;
}
