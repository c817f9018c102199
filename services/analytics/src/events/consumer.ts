// Consumes every other service's stream (all registry topics but analytics' own outputs and the
// parts-demand stream, which carries our own forecasts) into the read models. Each event is
// applied once per consumer group (inbox, same transaction as the projection); the projection
// itself is idempotent and order-tolerant, so a replay under a fresh group (rebuild) gives the
// same views. When an order becomes closed-and-surveyed, its service outcome is emitted in the
// same transaction. Analytics reads every stream, so it consumes in batches (BatchEventConsumer:
// the inbox rows and projections of up to 200 messages of a partition in one transaction; the
// handler writes only through that transaction). A failed batch is handled again message by
// message, so one bad event still dead-letters alone.
import { now as clockNow } from '@aftersales/service-kit';
import { topics, type AnyEvent, type EventType } from '@aftersales/contracts';
import {
  BatchEventConsumer,
  type InboxOutcome,
  type TxEventHandlers,
  type ConsumerConnection,
  type MessageMeta,
} from '@aftersales/kafka';
import { emitOutcomeIfDue } from '../application/outcomes';
import { type PrismaClient, type Tx } from '../db/client';
import { projectEvent } from './project';

const EXCLUDED = new Set(['aftersales.parts.demand.v1']);

/** Registry topics analytics reads. */
export const CONSUMED_TOPICS: readonly string[] = topics
  .filter((t) => !t.name.startsWith('aftersales.analytics.') && !EXCLUDED.has(t.name))
  .map((t) => t.name);

const CONSUMED_TYPES: readonly EventType[] = topics
  .filter((t) => CONSUMED_TOPICS.includes(t.name))
  .flatMap((t) => t.eventTypes);

/** The repair order whose service outcome may become due after this event. */
function outcomeOrderOf(event: AnyEvent): string | null {
  switch (event.type) {
    case 'repair.order.completed':
    case 'repair.order.closed':
    case 'survey.completed':
      return event.data.repairOrderId;
    default:
      return null;
  }
}

/** Applies one event (projection + possibly the outcome), inside the caller's transaction. */
export async function applyEvent(tx: Tx, event: AnyEvent, now: Date, timeZone: string): Promise<void> {
  await projectEvent(tx, event, timeZone);
  const orderId = outcomeOrderOf(event);
  if (orderId) await emitOutcomeIfDue(tx, event.tenantId, orderId, 'complete', now);
}

export interface AnalyticsConsumerOptions extends ConsumerConnection {
  prisma: PrismaClient;
  /** The reporting time zone (REPORTING_TIME_ZONE) the views' days are dated in. */
  timeZone: string;
  /** Wakes the outbox relay after an event that may have enqueued an outcome. */
  onEvents?: () => void;
  now?: () => Date;
  /** Test and rebuild hook: every handled event with its inbox outcome. */
  onApplied?: (event: AnyEvent, outcome: 'applied' | 'duplicate', meta: MessageMeta) => void;
}

export function createAnalyticsConsumer(opts: AnalyticsConsumerOptions): BatchEventConsumer<Tx> {
  // Called inside the batch transaction, for events this group had not applied yet.
  const handle = (event: AnyEvent, _meta: MessageMeta, tx: Tx) =>
    applyEvent(tx, event, opts.now?.() ?? clockNow(), opts.timeZone);
  const handlers: TxEventHandlers<Tx> = {};
  for (const type of CONSUMED_TYPES) (handlers as Record<string, unknown>)[type] = handle;
  return new BatchEventConsumer<Tx>({
    ...opts,
    db: opts.prisma,
    topics: CONSUMED_TOPICS,
    handlers,
    // After the commit: wake the relay for an outcome it may have enqueued.
    onApplied: (event: AnyEvent, meta: MessageMeta, outcome: InboxOutcome) => {
      if (outcome === 'applied' && outcomeOrderOf(event)) opts.onEvents?.();
      opts.onApplied?.(event, outcome, meta);
    },
  });
}
