// Writing events into the transactional outbox: called inside the service's own Prisma
// transaction, so the entity change and its events commit or roll back together.
import { type Context } from '@opentelemetry/api';
import {
  createEvent,
  topicOf,
  type AnyEvent,
  type CreateEventFields,
  type EventEnvelope,
  type EventType,
} from '@aftersales/contracts';
import { injectTraceHeaders } from '../trace-context';
import { type SqlTx } from '../sql';

export interface EnqueueOptions {
  /** The trace context that caused these events; default: the active one. Stored so the relay
   *  publishes with the originating traceparent (the kafkajs instrumentation would overwrite it). */
  traceContext?: Context;
}

/** Rows per INSERT: array parameters keep the statement the same for any count, chunks keep it small. */
const CHUNK = 1_000;

/**
 * Inserts the events into `outbox_message` using the caller's transaction (any number of them).
 * Each goes to the topic of its type and version (an earlier version still published has its own).
 */
export async function enqueueEvents(
  tx: SqlTx,
  events: readonly EventEnvelope[],
  opts: EnqueueOptions = {},
): Promise<void> {
  if (events.length === 0) return;
  const headers = JSON.stringify(injectTraceHeaders(opts.traceContext));
  for (let i = 0; i < events.length; i += CHUNK) {
    const chunk = events.slice(i, i + CHUNK);
    await tx.$executeRawUnsafe(
      `INSERT INTO outbox_message (event_id, topic, key, event_type, payload, headers)
       SELECT e.event_id, e.topic, e.key, e.event_type, e.payload, $6::jsonb
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
              WITH ORDINALITY AS e(event_id, topic, key, event_type, payload, n)
        ORDER BY e.n`,
      chunk.map((e) => e.id),
      chunk.map((e) => topicOf(e.type as EventType, e.version)),
      chunk.map((e) => e.subject),
      chunk.map((e) => e.type),
      chunk.map((e) => JSON.stringify(e)),
      headers,
    );
  }
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
