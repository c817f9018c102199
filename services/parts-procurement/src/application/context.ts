// What every use case gets: the kit's unit of work (transaction, tenant, actor, time, causation,
// the events it emits). Events are written to the outbox at the end of the same transaction.
import {
  emitEvent as emit,
  runUnitOfWork,
  withinUnitOfWork,
  type UnitOfWork,
  type UnitOfWorkBase,
} from '@aftersales/service-kit';
import { type EventData, type EventType } from '@aftersales/contracts';
import { type PrismaClient, type Tx } from '../db/client';

export const PRODUCER = 'parts-procurement';

export type Ctx = UnitOfWork<Tx>;
export type CtxBase = Omit<UnitOfWorkBase<Tx>, 'producer'>;

export function emitEvent<T extends EventType>(ctx: Ctx, type: T, subject: string, data: EventData<T>): void {
  emit(ctx, type, subject, data);
}

export const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/** Runs a use case in its own transaction and writes its events to the outbox before commit. */
export function inTransaction<R>(
  prisma: PrismaClient,
  base: CtxBase,
  fn: (ctx: Ctx) => Promise<R>,
  onEvents?: () => void,
) {
  return runUnitOfWork(prisma, { ...base, producer: PRODUCER }, fn, { transaction: TX_OPTIONS, onEvents });
}

/** Same, inside a transaction someone else opened (the inbox's). */
export function withinTransaction<R>(tx: Tx, base: CtxBase, fn: (ctx: Ctx) => Promise<R>): Promise<R> {
  return withinUnitOfWork(tx, { ...base, producer: PRODUCER }, fn);
}

export const num = (d: { toString(): string } | number | null | undefined): number =>
  d === null || d === undefined ? 0 : Number(d);
