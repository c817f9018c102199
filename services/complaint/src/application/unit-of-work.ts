// How every use case of this service runs: as one service-kit unit of work. A request's command
// gets its own transaction (runWork); an effect inside a transaction someone else opened (the
// consumer's inbox, an idempotent create, a sweep's batch) runs within it (withinWork). Either
// way the events it emits reach the outbox in the same commit as its change.
import {
  runUnitOfWork,
  withinUnitOfWork,
  type Identity,
  type UnitOfWork,
  type UnitOfWorkBase,
} from '@aftersales/service-kit';
import { TX_OPTIONS, type Tx } from '../db/client';
import { PRODUCER } from '../events/emit';
import { type ComplaintContext } from './context';

export type Work = UnitOfWork<Tx>;
export type WorkBase = UnitOfWorkBase<Tx>;

/** The actor of effects of consumed events and sweeps. */
export const SYSTEM = 'system';

/** Who acts, for whom and when: a user of a tenant, now. */
export function userWork(ctx: ComplaintContext, identity: Identity): WorkBase {
  return {
    tenantId: identity.tenantId,
    actor: identity.userId,
    now: ctx.now(),
    producer: PRODUCER,
    causationId: null,
  };
}

/** The service itself acting for a tenant: a consumed event (its id is the causation) or a sweep. */
export function systemWork(tenantId: string, now: Date, causationId: string | null = null): WorkBase {
  return { tenantId, actor: SYSTEM, now, producer: PRODUCER, causationId };
}

/** One command in its own transaction; the relay is woken after a commit that wrote events. */
export async function runWork<R>(
  ctx: ComplaintContext,
  base: WorkBase,
  fn: (uow: Work) => Promise<R>,
): Promise<R> {
  const { result } = await runUnitOfWork<Tx, R>(ctx.prisma, base, fn, {
    transaction: TX_OPTIONS,
    onEvents: ctx.onEvents,
  });
  return result;
}

/**
 * The same inside a transaction someone else opened; returns whether it emitted events, so the
 * caller can wake the relay after its commit.
 */
export async function withinWork<R>(
  tx: Tx,
  base: WorkBase,
  fn: (uow: Work) => Promise<R>,
): Promise<{ result: R; emitted: boolean }> {
  let emitted = false;
  const result = await withinUnitOfWork<Tx, R>(tx, base, async (uow) => {
    const r = await fn(uow);
    emitted = uow.events.length > 0;
    return r;
  });
  return { result, emitted };
}

/** The acting user's id for history rows; null when the service acts by itself. */
export const actorIdOf = (uow: Pick<Work, 'actor'>): string | null =>
  uow.actor === SYSTEM ? null : uow.actor;
