// Batch consumption: the inbox rows and effects of up to `maxBatchSize` messages of one partition
// commit in ONE database transaction, instead of one transaction per message. Same guarantees as
// EventConsumer + handleOnce: offsets are resolved only after that transaction committed (a crash
// before redelivers, and the inbox absorbs what had committed). If the batch transaction fails,
// its messages are handled again one by one, each in its own transaction, with EventConsumer's
// failure rules: a poison message dead-letters alone, and a transient failure (the database went
// away) stops at that message and pauses the partition until it can be retried.
import { SpanKind, context, trace } from '@opentelemetry/api';
import { type ConsumerRunConfig, type EachBatchPayload, type KafkaMessage } from 'kafkajs';
import { type AnyEvent, type EventOf, type EventType } from '@aftersales/contracts';
import { handleOnce, recordInboxBatch, type InboxOutcome } from '../inbox/inbox';
import { type SqlDb, type SqlTx } from '../sql';
import {
  EventConsumer,
  type ConsumerSpan,
  type EventConsumerOptions,
  type EventHandlers,
  type MessageMeta,
  type MessageResult,
} from './consumer';

/** A handler that applies an event's effect inside the consumer's transaction (inbox already checked). */
export type TxEventHandler<T extends EventType, Tx extends SqlTx> = (
  event: EventOf<T>,
  meta: MessageMeta,
  tx: Tx,
) => Promise<void>;
export type TxEventHandlers<Tx extends SqlTx> = { [K in EventType]?: TxEventHandler<K, Tx> };

/** One event the inbox found new, with where it came from. */
export interface BatchItem {
  event: AnyEvent;
  meta: MessageMeta;
}

/**
 * A set-based handler: applies the effects of several events at once, inside the consumer's
 * transaction. It gets the events of a chunk the inbox found new (each id once), in offset order.
 */
export interface TxBatchHandler<Tx extends SqlTx> {
  /** The event types it handles; other types are ignored (recorded nowhere, like unhandled ones). */
  types: readonly EventType[];
  handle: (items: readonly BatchItem[], tx: Tx) => Promise<void>;
}

export interface BatchEventConsumerOptions<Tx extends SqlTx> extends Omit<EventConsumerOptions, 'handlers'> {
  /** The service's Prisma client: the inbox and the handlers' effects share its transactions. */
  db: SqlDb<Tx>;
  /** Per-event handlers, called one after the other in the chunk's transaction. */
  handlers?: TxEventHandlers<Tx>;
  /**
   * Instead of `handlers`: one call per chunk with all its new events, so a projection can write
   * them with a few multi-row statements. When the chunk's transaction fails and its messages are
   * handled one by one, it is called with one item per transaction.
   */
  batchHandler?: TxBatchHandler<Tx>;
  /** Most messages per transaction (default 200). A replay may want thousands (see `fetch`). */
  maxBatchSize?: number;
  /**
   * `false`: no inbox rows. Only for a `batchHandler` whose effects are keyed by event id, so a
   * redelivered event changes nothing by itself (a replay under a fresh group, e.g. analytics'
   * rebuild, where the inbox insert cost as much as the projection). An id twice in one chunk is
   * still handed over once. Default `true`.
   */
  inbox?: boolean;
  /** Called after the transaction that applied (or found already applied) an event committed. */
  onApplied?: (event: AnyEvent, meta: MessageMeta, outcome: InboxOutcome) => void;
}

const tracer = trace.getTracer('@aftersales/kafka');

/**
 * Runs one handler in a span under its message's CONSUMER span, so the message's trace shows the
 * consuming service's work. The batch transaction's own statements belong to the batch span.
 */
function traced<T>(
  parent: ReturnType<typeof context.active>,
  name: string,
  run: () => Promise<T>,
): Promise<T> {
  return context.with(parent, () =>
    tracer.startActiveSpan(name, { kind: SpanKind.INTERNAL }, async (span) => {
      try {
        return await run();
      } finally {
        span.end();
      }
    }),
  );
}

interface Item<Tx extends SqlTx> {
  event: AnyEvent;
  meta: MessageMeta;
  message: KafkaMessage;
  handler: TxEventHandler<EventType, Tx>;
  span: ConsumerSpan;
}

/** How far a chunk got: the last offset that is done, and why it stopped early (if it did). */
interface ChunkProgress {
  lastDone?: string;
  stop?: Exclude<MessageResult, { status: 'done' }>;
  stopOffset?: string;
}

