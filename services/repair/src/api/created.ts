// Creating POSTs answer through the idempotency store (service-kit idempotentCreate: a replay
// returns the stored response). The create runs as a unit of work inside the store's transaction,
// so the entity, its events and the stored response commit together; the relay is woken after.
// idempotentCreate checks the body against the route's declared response (under tests); `created`
// takes the same schema so the compiler checks the body's type as well.
import { type Request, type Response } from 'express';
import { type z } from 'zod';
import { idempotentCreate, type Created } from '@aftersales/service-kit';
import { createWithin, type CommandContext, type Uow } from '../application/unit-of-work';
import { contextOf, type ApiDeps } from './deps';

/** A 201 with the body as JSON, its ETag (version) and Location when given. */
export function created<S extends z.ZodType>(
  _schema: S,
  body: z.output<S>,
  opts: { version?: number; location?: string } = {},
): Created<unknown> {
  const json: unknown = JSON.parse(JSON.stringify(body));
  const headers: Record<string, string> = {};
  if (opts.version !== undefined) headers.ETag = `"${opts.version}"`;
  if (opts.location !== undefined) headers.Location = opts.location;
  return { status: 201, body: json, headers };
}

/** Runs `create` once per Idempotency-Key of the caller (scope: the route, e.g. "POST /v1/rescues"). */
export async function createOnce(
  deps: ApiDeps,
  req: Request,
  res: Response,
  scope: string,
  body: unknown,
  create: (uow: Uow, ctx: CommandContext) => Promise<Created<unknown>>,
): Promise<void> {
  const ctx = contextOf(deps, req, 'none');
  await idempotentCreate(deps.prisma, req, res, { tenantId: ctx.identity.tenantId, scope, body }, (tx) =>
    createWithin(tx, ctx, (uow) => create(uow, ctx)),
  );
  deps.onEvents?.();
}
