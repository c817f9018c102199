// Demand forecasts from the read models: weekly service demand (orders received) per centre and
// monthly parts demand (quantities requested by repair orders) per part and stock location.
// Forecast parts demand for the next month is published as parts.demand (reason forecast), named
// by the catalogue parts-procurement publishes (part number, unit). A part whose catalogue entry
// has not arrived yet is held back, never sent with a made-up number: it has no log row, so the
// next emission (sweep or API) after the entry arrives publishes it. Weeks and months are those of
// the reporting time zone (periods.ts).
import { createHash } from 'node:crypto';
import { createEvent, type EventData } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { type PrismaClient } from '../db/client';
import { forecast, type Forecast } from '../domain/forecast';
import {
  addDays,
  addMonths,
  bucketCounts,
  isoDate,
  monthStart,
  periodDays,
  startOfDate,
  weekStart,
} from '../domain/periods';
import { PRODUCER } from './outcomes';

export interface SeriesForecast {
  history: { periodStart: string; value: number }[];
  forecast: Omit<Forecast, 'points'> & { points: (Forecast['points'][number] & { periodStart: string })[] };
}

export interface ServiceDemandForecast extends SeriesForecast {
  centreId: string;
  regionId: string;
}

export async function serviceDemandForecasts(
  prisma: PrismaClient,
  tenantId: string,
  opts: {
    asOf: Date;
    timeZone: string;
    horizon: number;
    seasonWeeks: number;
    historyWeeks: number;
    centreIds: string[] | null;
  },
): Promise<ServiceDemandForecast[]> {
  const tz = opts.timeZone;
  const end = weekStart(opts.asOf, tz); // the current, incomplete week is not history
  const start = addDays(end, -7 * opts.historyWeeks, tz);
  const centres = await prisma.centreDirectory.findMany({
    where: { tenantId, ...(opts.centreIds ? { centreId: { in: opts.centreIds } } : {}) },
    orderBy: { centreId: 'asc' },
  });
  const result: ServiceDemandForecast[] = [];
  for (const c of centres) {
    const opened = await prisma.orderView.findMany({
      where: { tenantId, centreId: c.centreId, openedAt: { gte: start, lt: end } },
      select: { openedAt: true },
    });
    const times = opened.map((o) => ({ at: o.openedAt as Date }));
    result.push({
      centreId: c.centreId,
      regionId: c.regionId,
      ...series(times, start, end, (d) => addDays(d, 7, tz), opts),
    });
  }
  return result;
}

function series(
  times: { at: Date; quantity?: number }[],
  start: Date,
  end: Date,
  next: (d: Date) => Date,
  opts: { timeZone: string; horizon: number; seasonWeeks?: number; seasonMonths?: number },
): SeriesForecast {
  // History starts at the first bucket with demand, so a young centre is not forecast from zeros.
  const buckets = bucketCounts(times, start, end, next);
  const firstUsed = buckets.findIndex((b) => b.value > 0);
  const used = firstUsed < 0 ? [] : buckets.slice(firstUsed);
  const f = forecast(
    used.map((b) => b.value),
    opts.seasonWeeks ?? opts.seasonMonths ?? 12,
    opts.horizon,
  );
  let d = end;
  const points = f.points.map((p) => {
    const periodStart = isoDate(d, opts.timeZone);
    d = next(d);
    return { ...p, periodStart };
  });
  return {
    history: used.map((b) => ({ periodStart: isoDate(b.start, opts.timeZone), value: b.value })),
    forecast: { ...f, points },
  };
}

export interface PartsDemandForecast extends SeriesForecast {
  partId: string;
  locationId: string;
}

