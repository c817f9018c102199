// Creating POSTs are idempotent by Idempotency-Key (service-kit's idempotentCreate, over this
// service's idempotency_record table), with this service's transaction options: intake queues on
// the tenant's reference counter, so a burst may wait longer for a pooled connection. The create
// runs as the caller's unit of work inside the idempotency transaction, so the entity, its events
// and the stored response commit together; the kit checks the created body against the route's
// declared response under tests.
import type { Request, Response } from 'express';
import { idempotentCreate, identityOf, type Created } from '@aftersales/service-kit';
import { type ComplaintContext } from '../application/context';
import { userWork, withinWork, type Work } from '../application/unit-of-work';
import { TX_OPTIONS, type Tx } from '../db/client';

export type { Created };

export async function createIdempotently<T>(
  ctx: ComplaintContext,
  req: Request,
  res: Response,
  opts: { scope: string; body: unknown },
  create: (uow: Work) => Promise<Created<T>>,
): Promise<void> {
  const me = identityOf(req);
  let emitted = false;
  await idempotentCreate<T, Tx>(
    ctx.prisma,
    req,
    res,
    { tenantId: me.tenantId, scope: opts.scope, body: opts.body, transaction: TX_OPTIONS },
    async (tx) => {
      const done = await withinWork(tx, userWork(ctx, me), create);
      emitted = done.emitted;
      return done.result;
    },
  );
  if (emitted) ctx.onEvents?.();
}
