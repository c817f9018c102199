// Idempotent creation for POSTs that create: the Idempotency-Key (the caller's own: tenant and
// user), a hash of the request body and the response are stored in the service's
// `idempotency_record` table in the same transaction as the created entity, until the key's time
// to live ends. A replay returns the stored response; the same key with a different body is a
// 422. Of two concurrent requests with one key, the loser rolls back its entity and replays the
// winner's response. Every service carrying this table copies
// `libs/service-kit/prisma/idempotency.prisma` into its schema folder.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { maybeIdentityOf } from './auth';
import { IdempotencyKeyReused } from './domain/errors';
import { idempotencyKeyOf } from './idempotency';
import { checkResponse } from './validation';
import { findIdempotency, saveIdempotency, type RawSql } from './idempotency-store';

/** The slice of a Prisma client this needs (structural, so any service's client fits). */
export interface IdempotencyDb<Tx> extends RawSql {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
}

export interface Created<T> {
  status: number;
  body: T;
  headers?: Record<string, string>;
}

export const IDEMPOTENCY_KEY_REUSED = 'urn:aftersales:problem:idempotency-key-reused';

/** JSON with object keys sorted, so equal bodies hash equally whatever their property order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const requestHash = (body: unknown) => createHash('sha256').update(stableJson(body)).digest('hex');

class LostRace extends Error {}

export async function idempotentCreate<T, Tx extends RawSql>(
  db: IdempotencyDb<Tx>,
  req: Request,
  res: Response,
  opts: {
    tenantId: string;
    scope: string;
    body: unknown;
    transaction?: { maxWait?: number; timeout?: number };
  },
  create: (tx: Tx) => Promise<Created<T>>,
): Promise<void> {
  const ref = {
    tenantId: opts.tenantId,
    // A key is one user's: the same key from another user of the tenant is another request.
    userId: maybeIdentityOf(req)?.userId ?? 'anonymous',
    scope: opts.scope,
    key: idempotencyKeyOf(req, { required: true }),
  };
  const hash = requestHash(opts.body);

  const replay = async (): Promise<boolean> => {
    const stored = await findIdempotency(db, ref);
    if (!stored) return false;
    if (stored.requestHash !== hash) throw new IdempotencyKeyReused();
    const response = stored.response as { body: unknown; headers?: Record<string, string> };
    for (const [k, v] of Object.entries(response.headers ?? {})) res.setHeader(k, v);
    res.setHeader('Idempotent-Replayed', 'true');
    res.status(stored.status).json(response.body);
    return true;
  };

  if (await replay()) return;
  let created: Created<T>;
  try {
    created = await db.$transaction(async (tx) => {
      const result = await create(tx);
      const saved = await saveIdempotency(tx, ref, {
        requestHash: hash,
        status: result.status,
        response: { body: result.body, headers: result.headers ?? {} },
      });
      if (!saved) throw new LostRace(); // a concurrent request with this key won
      return result;
    }, opts.transaction);
  } catch (err) {
    if (err instanceof LostRace && (await replay())) return;
    throw err;
  }
  checkResponse(req, res, created.body);
  for (const [k, v] of Object.entries(created.headers ?? {})) res.setHeader(k, v);
  res.status(created.status).json(created.body);
}
