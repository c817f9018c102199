// Writing events into the transactional outbox: called inside the service's own Prisma
// transaction, so the entity change and its events commit or roll back together.
import { type Context } from '@opentelemetry/api';
import {
  createEvent,
  topicOf,
  type AnyEvent,
  type CreateEventFields,
  type EventType,
} from '@aftersales/contracts';
import { injectTraceHeaders } from '../trace-context';
import { type SqlTx } from '../sql';

export interface EnqueueOptions {
  /** The trace context that caused these events; default: the active one. Stored so the relay
   *  publishes with the originating traceparent (DESIGN.md 6: instrumentation overwrites it). */
  traceContext?: Context;
}

/** Inserts the events into `outbox_message` using the caller's transaction. */
export async function enqueueEvents(
  tx: SqlTx,
  events: readonly AnyEvent[],
  opts: EnqueueOptions = {},
): Promise<void> {
  if (events.length === 0) return;
  const headers = JSON.stringify(injectTraceHeaders(opts.traceContext));
  const values: unknown[] = [];
  const rows = events.map((event, i) => {
    values.push(event.id, topicOf(event.type), event.subject, event.type, JSON.stringify(event), headers);
    const p = i * 6;
    return `($${p + 1}::uuid, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb, $${p + 6}::jsonb)`;
  });
  await tx.$executeRawUnsafe(
    `INSERT INTO outbox_message (event_id, topic, key, event_type, payload, headers) VALUES ${rows.join(', ')}`,
    ...values,
  );
}

/** Builds a contract event (validated) and enqueues it; returns the event for the caller's response. */
export async function emit<T extends EventType>(
  tx: SqlTx,
  type: T,
  fields: CreateEventFields<T>,
  opts?: EnqueueOptions,
): Promise<AnyEvent> {
  const event = createEvent(type, fields) as AnyEvent;
  await enqueueEvents(tx, [event], opts);
  return event;
}
