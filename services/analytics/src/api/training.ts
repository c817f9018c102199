// GET /v1/training-effectiveness: per course, comeback and first-time-fix rates of its trained
// technicians' orders in a window before vs after the session, with sample sizes.
// GET /v1/training-statistics: exam pass rates per course and training coverage per centre.
// analyst and quality-manager; `centreId` limits to one centre (see assertCentreScope).
import { Router } from 'express';
import { forbidden, notFound, route } from '@aftersales/service-kit';
import { effectivenessOf, trainingStatisticsOf } from '../application/quality-analytics';
import { respond } from './csv';
import { nowOf, type ApiDeps } from './deps';
import { canAccessCentre, identityOf, requireRole, type Identity } from './identity';
import { effectivenessQuery, trainingStatisticsQuery } from './quality-schemas';
import { periodOf } from './schemas';

const round = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A centre the caller may see (else the same 404 as an unknown centre); without a centre the
 * analysis spans the tenant, which needs access to every centre (as the KPIs' tenant scope).
 */
export function assertCentreScope(identity: Identity, centreId: string | undefined): void {
  if (centreId) {
    if (!canAccessCentre(identity, centreId)) throw notFound('Service centre not found.');
    return;
  }
  if (identity.centreIds !== '*')
    throw forbidden('Without centreId the analysis spans the tenant, which needs access to every centre.');
}

export function trainingAnalyticsRouter(deps: ApiDeps): Router {
  const r = Router();

  r.get(
    '/v1/training-effectiveness',
    requireRole('analyst', 'quality-manager'),
    route({ query: effectivenessQuery }, async ({ query }, req, res) => {
      const identity = identityOf(req);
      assertCentreScope(identity, query.centreId);
      const items = await effectivenessOf(deps.prisma, identity.tenantId, query);
      const body = { windowDays: query.windowDays, items };
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
    }),
  );

  r.get(
    '/v1/training-statistics',
    requireRole('analyst', 'quality-manager'),
    route({ query: trainingStatisticsQuery }, async ({ query }, req, res) => {
      const identity = identityOf(req);
      const p = periodOf(query, nowOf(deps));
      assertCentreScope(identity, query.centreId);
      const stats = await trainingStatisticsOf(deps.prisma, identity.tenantId, p, query.centreId);
      const body = {
        from: isoDay(p.from),
        to: isoDay(new Date(p.to.getTime() - 86_400_000)),
        ...stats,
      };
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
    }),
  );
  return r;
}
