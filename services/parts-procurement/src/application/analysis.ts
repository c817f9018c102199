// Reorder points (from forecasts and reservation history) and ABC classes (from the ledger).
import { classifyAbc } from '../domain/abc';
import { dailyDemandSeries } from '../domain/demand-history';
import { computeReorderPoint, reorderPointRoseAbove, type AbcClassName } from '../domain/reorder';
import { isWholeUnit, type UnitOfMeasure } from '../domain/quantity';
import { type Prisma } from '../db/client';
import { num, type Ctx } from './context';
import { chosenSupplierOf, DEFAULT_LEAD_TIME_DAYS, signalReorder } from './demand';
import { emitPartUpdated } from './catalogue';
import { loadParts } from './reservations';
import { availableOf, lockBalance } from './stock';

const DAY = 86_400_000;

/** A reorder point set by hand (POST /reorder-points `manual`): the scheduled recompute keeps it. */
export const MANUAL_BASIS = { method: 'manual' } as const;

/**
 * Computes the part's reorder point at the location (domain/reorder.ts): demand over the lead time
 * of the supplier that would be chosen, from analytics' forecast where one covers the lead-time
 * days and otherwise from what repair orders finally needed over the window (domain/demand-history.ts)
 * times the part's seasonality. The basis (supplier, lead time, forecasts or history) is stored on
 * the balance with the time it was computed.
 */
