// /v1/rescues: roadside rescue requests and their commands (dispatch, arrival, resolution, tow-in).
// Commands need If-Match; the response is the updated rescue with its ETag.
import { Router, type Response } from 'express';
import { identityOf, route, setETag, type Role } from '@aftersales/service-kit';
import * as rescues from '../application/rescues';
import { rescueScopeOf, rescueScopeWhere } from '../application/rescue-scope';
import { type Rescue } from '../db/client';
import { rescueDto } from './dto';
import { ANY_ROLE, contextOf, type ApiDeps } from './deps';
import { createOnce, created } from './created';
import { dispatchBody, idParams, listRescuesQuery, resolutionBody, rescueBody, towInBody } from './schemas';
import { pageOf } from './scope';
import { byCreation, pageSchema } from '@aftersales/service-kit';
import { RescueView } from './views';

const ADVISOR: readonly Role[] = ['service-advisor'];
const CREW: readonly Role[] = ['service-advisor', 'technician'];

const answer = (res: Response, x: Rescue) => {
  setETag(res, x.version);
  return rescueDto(x);
};

export function rescuesRouter(deps: ApiDeps): Router {
  const r = Router();
  const command = { response: RescueView, problems: [409, 412, 422, 428] };

  r.post(
    '/v1/rescues',
    route(
      { body: rescueBody },
      async ({ body }, req, res) =>
        createOnce(deps, req, res, 'POST /v1/rescues', body, async (uow, ctx) => {
          const rescue = await rescues.requestRescue(uow, ctx.identity, body);
          return created(RescueView, rescueDto(rescue), {
            version: rescue.version,
            location: `/v1/rescues/${rescue.id}`,
          });
        }),
      {
        summary: 'Request a roadside rescue',
        roles: ADVISOR,
        response: RescueView,
        idempotencyKey: 'required',
        status: 201,
        problems: [422],
      },
    ),
  );

  r.get(
    '/v1/rescues',
    route(
      { query: listRescuesQuery },
      async ({ query }, req) => {
        const identity = identityOf(req);
        const scope = await rescueScopeOf(deps.prisma, identity);
        const rows = await deps.prisma.rescue.findMany({
          where: {
            tenantId: identity.tenantId,
            ...rescueScopeWhere(scope),
            ...(query.status ? { status: query.status } : {}),
            ...byCreation.where(query.cursor),
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        return pageOf(rows, query.limit, rescueDto);
      },
      { summary: 'List rescues in scope', roles: ANY_ROLE, response: pageSchema(RescueView) },
    ),
  );

  r.get(
    '/v1/rescues/:id',
    route(
      { params: idParams },
      async ({ params }, req, res) =>
        answer(res, await rescues.getRescue(deps.prisma, identityOf(req), params.id)),
      { summary: 'Read a rescue', roles: ANY_ROLE, response: RescueView },
    ),
  );

  r.post(
    '/v1/rescues/:id/dispatch',
    route(
      { params: idParams, body: dispatchBody },
      async ({ params, body }, req, res) =>
        answer(res, await rescues.dispatchRescue(deps, contextOf(deps, req), params.id, body)),
      {
        summary: 'Dispatch the centre open or on call with the earliest arrival (or a named one)',
        roles: ADVISOR,
        ...command,
      },
    ),
  );
  r.post(
    '/v1/rescues/:id/arrival',
    route(
      { params: idParams },
      async ({ params }, req, res) =>
        answer(res, await rescues.arriveAtRescue(deps, contextOf(deps, req), params.id)),
      { summary: 'Record arrival on site', roles: CREW, ...command, problems: [409, 412, 428] },
    ),
  );
  r.post(
    '/v1/rescues/:id/resolution',
    route(
      { params: idParams, body: resolutionBody },
      async ({ params, body }, req, res) =>
        answer(res, await rescues.resolveRescue(deps, contextOf(deps, req), params.id, body)),
      { summary: 'Resolve the rescue on the spot', roles: CREW, ...command, problems: [409, 412, 428] },
    ),
  );
  r.post(
    '/v1/rescues/:id/tow-in',
    route(
      { params: idParams, body: towInBody },
      async ({ params, body }, req, res) =>
        answer(res, await rescues.towIn(deps, contextOf(deps, req), params.id, body)),
      {
        summary: 'Tow the vehicle in: opens a repair order at the dispatched centre',
        roles: ADVISOR,
        ...command,
      },
    ),
  );
  return r;
}
