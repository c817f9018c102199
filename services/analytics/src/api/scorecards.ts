// GET /v1/scorecards?quarter=2026-Q3 : the quarterly service-quality evaluation per centre.
import { Router } from 'express';
import { route } from '@aftersales/service-kit';
import { scorecardsOf } from '../application/scorecards';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { canAccessCentre, identityOf, requireRole } from './identity';
import { scorecardQuery } from './schemas';

export function scorecardsRouter(deps: ApiDeps): Router {
  const r = Router();
  r.get(
    '/v1/scorecards',
    requireRole('analyst'),
    route({ query: scorecardQuery }, async ({ query }, req, res) => {
      const identity = identityOf(req);
      const cards = (
        await scorecardsOf(
          deps.prisma,
          identity.tenantId,
          query.quarter,
          deps.settings.weights,
          deps.settings.targets,
          nowOf(deps),
        )
      ).filter((c) => canAccessCentre(identity, c.centreId));
      const body = { quarter: query.quarter, weights: deps.settings.weights, items: cards };
      return respond(req, res, body, () => ({
        filename: `scorecards-${query.quarter}.csv`,
        header: [
          'quarter',
          'regionId',
          'centreId',
          'score',
          'rankInRegion',
          'centresInRegion',
          'previousScore',
          'change',
          'worstIndicators',
          ...(cards[0]?.indicators.map((i) => `${i.indicator}Score`) ?? []),
        ],
        rows: cards.map((c) => [
          query.quarter,
          c.regionId,
          c.centreId,
          c.score,
          c.rankInRegion,
          c.centresInRegion,
          c.previousScore,
          c.change,
          c.worstIndicators.join(' '),
          ...c.indicators.map((i) => (i.score === null ? null : Math.round(i.score * 100) / 100)),
        ]),
      }));
    }),
  );
  return r;
}
