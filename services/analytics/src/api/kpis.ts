// GET /v1/kpis?scope=centre|region|tenant&id=&from=&to=[&granularity=day|week|month] : every KPI of
// the scope and period, and with a granularity the series of each day, week or month in it.
// Any role may ask; the scope decides what it sees (access.ts).
import { Router } from 'express';
import { identityOf, ROLES, route } from '@aftersales/service-kit';
import { kpiSeriesOf, kpisOf } from '../application/kpi-query';
import { KPI_NAMES, type KpiReport } from '../domain/kpis';
import { assertScopeAccess } from './access';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { kpiQuery, periodOf } from './schemas';
import { KpiReportView, kpiReportView } from './views';

type Row = (string | number | null | undefined)[];

/** CSV rows of one period: counts and KPIs (and, for the whole period, the breakdowns). */
function csvRows(prefix: Row, r: Pick<KpiReport, 'counts' | 'kpis'> & Partial<KpiReport>): Row[] {
  return [
    ...Object.entries(r.counts).map(([k, v]) => [...prefix, 'count', k, v, null, null]),
    ...KPI_NAMES.map((k) => [...prefix, 'kpi', k, r.kpis[k], null, null]),
    ...(r.stageDurations ?? []).map((s) => [
      ...prefix,
      'stage-seconds',
      s.stage,
      s.meanSeconds,
      s.samples,
      s.meanStandardSeconds,
    ]),
    ...(r.complaintsByCategory ?? []).map((c) => [
      ...prefix,
      'complaint-rate',
      c.category,
      c.rate,
      c.complaints,
      null,
    ]),
  ];
}

export function kpisRouter(deps: ApiDeps): Router {
  const r = Router();
  r.get(
    '/v1/kpis',
    route(
      { query: kpiQuery },
      async ({ query }, req, res) => {
        const identity = identityOf(req);
        await assertScopeAccess(deps.prisma, identity, query.scope, query.id);
        const now = nowOf(deps);
        const period = periodOf(query, now, deps.settings.timeZone);
        const ref = { tenantId: identity.tenantId, scope: query.scope, id: query.id };
        const report = await kpisOf(deps.prisma, ref, period, now);
        const series = query.granularity
          ? await kpiSeriesOf(deps.prisma, ref, period, query.granularity, deps.settings.timeZone, now)
          : undefined;
        // Validation requires an id for the centre and region scopes.
        const id = query.scope === 'tenant' || !query.id ? identity.tenantId : query.id;
        const body = kpiReportView(
          { scope: query.scope, id, period },
          report,
          query.granularity && series ? { granularity: query.granularity, points: series } : undefined,
          deps.settings.timeZone,
        );
        return respond(req, res, body, () => ({
          filename: `kpis-${body.scope}-${body.id}-${body.from}-${body.to}.csv`,
          header: ['scope', 'id', 'from', 'to', 'kind', 'name', 'value', 'samples', 'standard'],
          rows: [
            ...csvRows([body.scope, body.id, body.from, body.to], report),
            ...(series ?? []).flatMap((b) => csvRows([body.scope, body.id, b.from, b.to], b)),
          ],
        }));
      },
      {
        summary:
          'KPIs of a centre, region or tenant over a period, optionally per day, week or month (CSV with Accept: text/csv)',
        roles: ROLES,
        response: KpiReportView,
        problems: [],
      },
    ),
  );
  return r;
}
