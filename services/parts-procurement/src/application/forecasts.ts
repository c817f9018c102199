// Analytics' forecast demand (parts.demand, reason forecast, on the public parts-demand stream),
// kept per part, location and period for the reorder points (analysis.ts). Analytics re-sends a
// changed forecast under the same demandId (stable per part, location and period), so the newest
// by occurredAt replaces an older one and an older one arriving late changes nothing. Other
// reasons (this service's own backorder and reorder demand) are not forecasts and are ignored, as
// is a forecast of a part this tenant's catalogue does not hold or of a location id that does not
// look like an id (it would become a balance row).
import { type EventData } from '@aftersales/contracts';
import { SAFE_ID_PATTERN } from '@aftersales/service-kit';
import { type Ctx } from './context';

export type PartsDemand = EventData<'parts.demand'>;

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** A forecast demand event is worth storing (before any transaction: the stream carries much else). */
export const isForecast = (d: PartsDemand) => d.reason === 'forecast' && d.forecast !== null;

/** Stores (or replaces, if newer) the forecast; returns whether the stored forecast changed. */
export async function recordForecast(ctx: Ctx, demand: PartsDemand, occurredAt: Date): Promise<boolean> {
  const f = demand.forecast;
  if (demand.reason !== 'forecast' || !f) return false;
  if (!isUuid(demand.partId) || !SAFE_ID_PATTERN.test(demand.locationId)) return false;
  const part = await ctx.tx.part.findFirst({
    where: { tenantId: ctx.tenantId, id: demand.partId },
    select: { id: true },
  });
  if (!part) return false;
  const changed = await ctx.tx.$executeRawUnsafe(
    `INSERT INTO part_demand_forecast AS f (tenant_id, part_id, location_id, period_start, period_end, demand_id,
            quantity, lower, upper, method, occurred_at, received_at)
     VALUES ($1, $2::uuid, $3, $4::date, $5::date, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (tenant_id, part_id, location_id, period_start) DO UPDATE
        SET period_end = EXCLUDED.period_end, demand_id = EXCLUDED.demand_id, quantity = EXCLUDED.quantity,
            lower = EXCLUDED.lower, upper = EXCLUDED.upper, method = EXCLUDED.method,
            occurred_at = EXCLUDED.occurred_at, received_at = EXCLUDED.received_at
      WHERE f.occurred_at <= EXCLUDED.occurred_at`,
    ctx.tenantId,
    demand.partId,
    demand.locationId,
    f.periodStart,
    f.periodEnd,
    demand.demandId,
    demand.quantity,
    f.lower,
    f.upper,
    f.method,
    occurredAt,
    ctx.now,
  );
  return changed > 0;
}
