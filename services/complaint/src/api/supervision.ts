// /v1/supervision-reports: anyone working for the tenant files a report (anonymously if they
// wish: no reporter identity is stored); quality managers list, investigate and resolve.
import { Router } from 'express';
import { STAFF_ROLES } from '@aftersales/service-kit';
import { type ComplaintContext } from '../application/context';
import { fileReport, investigate, resolveReport, supervisionReports } from '../application/supervision';
import { QUALITY_ROLES } from './audits';
import { reportDto, reportReceiptDto, ReportReceiptView, ReportView } from './quality-dto';
import { investigationBody, reportBody, reportListQuery, reportResolutionBody } from './quality-schemas';
import { resource } from './resource';

export function supervisionRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const report = resource({
    ctx,
    router,
    path: '/v1/supervision-reports',
    aggregate: supervisionReports,
    roles: QUALITY_ROLES,
    view: ReportView,
    dto: reportDto,
  });

  // Every staff member of the tenant may report a problem, about any centre of the tenant (not
  // only those they work for); the reporter gets a receipt, not the stored record. Staff only:
  // a customer's or the gateway's token never reaches it, even without the kit's confinement.
  report.create({
    summary: 'File a supervision report, anonymously if wished (any staff role; Idempotency-Key)',
    roles: STAFF_ROLES,
    body: reportBody,
    scope: 'supervision',
    run: (uow, body) => fileReport(uow, body),
    reply: { response: ReportReceiptView, render: reportReceiptDto, headers: () => ({}) },
  });

  report.list({
    summary: "List supervision reports of the caller's tenant and centres, newest first",
    query: reportListQuery,
    findMany: (a) => ctx.prisma.supervisionReport.findMany(a),
    filters: (q) => ({ status: q.status, centreId: q.centreId }),
    centreOptional: true,
  });

  report.get('Read a supervision report (ETag: its version)');

  report.command('investigation', {
    summary: 'Start or update the investigation of a supervision report',
    body: investigationBody,
    run: (t, b) => investigate(ctx, t, b),
  });
  report.command('resolution', {
    summary: 'Resolve a supervision report with an outcome; may open an improvement action',
    body: reportResolutionBody,
    run: (t, b) => resolveReport(ctx, t, b),
  });

  return router;
}
