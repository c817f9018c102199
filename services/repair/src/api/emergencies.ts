// /v1/emergencies: declare (admin), list, and end emergency mode of a region.
import { Router } from 'express';
import { notFound, requireIfMatch, route, setETag } from '@aftersales/service-kit';
import { declareEmergency, endEmergency } from '../application/emergency-mode';
import { emergencyDto } from './dto';
import { nowOf, type ApiDeps } from './deps';
import { identityOf, requireRole } from './identity';
import { idempotentCreate } from './idempotency';
import { domain } from './problems';
import { declareEmergencyBody, idParams, listEmergenciesQuery } from './schemas';
import { afterCursor, orderByCursor, pageOf } from './scope';

export function emergenciesRouter(deps: ApiDeps): Router {
  const r = Router();

  r.post(
    '/v1/emergencies',
    requireRole('admin'),
    route({ body: declareEmergencyBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/emergencies', body },
        async (tx) => {
          const e = await domain(() => declareEmergency(tx, identity, body, nowOf(deps)));
          return {
            status: 201,
            body: JSON.parse(JSON.stringify(emergencyDto(e))),
            headers: { ETag: `"${e.version}"`, Location: `/v1/emergencies/${e.id}` },
          };
        },
      );
      deps.onEvents?.();
    }),
  );

  r.get(
    '/v1/emergencies',
    route({ query: listEmergenciesQuery }, async ({ query }, req) => {
      const rows = await deps.prisma.emergency.findMany({
        where: {
          tenantId: identityOf(req).tenantId,
          ...(query.regionId ? { regionId: query.regionId } : {}),
          ...(query.active === undefined
            ? {}
            : query.active
              ? { endedAt: null }
              : { endedAt: { not: null } }),
          ...afterCursor(query.cursor),
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, emergencyDto);
    }),
  );

  r.get(
    '/v1/emergencies/:id',
    route({ params: idParams }, async ({ params }, req, res) => {
      const e = await deps.prisma.emergency.findFirst({
        where: { id: params.id, tenantId: identityOf(req).tenantId },
      });
      if (!e) throw notFound(`Emergency ${params.id} not found.`);
      setETag(res, e.version);
      return emergencyDto(e);
    }),
  );

  r.post(
    '/v1/emergencies/:id/end',
    requireRole('admin'),
    route({ params: idParams }, async ({ params }, req, res) => {
      const e = await endEmergency(deps.prisma, identityOf(req), params.id, requireIfMatch(req), nowOf(deps));
      deps.onEvents?.();
      setETag(res, e.version);
      return emergencyDto(e);
    }),
  );
  return r;
}