export class BatchEventConsumer<Tx extends SqlTx> extends EventConsumer {
  private readonly batchOpts: BatchEventConsumerOptions<Tx>;

  constructor(opts: BatchEventConsumerOptions<Tx>) {
    if (!opts.handlers === !opts.batchHandler)
      throw new Error('BatchEventConsumer needs either handlers or a batchHandler');
    if (opts.inbox === false && !opts.batchHandler)
      throw new Error('BatchEventConsumer without an inbox needs an idempotent batchHandler');
    // The base class only looks a handler up to tell handled types from ignored ones.
    super({
      ...opts,
      handlers: (opts.handlers ?? batchTypes(opts.batchHandler!)) as unknown as EventHandlers,
    });
    this.batchOpts = opts;
  }

  /** Applies the effects of the items the inbox found new, in the caller's transaction. */
  private async applyNew(items: readonly Item<Tx>[], tx: Tx, parent: ReturnType<typeof context.active>) {
    const batch = this.batchOpts.batchHandler;
    if (batch) {
      if (items.length === 0) return;
      await traced(parent, `${items[0]!.meta.topic} handle batch`, () =>
        batch.handle(
          items.map(({ event, meta }) => ({ event, meta })),
          tx,
        ),
      );
      return;
    }
    for (const item of items)
      await traced(item.span.context, `${item.event.type} handle`, () =>
        item.handler(item.event as EventOf<EventType>, item.meta, tx),
      );
  }

  protected override runConfig(): ConsumerRunConfig {
    return { ...super.runConfig(), eachBatch: (p) => this.onBatches(p) };
  }

