// /v1/rescues: roadside rescue requests and their commands (dispatch, arrival, resolution, tow-in).
import { Router } from 'express';
import { requestIdOf, requireIfMatch, route, setETag } from '@aftersales/service-kit';
import * as rescues from '../application/rescues';
import { rescueDto } from './dto';
import { nowOf, type ApiDeps } from './deps';
import { identityOf, requireRole } from './identity';
import { idempotentCreate } from './idempotency';
import { domain } from './problems';
import { dispatchBody, idParams, listRescuesQuery, resolutionBody, rescueBody, towInBody } from './schemas';
import { afterCursor, orderByCursor, pageOf } from './scope';

export function rescuesRouter(deps: ApiDeps): Router {
  const r = Router();

  r.post(
    '/v1/rescues',
    requireRole('service-advisor'),
    route({ body: rescueBody }, async ({ body }, req, res) => {
      const identity = identityOf(req);
      await idempotentCreate(
        deps.prisma,
        req,
        res,
        { tenantId: identity.tenantId, scope: 'POST /v1/rescues', body },
        async (tx) => {
          const rescue = await rescues.requestRescue(tx, identity, body, nowOf(deps), requestIdOf(req));
          return {
            status: 201,
            body: JSON.parse(JSON.stringify(rescueDto(rescue))),
            headers: { ETag: `"${rescue.version}"`, Location: `/v1/rescues/${rescue.id}` },
          };
        },
      );
      deps.onEvents?.();
    }),
  );

  r.get(
    '/v1/rescues',
    route({ query: listRescuesQuery }, async ({ query }, req) => {
      const rows = await deps.prisma.rescue.findMany({
        where: {
          tenantId: identityOf(req).tenantId,
          ...(query.status ? { status: query.status } : {}),
          ...afterCursor(query.cursor),
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      return pageOf(rows, query.limit, rescueDto);
    }),
  );

  r.get(
    '/v1/rescues/:id',
    route({ params: idParams }, async ({ params }, req, res) => {
      const x = await rescues.getRescue(deps.prisma, identityOf(req), params.id);
      setETag(res, x.version);
      return rescueDto(x);
    }),
  );

  const done = (res: Parameters<typeof setETag>[0], x: Awaited<ReturnType<typeof rescues.getRescue>>) => {
    deps.onEvents?.();
    setETag(res, x.version);
    return rescueDto(x);
  };

  r.post(
    '/v1/rescues/:id/dispatch',
    requireRole('service-advisor'),
    route({ params: idParams, body: dispatchBody }, async ({ params, body }, req, res) =>
      done(
        res,
        await domain(() =>
          rescues.dispatchRescue(
            deps.prisma,
            identityOf(req),
            params.id,
            requireIfMatch(req),
            body,
            nowOf(deps),
            requestIdOf(req),
          ),
        ),
      ),
    ),
  );
  r.post(
    '/v1/rescues/:id/arrival',
    requireRole('service-advisor', 'technician'),
    route({ params: idParams }, async ({ params }, req, res) =>
      done(
        res,
        await domain(() =>
          rescues.arriveAtRescue(
            deps.prisma,
            identityOf(req),
            params.id,
            requireIfMatch(req),
            nowOf(deps),
            requestIdOf(req),
          ),
        ),
      ),
    ),
  );
  r.post(
    '/v1/rescues/:id/resolution',
    requireRole('service-advisor', 'technician'),
    route({ params: idParams, body: resolutionBody }, async ({ params, body }, req, res) =>
      done(
        res,
        await domain(() =>
          rescues.resolveRescue(
            deps.prisma,
            identityOf(req),
            params.id,
            requireIfMatch(req),
            body,
            nowOf(deps),
            requestIdOf(req),
          ),
        ),
      ),
    ),
  );
  r.post(
    '/v1/rescues/:id/tow-in',
    requireRole('service-advisor'),
    route({ params: idParams, body: towInBody }, async ({ params, body }, req, res) =>
      done(
        res,
        await domain(() =>
          rescues.towIn(
            deps.prisma,
            identityOf(req),
            params.id,
            requireIfMatch(req),
            body,
            nowOf(deps),
            requestIdOf(req),
          ),
        ),
      ),
    ),
  );
  return r;
}
