// How every change of this service runs: one unit of work (service-kit) per command, so the
// transaction, the events written to the outbox in the same commit and the relay woken after it
// are the same for the API's commands (runCommand) and the consumer's effects (withinEvent).
import { type AnyEvent } from '@aftersales/contracts';
import {
  runUnitOfWork,
  withinUnitOfWork,
  type Identity,
  type UnitOfWork,
  type UnitOfWorkBase,
} from '@aftersales/service-kit';
import { type Tx } from '../db/client';
import { PRODUCER, nowOf, type CustomerDeps } from './deps';

export type Work = UnitOfWork<Tx>;

/** Who acts and when, for a command of an API caller. */
export function commandBase(deps: Pick<CustomerDeps, 'now'>, me: Identity): UnitOfWorkBase<Tx> {
  return { tenantId: me.tenantId, actor: me.userId, now: nowOf(deps), producer: PRODUCER, causationId: null };
}

/** Runs a command in its own transaction; its events commit with it and wake the relay after. */
export async function runCommand<R>(
  deps: CustomerDeps,
  me: Identity,
  fn: (uow: Work) => Promise<R>,
): Promise<R> {
  const { result } = await runUnitOfWork<Tx, R>(deps.prisma, commandBase(deps, me), fn, {
    onEvents: deps.onEvents,
  });
  return result;
}

/** The effect of a consumed event inside its inbox transaction (the event is the cause). */
export function withinEvent<R>(
  deps: Pick<CustomerDeps, 'now'>,
  tx: Tx,
  event: AnyEvent,
  fn: (uow: Work) => Promise<R>,
): Promise<R> {
  return withinUnitOfWork<Tx, R>(
    tx,
    {
      tenantId: event.tenantId,
      actor: 'system',
      now: nowOf(deps),
      producer: PRODUCER,
      causationId: event.id,
      ...(event.correlationId ? { correlationId: event.correlationId } : {}),
    },
    fn,
  );
}