  private async onBatches({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload) {
    const max = this.batchOpts.maxBatchSize ?? 200;
    for (let i = 0; i < batch.messages.length; i += max) {
      if (!isRunning() || isStale() || !this.running) return;
      const chunk = batch.messages.slice(i, i + max);
      const progress = await this.onChunk(batch.topic, batch.partition, chunk, heartbeat);
      if (progress.lastDone !== undefined) resolveOffset(progress.lastDone);
      if (progress.stop) {
        if (progress.stop.status === 'retry-later')
          this.retryLater(
            batch.topic,
            batch.partition,
            progress.stopOffset ?? '?',
            progress.stop.failure,
            progress.stop.error,
          );
        return; // unresolved from stopOffset on: fetched again once the partition resumes
      }
      this.pauses.succeeded(batch.topic, batch.partition);
      await heartbeat();
    }
  }

  private async onChunk(
    topic: string,
    partition: number,
    chunk: KafkaMessage[],
    heartbeat: () => Promise<void>,
  ): Promise<ChunkProgress> {
    const items: Item<Tx>[] = [];
    // Messages before the first decoded one that are done (dead-lettered or ignored) and the point
    // where decoding had to stop (the dead-letter topic was unavailable).
    let decodeStop: ChunkProgress | undefined;
    let lastDecoded: string | undefined;
    for (const message of chunk) {
      try {
        const decoded = await this.decode(topic, partition, message); // dead-letters what cannot parse
        lastDecoded = message.offset;
        if (!decoded) continue;
        items.push({
          event: decoded.event,
          meta: decoded.meta,
          message,
          handler: decoded.handler as unknown as TxEventHandler<EventType, Tx>,
          span: this.startSpan(decoded.event, decoded.meta, topic, message.offset),
        });
      } catch (err) {
        decodeStop = { stop: this.deadLetterFailed(err), stopOffset: message.offset };
        break;
      }
    }
    const progress: ChunkProgress =
      items.length === 0
        ? { lastDone: lastDecoded }
        : await this.applyBatch(items, topic, partition, heartbeat, lastDecoded);
    if (decodeStop && !progress.stop) return { lastDone: progress.lastDone, ...decodeStop };
    return progress;
  }

  private async applyBatch(
    items: Item<Tx>[],
    topic: string,
    partition: number,
    heartbeat: () => Promise<void>,
    lastDecoded: string | undefined,
  ): Promise<ChunkProgress> {
    // Several messages: one CONSUMER span for the batch, linked to every message's span, holds
    // the transaction's statements (Prisma runs them in the context the transaction began in).
    // A single message: its own span, as with EventConsumer.
    const batchSpan =
      items.length === 1
        ? undefined
        : tracer.startSpan(`${items[0]!.meta.topic} process batch`, {
            kind: SpanKind.CONSUMER,
            attributes: {
              'messaging.system': 'kafka',
              'messaging.destination.name': topic,
              'messaging.batch.message_count': items.length,
            },
            links: items.flatMap((item) => {
              const linked = trace.getSpanContext(item.span.context);
              return linked ? [{ context: linked }] : [];
            }),
          });
    let outcomes: InboxOutcome[];
    try {
      const txContext = batchSpan ? trace.setSpan(context.active(), batchSpan) : items[0]!.span.context;
      outcomes = await context.with(txContext, () =>
        this.batchOpts.db.$transaction(
          async (tx) => {
            const fresh =
              this.batchOpts.inbox === false
                ? new Set(items.map((item) => item.event.id))
                : await recordInboxBatch(
                    tx,
                    this.opts.groupId,
                    items.map(({ event, meta }) => ({
                      event,
                      topic: meta.topic,
                      partition,
                      offset: meta.offset,
                    })),
                  );
            // delete: an id twice in one chunk is applied for its first occurrence only
            const result: InboxOutcome[] = items.map((item) =>
              fresh.delete(item.event.id) ? 'applied' : 'duplicate',
            );
            await this.applyNew(
              items.filter((_, i) => result[i] === 'applied'),
              tx,
              txContext,
            );
            return result;
          },
          { timeout: 60_000, maxWait: 10_000 },
        ),
      );
    } catch (err) {
      batchSpan?.recordException(err as Error);
      batchSpan?.end();
      this.opts.logger?.warn(
        { err, topic, partition, messages: items.length },
        'batch transaction failed; handling its messages one by one',
      );
      return this.applyOneByOne(items, topic, partition, heartbeat, lastDecoded);
    }
    batchSpan?.end();
    items.forEach((item, i) => {
      item.span.end();
      this.handled(item.meta);
      this.batchOpts.onApplied?.(item.event, item.meta, outcomes[i]!);
    });
    return { lastDone: lastDecoded };
  }

  /** The per-message path: own transaction, EventConsumer's failure rules; stops at a message that must wait. */
  private async applyOneByOne(
    items: Item<Tx>[],
    topic: string,
    partition: number,
    heartbeat: () => Promise<void>,
    lastDecoded: string | undefined,
  ): Promise<ChunkProgress> {
    let lastDone: string | undefined;
    for (const [index, item] of items.entries()) {
      const { event, meta } = item;
      const result = await context.with(item.span.context, () =>
        this.attempt(
          { topic, partition, message: item.message, meta, event, span: item.span, heartbeat },
          () =>
            this.batchOpts.inbox === false
              ? this.batchOpts.db.$transaction(async (tx) => {
                  await this.applyNew([item], tx, item.span.context);
                  return 'applied' as const;
                })
              : handleOnce(
                  this.batchOpts.db,
                  {
                    consumerGroup: this.opts.groupId,
                    event,
                    topic: meta.topic,
                    partition,
                    offset: meta.offset,
                  },
                  (tx) => this.applyNew([item], tx, item.span.context),
                ),
        ),
      );
      if (result.status !== 'done') {
        // Spans of the messages that will come back are closed; they get new ones on redelivery.
        for (const later of items.slice(index + 1)) later.span.end();
        // Done so far: everything before this message (dead letters and ignored ones included).
        return {
          lastDone: previousOffset(item.message.offset, lastDone),
          stop: result,
          stopOffset: item.message.offset,
        };
      }
      lastDone = item.message.offset;
      this.handled(meta);
      if (result.value) this.batchOpts.onApplied?.(event, meta, result.value);
      await heartbeat();
    }
    return { lastDone: lastDecoded };
  }
}

/** The handler map the base class decides by: every type the batch handler takes. */
function batchTypes<Tx extends SqlTx>(batch: TxBatchHandler<Tx>): TxEventHandlers<Tx> {
  const notCalled = () => Promise.reject(new Error('events of a batch handler go to batchHandler.handle'));
  return Object.fromEntries(batch.types.map((type) => [type, notCalled])) as TxEventHandlers<Tx>;
}

/** The offset just before `offset` (messages before it in the chunk are done), or what was done. */
function previousOffset(offset: string, lastDone: string | undefined): string | undefined {
  const before = BigInt(offset) - 1n;
  if (before < 0n) return lastDone;
  return before.toString();
}
