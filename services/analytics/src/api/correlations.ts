// GET /v1/correlations?scope=&id=&from=&to= : per-order correlations with sample sizes.
import { Router } from 'express';
import { route } from '@aftersales/service-kit';
import { correlationsOf } from '../application/correlations';
import { isoDate } from '../domain/periods';
import { assertScopeAccess } from './access';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { identityOf, requireRole } from './identity';
import { correlationQuery, periodOf } from './schemas';

export function correlationsRouter(deps: ApiDeps): Router {
  const r = Router();
  r.get(
    '/v1/correlations',
    requireRole('analyst'),
    route({ query: correlationQuery }, async ({ query }, req, res) => {
      const identity = identityOf(req);
      await assertScopeAccess(deps.prisma, identity, query.scope, query.id);
      const period = periodOf(query, nowOf(deps));
      const items = await correlationsOf(
        deps.prisma,
        { tenantId: identity.tenantId, scope: query.scope, id: query.id },
        period,
        deps.settings.correlationMinSamples,
      );
      const from = isoDate(period.from);
      const to = isoDate(new Date(period.to.getTime() - 86_400_000));
      const body = { scope: query.scope, id: query.id ?? identity.tenantId, from, to, items };
      return respond(req, res, body, () => ({
        filename: `correlations-${from}-${to}.csv`,
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
    }),
  );
  return r;
}
