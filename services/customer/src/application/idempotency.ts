// Idempotent creation, the service's only idempotency code, over service-kit's idempotency store
// (the caller's key, per tenant and user, with a time to live). A keyed digest of the request
// body and the created resource's id are stored in the unit of work that creates the resource.
// A replay names the same resource, which the API renders again: no response body is stored,
// since it would hold PII in clear. The same key with a different body is a 422. Of two
// concurrent requests with one key, the loser rolls back and replays the winner's result.
import {
  IdempotencyKeyReused,
  findIdempotency,
  runUnitOfWork,
  saveIdempotency,
  stableJson,
  type Identity,
} from '@aftersales/service-kit';
import { type Tx } from '../db/client';
import { type CustomerDeps } from './deps';
import { commandBase, type Work } from './unit-of-work';

/** What identifies one creating request: the operation, the caller's key and the parsed body. */
export interface CreateRequest {
  scope: string;
  key: string;
  body: unknown;
}

export interface Created {
  resourceId: string;
  /** True when the key was seen before and this names the resource created then. */
  replayed: boolean;
}

class LostRace extends Error {}

const CREATED = 201;

/** Runs `create` once per key in its own unit of work and returns the id of what it created. */
export async function idempotentCreate(
  deps: CustomerDeps,
  me: Identity,
  request: CreateRequest,
  create: (uow: Work) => Promise<string>,
): Promise<Created> {
  const ref = { tenantId: me.tenantId, userId: me.userId, scope: request.scope, key: request.key };
  // Keyed: a plain hash of a body full of PII could be confirmed by guessing.
  const hash = deps.indexer.digest(`idempotency:${request.scope}`, stableJson(request.body));

  const earlier = async (): Promise<Created | undefined> => {
    const stored = await findIdempotency(deps.prisma, ref);
    if (!stored?.resourceId) return undefined;
    if (stored.requestHash !== hash) throw new IdempotencyKeyReused();
    return { resourceId: stored.resourceId, replayed: true };
  };

  const replay = await earlier();
  if (replay) return replay;
  try {
    const { result } = await runUnitOfWork<Tx, string>(
      deps.prisma,
      commandBase(deps, me),
      async (uow) => {
        const resourceId = await create(uow);
        const saved = await saveIdempotency(uow.tx, ref, { requestHash: hash, status: CREATED, resourceId });
        if (!saved) throw new LostRace(); // a concurrent request with this key won
        return resourceId;
      },
      { onEvents: deps.onEvents },
    );
    return { resourceId: result, replayed: false };
  } catch (err) {
    if (err instanceof LostRace) {
      const winner = await earlier();
      if (winner) return winner;
    }
    throw err;
  }
}
