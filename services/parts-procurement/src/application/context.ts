// What every use case needs: the transaction, who acts, the time, and the events it produces.
// Events are collected and written to the outbox at the end of the same transaction (one commit).
import { createEvent, type AnyEvent, type EventData, type EventType } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { type PrismaClient, type Tx } from '../db/client';

export const PRODUCER = 'parts-procurement';

export interface Ctx {
  tx: Tx;
  tenantId: string;
  /** User id, or "system" for effects of consumed events. */
  actor: string;
  now: Date;
  /** Id of the event or request that caused this change (envelope causationId). */
  causationId: string | null;
  correlationId?: string;
  events: AnyEvent[];
}

export function emitEvent<T extends EventType>(ctx: Ctx, type: T, subject: string, data: EventData<T>): void {
  ctx.events.push(
    createEvent(type, {
      producer: PRODUCER,
      tenantId: ctx.tenantId,
      subject,
      data,
      occurredAt: ctx.now,
      causationId: ctx.causationId,
      ...(ctx.correlationId ? { correlationId: ctx.correlationId } : {}),
    }) as AnyEvent,
  );
}

export const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/** Runs a use case in its own transaction and writes its events to the outbox before commit. */
export async function inTransaction<R>(
  prisma: PrismaClient,
  base: Omit<Ctx, 'tx' | 'events'>,
  fn: (ctx: Ctx) => Promise<R>,
): Promise<{ result: R; events: AnyEvent[] }> {
  return prisma.$transaction(async (tx) => {
    const ctx: Ctx = { ...base, tx, events: [] };
    const result = await fn(ctx);
    await enqueueEvents(tx, ctx.events);
    return { result, events: ctx.events };
  }, TX_OPTIONS);
}

/** Same, inside a transaction someone else opened (the inbox's). */
export async function withinTransaction<R>(
  tx: Tx,
  base: Omit<Ctx, 'tx' | 'events'>,
  fn: (ctx: Ctx) => Promise<R>,
): Promise<R> {
  const ctx: Ctx = { ...base, tx, events: [] };
  const result = await fn(ctx);
  await enqueueEvents(tx, ctx.events);
  return result;
}

export const num = (d: { toString(): string } | number | null | undefined): number =>
  d === null || d === undefined ? 0 : Number(d);
