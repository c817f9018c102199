// /v1/service-centres: the service network (admin creates; staff read within their scope) and
// availability per day (bays and technician hours x opening hours, minus bookings and the
// workshop's backlog; extended in emergency mode).
import { Router } from 'express';
import { identityOf, route, setETag, type Role } from '@aftersales/service-kit';
import {
  availabilityOf,
  centreInScope,
  createCentre,
  updateCentre,
  validateCalendar,
} from '../application/service-centres';
import { centreDto } from './dto';
import { ANY_ROLE, contextOf, nowOf, type ApiDeps } from './deps';
import { createOnce, created } from './created';
import { availabilityQuery, createCentreBody, idParams, listCentresQuery, updateCentreBody } from './schemas';
import { centresInScope, pageOf } from './scope';
import { byCreation, pageSchema } from '@aftersales/service-kit';
import { AvailabilityView, CentreView } from './views';

const ADMIN: readonly Role[] = ['admin'];

export function serviceCentresRouter(deps: ApiDeps): Router {
  const r = Router();

  r.post(
    '/v1/service-centres',
    route(
      { body: createCentreBody },
      async ({ body }, req, res) => {
        validateCalendar(body); // a broken calendar is a 422 before the Idempotency-Key is looked at
        await createOnce(deps, req, res, 'POST /v1/service-centres', body, async (uow, ctx) => {
          const centre = await createCentre(uow, ctx.identity, body);
          return created(CentreView, centreDto(centre), {
            version: centre.version,
            location: `/v1/service-centres/${centre.id}`,
          });
        });
      },
      {
        summary: 'Create a service centre (regional centre or partner workshop)',
        roles: ADMIN,
        response: CentreView,
        idempotencyKey: 'required',
        status: 201,
        problems: [422],
      },
    ),
  );

  r.get(
    '/v1/service-centres',
    route(
      { query: listCentresQuery },
      async ({ query }, req) => {
        const identity = identityOf(req);
        const scope = await centresInScope(deps.prisma, identity);
        const rows = await deps.prisma.serviceCentre.findMany({
          where: {
            tenantId: identity.tenantId,
            ...(scope ? { id: { in: scope } } : {}),
            ...(query.regionId ? { regionId: query.regionId } : {}),
            ...(query.type ? { type: query.type } : {}),
            ...byCreation.where(query.cursor),
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        return pageOf(rows, query.limit, centreDto);
      },
      { summary: 'List service centres in scope', roles: ANY_ROLE, response: pageSchema(CentreView) },
    ),
  );

  r.get(
    '/v1/service-centres/:id',
    route(
      { params: idParams },
      async ({ params }, req) => centreDto(await centreInScope(deps.prisma, identityOf(req), params.id)),
      { summary: 'Read a service centre', roles: ANY_ROLE, response: CentreView },
    ),
  );

  // Name and calendar only: bays, rates and location ids stay as created (bookings depend on them).
  r.patch(
    '/v1/service-centres/:id',
    route(
      { params: idParams, body: updateCentreBody },
      async ({ params, body }, req, res) => {
        const centre = await updateCentre(deps, contextOf(deps, req), params.id, body);
        setETag(res, centre.version);
        return centreDto(centre);
      },
      {
        summary: "Change a centre's name, calendar (time zone, opening hours, exceptions) or technicians",
        roles: ADMIN,
        response: CentreView,
        problems: [409, 412, 422, 428],
      },
    ),
  );

  r.get(
    '/v1/service-centres/:id/availability',
    route(
      { params: idParams, query: availabilityQuery },
      async ({ params, query }, req) =>
        availabilityOf(deps.prisma, identityOf(req), params.id, query, nowOf(deps)),
      {
        summary: 'Free bays and technician hours per slot on one local day of the centre',
        roles: ANY_ROLE,
        response: AvailabilityView,
      },
    ),
  );
  return r;
}
