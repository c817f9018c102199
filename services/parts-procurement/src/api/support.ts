// Shared plumbing of the routers: the dependencies, running a use case in a unit of work as the
// caller, idempotent creation, and JSON-ready rows. Domain errors reach the kit's error handler.
import type { Request, Response } from 'express';
import {
  IdempotencyKeyReused,
  NotFound,
  checkResponse,
  findIdempotency,
  idempotencyKeyOf,
  identityOf,
  saveIdempotency,
  now as clockNow,
  requestHash,
} from '@aftersales/service-kit';
import { Prisma, type PrismaClient } from '../db/client';
import { inTransaction, type Ctx } from '../application/context';

export interface ApiDeps {
  prisma: PrismaClient;
  /** Wakes the outbox relay after a commit that wrote events. */
  onEvents?: () => void;
  now?: () => Date;
}

export const missing = (what: string) => new NotFound(`${what} not found.`);

/** Runs `fn` in one unit of work as the caller; its events are written to the outbox before commit. */
export async function run<R>(deps: ApiDeps, req: Request, fn: (ctx: Ctx) => Promise<R>): Promise<R> {
  const me = identityOf(req);
  const { result } = await inTransaction(
    deps.prisma,
    {
      tenantId: me.tenantId,
      actor: me.userId,
      now: (deps.now ?? clockNow)(),
      causationId: null,
      correlationId: req.id ? String(req.id) : undefined,
    },
    fn,
    deps.onEvents,
  );
  return result;
}

/**
 * A create that honours `Idempotency-Key` (service-kit's idempotency store: the caller's key, per
 * tenant and user, with a time to live): a hash of the body and the response are stored in the
 * creating transaction; a replay returns the stored response, another body with the key is a 422.
 * Without a key the create simply runs.
 */
class LostRace extends Error {}

export async function idempotentCreate(
  deps: ApiDeps,
  req: Request,
  res: Response,
  scope: string,
  fn: (ctx: Ctx) => Promise<unknown>,
): Promise<void> {
  const key = idempotencyKeyOf(req);
  const me = identityOf(req);
  const hash = requestHash(req.body);
  const ref = { tenantId: me.tenantId, userId: me.userId, scope, key: key ?? '' };
  const replay = async () => {
    if (!key) return false;
    const stored = await findIdempotency(deps.prisma, ref);
    if (!stored) return false;
    if (stored.requestHash !== hash) {
      throw new IdempotencyKeyReused();
    }
    res.setHeader('Idempotent-Replayed', 'true');
    res.status(stored.status).json(stored.response);
    return true;
  };
  if (await replay()) return;
  let body: unknown;
  try {
    body = await run(deps, req, async (ctx) => {
      const out = plain(await fn(ctx));
      if (key && !(await saveIdempotency(ctx.tx, ref, { requestHash: hash, status: 201, response: out })))
        throw new LostRace(); // a concurrent request with this key won
      return out;
    });
  } catch (err) {
    if (err instanceof LostRace && (await replay())) return;
    throw err;
  }
  checkResponse(req, res, body);
  res.status(201).json(body);
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
