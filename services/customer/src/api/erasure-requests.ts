// /v1/erasure-requests: administrators work through customers' requests to be forgotten (asked in
// self-service, POST /v1/me/erasure-request): list them by status, complete one (the customer is
// erased, basis customer-request) or reject it with a reason the customer reads.
import { Router } from 'express';
import { z } from 'zod';
import {
  decodeCursor,
  identityOf,
  page,
  pageSchema,
  paginationQuerySchema,
  route,
  setETag,
} from '@aftersales/service-kit';
import { type CustomerDeps } from '../application/deps';
import {
  ErasureRequestStatus,
  ErasureRequestViewSchema,
  completeErasureRequest,
  presentErasureRequests,
  rejectErasureRequest,
} from '../application/erasure-requests';
import { customerScope } from '../application/scope';
import { type ErasureRequest } from '../db/client';
import { idParams } from './customer-schemas';
import { readerOf } from './http';

const ADMIN = ['admin'] as const;

const listSchema = paginationQuerySchema.extend({ status: ErasureRequestStatus.optional() });

const rejectionSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(1000)
      .describe('Shown to the customer, e.g. the legal retention period that applies'),
  })
  .strict();

// Oldest request first (the order they are worked through), keyset on (requestedAt, id).
const position = z.object({ requestedAt: z.iso.datetime(), id: z.uuid() });
const afterCursor = (cursor: string | undefined) => {
  if (!cursor) return {};
  const pos = decodeCursor(cursor, position);
  const requestedAt = new Date(pos.requestedAt);
  return { OR: [{ requestedAt: { gt: requestedAt } }, { requestedAt, id: { gt: pos.id } }] };
};
const positionOf = (r: ErasureRequest) => ({ requestedAt: r.requestedAt.toISOString(), id: r.id });

export function erasureRequestsRouter(deps: CustomerDeps): Router {
  const router = Router();

  router.get(
    '/',
    route(
      { query: listSchema },
      async ({ query }, req) => {
        const me = identityOf(req);
        const rows = await deps.prisma.erasureRequest.findMany({
          where: {
            AND: [
              { tenantId: me.tenantId },
              { customer: customerScope(me) },
              query.status ? { status: query.status.toUpperCase() as ErasureRequest['status'] } : {},
              afterCursor(query.cursor),
            ],
          },
          orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
          take: query.limit + 1,
        });
        const p = page(rows, query.limit, positionOf);
        return {
          items: await presentErasureRequests(deps, readerOf(req), p.items),
          nextCursor: p.nextCursor,
        };
      },
      {
        summary: "List customers' erasure requests, oldest first, by status (the reason decrypted, audited)",
        roles: ADMIN,
        response: pageSchema(ErasureRequestViewSchema),
      },
    ),
  );

  const decided = async (
    req: Parameters<typeof readerOf>[0],
    res: Parameters<typeof setETag>[0],
    row: ErasureRequest,
  ) => {
    setETag(res, row.version);
    return (await presentErasureRequests(deps, readerOf(req), [row]))[0];
  };

  router.post(
    '/:id/completion',
    route(
      { params: idParams },
      async ({ params }, req, res) =>
        decided(req, res, await completeErasureRequest(deps, identityOf(req), params.id)),
      {
        summary: 'Complete a pending erasure request: the customer is erased (basis customer-request)',
        roles: ADMIN,
        response: ErasureRequestViewSchema,
        status: 200,
        problems: [409],
      },
    ),
  );

  router.post(
    '/:id/rejection',
    route(
      { params: idParams, body: rejectionSchema },
      async ({ params, body }, req, res) =>
        decided(req, res, await rejectErasureRequest(deps, identityOf(req), params.id, body.reason)),
      {
        summary: 'Reject a pending erasure request with a reason the customer reads',
        roles: ADMIN,
        response: ErasureRequestViewSchema,
        status: 200,
        problems: [409, 422],
      },
    ),
  );

  return router;
}
