// How every repair use case runs: in the kit's unit of work (one transaction; the events it emits
// are validated, written to the outbox in the same commit, and the relay is woken after it), with
// repair as producer, the caller as actor and the request (or consumed event) as cause.
import {
  runUnitOfWork,
  withinUnitOfWork,
  type Identity,
  type UnitOfWork,
  type UnitOfWorkBase,
} from '@aftersales/service-kit';
import { type PrismaClient, type Tx } from '../db/client';
import { PRODUCER } from '../events/emit';
import { actorOf } from './customer-scope';

export type Uow = UnitOfWork<Tx>;

/** What a command needs besides its input: the database and the relay's wake-up call. */
export interface CommandDeps {
  prisma: PrismaClient;
  /** Called after a commit that wrote events (wakes the outbox relay). */
  onEvents?: () => void;
}

/** Who acts, when, for which request; and for commands the version the client saw (If-Match). */
export interface CommandContext {
  identity: Identity;
  now: Date;
  requestId?: string;
  expectedVersion?: number;
}

function baseOf(ctx: CommandContext): UnitOfWorkBase<Tx> {
  return {
    tenantId: ctx.identity.tenantId,
    actor: actorOf(ctx.identity),
    now: ctx.now,
    producer: PRODUCER,
    causationId: ctx.requestId ?? null,
  };
}

/** A command in its own unit of work; resolves to what `fn` returns once it committed. */
export async function runCommand<R>(
  deps: CommandDeps,
  ctx: CommandContext,
  fn: (uow: Uow) => Promise<R>,
): Promise<R> {
  const { result } = await runUnitOfWork<Tx, R>(deps.prisma, baseOf(ctx), fn, { onEvents: deps.onEvents });
  return result;
}

/** A create inside the transaction the API's idempotency store opened (the API wakes the relay). */
export function createWithin<R>(tx: Tx, ctx: CommandContext, fn: (uow: Uow) => Promise<R>): Promise<R> {
  return withinUnitOfWork(tx, baseOf(ctx), fn);
}

/**
 * The effect of a consumed event (caused by it) or of a sweep (caused by nothing) on one tenant's
 * data, inside a transaction someone else opened: actor "system".
 */
export function systemWithin<R>(
  tx: Tx,
  tenantId: string,
  now: Date,
  causationId: string | null,
  fn: (uow: Uow) => Promise<R>,
): Promise<R> {
  return withinUnitOfWork(tx, { tenantId, actor: 'system', now, producer: PRODUCER, causationId }, fn);
}

/** A sweep's step for one tenant in its own unit of work (the sweeper wakes the relay once). */
export async function runSystem<R>(
  prisma: PrismaClient,
  tenantId: string,
  now: Date,
  fn: (uow: Uow) => Promise<R>,
): Promise<R> {
  const base = { tenantId, actor: 'system', now, producer: PRODUCER, causationId: null };
  const { result } = await runUnitOfWork<Tx, R>(prisma, base, fn);
  return result;
}
