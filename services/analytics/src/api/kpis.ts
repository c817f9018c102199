// GET /v1/kpis?scope=centre|region|tenant&id=&from=&to=[&granularity=day|week|month] : every KPI of
// the scope and period, and with a granularity the series of each day, week or month in it.
import { Router } from 'express';
import { route } from '@aftersales/service-kit';
import { kpiSeriesOf, kpisOf } from '../application/kpi-query';
import { KPI_NAMES, type KpiReport } from '../domain/kpis';
import { isoDate } from '../domain/periods';
import { assertScopeAccess } from './access';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { identityOf } from './identity';
import { kpiQuery, periodOf } from './schemas';

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
    route({ query: kpiQuery }, async ({ query }, req, res) => {
      const identity = identityOf(req);
      await assertScopeAccess(deps.prisma, identity, query.scope, query.id);
      const now = nowOf(deps);
      const period = periodOf(query, now);
      const ref = { tenantId: identity.tenantId, scope: query.scope, id: query.id };
      const report = await kpisOf(deps.prisma, ref, period, now);
      const series = query.granularity
        ? await kpiSeriesOf(deps.prisma, ref, period, query.granularity, now)
        : undefined;
      const body = {
        scope: query.scope,
        id: query.scope === 'tenant' ? identity.tenantId : query.id,
        from: isoDate(period.from),
        to: isoDate(new Date(period.to.getTime() - 86_400_000)),
        ...report,
        ...(series ? { granularity: query.granularity, series } : {}),
      };
      return respond(req, res, body, () => ({
        filename: `kpis-${body.scope}-${body.id}-${body.from}-${body.to}.csv`,
        header: ['scope', 'id', 'from', 'to', 'kind', 'name', 'value', 'samples', 'standard'],
        rows: [
          ...csvRows([body.scope, body.id, body.from, body.to], report),
          ...(series ?? []).flatMap((b) => csvRows([body.scope, body.id, b.from, b.to], b)),
        ],
      }));
    }),
  );
  return r;
}
