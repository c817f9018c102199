// /v1/surveys: take a survey for a repair order (Idempotency-Key; a second one for the order is
// a 409), list and read them.
import { Router } from 'express';
import { z } from 'zod';
import { ContactChannel, Id } from '@aftersales/contracts';
import { identityOf, notFound, paginationQuerySchema, requireRole, route } from '@aftersales/service-kit';
import { PII_ROLES } from '../domain/pii';
import { type CustomerDeps } from '../application/deps';
import { idempotentCreate } from '../application/idempotency';
import { NOT_FOUND } from '../application/problems';
import { duplicateSurvey, presentSurveys, takeSurvey } from '../application/surveys';
import { isUniqueViolation } from '../db/client';
import { afterCursor, orderByCursor, pageOf } from './paging';
import { idParams } from './customer-schemas';

// The contract's Score5/NpsAnswer ranges (not exported by @aftersales/contracts).
const Score5 = z.int().min(1).max(5);
const NpsAnswer = z.int().min(0).max(10);

const createSchema = z
  .object({
    repairOrderId: Id,
    customerId: z.uuid(),
    vehicleId: z.uuid(),
    centreId: Id,
    channel: ContactChannel,
    scores: z.object({ product: Score5, service: Score5, purchase: Score5 }).strict(),
    nps: NpsAnswer,
    comment: z.string().trim().max(4000).optional(),
  })
  .strict();

const listSchema = paginationQuerySchema.extend({
  repairOrderId: Id.optional(),
  customerId: z.uuid().optional(),
  centreId: Id.optional(),
});

export function surveysRouter(deps: CustomerDeps): Router {
  const router = Router();

  router.post(
    '/',
    requireRole(...PII_ROLES),
    route({ body: createSchema }, async ({ body }, req, res) => {
      const me = identityOf(req);
      try {
        await idempotentCreate(
          deps,
          req,
          res,
          { tenantId: me.tenantId, scope: 'POST /v1/surveys', body },
          async (tx) => ({
            resourceId: (await takeSurvey(deps, tx, me, { ...body, comment: body.comment || undefined })).id,
          }),
          async (id) => {
            const s = await deps.prisma.survey.findFirstOrThrow({ where: { id, tenantId: me.tenantId } });
            const [view] = await presentSurveys(deps, req, [s]);
            return { body: view!, headers: { Location: `/v1/surveys/${id}` } };
          },
        );
      } catch (err) {
        // Two surveys for one order at once: the loser hits the unique index.
        if (isUniqueViolation(err)) throw duplicateSurvey(body.repairOrderId);
        throw err;
      }
    }),
  );

  router.get(
    '/',
    route({ query: listSchema }, async ({ query }, req) => {
      const me = identityOf(req);
      const rows = await deps.prisma.survey.findMany({
        where: {
          AND: [
            { tenantId: me.tenantId },
            query.repairOrderId ? { repairOrderId: query.repairOrderId } : {},
            query.customerId ? { customerId: query.customerId } : {},
            query.centreId ? { centreId: query.centreId } : {},
            afterCursor(query.cursor),
          ],
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      const p = pageOf(rows, query.limit);
      return { items: await presentSurveys(deps, req, p.items), nextCursor: p.nextCursor };
    }),
  );

  router.get(
    '/:id',
    route({ params: idParams }, async ({ params }, req) => {
      const s = await deps.prisma.survey.findFirst({
        where: { id: params.id, tenantId: identityOf(req).tenantId },
      });
      if (!s) throw notFound(NOT_FOUND);
      return (await presentSurveys(deps, req, [s]))[0];
    }),
  );

  return router;
}
