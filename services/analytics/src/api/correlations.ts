// GET /v1/correlations?scope=&id=&from=&to= : per-order correlations with sample sizes.
import { Router } from 'express';
import { identityOf, route } from '@aftersales/service-kit';
import { correlationsOf } from '../application/correlations';
import { assertScopeAccess } from './access';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { correlationQuery, periodOf } from './schemas';
import { CorrelationsView, correlationsView } from './views';

export function correlationsRouter(deps: ApiDeps): Router {
  const r = Router();
  r.get(
    '/v1/correlations',
    route(
      { query: correlationQuery },
      async ({ query }, req, res) => {
        const identity = identityOf(req);
        await assertScopeAccess(deps.prisma, identity, query.scope, query.id);
        const period = periodOf(query, nowOf(deps), deps.settings.timeZone);
        const items = await correlationsOf(
          deps.prisma,
          { tenantId: identity.tenantId, scope: query.scope, id: query.id },
          period,
          deps.settings.correlationMinSamples,
        );
        const body = correlationsView(
          { scope: query.scope, id: query.id ?? identity.tenantId, period },
          items,
          deps.settings.timeZone,
        );
        return respond(req, res, body, () => ({
          filename: `correlations-${body.from}-${body.to}.csv`,
          header: ['name', 'x', 'y', 'status', 'n', 'pearson', 'spearman', 'strength', 'reason'],
          rows: items.map((c) => [
            c.name,
            c.x,
            c.y,
            c.result.status,
            c.result.n,
            c.result.status === 'ok' ? c.result.pearson : null,
            c.result.status === 'ok' ? c.result.spearman : null,
            c.result.status === 'ok' ? c.result.strength : null,
            c.result.status === 'ok' ? null : c.result.reason,
          ]),
        }));
      },
      {
        summary:
          'Correlations of per-order measures (satisfaction, NPS, waiting time, rework, complaints) in a scope and period (CSV with Accept: text/csv)',
        roles: ['analyst'],
        response: CorrelationsView,
        problems: [],
      },
    ),
  );
  return r;
}
