// /v1/audit-templates and /v1/audits (quality managers): checklist templates, audits of a
// centre scheduled or ad hoc, and their scoring, which opens improvement actions for findings.
import { Router } from 'express';
import {
  assertCentreAccess,
  canAccessCentre,
  identityOf,
  notFound,
  parseIfMatch,
  requireRole,
  route,
  setETag,
  type Role,
} from '@aftersales/service-kit';
import { AUDIT_NOT_FOUND, completeAudit, createTemplate, scheduleAudit } from '../application/audits';
import { type ComplaintContext } from '../application/context';
import { idempotentCreate } from './idempotency';
import { listPage } from './listing';
import { domain, uuidOr404 } from './problems';
import { auditDto, templateDto } from './quality-dto';
import { auditBody, auditListQuery, resultsBody, templateBody } from './quality-schemas';
import { idParams } from './schemas';

export const QUALITY_ROLES: Role[] = ['quality-manager'];
const TEMPLATE_NOT_FOUND = 'Audit template not found.';

export function auditsRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;

  router.post(
    '/v1/audit-templates',
    requireRole(...QUALITY_ROLES),
    route({ body: templateBody }, async ({ body }, req, res) => {
      const me = identityOf(req);
      await idempotentCreate(
        prisma,
        req,
        res,
        { tenantId: me.tenantId, scope: 'audit-template', body },
        async (tx) => {
          const t = await createTemplate(tx, { tenantId: me.tenantId, ...body, createdBy: me.userId });
          return { status: 201, body: templateDto(t), headers: { Location: `/v1/audit-templates/${t.id}` } };
        },
      );
    }),
  );

  router.get(
    '/v1/audit-templates',
    requireRole(...QUALITY_ROLES),
    route({}, async (_input, req) => {
      const rows = await prisma.auditTemplate.findMany({
        where: { tenantId: identityOf(req).tenantId },
        orderBy: { createdAt: 'asc' },
      });
      return { items: rows.map(templateDto) };
    }),
  );

  router.get(
    '/v1/audit-templates/:id',
    requireRole(...QUALITY_ROLES),
    route({ params: idParams }, async ({ params }, req) => {
      const t = await prisma.auditTemplate.findFirst({
        where: { id: uuidOr404(params.id, TEMPLATE_NOT_FOUND), tenantId: identityOf(req).tenantId },
      });
      if (!t) throw notFound(TEMPLATE_NOT_FOUND);
      return templateDto(t);
    }),
  );

  router.post(
    '/v1/audits',
    requireRole(...QUALITY_ROLES),
    route({ body: auditBody }, async ({ body }, req, res) => {
      const me = identityOf(req);
      assertCentreAccess(me, body.centreId);
      await domain(() =>
        idempotentCreate(prisma, req, res, { tenantId: me.tenantId, scope: 'audit', body }, async (tx) => {
          const a = await scheduleAudit(
            tx,
            { tenantId: me.tenantId, ...body, createdBy: me.userId },
            ctx.now(),
          );
          return {
            status: 201,
            body: auditDto(a),
            headers: { ETag: `"${a.version}"`, Location: `/v1/audits/${a.id}` },
          };
        }),
      );
      ctx.onEvents?.();
    }),
  );

  router.get(
    '/v1/audits',
    requireRole(...QUALITY_ROLES),
    route({ query: auditListQuery }, async ({ query }, req) => {
      const filters = { status: query.status, centreId: query.centreId };
      return listPage((a) => prisma.audit.findMany(a), identityOf(req), query, filters, auditDto, false);
    }),
  );

  router.get(
    '/v1/audits/:id',
    requireRole(...QUALITY_ROLES),
    route({ params: idParams }, async ({ params }, req, res) => {
      const me = identityOf(req);
      const a = await prisma.audit.findFirst({
        where: { id: uuidOr404(params.id, AUDIT_NOT_FOUND), tenantId: me.tenantId },
      });
      if (!a || !canAccessCentre(me, a.centreId)) throw notFound(AUDIT_NOT_FOUND);
      setETag(res, a.version);
      return auditDto(a);
    }),
  );

  router.post(
    '/v1/audits/:id/results',
    requireRole(...QUALITY_ROLES),
    route({ params: idParams, body: resultsBody }, async ({ params, body }, req, res) => {
      const { audit, actionIds } = await domain(() =>
        completeAudit(
          ctx,
          {
            identity: identityOf(req),
            auditId: uuidOr404(params.id, AUDIT_NOT_FOUND),
            expectedVersion: parseIfMatch(req),
          },
          body,
        ),
      );
      setETag(res, audit.version);
      return { ...auditDto(audit), actionIds };
    }),
  );

  return router;
}
