// Reorder points and ABC classes, recomputed from the ledger and reservation history.
import { classifyAbc } from '../domain/abc';
import { computeReorderPoint, type AbcClassName } from '../domain/reorder';
import { isWholeUnit, type UnitOfMeasure } from '../domain/quantity';
import { num, type Ctx } from './context';
import { leadTimeDaysOf } from './demand';
import { emitPartUpdated } from './catalogue';
import { loadParts } from './reservations';
import { lockBalance } from './stock';

const DAY = 86_400_000;

/** Demand per day = quantities requested by repair orders for the part at the location (backorders included). */
export async function recomputeReorderPoint(ctx: Ctx, partId: string, locationId: string, windowDays = 90) {
  const part = (await loadParts(ctx, [partId])).get(partId)!;
  const from = new Date(ctx.now.getTime() - windowDays * DAY);
  const rows = await ctx.tx.$queryRawUnsafe<{ day: number; qty: string }[]>(
    `SELECT floor(extract(epoch FROM ($4::timestamptz - r.created_at)) / 86400)::int AS day, sum(l.requested)::text AS qty
       FROM reservation_line l JOIN reservation r ON r.id = l.reservation_id
      WHERE r.tenant_id = $1 AND l.part_id = $2::uuid AND r.location_id = $3 AND r.created_at > $5
      GROUP BY 1`,
    ctx.tenantId,
    partId,
    locationId,
    ctx.now,
    from,
  );
  const daily = new Array<number>(windowDays).fill(0);
  for (const r of rows)
    if (r.day >= 0 && r.day < windowDays)
      daily[windowDays - 1 - r.day] = (daily[windowDays - 1 - r.day] ?? 0) + num(r.qty);
  const leadTimeDays = (await leadTimeDaysOf(ctx, partId)) ?? 7;
  const rp = computeReorderPoint({
    dailyDemand: daily,
    leadTimeDays,
    abcClass: part.abcClass as AbcClassName,
    seasonality: Array.isArray(part.seasonality) ? (part.seasonality as number[]) : undefined,
    asOf: ctx.now,
    wholeUnits: isWholeUnit(part.unitOfMeasure as UnitOfMeasure),
  });
  return setReorderPoint(ctx, partId, locationId, rp.reorderPoint, rp.safetyStock, rp.orderUpTo, {
    ...rp,
    leadTimeDays,
    windowDays,
  });
}

export async function setReorderPoint(
  ctx: Ctx,
  partId: string,
  locationId: string,
  reorderPoint: number,
  safetyStock: number,
  orderUpTo: number,
  basis: object | null = null,
) {
  await loadParts(ctx, [partId]);
  await lockBalance(ctx, partId, locationId);
  await ctx.tx.stockBalance.update({
    where: { tenantId_partId_locationId: { tenantId: ctx.tenantId, partId, locationId } },
    data: { reorderPoint, safetyStock, orderUpTo: Math.max(orderUpTo, reorderPoint) },
  });
  return {
    partId,
    locationId,
    reorderPoint,
    safetyStock,
    orderUpTo: Math.max(orderUpTo, reorderPoint),
    basis,
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
