// /v1/audit-templates and /v1/audits (quality managers): checklist templates, audits of a
// centre scheduled or ad hoc, and their scoring, which opens improvement actions for findings.
import { Router } from 'express';
import { assertCentreAccess, identityOf, route, setETag, type Role } from '@aftersales/service-kit';
import { audits, auditTemplates, completeAudit, createTemplate, scheduleAudit } from '../application/audits';
import { type ComplaintContext } from '../application/context';
import { listOf } from './dto';
import { auditDto, AuditView, CompletedAuditView, templateDto, TemplateView } from './quality-dto';
import { auditBody, auditListQuery, resultsBody, templateBody } from './quality-schemas';
import { COMMAND_PROBLEMS, resource } from './resource';

export const QUALITY_ROLES: Role[] = ['quality-manager'];

export function auditsRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;

  const template = resource({
    ctx,
    router,
    path: '/v1/audit-templates',
    aggregate: auditTemplates,
    roles: QUALITY_ROLES,
    view: TemplateView,
    dto: templateDto,
  });

  template.create({
    summary: 'Create an audit template: a checklist with a maximum score per item (Idempotency-Key)',
    body: templateBody,
    scope: 'audit-template',
    run: (uow, body) => createTemplate(uow, body),
  });

  router.get(
    '/v1/audit-templates',
    route(
      {},
      async (_input, req) => {
        const rows = await prisma.auditTemplate.findMany({
          where: { tenantId: identityOf(req).tenantId },
          orderBy: { createdAt: 'asc' },
        });
        return { items: rows.map(templateDto) };
      },
      {
        summary: "List the tenant's audit templates, oldest first",
        roles: QUALITY_ROLES,
        response: listOf(TemplateView),
      },
    ),
  );

  template.get('Read an audit template');

  const audit = resource({
    ctx,
    router,
    path: '/v1/audits',
    aggregate: audits,
    roles: QUALITY_ROLES,
    view: AuditView,
    dto: auditDto,
  });

  audit.create({
    summary: 'Schedule an audit of a centre, or start one ad hoc (Idempotency-Key)',
    body: auditBody,
    scope: 'audit',
    authorize: (me, body) => assertCentreAccess(me, body.centreId),
    run: (uow, body) => scheduleAudit(uow, body),
  });

  audit.list({
    summary: "List audits of the caller's centres, newest first",
    query: auditListQuery,
    findMany: (a) => prisma.audit.findMany(a),
    filters: (q) => ({ status: q.status, centreId: q.centreId }),
    centreOptional: false,
  });

  audit.get('Read an audit (ETag: its version)');

  audit.command('results', {
    summary: 'Score an audit, every checklist item once; findings open improvement actions',
    body: resultsBody,
    run: (t, b) => completeAudit(ctx, t, b),
    problems: [...COMMAND_PROBLEMS, 422],
    reply: {
      response: CompletedAuditView,
      render: ({ audit: a, actionIds }, res) => {
        setETag(res, a.version);
        return { ...auditDto(a), actionIds };
      },
    },
  });

  return router;
}
