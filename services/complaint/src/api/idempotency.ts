// Idempotent creation: the Idempotency-Key, a hash of the request and the response are stored in
// the same transaction as the created entity. A replay returns the stored response; the same key
// with a different body is a 422. Two concurrent requests with one key: the loser's transaction
// fails on the primary key and it replays the winner's response.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { HttpProblem, idempotencyKeyOf } from '@aftersales/service-kit';
import { isUniqueViolation, TX_OPTIONS, type PrismaClient, type Tx } from '../db/client';
import { ComplaintProblemTypes } from './problems';

export interface Created<T> {
  status: number;
  body: T;
  headers?: Record<string, string>;
}

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

export async function idempotentCreate<T>(
  prisma: PrismaClient,
  req: Request,
  res: Response,
  opts: { tenantId: string; scope: string; body: unknown },
  create: (tx: Tx) => Promise<Created<T>>,
): Promise<void> {
  const key = idempotencyKeyOf(req, { required: true });
  const hash = requestHash(opts.body);
  const where = { tenantId_scope_key: { tenantId: opts.tenantId, scope: opts.scope, key } };

  const replay = async (): Promise<boolean> => {
    const stored = await prisma.idempotencyRecord.findUnique({ where });
    if (!stored) return false;
    if (stored.requestHash !== hash) {
      throw new HttpProblem(422, {
        type: ComplaintProblemTypes.idempotencyMismatch,
        title: 'Idempotency-Key reused',
        detail: 'This Idempotency-Key was used with a different request body.',
      });
    }
    const body = stored.response as { body: T; headers?: Record<string, string> };
    for (const [k, v] of Object.entries(body.headers ?? {})) res.setHeader(k, v);
    res.setHeader('Idempotent-Replayed', 'true');
    res.status(stored.status).json(body.body);
    return true;
  };

  if (await replay()) return;
  let created: Created<T>;
  try {
    created = await prisma.$transaction(async (tx) => {
      const result = await create(tx);
      await tx.idempotencyRecord.create({
        data: {
          tenantId: opts.tenantId,
          scope: opts.scope,
          key,
          requestHash: hash,
          status: result.status,
          response: { body: result.body, headers: result.headers ?? {} } as object,
        },
      });
      return result;
    }, TX_OPTIONS);
  } catch (err) {
    if (isUniqueViolation(err) && (await replay())) return;
    throw err;
  }
  for (const [k, v] of Object.entries(created.headers ?? {})) res.setHeader(k, v);
  res.status(created.status).json(created.body);
}
