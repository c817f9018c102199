// /v1/safety-inspections: record an inspection (checklist + hazards), list and read them, and
// per hazard POST .../rectification (the fix is reported) and .../verification (quality checks
// it; passed: false reopens the hazard). Commands need If-Match on the inspection.
import { Router } from 'express';
import { requestIdOf, requireIfMatch, route, setETag } from '@aftersales/service-kit';
import { type SafetyInspection } from '../db/client';
import * as safety from '../application/safety-inspections';
import { nextDeadline } from '../domain/safety';
import { nowOf, type ApiDeps } from './deps';
import { identityOf, requireRole } from './identity';
import { idempotentCreate } from './idempotency';
import { domain } from './problems';
import {
  hazardParams,
  inspectionBody,
  listInspectionsQuery,
  rectificationBody,
  verificationBody,
} from './quality-schemas';
import { idParams } from './schemas';
import { afterCursor, centresInScope, orderByCursor, pageOf } from './scope';

const inspectionDto = (i: SafetyInspection) => {
  const hazards = safety.hazardsOf(i);
  return {
    id: i.id,
    centreId: i.centreId,
    inspectorId: i.inspectorId,
    inspectedAt: i.inspectedAt.toISOString(),
    checklist: i.checklist,
    score: i.score,
    status: i.status,
    nextRectifyBy: nextDeadline(hazards),
    hazards,
    version: i.version,
  };
};

export function safetyInspectionsRouter(deps: ApiDeps): Router {
  const r = Router();

  r.post(
    '/v1/safety-inspections',
    requireRole('quality-manager'),
    route({ body: inspectionBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/safety-inspections', body },
        async (tx) => {
          const i = await safety.recordInspection(tx, identity, body, nowOf(deps), requestIdOf(req));
          return {
            status: 201,
            body: JSON.parse(JSON.stringify(inspectionDto(i))),
            headers: { ETag: `"${i.version}"`, Location: `/v1/safety-inspections/${i.id}` },
          };
        },
      );
      deps.onEvents?.();
    }),
  );

  r.get(
    '/v1/safety-inspections',
    route({ query: listInspectionsQuery }, async ({ query }, req) => {
      const identity = identityOf(req);
      const scope = await centresInScope(deps.prisma, identity);
      const rows = await deps.prisma.safetyInspection.findMany({
        where: {
          tenantId: identity.tenantId,
          ...(scope ? { centreId: { in: scope } } : {}),
          ...(query.centreId ? { AND: [{ centreId: query.centreId }] } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...afterCursor(query.cursor),
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, inspectionDto);
    }),
  );

  r.get(
    '/v1/safety-inspections/:id',
    route({ params: idParams }, async ({ params }, req, res) => {
      const i = await safety.inspectionInScope(deps.prisma, identityOf(req), params.id);
      setETag(res, i.version);
      return inspectionDto(i);
    }),
  );

  r.post(
    '/v1/safety-inspections/:id/hazards/:hazardId/rectification',
    requireRole('quality-manager', 'service-advisor'),
    route({ params: hazardParams, body: rectificationBody }, async ({ params, body }, req, res) => {
      const i = await domain(() =>
        safety.rectifyHazard(
          deps.prisma,
          identityOf(req),
          params.id,
          params.hazardId,
          requireIfMatch(req),
          body.note,
          nowOf(deps),
        ),
      );
      setETag(res, i.version);
      return inspectionDto(i);
    }),
  );

  r.post(
    '/v1/safety-inspections/:id/hazards/:hazardId/verification',
    requireRole('quality-manager'),
    route({ params: hazardParams, body: verificationBody }, async ({ params, body }, req, res) => {
      const i = await domain(() =>
        safety.verifyHazard(
          deps.prisma,
          identityOf(req),
          params.id,
          params.hazardId,
          requireIfMatch(req),
          body,
          nowOf(deps),
          requestIdOf(req),
        ),
      );
      deps.onEvents?.();
      setETag(res, i.version);
      return inspectionDto(i);
    }),
  );
  return r;
}
