// /v1/surveys: take a survey for a repair order (Idempotency-Key; a second one for the order is
// a 409), list and read them.
import { Router } from 'express';
import { z } from 'zod';
import { ContactChannel, Id } from '@aftersales/contracts';
import {
  identityOf,
  page,
  paginationQuerySchema,
  route,
  byCreation,
  pageSchema,
} from '@aftersales/service-kit';
import { notFound } from '../domain/errors';
import { PII_ROLES } from '../domain/pii';
import { type CustomerDeps } from '../application/deps';
import { centreScope } from '../application/scope';
import { SurveyViewSchema, presentSurveys, takeSurvey } from '../application/surveys';
import { idParams } from './customer-schemas';
import { createRequestOf, markCreated, readerOf } from './http';

// The contract's Score5/NpsAnswer ranges (not exported by @aftersales/contracts).
const Score5 = z.int().min(1).max(5);
const NpsAnswer = z.int().min(0).max(10);

/** The answers themselves: staff enter them here, a customer in self-service (/v1/me/surveys). */
export const surveyAnswers = {
  scores: z.object({ product: Score5, service: Score5, purchase: Score5 }).strict(),
  nps: NpsAnswer,
  comment: z.string().trim().max(4000).optional(),
};

const createSchema = z
  .object({
    repairOrderId: Id,
    customerId: z.uuid(),
    vehicleId: z.uuid(),
    centreId: Id,
    channel: ContactChannel,
    ...surveyAnswers,
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
    route(
      { body: createSchema },
      async ({ body }, req, res) => {
        const me = identityOf(req);
        const created = await takeSurvey(deps, me, createRequestOf(req, 'POST /v1/surveys', body), {
          ...body,
          comment: body.comment || undefined,
        });
        const s = await deps.prisma.survey.findFirstOrThrow({
          where: { id: created.resourceId, tenantId: me.tenantId },
        });
        const [view] = await presentSurveys(deps, readerOf(req), [s]);
        markCreated(res, created, `/v1/surveys/${created.resourceId}`);
        return view;
      },
      {
        summary: 'Take the satisfaction survey of a repair order (Idempotency-Key; one per order)',
        roles: PII_ROLES,
        response: SurveyViewSchema,
        idempotencyKey: 'required',
        status: 201,
        problems: [409, 422],
      },
    ),
  );

  router.get(
    '/',
    route(
      { query: listSchema },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.survey.findMany({
          where: {
            AND: [
              { tenantId: me.tenantId },
              centreScope(me),
              query.repairOrderId ? { repairOrderId: query.repairOrderId } : {},
              query.customerId ? { customerId: query.customerId } : {},
              query.centreId ? { centreId: query.centreId } : {},
              byCreation.where(query.cursor),
            ],
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        const p = page(rows, query.limit, byCreation.positionOf);
        return { items: await presentSurveys(deps, readerOf(req), p.items), nextCursor: p.nextCursor };
      },
      {
        summary: 'List surveys, by repair order, customer or centre (comment by role)',
        response: pageSchema(SurveyViewSchema),
      },
    ),
  );

  router.get(
    '/:id',
    route(
      { params: idParams },
      async ({ params }, req) => {
        const me = identityOf(req);
        const s = await deps.prisma.survey.findFirst({
          where: { id: params.id, tenantId: me.tenantId, AND: [centreScope(me)] },
        });
        if (!s) throw notFound();
        return (await presentSurveys(deps, readerOf(req), [s]))[0];
      },
      {
        summary: 'Read a survey (the comment decrypted, masked or erased by role)',
        response: SurveyViewSchema,
      },
    ),
  );

  return router;
}
