// /v1/partner-qualifications/{centreId}: a partner workshop's accreditation documents and audit
// scores, and whether it is qualified for overflow work now. quality-manager records them.
import { Router } from 'express';
import { requestIdOf, route } from '@aftersales/service-kit';
import { addDocument, qualificationOf, recordAudit } from '../application/partners';
import { nowOf, type ApiDeps } from './deps';
import { identityOf, requireRole } from './identity';
import { idempotentCreate } from './idempotency';
import { auditBody, centreParams, documentBody } from './quality-schemas';

export function partnersRouter(deps: ApiDeps): Router {
  const r = Router();

  r.get(
    '/v1/partner-qualifications/:centreId',
    route({ params: centreParams }, async ({ params }, req) =>
      qualificationOf(deps.prisma, identityOf(req), params.centreId, nowOf(deps)),
    ),
  );

  for (const [sub, body, apply] of [
    ['documents', documentBody, addDocument],
    ['audits', auditBody, recordAudit],
  ] as const) {
    r.post(
      `/v1/partner-qualifications/:centreId/${sub}`,
      requireRole('quality-manager'),
      route({ params: centreParams, body }, async ({ params, body: input }, req, res) => {
        const identity = identityOf(req);
        const now = nowOf(deps);
        await idempotentCreate(
          deps.prisma,
          req,
          res,
          {
            tenantId: identity.tenantId,
            scope: `POST /v1/partner-qualifications/${params.centreId}/${sub}`,
            body: input,
          },
          async (tx) => {
            const view = await (apply as typeof addDocument)(
              tx,
              identity,
              params.centreId,
              input as never,
              now,
              requestIdOf(req),
            );
            return { status: 201, body: JSON.parse(JSON.stringify(view)) };
          },
        );
        deps.onEvents?.();
      }),
    );
  }
  return r;
}
