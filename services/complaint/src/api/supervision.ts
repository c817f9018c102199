// /v1/supervision-reports: anyone authenticated in the tenant files a report (anonymously if
// they wish: no reporter identity is stored); quality managers list, investigate and resolve.
import { Router, type Request } from 'express';
import { identityOf, notFound, parseIfMatch, requireRole, route, setETag } from '@aftersales/service-kit';
import { type ComplaintContext } from '../application/context';
import {
  canSeeReport,
  fileReport,
  investigate,
  REPORT_NOT_FOUND,
  resolveReport,
  type ReportTarget,
} from '../application/supervision';
import { QUALITY_ROLES } from './audits';
import { idempotentCreate } from './idempotency';
import { listPage } from './listing';
import { domain, uuidOr404 } from './problems';
import { reportDto } from './quality-dto';
import { investigationBody, reportBody, reportListQuery, reportResolutionBody } from './quality-schemas';
import { idParams } from './schemas';

export function supervisionRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;

  // No role check: every authenticated member of the tenant may report a problem.
  router.post(
    '/v1/supervision-reports',
    route({ body: reportBody }, async ({ body }, req, res) => {
      // A report may concern any centre of the tenant, not only those the reporter works for.
      const me = identityOf(req);
      await idempotentCreate(
        prisma,
        req,
        res,
        { tenantId: me.tenantId, scope: 'supervision', body },
        async (tx) => {
          const r = await fileReport(
            tx,
            { tenantId: me.tenantId, ...body, reporterId: me.userId },
            ctx.now(),
          );
          // The reporter gets the receipt (id, status), not the stored record.
          return {
            status: 201,
            body: {
              id: r.id,
              status: r.status,
              anonymous: r.anonymous,
              createdAt: r.createdAt.toISOString(),
            },
          };
        },
      );
      ctx.onEvents?.();
    }),
  );

  router.get(
    '/v1/supervision-reports',
    requireRole(...QUALITY_ROLES),
    route({ query: reportListQuery }, async ({ query }, req) => {
      const filters = { status: query.status, centreId: query.centreId };
      return listPage(
        (a) => prisma.supervisionReport.findMany(a),
        identityOf(req),
        query,
        filters,
        reportDto,
      );
    }),
  );

  router.get(
    '/v1/supervision-reports/:id',
    requireRole(...QUALITY_ROLES),
    route({ params: idParams }, async ({ params }, req, res) => {
      const me = identityOf(req);
      const r = await prisma.supervisionReport.findFirst({
        where: { id: uuidOr404(params.id, REPORT_NOT_FOUND), tenantId: me.tenantId },
      });
      if (!r || !canSeeReport(me, r)) throw notFound(REPORT_NOT_FOUND);
      setETag(res, r.version);
      return reportDto(r);
    }),
  );

  const targetOf = (req: Request, rawId: string): ReportTarget => ({
    identity: identityOf(req),
    reportId: uuidOr404(rawId, REPORT_NOT_FOUND),
    expectedVersion: parseIfMatch(req),
  });

  router.post(
    '/v1/supervision-reports/:id/investigation',
    requireRole(...QUALITY_ROLES),
    route({ params: idParams, body: investigationBody }, async ({ params, body }, req, res) => {
      const r = await domain(() => investigate(ctx, targetOf(req, params.id), body));
      setETag(res, r.version);
      return reportDto(r);
    }),
  );

  router.post(
    '/v1/supervision-reports/:id/resolution',
    requireRole(...QUALITY_ROLES),
    route({ params: idParams, body: reportResolutionBody }, async ({ params, body }, req, res) => {
      const r = await domain(() => resolveReport(ctx, targetOf(req, params.id), body));
      setETag(res, r.version);
      return reportDto(r);
    }),
  );

  return router;
}
