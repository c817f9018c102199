// /v1/improvement-actions (quality managers): open one by hand (a KPI breach, a supervision
// report), list and read with history, and the CAPA steps as POST sub-resources: analysis,
// implementation, verification (after the set period), closure (only once verified).
import { Router, type Request } from 'express';
import { enqueueEvents } from '@aftersales/kafka';
import {
  assertCentreAccess,
  identityOf,
  notFound,
  parseIfMatch,
  requireRole,
  route,
  setETag,
} from '@aftersales/service-kit';
import type { z } from 'zod';
import {
  ACTION_NOT_FOUND,
  analyse,
  canSeeAction,
  close,
  implement,
  openAction,
  verify,
  type ActionTarget,
} from '../application/actions';
import { type ComplaintContext } from '../application/context';
import { type ImprovementAction } from '../db/client';
import { QUALITY_ROLES } from './audits';
import { idempotentCreate } from './idempotency';
import { listPage } from './listing';
import { domain, uuidOr404 } from './problems';
import { actionDto } from './quality-dto';
import {
  actionBody,
  actionListQuery,
  analysisBody,
  implementationBody,
  verificationBody,
} from './quality-schemas';
import { emptyBody, idParams } from './schemas';

export function actionsRouter(ctx: ComplaintContext): Router {
  const router = Router();
  const { prisma } = ctx;

  router.post(
    '/v1/improvement-actions',
    requireRole(...QUALITY_ROLES),
    route({ body: actionBody }, async ({ body }, req, res) => {
      const me = identityOf(req);
      assertCentreAccess(me, body.centreId);
      await idempotentCreate(
        prisma,
        req,
        res,
        { tenantId: me.tenantId, scope: 'action', body },
        async (tx) => {
          const { action, event } = await openAction(
            tx,
            { tenantId: me.tenantId, ...body, createdBy: me.userId },
            ctx.now(),
          );
          await enqueueEvents(tx, [event]);
          return {
            status: 201,
            body: actionDto(action),
            headers: { ETag: `"${action.version}"`, Location: `/v1/improvement-actions/${action.id}` },
          };
        },
      );
      ctx.onEvents?.();
    }),
  );

  router.get(
    '/v1/improvement-actions',
    requireRole(...QUALITY_ROLES),
    route({ query: actionListQuery }, async ({ query }, req) => {
      const filters = { status: query.status, centreId: query.centreId, source: query.source };
      return listPage(
        (a) => prisma.improvementAction.findMany(a),
        identityOf(req),
        query,
        filters,
        actionDto,
        false,
      );
    }),
  );

  const findVisible = async (req: Request, rawId: string) => {
    const me = identityOf(req);
    const a = await prisma.improvementAction.findFirst({
      where: { id: uuidOr404(rawId, ACTION_NOT_FOUND), tenantId: me.tenantId },
    });
    if (!a || !canSeeAction(me, a)) throw notFound(ACTION_NOT_FOUND);
    return a;
  };

  router.get(
    '/v1/improvement-actions/:id',
    requireRole(...QUALITY_ROLES),
    route({ params: idParams }, async ({ params }, req, res) => {
      const a = await findVisible(req, params.id);
      setETag(res, a.version);
      return actionDto(a);
    }),
  );

  router.get(
    '/v1/improvement-actions/:id/history',
    requireRole(...QUALITY_ROLES),
    route({ params: idParams }, async ({ params }, req) => {
      const a = await findVisible(req, params.id);
      const rows = await prisma.improvementActionHistory.findMany({
        where: { actionId: a.id },
        orderBy: { seq: 'asc' },
      });
      return {
        items: rows.map((h) => ({ kind: h.kind, data: h.data, actorId: h.actorId, at: h.at.toISOString() })),
      };
    }),
  );

  const command = <S extends z.ZodType>(
    path: string,
    body: S,
    run: (target: ActionTarget, input: z.output<S>) => Promise<ImprovementAction>,
  ) =>
    router.post(
      `/v1/improvement-actions/:id/${path}`,
      requireRole(...QUALITY_ROLES),
      route({ params: idParams, body }, async ({ params, body: input }, req, res) => {
        const target: ActionTarget = {
          identity: identityOf(req),
          actionId: uuidOr404(params.id, ACTION_NOT_FOUND),
          expectedVersion: parseIfMatch(req),
        };
        const a = await domain(() => run(target, input as z.output<S>));
        setETag(res, a.version);
        return actionDto(a);
      }),
    );

  command('analysis', analysisBody, (t, b) => analyse(ctx, t, b));
  command('implementation', implementationBody, (t, b) => implement(ctx, t, b));
  command('verification', verificationBody, (t, b) => verify(ctx, t, b));
  command('closure', emptyBody, (t) => close(ctx, t));

  return router;
}
