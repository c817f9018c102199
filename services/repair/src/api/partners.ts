// /v1/partner-qualifications/{centreId}: a partner workshop's accreditation documents and audit
// scores, and whether it is qualified for overflow work now. quality-manager records them.
import { Router } from 'express';
import { type z } from 'zod';
import { identityOf, route, type Role } from '@aftersales/service-kit';
import { addDocument, qualificationOf, recordAudit } from '../application/partners';
import { ANY_ROLE, nowOf, type ApiDeps } from './deps';
import { createOnce, created } from './created';
import { auditBody, centreParams, documentBody } from './quality-schemas';
import { QualificationView } from './quality-views';

const QUALITY: readonly Role[] = ['quality-manager'];
type View = z.infer<typeof QualificationView>;

export function partnersRouter(deps: ApiDeps): Router {
  const r = Router();
  const recorded = {
    roles: QUALITY,
    response: QualificationView,
    idempotencyKey: 'required',
    status: 201,
    problems: [409, 422],
  } as const;

  r.get(
    '/v1/partner-qualifications/:centreId',
    route(
      { params: centreParams },
      async ({ params }, req): Promise<View> =>
        qualificationOf(deps.prisma, identityOf(req), params.centreId, nowOf(deps)),
      {
        summary: 'Whether a partner workshop is qualified for overflow work now',
        roles: ANY_ROLE,
        response: QualificationView,
      },
    ),
  );

  r.post(
    '/v1/partner-qualifications/:centreId/documents',
    route(
      { params: centreParams, body: documentBody },
      async ({ params, body }, req, res) =>
        createOnce(
          deps,
          req,
          res,
          `POST /v1/partner-qualifications/${params.centreId}/documents`,
          body,
          async (uow, ctx) =>
            created(QualificationView, await addDocument(uow, ctx.identity, params.centreId, body)),
        ),
      { summary: 'Add an accreditation document of a partner workshop', ...recorded },
    ),
  );

  r.post(
    '/v1/partner-qualifications/:centreId/audits',
    route(
      { params: centreParams, body: auditBody },
      async ({ params, body }, req, res) =>
        createOnce(
          deps,
          req,
          res,
          `POST /v1/partner-qualifications/${params.centreId}/audits`,
          body,
          async (uow, ctx) =>
            created(QualificationView, await recordAudit(uow, ctx.identity, params.centreId, body)),
        ),
      { summary: 'Record an audit score of a partner workshop', ...recorded },
    ),
  );
  return r;
}
