// /v1/follow-ups: the call list (filter by status, customer, repair order, due date) and
// outcome recording. Follow-ups hold ids and dates only, so every role may read them.
import { Router } from 'express';
import { z } from 'zod';
import { ContactChannel, Id } from '@aftersales/contracts';
import {
  identityOf,
  notFound,
  paginationQuerySchema,
  parseIfMatch,
  requireRole,
  route,
  setETag,
} from '@aftersales/service-kit';
import { PII_ROLES } from '../domain/pii';
import { type CustomerDeps } from '../application/deps';
import { recordOutcome } from '../application/followups';
import { NOT_FOUND } from '../application/problems';
import { type FollowUp } from '../db/client';
import { afterCursor, orderByCursor, pageOf } from './paging';
import { idParams } from './customer-schemas';

const listSchema = paginationQuerySchema.extend({
  status: z.enum(['scheduled', 'completed', 'cancelled']).optional(),
  customerId: Id.optional(),
  repairOrderId: Id.optional(),
  dueBefore: z.iso.datetime().optional(),
});

const outcomeSchema = z
  .object({
    outcome: z.enum(['satisfied', 'issue-reported', 'no-answer', 'declined', 'booked-service']),
    attempts: z.int().min(1).max(20).default(1),
    channel: ContactChannel.optional(),
    surveyId: z.uuid().optional(),
  })
  .strict();

export function followUpView(f: FollowUp) {
  return {
    id: f.id,
    kind: f.kind,
    repairOrderId: f.repairOrderId,
    customerId: f.customerId,
    vehicleId: f.vehicleId,
    centreId: f.centreId,
    channel: f.channel,
    dueAt: f.dueAt.toISOString(),
    status: f.status.toLowerCase() as 'scheduled' | 'completed' | 'cancelled',
    outcome: f.outcome,
    attempts: f.attempts,
    completedBy: f.completedBy,
    completedAt: f.completedAt?.toISOString() ?? null,
    surveyId: f.surveyId,
    version: f.version,
    createdAt: f.createdAt.toISOString(),
  };
}

export function followUpsRouter(deps: CustomerDeps): Router {
  const router = Router();

  router.get(
    '/',
    route({ query: listSchema }, async ({ query }, req) => {
      const me = identityOf(req);
      const rows = await deps.prisma.followUp.findMany({
        where: {
          AND: [
            { tenantId: me.tenantId },
            query.status
              ? { status: query.status.toUpperCase() as 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' }
              : {},
            query.customerId ? { customerId: query.customerId } : {},
            query.repairOrderId ? { repairOrderId: query.repairOrderId } : {},
            query.dueBefore ? { dueAt: { lt: new Date(query.dueBefore) } } : {},
            afterCursor(query.cursor),
          ],
        },
        orderBy: orderByCursor,
        take: query.limit + 1,
      });
      const p = pageOf(rows, query.limit);
      return { items: p.items.map(followUpView), nextCursor: p.nextCursor };
    }),
  );

  router.get(
    '/:id',
    route({ params: idParams }, async ({ params }, req, res) => {
      const f = await deps.prisma.followUp.findFirst({
        where: { id: params.id, tenantId: identityOf(req).tenantId },
      });
      if (!f) throw notFound(NOT_FOUND);
      setETag(res, f.version);
      return followUpView(f);
    }),
  );

  router.post(
    '/:id/outcome',
    requireRole(...PII_ROLES),
    route({ params: idParams, body: outcomeSchema }, async ({ params, body }, req, res) => {
      const me = identityOf(req);
      const expected = parseIfMatch(req);
      const done = await deps.prisma.$transaction((tx) => recordOutcome(tx, me, params.id, expected, body));
      deps.onEvents?.();
      setETag(res, done.version);
      return followUpView(done);
    }),
  );

  return router;
}