export async function partsDemandForecasts(
  prisma: PrismaClient,
  tenantId: string,
  opts: {
    asOf: Date;
    timeZone: string;
    horizon: number;
    seasonMonths: number;
    historyMonths: number;
    partId?: string;
    locationId?: string;
  },
): Promise<PartsDemandForecast[]> {
  const tz = opts.timeZone;
  const end = monthStart(opts.asOf, tz);
  const start = addMonths(end, -opts.historyMonths, tz);
  const facts = await prisma.eventFact.findMany({
    where: { tenantId, eventType: 'repair.parts.requested', occurredAt: { gte: start, lt: end } },
    select: { occurredAt: true, data: true },
  });
  const byKey = new Map<
    string,
    { partId: string; locationId: string; times: { at: Date; quantity: number }[] }
  >();
  for (const f of facts) {
    const d = f.data as { locationId: string; lines: { partId: string; quantity: number }[] };
    for (const line of d.lines) {
      if (opts.partId && line.partId !== opts.partId) continue;
      if (opts.locationId && d.locationId !== opts.locationId) continue;
      const key = `${line.partId}\u0000${d.locationId}`;
      const entry = byKey.get(key) ?? { partId: line.partId, locationId: d.locationId, times: [] };
      entry.times.push({ at: f.occurredAt, quantity: line.quantity });
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => a.partId.localeCompare(b.partId) || a.locationId.localeCompare(b.locationId))
    .map((e) => ({
      partId: e.partId,
      locationId: e.locationId,
      ...series(e.times, start, end, (d) => addMonths(d, 1, tz), {
        timeZone: tz,
        horizon: opts.horizon,
        seasonMonths: opts.seasonMonths,
      }),
    }));
}

/** Months of history (from the first month with demand) before forecast demand is published. */
export const MIN_MONTHS_FOR_DEMAND = 6;

/** Stable id of a forecast demand: the same part, location and month always get the same id. */
export const forecastDemandId = (tenantId: string, partId: string, locationId: string, periodStart: string) =>
  'forecast-' +
  createHash('sha256')
    .update([tenantId, partId, locationId, periodStart].join('\u0000'))
    .digest('hex')
    .slice(0, 40);

/**
 * Publishes next month's forecast demand per part and location, once per value: a demand already
 * sent with the same quantity is skipped; a changed one is re-sent under the same id. Parts not
 * yet in the catalogue are held back (counted in `heldBack`) until their entry arrives.
 */
export async function emitForecastDemand(
  prisma: PrismaClient,
  tenantId: string,
  opts: { now: Date; timeZone: string; seasonMonths: number; historyMonths: number },
): Promise<{ emitted: number; heldBack: number }> {
  // History ends with the last complete month, so step 1 is the current month and step 2 the next.
  const forecasts = await partsDemandForecasts(prisma, tenantId, { asOf: opts.now, horizon: 2, ...opts });
  const catalogue = new Map(
    (
      await prisma.partCatalogue.findMany({
        where: { tenantId, partId: { in: [...new Set(forecasts.map((f) => f.partId))] } },
      })
    ).map((p) => [p.partId, p]),
  );
  let emitted = 0;
  let heldBack = 0;
  for (const f of forecasts) {
    const point = f.forecast.points[1];
    // A part needs some history before its forecast is worth a procurement signal.
    if (!point || f.history.length < MIN_MONTHS_FOR_DEMAND) continue;
    const quantity = Math.ceil(point.value);
    if (quantity <= 0) continue;
    const part = catalogue.get(f.partId);
    if (!part) {
      heldBack++;
      continue;
    }
    // The month starts at local midnight (neededBy); the log keys it by its local date.
    const monthFrom = startOfDate(point.periodStart, opts.timeZone);
    const periodStart = new Date(`${point.periodStart}T00:00:00Z`);
    const periodEnd = periodDays(
      { from: monthFrom, to: addMonths(monthFrom, 1, opts.timeZone) },
      opts.timeZone,
    ).to;
    const demandId = forecastDemandId(tenantId, f.partId, f.locationId, point.periodStart);
    const sent = await prisma.$transaction(async (tx) => {
      const previous = await tx.forecastDemandLog.findUnique({
        where: { tenantId_demandId: { tenantId, demandId } },
      });
      if (previous && previous.quantity === quantity) return false;
      const event = createEvent('parts.demand', {
        producer: PRODUCER,
        tenantId,
        subject: f.partId,
        occurredAt: opts.now,
        data: {
          demandId,
          partId: f.partId,
          partNumber: part.partNumber,
          locationId: f.locationId,
          quantity,
          unitOfMeasure: part.unitOfMeasure as EventData<'parts.demand'>['unitOfMeasure'],
          neededBy: monthFrom.toISOString(),
          reason: 'forecast',
          repairOrderId: null,
          forecast: {
            periodStart: point.periodStart,
            periodEnd,
            lower: point.lower,
            upper: Math.max(point.upper, point.lower),
            method: f.forecast.method,
          },
        },
      });
      const row = { partId: f.partId, locationId: f.locationId, periodStart, quantity, emittedAt: opts.now };
      await tx.forecastDemandLog.upsert({
        where: { tenantId_demandId: { tenantId, demandId } },
        create: { tenantId, demandId, ...row },
        update: row,
      });
      await enqueueEvents(tx, [event]);
      return true;
    });
    if (sent) emitted++;
  }
  return { emitted, heldBack };
}
