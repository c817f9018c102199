// GET /v1/scorecards?quarter=2026-Q3 : the quarterly service-quality evaluation per centre.
import { Router } from 'express';
import { canAccessCentre, identityOf, route } from '@aftersales/service-kit';
import { scorecardsOf } from '../application/scorecards';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { scorecardQuery } from './schemas';
import { ScorecardsView, scorecardsView } from './views';

export function scorecardsRouter(deps: ApiDeps): Router {
  const r = Router();
  r.get(
    '/v1/scorecards',
    route(
      { query: scorecardQuery },
      async ({ query }, req, res) => {
        const identity = identityOf(req);
        const cards = (
          await scorecardsOf(
            deps.prisma,
            identity.tenantId,
            query.quarter,
            deps.settings.weights,
            deps.settings.targets,
            nowOf(deps),
            deps.settings.timeZone,
          )
        ).filter((c) => canAccessCentre(identity, c.centreId));
        const body = scorecardsView(query.quarter, deps.settings.weights, cards);
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
      },
      {
        summary:
          'Quarterly service-quality scorecards of the centres the caller sees, ranked by region (CSV with Accept: text/csv)',
        roles: ['analyst'],
        response: ScorecardsView,
        problems: [],
      },
    ),
  );
  return r;
}
