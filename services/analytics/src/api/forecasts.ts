// GET /v1/forecasts/service-demand and /v1/forecasts/parts-demand, and
// POST /v1/forecasts/parts-demand/emissions to publish next month's forecast demand now.
import { Router } from 'express';
import { route } from '@aftersales/service-kit';
import {
  emitForecastDemand,
  partsDemandForecasts,
  serviceDemandForecasts,
  type SeriesForecast,
} from '../application/forecasts';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { canAccessCentre, identityOf, requireRole } from './identity';
import { partsDemandQuery, serviceDemandQuery } from './schemas';
import { notFound } from '@aftersales/service-kit';

const asOfDate = (asOf: string | undefined, now: Date) => (asOf ? new Date(`${asOf}T00:00:00Z`) : now);

const csvRows = (key: readonly (string | null)[], s: SeriesForecast) => [
  ...s.history.map((h) => [
    ...key,
    'actual',
    h.periodStart,
    h.value,
    null,
    null,
    s.forecast.method,
    s.forecast.mape,
  ]),
  ...s.forecast.points.map((p) => [
    ...key,
    'forecast',
    p.periodStart,
    p.value,
    p.lower,
    p.upper,
    s.forecast.method,
    s.forecast.mape,
  ]),
];
const SERIES_HEADER = ['kind', 'periodStart', 'value', 'lower', 'upper', 'method', 'mape'];

export function forecastsRouter(deps: ApiDeps): Router {
  const r = Router();

  r.get(
    '/v1/forecasts/service-demand',
    requireRole('analyst', 'service-advisor'),
    route({ query: serviceDemandQuery }, async ({ query }, req, res) => {
      const identity = identityOf(req);
      if (query.centreId && !canAccessCentre(identity, query.centreId))
        throw notFound('Service centre not found.');
      const items = (
        await serviceDemandForecasts(deps.prisma, identity.tenantId, {
          asOf: asOfDate(query.asOf, nowOf(deps)),
          horizon: query.horizon,
          seasonWeeks: deps.settings.serviceDemand.seasonWeeks,
          historyWeeks: deps.settings.serviceDemand.historyWeeks,
          centreIds: query.centreId ? [query.centreId] : null,
        })
      ).filter((f) => canAccessCentre(identity, f.centreId));
      if (query.centreId && items.length === 0) throw notFound('Service centre not found.');
      return respond(req, res, { granularity: 'week', items }, () => ({
        filename: 'service-demand-forecast.csv',
        header: ['centreId', 'regionId', ...SERIES_HEADER],
        rows: items.flatMap((f) => csvRows([f.centreId, f.regionId], f)),
      }));
    }),
  );

  r.get(
    '/v1/forecasts/parts-demand',
    requireRole('analyst', 'parts-clerk', 'procurement-officer'),
    route({ query: partsDemandQuery }, async ({ query }, req, res) => {
      const identity = identityOf(req);
      const items = await partsDemandForecasts(deps.prisma, identity.tenantId, {
        asOf: asOfDate(query.asOf, nowOf(deps)),
        horizon: query.horizon,
        seasonMonths: deps.settings.partsDemand.seasonMonths,
        historyMonths: deps.settings.partsDemand.historyMonths,
        partId: query.partId,
        locationId: query.locationId,
      });
      return respond(req, res, { granularity: 'month', items }, () => ({
        filename: 'parts-demand-forecast.csv',
        header: ['partId', 'locationId', ...SERIES_HEADER],
        rows: items.flatMap((f) => csvRows([f.partId, f.locationId], f)),
      }));
    }),
  );

  r.post(
    '/v1/forecasts/parts-demand/emissions',
    requireRole('analyst'),
    route({}, async (_input, req) => {
      // heldBack: parts whose catalogue entry has not arrived yet (published once it has).
      const { emitted, heldBack } = await emitForecastDemand(deps.prisma, identityOf(req).tenantId, {
        now: nowOf(deps),
        seasonMonths: deps.settings.partsDemand.seasonMonths,
        historyMonths: deps.settings.partsDemand.historyMonths,
      });
      if (emitted > 0) deps.onEvents?.();
      return { emitted, heldBack };
    }),
  );
  return r;
}