export async function recomputeReorderPoint(ctx: Ctx, partId: string, locationId: string, windowDays = 90) {
  const part = (await loadParts(ctx, [partId])).get(partId)!;
  const supplier = await chosenSupplierOf(ctx, partId);
  const leadTimeDays = supplier?.leadTimeDays ?? DEFAULT_LEAD_TIME_DAYS;
  const forecasts = await forecastsOverLeadTime(ctx, partId, locationId, leadTimeDays);
  const rp = computeReorderPoint({
    dailyDemand: await dailyDemandOf(ctx, partId, locationId, windowDays),
    leadTimeDays,
    abcClass: part.abcClass as AbcClassName,
    seasonality: Array.isArray(part.seasonality) ? (part.seasonality as number[]) : undefined,
    asOf: ctx.now,
    wholeUnits: isWholeUnit(part.unitOfMeasure as UnitOfMeasure),
    forecasts: forecasts.map((f) => ({
      periodStart: f.periodStart,
      periodEnd: f.periodEnd,
      quantity: num(f.quantity),
      lower: num(f.lower),
      upper: num(f.upper),
    })),
  });
  return setReorderPoint(ctx, partId, locationId, rp.reorderPoint, rp.safetyStock, rp.orderUpTo, {
    method: 'computed',
    ...rp,
    supplierId: supplier?.supplierId ?? null,
    leadTimeDays,
    leadTimeSource: supplier ? 'chosen-supplier' : 'default',
    windowDays,
    forecasts: forecasts.map((f) => ({
      demandId: f.demandId,
      periodStart: isoDate(f.periodStart),
      periodEnd: isoDate(f.periodEnd),
      quantity: num(f.quantity),
      lower: num(f.lower),
      upper: num(f.upper),
      method: f.method,
    })),
  });
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The stored forecasts whose periods overlap the lead-time days starting today. */
function forecastsOverLeadTime(ctx: Ctx, partId: string, locationId: string, leadTimeDays: number) {
  const first = new Date(Math.floor(ctx.now.getTime() / DAY) * DAY);
  const last = new Date(first.getTime() + (Math.max(1, Math.ceil(leadTimeDays)) - 1) * DAY);
  return ctx.tx.partDemandForecast.findMany({
    where: {
      tenantId: ctx.tenantId,
      partId,
      locationId,
      periodStart: { lte: last },
      periodEnd: { gte: first },
    },
    orderBy: { periodStart: 'asc' },
  });
}

/** Daily demand over the window: each reservation line's final need (domain/demand-history.ts). */
async function dailyDemandOf(ctx: Ctx, partId: string, locationId: string, windowDays: number) {
  const from = new Date(ctx.now.getTime() - windowDays * DAY);
  const rows = await ctx.tx.$queryRawUnsafe<
    { requested_at: Date; reserved: string; released: string; open_backorder: string }[]
  >(
    `SELECT r.created_at AS requested_at, l.reserved::text, l.released::text,
            coalesce((SELECT sum(b.quantity - b.fulfilled) FROM backorder b
                       WHERE b.reservation_line_id = l.id AND b.status = 'open'), 0)::text AS open_backorder
       FROM reservation_line l JOIN reservation r ON r.id = l.reservation_id
      WHERE r.tenant_id = $1 AND l.part_id = $2::uuid AND r.location_id = $3 AND r.created_at > $4
        AND r.created_at <= $5`,
    ctx.tenantId,
    partId,
    locationId,
    from,
    ctx.now,
  );
  return dailyDemandSeries(
    rows.map((r) => ({
      requestedAt: r.requested_at,
      reserved: num(r.reserved),
      released: num(r.released),
      openBackorder: num(r.open_backorder),
    })),
    ctx.now,
    windowDays,
  );
}

/**
 * Stores a reorder point with its basis (default: set by hand) and the time. When the new point
 * puts available below it (it was at or above the old one: an edge, domain/reorder.ts), the
 * stock-low signal and reorder requisition go out as for a movement crossing it; recomputing the
 * same point again signals nothing.
 */
export async function setReorderPoint(
  ctx: Ctx,
  partId: string,
  locationId: string,
  reorderPoint: number,
  safetyStock: number,
  orderUpTo: number,
  basis: Record<string, unknown> = MANUAL_BASIS,
) {
  const part = (await loadParts(ctx, [partId])).get(partId)!;
  const before = await lockBalance(ctx, partId, locationId);
  const upTo = Math.max(orderUpTo, reorderPoint);
  await ctx.tx.stockBalance.update({
    where: { tenantId_partId_locationId: { tenantId: ctx.tenantId, partId, locationId } },
    data: {
      reorderPoint,
      safetyStock,
      orderUpTo: upTo,
      reorderBasis: basis as Prisma.InputJsonObject,
      reorderComputedAt: ctx.now,
    },
  });
  if (reorderPointRoseAbove(availableOf(before), before.reorderPoint, reorderPoint))
    await signalReorder(ctx, part, { ...before, reorderPoint, safetyStock, orderUpTo: upTo });
  return {
    partId,
    locationId,
    reorderPoint,
    safetyStock,
    orderUpTo: upTo,
    basis,
    computedAt: ctx.now.toISOString(),
  };
}

/** Consumption value over the last year = issued quantity x lot cost, per part; then ABC classes. */
export async function recomputeAbc(ctx: Ctx, days = 365) {
  const from = new Date(ctx.now.getTime() - days * DAY);
  const values = await ctx.tx.$queryRawUnsafe<{ part_id: string; value: string }[]>(
    `SELECT part_id, sum(quantity * coalesce(unit_cost_minor, 0))::text AS value FROM stock_movement
      WHERE tenant_id = $1 AND kind = 'ISSUE' AND created_at > $2 GROUP BY part_id`,
    ctx.tenantId,
    from,
  );
  const parts = await ctx.tx.part.findMany({ where: { tenantId: ctx.tenantId } });
  const byPart = new Map(values.map((v) => [v.part_id, num(v.value)]));
  const classes = classifyAbc(parts.map((p) => ({ partId: p.id, value: byPart.get(p.id) ?? 0 })));
  let changed = 0;
  for (const p of parts) {
    const c = classes.get(p.id)!;
    if (c !== p.abcClass) {
      const part = await ctx.tx.part.update({
        where: { id: p.id },
        data: { abcClass: c, version: { increment: 1 } },
      });
      emitPartUpdated(ctx, part); // the ABC class is part of the catalogue entry
      changed++;
    }
  }
  return { classes: Object.fromEntries(classes), changed, consumptionValueMinor: Object.fromEntries(byPart) };
}
