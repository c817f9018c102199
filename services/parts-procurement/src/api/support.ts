// Shared plumbing of the routers: the dependencies, running a use case in a unit of work as the
// caller, idempotent creation, and JSON-ready rows. Domain errors reach the kit's error handler.
import type { Request, Response } from 'express';
import {
  NotFound,
  checkResponse,
  idempotencyKeyOf,
  idempotentCreate as createOncePerKey,
  identityOf,
  now as clockNow,
} from '@aftersales/service-kit';
import { Prisma, type PrismaClient, type Tx } from '../db/client';
import { TX_OPTIONS, inTransaction, withinTransaction, type Ctx, type CtxBase } from '../application/context';

export interface ApiDeps {
  prisma: PrismaClient;
  /** Wakes the outbox relay after a commit that wrote events. */
  onEvents?: () => void;
  now?: () => Date;
  /** REPORTING_TIME_ZONE: the zone quarterly supplier reviews are local to (UTC when absent). */
  reportingTimeZone?: string;
}

export const missing = (what: string) => new NotFound(`${what} not found.`);

/** Who acts, for whom and when: the caller of this request, now, correlated by the request id. */
function callerBase(deps: ApiDeps, req: Request): CtxBase {
  const me = identityOf(req);
  return {
    tenantId: me.tenantId,
    actor: me.userId,
    now: (deps.now ?? clockNow)(),
    causationId: null,
    correlationId: req.id ? String(req.id) : undefined,
  };
}

/** Runs `fn` in one unit of work as the caller; its events are written to the outbox before commit. */
export async function run<R>(deps: ApiDeps, req: Request, fn: (ctx: Ctx) => Promise<R>): Promise<R> {
  const { result } = await inTransaction(deps.prisma, callerBase(deps, req), fn, deps.onEvents);
  return result;
}

/**
 * A create that honours `Idempotency-Key` through service-kit's idempotentCreate (the caller's
 * key, per tenant and user, with a time to live; a replay returns the stored response, another
 * body with the key is a 422). The key is optional here: without one the create simply runs.
 */
export async function idempotentCreate(
  deps: ApiDeps,
  req: Request,
  res: Response,
  scope: string,
  fn: (ctx: Ctx) => Promise<unknown>,
): Promise<void> {
  if (!idempotencyKeyOf(req)) {
    const body = plain(await run(deps, req, fn));
    checkResponse(req, res, body);
    res.status(201).json(body);
    return;
  }
  const base = callerBase(deps, req);
  let emitted = false;
  await createOncePerKey<unknown, Tx>(
    deps.prisma,
    req,
    res,
    { tenantId: base.tenantId, scope, body: req.body, transaction: TX_OPTIONS },
    (tx) =>
      withinTransaction(tx, base, async (ctx) => {
        const body = plain(await fn(ctx));
        emitted = ctx.events.length > 0;
        return { status: 201, body };
      }),
  );
  if (emitted) deps.onEvents?.();
}

/** Rows as JSON: numeric columns as numbers, times as ISO strings, the ledger's bigint seq as a string. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Prisma.Decimal.isDecimal(value)) return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, plain(v)]));
  return value;
}
