// GET /v1/forecasts/service-demand and /v1/forecasts/parts-demand, and
// POST /v1/forecasts/parts-demand/emissions to publish next month's forecast demand now.
import { Router } from 'express';
import { canAccessCentre, identityOf, NotFound, route } from '@aftersales/service-kit';
import {
  emitForecastDemand,
  partsDemandForecasts,
  serviceDemandForecasts,
  type SeriesForecast,
} from '../application/forecasts';
import { startOfDate } from '../domain/periods';
import { CENTRE_NOT_FOUND } from './access';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { partsDemandQuery, serviceDemandQuery } from './schemas';
import {
  DemandEmissionView,
  demandEmissionView,
  PartsDemandForecastsView,
  partsDemandForecastsView,
  ServiceDemandForecastsView,
  serviceDemandForecastsView,
} from './views';

/** `asOf` is a local date of the reporting time zone: its local midnight. */
const asOfDate = (asOf: string | undefined, now: Date, timeZone: string) =>
  asOf ? startOfDate(asOf, timeZone) : now;

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
    route(
      { query: serviceDemandQuery },
      async ({ query }, req, res) => {
        const identity = identityOf(req);
        if (query.centreId && !canAccessCentre(identity, query.centreId))
          throw new NotFound(CENTRE_NOT_FOUND);
        const items = (
          await serviceDemandForecasts(deps.prisma, identity.tenantId, {
            asOf: asOfDate(query.asOf, nowOf(deps), deps.settings.timeZone),
            timeZone: deps.settings.timeZone,
            horizon: query.horizon,
            seasonWeeks: deps.settings.serviceDemand.seasonWeeks,
            historyWeeks: deps.settings.serviceDemand.historyWeeks,
            centreIds: query.centreId ? [query.centreId] : null,
          })
        ).filter((f) => canAccessCentre(identity, f.centreId));
        if (query.centreId && items.length === 0) throw new NotFound(CENTRE_NOT_FOUND);
        return respond(req, res, serviceDemandForecastsView(items), () => ({
          filename: 'service-demand-forecast.csv',
          header: ['centreId', 'regionId', ...SERIES_HEADER],
          rows: items.flatMap((f) => csvRows([f.centreId, f.regionId], f)),
        }));
      },
      {
        summary:
          'Weekly service demand of the centres the caller sees: history and seasonal forecast (CSV with Accept: text/csv)',
        roles: ['analyst', 'service-advisor'],
        response: ServiceDemandForecastsView,
        problems: [],
      },
    ),
  );

  r.get(
    '/v1/forecasts/parts-demand',
    route(
      { query: partsDemandQuery },
      async ({ query }, req, res) => {
        const identity = identityOf(req);
        const items = await partsDemandForecasts(deps.prisma, identity.tenantId, {
          asOf: asOfDate(query.asOf, nowOf(deps), deps.settings.timeZone),
          timeZone: deps.settings.timeZone,
          horizon: query.horizon,
          seasonMonths: deps.settings.partsDemand.seasonMonths,
          historyMonths: deps.settings.partsDemand.historyMonths,
          partId: query.partId,
          locationId: query.locationId,
        });
        return respond(req, res, partsDemandForecastsView(items), () => ({
          filename: 'parts-demand-forecast.csv',
          header: ['partId', 'locationId', ...SERIES_HEADER],
          rows: items.flatMap((f) => csvRows([f.partId, f.locationId], f)),
        }));
      },
      {
        summary:
          'Monthly parts demand per part and stock location: history and seasonal forecast (CSV with Accept: text/csv)',
        roles: ['analyst', 'parts-clerk', 'procurement-officer'],
        response: PartsDemandForecastsView,
        problems: [],
      },
    ),
  );

  r.post(
    '/v1/forecasts/parts-demand/emissions',
    route(
      {},
      async (_input, req) => {
        // heldBack: parts whose catalogue entry has not arrived yet (published once it has).
        const result = await emitForecastDemand(deps.prisma, identityOf(req).tenantId, {
          now: nowOf(deps),
          timeZone: deps.settings.timeZone,
          seasonMonths: deps.settings.partsDemand.seasonMonths,
          historyMonths: deps.settings.partsDemand.historyMonths,
        });
        if (result.emitted > 0) deps.onEvents?.();
        return demandEmissionView(result);
      },
      {
        summary:
          "Publish next month's forecast parts demand (parts.demand) now, instead of at the next sweep",
        roles: ['analyst'],
        response: DemandEmissionView,
        // It creates no resource: 200 with what was published (the document's default for a POST is 201).
        status: 200,
        problems: [],
      },
    ),
  );
  return r;
}
