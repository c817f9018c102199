// /v1/follow-ups: the call list (filter by status, customer, repair order, due date) and
// outcome recording. Follow-ups hold ids and dates only, so every role may read them.
import { Router } from 'express';
import { z } from 'zod';
import { ContactChannel, FollowupKind, Id } from '@aftersales/contracts';
import {
  identityOf,
  page,
  paginationQuerySchema,
  parseIfMatch,
  route,
  setETag,
  byCreation,
  pageSchema,
} from '@aftersales/service-kit';
import { notFound } from '../domain/errors';
import { PII_ROLES } from '../domain/pii';
import { type CustomerDeps } from '../application/deps';
import { centreScope } from '../application/scope';
import { recordOutcome } from '../application/followups';
import { type FollowUp } from '../db/client';
import { idParams } from './customer-schemas';

const Outcome = z.enum(['satisfied', 'issue-reported', 'no-answer', 'declined', 'booked-service']);
const Status = z.enum(['scheduled', 'completed', 'cancelled']);

const listSchema = paginationQuerySchema.extend({
  status: Status.optional(),
  customerId: Id.optional(),
  repairOrderId: Id.optional(),
  dueBefore: z.iso.datetime().optional(),
});

const outcomeSchema = z
  .object({
    outcome: Outcome,
    attempts: z.int().min(1).max(20).default(1),
    channel: ContactChannel.optional(),
    surveyId: z.uuid().optional(),
  })
  .strict();

export const FollowUpViewSchema = z.object({
  id: z.uuid(),
  kind: FollowupKind,
  repairOrderId: z.string().nullable(),
  customerId: z.string(),
  vehicleId: z.string(),
  centreId: z.string(),
  channel: ContactChannel,
  dueAt: z.iso.datetime(),
  status: Status,
  outcome: Outcome.nullable(),
  attempts: z.int().min(0),
  completedBy: z.string().nullable(),
  completedAt: z.iso.datetime().nullable(),
  surveyId: z.uuid().nullable(),
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
});

export type FollowUpView = z.infer<typeof FollowUpViewSchema>;

export function followUpView(f: FollowUp): FollowUpView {
  return {
    id: f.id,
    kind: f.kind as FollowUpView['kind'],
    repairOrderId: f.repairOrderId,
    customerId: f.customerId,
    vehicleId: f.vehicleId,
    centreId: f.centreId,
    channel: f.channel as FollowUpView['channel'],
    dueAt: f.dueAt.toISOString(),
    status: f.status.toLowerCase() as FollowUpView['status'],
    outcome: f.outcome as FollowUpView['outcome'],
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
    route(
      { query: listSchema },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.followUp.findMany({
          where: {
            AND: [
              { tenantId: me.tenantId },
              centreScope(me),
              query.status
                ? { status: query.status.toUpperCase() as 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' }
                : {},
              query.customerId ? { customerId: query.customerId } : {},
              query.repairOrderId ? { repairOrderId: query.repairOrderId } : {},
              query.dueBefore ? { dueAt: { lt: new Date(query.dueBefore) } } : {},
              byCreation.where(query.cursor),
            ],
          },
          orderBy: byCreation.orderBy,
          take: query.limit + 1,
        });
        const p = page(rows, query.limit, byCreation.positionOf);
        return { items: p.items.map(followUpView), nextCursor: p.nextCursor };
      },
      {
        summary: 'List follow-ups (the call list), by status, customer, repair order or due date',
        response: pageSchema(FollowUpViewSchema),
      },
    ),
  );

  router.get(
    '/:id',
    route(
      { params: idParams },
      async ({ params }, req, res) => {
        const me = identityOf(req);
        const f = await deps.prisma.followUp.findFirst({
          where: { id: params.id, tenantId: me.tenantId, AND: [centreScope(me)] },
        });
        if (!f) throw notFound();
        setETag(res, f.version);
        return followUpView(f);
      },
      { summary: 'Read a follow-up', response: FollowUpViewSchema },
    ),
  );

  router.post(
    '/:id/outcome',
    route(
      { params: idParams, body: outcomeSchema },
      async ({ params, body }, req, res) => {
        const done = await recordOutcome(deps, identityOf(req), params.id, parseIfMatch(req), body);
        setETag(res, done.version);
        return followUpView(done);
      },
      {
        summary: 'Record the outcome of a follow-up, once (If-Match optional)',
        roles: PII_ROLES,
        response: FollowUpViewSchema,
        status: 200,
        problems: [409, 412, 422],
      },
    ),
  );

  return router;
}
