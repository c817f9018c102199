// One unit of work per command: a transaction, who acts and when, and the events the command
// produces. The events are validated when emitted and written to the outbox in the same
// transaction as the change (one commit), and the relay is woken after the commit. Used by the
// API's commands (runUnitOfWork) and by consumers inside their inbox transaction
// (withinUnitOfWork), so a use case is written once for both.
import { createEvent, type AnyEvent, type EventData, type EventType } from '@aftersales/contracts';
import { enqueueEvents, type SqlDb, type SqlTx } from '@aftersales/kafka';

export interface UnitOfWork<Tx> {
  tx: Tx;
  tenantId: string;
  /** User id, or "system" for effects of consumed events and sweeps. */
  actor: string;
  now: Date;
  /** The service that emits the events (envelope `producer`). */
  producer: string;
  /** Id of the event or request that caused this change (envelope causationId). */
  causationId: string | null;
  correlationId?: string;
  /** Events written to the outbox when the work commits. */
  events: AnyEvent[];
}

export type UnitOfWorkBase<Tx> = Omit<UnitOfWork<Tx>, 'tx' | 'events'>;

export interface UnitOfWorkOptions {
  /** Prisma's interactive-transaction limits. */
  transaction?: { maxWait?: number; timeout?: number };
  /** Called after a commit that wrote events: wakes the outbox relay. */
  onEvents?: () => void;
}

/**
 * Adds a contract event (validated now, so a bad one fails the command, not the consumer). Its
 * causation and correlation default to the unit of work's; `ids` overrides them for one event
 * (e.g. a service that correlates by aggregate).
 */
export function emitEvent<T extends EventType>(
  uow: UnitOfWork<unknown>,
  type: T,
  subject: string,
  data: EventData<T>,
  ids: { correlationId?: string; causationId?: string | null } = {},
): AnyEvent {
  const correlationId = ids.correlationId ?? uow.correlationId;
  const event = createEvent(type, {
    producer: uow.producer,
    tenantId: uow.tenantId,
    subject,
    data,
    occurredAt: uow.now,
    causationId: ids.causationId !== undefined ? ids.causationId : uow.causationId,
    ...(correlationId ? { correlationId } : {}),
  }) as AnyEvent;
  uow.events.push(event);
  return event;
}

/** Runs `fn` in its own transaction; its events reach the outbox in the same commit. */
export async function runUnitOfWork<Tx extends SqlTx, R>(
  db: SqlDb<Tx>,
  base: UnitOfWorkBase<Tx>,
  fn: (uow: UnitOfWork<Tx>) => Promise<R>,
  opts: UnitOfWorkOptions = {},
): Promise<{ result: R; events: AnyEvent[] }> {
  const out = await db.$transaction(async (tx) => {
    const uow: UnitOfWork<Tx> = { ...base, tx, events: [] };
    const result = await fn(uow);
    await enqueueEvents(tx, uow.events);
    return { result, events: uow.events };
  }, opts.transaction);
  if (out.events.length > 0) opts.onEvents?.();
  return out;
}

/** The same inside a transaction someone else opened (a consumer's inbox transaction). */
export async function withinUnitOfWork<Tx extends SqlTx, R>(
  tx: Tx,
  base: UnitOfWorkBase<Tx>,
  fn: (uow: UnitOfWork<Tx>) => Promise<R>,
): Promise<R> {
  const uow: UnitOfWork<Tx> = { ...base, tx, events: [] };
  const result = await fn(uow);
  await enqueueEvents(tx, uow.events);
  return result;
}
