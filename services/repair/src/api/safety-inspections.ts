// /v1/safety-inspections: record an inspection (checklist + hazards), list and read them, and
// per hazard POST .../rectification (the fix is reported) and .../verification (quality checks
// it; passed: false reopens the hazard). Commands need If-Match on the inspection.
import { Router } from 'express';
import { identityOf, route, setETag, type Role } from '@aftersales/service-kit';
import * as safety from '../application/safety-inspections';
import { ANY_ROLE, contextOf, type ApiDeps } from './deps';
import { createOnce, created } from './created';
import { inspectionDto } from './quality-dto';
import {
  hazardParams,
  inspectionBody,
  listInspectionsQuery,
  rectificationBody,
  verificationBody,
} from './quality-schemas';
import { InspectionView } from './quality-views';
import { idParams } from './schemas';
import { centresInScope, pageOf } from './scope';
import { byCreation, pageSchema } from '@aftersales/service-kit';

const QUALITY: readonly Role[] = ['quality-manager'];

export function safetyInspectionsRouter(deps: ApiDeps): Router {
  const r = Router();
  const hazardCommand = { response: InspectionView, problems: [409, 412, 422, 428] };

  r.post(
    '/v1/safety-inspections',
    route(
      { body: inspectionBody },
      async ({ body }, req, res) =>
        createOnce(deps, req, res, 'POST /v1/safety-inspections', body, async (uow, ctx) => {
          const i = await safety.recordInspection(uow, ctx.identity, body);
          return created(InspectionView, inspectionDto(i), {
            version: i.version,
            location: `/v1/safety-inspections/${i.id}`,
          });
        }),
      {
        summary: 'Record a safety inspection of a centre (checklist and hazards)',
        roles: QUALITY,
        response: InspectionView,
        idempotencyKey: 'required',
        status: 201,
        problems: [422],
      },
    ),
  );

  r.get(
    '/v1/safety-inspections',
    route(
      { query: listInspectionsQuery },
      async ({ query }, req) => {
        const identity = identityOf(req);
        const scope = await centresInScope(deps.prisma, identity);
        const rows = await deps.prisma.safetyInspection.findMany({
          where: {
            tenantId: identity.tenantId,
            ...(scope ? { centreId: { in: scope } } : {}),
            ...(query.centreId ? { AND: [{ centreId: query.centreId }] } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...byCreation.where(query.cursor),
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        return pageOf(rows, query.limit, inspectionDto);
      },
      {
        summary: 'List safety inspections in scope (by centre, open or closed)',
        roles: ANY_ROLE,
        response: pageSchema(InspectionView),
      },
    ),
  );

  r.get(
    '/v1/safety-inspections/:id',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const i = await safety.inspectionInScope(deps.prisma, identityOf(req), params.id);
        setETag(res, i.version);
        return inspectionDto(i);
      },
      { summary: 'Read a safety inspection with its hazards', roles: ANY_ROLE, response: InspectionView },
    ),
  );

  r.post(
    '/v1/safety-inspections/:id/hazards/:hazardId/rectification',
    route(
      { params: hazardParams, body: rectificationBody },
      async ({ params, body }, req, res) => {
        const ctx = contextOf(deps, req);
        const i = await safety.rectifyHazard(deps, ctx, params.id, params.hazardId, body.note);
        setETag(res, i.version);
        return inspectionDto(i);
      },
      {
        summary: 'Report the fix of a hazard',
        roles: ['quality-manager', 'service-advisor'],
        ...hazardCommand,
      },
    ),
  );

  r.post(
    '/v1/safety-inspections/:id/hazards/:hazardId/verification',
    route(
      { params: hazardParams, body: verificationBody },
      async ({ params, body }, req, res) => {
        const ctx = contextOf(deps, req);
        const i = await safety.verifyHazard(deps, ctx, params.id, params.hazardId, body);
        setETag(res, i.version);
        return inspectionDto(i);
      },
      {
        summary: 'Verify a reported fix (passed: false reopens the hazard)',
        roles: QUALITY,
        ...hazardCommand,
      },
    ),
  );
  return r;
}
