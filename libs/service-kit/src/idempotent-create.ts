// Idempotent creation for POSTs that create (DESIGN.md 5): the Idempotency-Key, a hash of the
// request body and the response are stored in the service's `idempotency_record` table in the
// same transaction as the created entity. A replay returns the stored response; the same key
// with a different body is a 422. Of two concurrent requests with one key, the loser rolls back
// its entity and replays the winner's response. Every service carrying this table copies
// `libs/service-kit/prisma/idempotency.prisma` into its schema folder.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { HttpProblem } from './problem';
import { idempotencyKeyOf } from './idempotency';

/** The slice of a Prisma client this needs (structural, so any service's client fits). */
export interface IdempotencyDb<Tx> {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
}
interface RawTx {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface Created<T> {
  status: number;
  body: T;
  headers?: Record<string, string>;
}

export const IDEMPOTENCY_KEY_REUSED = 'urn:aftersales:problem:idempotency-key-reused';

/** JSON with sorted keys, so the hash does not depend on property order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const requestHash = (body: unknown) => createHash('sha256').update(stable(body)).digest('hex');

class LostRace extends Error {}

interface StoredRow {
  request_hash: string;
  status: number;
  response: { body: unknown; headers?: Record<string, string> };
}

export async function idempotentCreate<T, Tx extends RawTx>(
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
  const key = idempotencyKeyOf(req, { required: true });
  const hash = requestHash(opts.body);
  const ids = [opts.tenantId, opts.scope, key];

  const replay = async (): Promise<boolean> => {
    const [stored] = await db.$queryRawUnsafe<StoredRow[]>(
      'SELECT request_hash, status, response FROM idempotency_record WHERE tenant_id = $1 AND scope = $2 AND key = $3',
      ...ids,
    );
    if (!stored) return false;
    if (stored.request_hash !== hash) {
      throw new HttpProblem(422, {
        type: IDEMPOTENCY_KEY_REUSED,
        title: 'Idempotency-Key reused',
        detail: 'This Idempotency-Key was used with a different request body.',
      });
    }
    for (const [k, v] of Object.entries(stored.response.headers ?? {})) res.setHeader(k, v);
    res.setHeader('Idempotent-Replayed', 'true');
    res.status(stored.status).json(stored.response.body);
    return true;
  };

  if (await replay()) return;
  let created: Created<T>;
  try {
    created = await db.$transaction(async (tx) => {
      const result = await create(tx);
      const inserted = await tx.$queryRawUnsafe<unknown[]>(
        `INSERT INTO idempotency_record (tenant_id, scope, key, request_hash, status, response)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT DO NOTHING RETURNING 1`,
        ...ids,
        hash,
        result.status,
        JSON.stringify({ body: result.body, headers: result.headers ?? {} }),
      );
      if (inserted.length === 0) throw new LostRace(); // a concurrent request with this key won
      return result;
    }, opts.transaction);
  } catch (err) {
    if (err instanceof LostRace && (await replay())) return;
    throw err;
  }
  for (const [k, v] of Object.entries(created.headers ?? {})) res.setHeader(k, v);
  res.status(created.status).json(created.body);
}
