// Idempotent creation over service-kit's idempotency store (the caller's key, per tenant and user,
// with a time to live): a keyed digest of the request body and the created resource's id are
// stored in the same transaction as the resource. A replay renders the resource again (no response
// body is stored: it would hold PII in clear); the same key with a different body is a 422. Two
// concurrent requests with one key: the loser rolls back and replays the winner's result.
import type { Request, Response } from 'express';
import {
  HttpProblem,
  findIdempotency,
  idempotencyKeyOf,
  identityOf,
  saveIdempotency,
} from '@aftersales/service-kit';
import { type Tx } from '../db/client';
import { type CustomerDeps } from './deps';
import { ProblemTypes } from './problems';

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

class LostRace extends Error {}

export interface Created {
  resourceId: string;
  status?: number;
}

export async function idempotentCreate<T>(
  deps: CustomerDeps,
  req: Request,
  res: Response,
  opts: { tenantId: string; scope: string; body: unknown },
  create: (tx: Tx) => Promise<Created>,
  render: (resourceId: string) => Promise<{ body: T; headers?: Record<string, string> }>,
): Promise<void> {
  const ref = {
    tenantId: opts.tenantId,
    userId: identityOf(req).userId,
    scope: opts.scope,
    key: idempotencyKeyOf(req, { required: true }),
  };
  const hash = deps.indexer.digest(`idempotency:${opts.scope}`, stable(opts.body));

  const send = async (status: number, resourceId: string, replayed: boolean) => {
    const view = await render(resourceId);
    for (const [k, v] of Object.entries(view.headers ?? {})) res.setHeader(k, v);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(status).json(view.body);
  };
  const replay = async (): Promise<boolean> => {
    const stored = await findIdempotency(deps.prisma, ref);
    if (!stored?.resourceId) return false;
    if (stored.requestHash !== hash) {
      throw new HttpProblem(422, {
        type: ProblemTypes.idempotencyMismatch,
        title: 'Idempotency-Key reused',
        detail: 'This Idempotency-Key was used with a different request body.',
      });
    }
    await send(stored.status, stored.resourceId, true);
    return true;
  };

  if (await replay()) return;
  let created: Required<Created>;
  try {
    created = await deps.prisma.$transaction(async (tx) => {
      const result = await create(tx);
      const status = result.status ?? 201;
      const saved = await saveIdempotency(tx, ref, {
        requestHash: hash,
        status,
        resourceId: result.resourceId,
      });
      if (!saved) throw new LostRace(); // a concurrent request with this key won
      return { resourceId: result.resourceId, status };
    });
  } catch (err) {
    if (err instanceof LostRace && (await replay())) return;
    throw err;
  }
  deps.onEvents?.();
  await send(created.status, created.resourceId, false);
}
