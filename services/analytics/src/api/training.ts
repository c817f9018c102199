// GET /v1/training-effectiveness: per course, comeback and first-time-fix rates of its trained
// technicians' orders in a window before vs after the session, with sample sizes.
// GET /v1/training-statistics: exam pass rates per course and training coverage per centre.
// analyst and quality-manager; `centreId` limits to one centre (see assertCentreScope).
import { Router } from 'express';
import { identityOf, route } from '@aftersales/service-kit';
import { effectivenessOf, trainingStatisticsOf } from '../application/quality-analytics';
import { assertCentreScope, QUALITY_ROLES } from './access';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { effectivenessQuery, trainingStatisticsQuery } from './quality-schemas';
import { periodOf } from './schemas';
import {
  TrainingEffectivenessView,
  trainingEffectivenessView,
  TrainingStatisticsView,
  trainingStatisticsView,
} from './views';

const round = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

export function trainingAnalyticsRouter(deps: ApiDeps): Router {
  const r = Router();

  r.get(
    '/v1/training-effectiveness',
    route(
      { query: effectivenessQuery },
      async ({ query }, req, res) => {
        const identity = identityOf(req);
        assertCentreScope(identity, query.centreId);
        const items = await effectivenessOf(deps.prisma, identity.tenantId, query);
        const body = trainingEffectivenessView(query.windowDays, items);
        return respond(req, res, body, () => ({
          filename: 'training-effectiveness.csv',
          header: [
            'courseId',
            'courseCode',
            'technicians',
            'ordersBefore',
            'comebackRateBefore',
            'firstTimeFixRateBefore',
            'ordersAfter',
            'comebackRateAfter',
            'firstTimeFixRateAfter',
            'comebackRateChange',
            'firstTimeFixRateChange',
          ],
          rows: items.map((c) => [
            c.courseId,
            c.courseCode,
            c.technicians,
            c.before.orders,
            round(c.before.comebackRate),
            round(c.before.firstTimeFixRate),
            c.after.orders,
            round(c.after.comebackRate),
            round(c.after.firstTimeFixRate),
            round(c.change.comebackRate),
            round(c.change.firstTimeFixRate),
          ]),
        }));
      },
      {
        summary:
          "Per course, its trained technicians' comeback and first-time-fix rates before vs after the session (CSV with Accept: text/csv)",
        roles: QUALITY_ROLES,
        response: TrainingEffectivenessView,
        problems: [],
      },
    ),
  );

  r.get(
    '/v1/training-statistics',
    route(
      { query: trainingStatisticsQuery },
      async ({ query }, req, res) => {
        const identity = identityOf(req);
        const p = periodOf(query, nowOf(deps), deps.settings.timeZone);
        assertCentreScope(identity, query.centreId);
        const stats = await trainingStatisticsOf(deps.prisma, identity.tenantId, p, query.centreId);
        const body = trainingStatisticsView(p, stats, deps.settings.timeZone);
        return respond(req, res, body, () => ({
          filename: `training-statistics-${body.from}-${body.to}.csv`,
          header: [
            'courseId',
            'courseCode',
            'results',
            'attended',
            'examsTaken',
            'passed',
            'passRate',
            'meanExamScore',
          ],
          rows: stats.courses.map((c) => [
            c.courseId,
            c.courseCode,
            c.results,
            c.attended,
            c.examsTaken,
            c.passed,
            round(c.passRate),
            round(c.meanExamScore),
          ]),
        }));
      },
      {
        summary:
          'Exam pass rates per course and training coverage per centre in a period (CSV of the courses with Accept: text/csv)',
        roles: QUALITY_ROLES,
        response: TrainingStatisticsView,
        problems: [],
      },
    ),
  );
  return r;
}
