// /v1/emergencies: declare (admin), list, and end emergency mode of a region.
import { Router } from 'express';
import { NotFound, identityOf, route, setETag, type Role } from '@aftersales/service-kit';
import { declareEmergency, endEmergency } from '../application/emergency-mode';
import { emergencyDto } from './dto';
import { ANY_ROLE, contextOf, type ApiDeps } from './deps';
import { createOnce, created } from './created';
import { declareEmergencyBody, idParams, listEmergenciesQuery } from './schemas';
import { pageOf } from './scope';
import { byCreation, pageSchema } from '@aftersales/service-kit';
import { EmergencyView } from './views';

const ADMIN: readonly Role[] = ['admin'];

export function emergenciesRouter(deps: ApiDeps): Router {
  const r = Router();

  r.post(
    '/v1/emergencies',
    route(
      { body: declareEmergencyBody },
      async ({ body }, req, res) =>
        createOnce(deps, req, res, 'POST /v1/emergencies', body, async (uow, ctx) => {
          const e = await declareEmergency(uow, ctx.identity, body);
          return created(EmergencyView, emergencyDto(e), {
            version: e.version,
            location: `/v1/emergencies/${e.id}`,
          });
        }),
      {
        summary: 'Declare emergency mode for a region (extra hours, overflow to partners)',
        roles: ADMIN,
        response: EmergencyView,
        idempotencyKey: 'required',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  r.get(
    '/v1/emergencies',
    route(
      { query: listEmergenciesQuery },
      async ({ query }, req) => {
        const rows = await deps.prisma.emergency.findMany({
          where: {
            tenantId: identityOf(req).tenantId,
            ...(query.regionId ? { regionId: query.regionId } : {}),
            ...(query.active === undefined
              ? {}
              : query.active
                ? { endedAt: null }
                : { endedAt: { not: null } }),
            ...byCreation.where(query.cursor),
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        return pageOf(rows, query.limit, emergencyDto);
      },
      {
        summary: 'List emergencies (by region, active or ended)',
        roles: ANY_ROLE,
        response: pageSchema(EmergencyView),
      },
    ),
  );

  r.get(
    '/v1/emergencies/:id',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const e = await deps.prisma.emergency.findFirst({
          where: { id: params.id, tenantId: identityOf(req).tenantId },
        });
        if (!e) throw new NotFound(`Emergency ${params.id} not found.`);
        setETag(res, e.version);
        return emergencyDto(e);
      },
      { summary: 'Read an emergency', roles: ANY_ROLE, response: EmergencyView },
    ),
  );

  r.post(
    '/v1/emergencies/:id/end',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const e = await endEmergency(deps, contextOf(deps, req), params.id);
        setETag(res, e.version);
        return emergencyDto(e);
      },
      {
        summary: 'End emergency mode of the region',
        roles: ADMIN,
        response: EmergencyView,
        problems: [409, 412, 428],
      },
    ),
  );
  return r;
}
