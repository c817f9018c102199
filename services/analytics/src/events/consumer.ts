// Consumes every other service's stream (all registry topics but analytics' own outputs and the
// parts-demand stream, which carries our own forecasts) into the read models. Each event is
// applied once per consumer group (inbox, same transaction as the projection); the projection
// itself is idempotent and order-tolerant, so a replay under a fresh group (rebuild) gives the
// same views. When an order becomes closed-and-surveyed, its service outcome is emitted in the
// same transaction. Analytics reads every stream, so it consumes in batches (BatchEventConsumer:
// the inbox rows of up to `maxBatchSize` messages of a partition in one transaction) and projects
// each chunk set-based (project-batch.ts: a fixed number of statements per chunk). A failed chunk
// is handled again message by message, so one bad event still dead-letters alone.
import { now as clockNow } from '@aftersales/service-kit';
import { topics, type AnyEvent, type EventType } from '@aftersales/contracts';
import {
  BatchEventConsumer,
  type InboxOutcome,
  type TxEventHandlers,
  type ConsumerConnection,
  type EventConsumerOptions,
  type MessageMeta,
} from '@aftersales/kafka';
import { type OutcomePublishing } from '../application/outcomes';
import { type PrismaClient, type Tx } from '../db/client';
import { applyEvents, storeReplayedEvents } from './project-batch';
import { applyEventReference } from './project-reference';
import { outcomeOrderOf } from './outcome-trigger';

const EXCLUDED = new Set(['aftersales.parts.demand.v1']);

/** Registry topics analytics reads. */
export const CONSUMED_TOPICS: readonly string[] = topics
  .filter((t) => !t.name.startsWith('aftersales.analytics.') && !EXCLUDED.has(t.name))
  .map((t) => t.name);

const CONSUMED_TYPES: readonly EventType[] = topics
  .filter((t) => CONSUMED_TOPICS.includes(t.name))
  .flatMap((t) => t.eventTypes);

export interface AnalyticsConsumerOptions extends ConsumerConnection {
  prisma: PrismaClient;
  /** The reporting time zone (REPORTING_TIME_ZONE) the views' days are dated in. */
  timeZone: string;
  /** Pseudonym key and v1 window of the service outcomes the events make due. */
  outcomes: OutcomePublishing;
  /** Wakes the outbox relay after an event that may have enqueued an outcome. */
  onEvents?: () => void;
  now?: () => Date;
  /** Test and rebuild hook: every handled event with its inbox outcome. */
  onApplied?: (event: AnyEvent, outcome: 'applied' | 'duplicate', meta: MessageMeta) => void;
  /** Observability hook: every message's outcome (the rebuild follows its progress with it). */
  onOutcome?: EventConsumerOptions['onOutcome'];
  /** Most messages per transaction (default 200; the rebuild uses thousands). */
  maxBatchSize?: number;
  /** Fetch sizes for large chunks (EventConsumerOptions.fetch). */
  fetch?: EventConsumerOptions['fetch'];
  /** Partitions projected at the same time (default 1; EventConsumerOptions). */
  partitionsConsumedConcurrently?: number;
  /**
   * `replay`: a rebuild's chunks store facts only, no inbox (the facts are keyed by event id);
   * the caller computes the views afterwards (project-replay.ts). `reference`: the per-event
   * projection (project-reference.ts) instead of the set-based one, to compare results and speed
   * (tests, `REBUILD_PROJECTION=reference`); never in production.
   */
  projection?: 'set-based' | 'reference' | 'replay';
}

export function createAnalyticsConsumer(opts: AnalyticsConsumerOptions): BatchEventConsumer<Tx> {
  const now = () => opts.now?.() ?? clockNow();
  // Called inside the chunk's transaction, for events this group had not applied yet.
  const projection =
    opts.projection === 'reference'
      ? { handlers: referenceHandlers(opts.timeZone, now, opts.outcomes) }
      : opts.projection === 'replay'
        ? {
            inbox: false,
            batchHandler: {
              types: CONSUMED_TYPES,
              handle: (items: readonly { event: AnyEvent }[], tx: Tx) =>
                storeReplayedEvents(
                  tx,
                  items.map((i) => i.event),
                ),
            },
          }
        : {
            batchHandler: {
              types: CONSUMED_TYPES,
              handle: (items: readonly { event: AnyEvent }[], tx: Tx) =>
                applyEvents(
                  tx,
                  items.map((i) => i.event),
                  now(),
                  opts.timeZone,
                  opts.outcomes,
                ),
            },
          };
  return new BatchEventConsumer<Tx>({
    ...opts,
    db: opts.prisma,
    topics: CONSUMED_TOPICS,
    ...projection,
    // After the commit: wake the relay for an outcome it may have enqueued.
    onApplied: (event: AnyEvent, meta: MessageMeta, outcome: InboxOutcome) => {
      if (outcome === 'applied' && outcomeOrderOf(event)) opts.onEvents?.();
      opts.onApplied?.(event, outcome, meta);
    },
  });
}

/** The per-event handlers of the reference projection. */
function referenceHandlers(
  timeZone: string,
  now: () => Date,
  outcomes: OutcomePublishing,
): TxEventHandlers<Tx> {
  const handle = (event: AnyEvent, _meta: MessageMeta, tx: Tx) =>
    applyEventReference(tx, event, now(), timeZone, outcomes);
  const handlers: TxEventHandlers<Tx> = {};
  for (const type of CONSUMED_TYPES) (handlers as Record<string, unknown>)[type] = handle;
  return handlers;
}
