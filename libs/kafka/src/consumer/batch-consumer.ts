// Batch consumption (issue 11): the inbox rows and effects of up to `maxBatchSize` messages of one
// partition commit in ONE database transaction, instead of one transaction per message. Same
// guarantees as EventConsumer + handleOnce: offsets are resolved only after that transaction
// committed (a crash before redelivers, and the inbox absorbs what had committed); if the batch
// transaction fails, its messages are handled again one by one, each in its own transaction with
// the usual retries, so a poison message still dead-letters alone and the rest are applied once.
import { SpanKind, context, trace } from '@opentelemetry/api';
import { type ConsumerRunConfig, type EachBatchPayload, type KafkaMessage } from 'kafkajs';
import { type AnyEvent, type EventOf, type EventType } from '@aftersales/contracts';
import { handleOnce, recordInboxBatch, type InboxOutcome } from '../inbox/inbox';
import { type SqlDb, type SqlTx } from '../sql';
import { EventConsumer, type EventConsumerOptions, type EventHandlers, type MessageMeta } from './consumer';
import { defaultRetryPolicy, withRetry } from './retry';

/** A handler that applies an event's effect inside the consumer's transaction (inbox already checked). */
export type TxEventHandler<T extends EventType, Tx extends SqlTx> = (
  event: EventOf<T>,
  meta: MessageMeta,
  tx: Tx,
) => Promise<void>;
export type TxEventHandlers<Tx extends SqlTx> = { [K in EventType]?: TxEventHandler<K, Tx> };

export interface BatchEventConsumerOptions<Tx extends SqlTx> extends Omit<EventConsumerOptions, 'handlers'> {
  /** The service's Prisma client: the inbox and the handlers' effects share its transactions. */
  db: SqlDb<Tx>;
  handlers: TxEventHandlers<Tx>;
  /** Most messages per transaction (default 200). */
  maxBatchSize?: number;
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
  span: ReturnType<EventConsumer['startSpan']>;
}

export class BatchEventConsumer<Tx extends SqlTx> extends EventConsumer {
  private readonly batchOpts: BatchEventConsumerOptions<Tx>;

  constructor(opts: BatchEventConsumerOptions<Tx>) {
    // The base class only looks a handler up to tell handled types from ignored ones.
    super({ ...opts, handlers: opts.handlers as unknown as EventHandlers });
    this.batchOpts = opts;
  }

  protected override runConfig(): ConsumerRunConfig {
    return {
      autoCommit: true, // commits what was resolved, i.e. only messages whose transaction committed
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: (p) => this.onBatch(p),
    };
  }

  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload) {
    const max = this.batchOpts.maxBatchSize ?? 200;
    for (let i = 0; i < batch.messages.length; i += max) {
      if (!isRunning() || isStale() || !this.running) return;
      const chunk = batch.messages.slice(i, i + max);
      await this.onChunk(batch.topic, batch.partition, chunk);
      resolveOffset(chunk[chunk.length - 1]!.offset);
      await heartbeat();
    }
  }

  private async onChunk(topic: string, partition: number, chunk: KafkaMessage[]): Promise<void> {
    const items: Item<Tx>[] = [];
    for (const message of chunk) {
      const decoded = await this.decode(topic, partition, message); // dead-letters what cannot parse
      if (!decoded) continue;
      items.push({
        event: decoded.event,
        meta: decoded.meta,
        message,
        handler: decoded.handler as unknown as TxEventHandler<EventType, Tx>,
        span: this.startSpan(decoded.event, decoded.meta, topic, message.offset),
      });
    }
    if (items.length === 0) return;

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
            const fresh = await recordInboxBatch(
              tx,
              this.opts.groupId,
              items.map(({ event, meta }) => ({ event, topic: meta.topic, partition, offset: meta.offset })),
            );
            const result: InboxOutcome[] = [];
            for (const item of items) {
              // delete: an id twice in one chunk is applied for its first occurrence only
              if (!fresh.delete(item.event.id)) {
                result.push('duplicate');
                continue;
              }
              await traced(item.span.context, `${item.event.type} handle`, () =>
                item.handler(item.event as EventOf<EventType>, item.meta, tx),
              );
              result.push('applied');
            }
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
      for (const item of items) await this.handleAlone(item, topic, partition);
      return;
    }
    batchSpan?.end();
    items.forEach((item, i) => {
      item.span.end();
      this.handled(item.meta);
      this.batchOpts.onApplied?.(item.event, item.meta, outcomes[i]!);
    });
  }

  /** The per-message path: own transaction, retries, dead letter when they run out. */
  private async handleAlone(item: Item<Tx>, topic: string, partition: number): Promise<void> {
    const { event, meta } = item;
    const result = await context.with(item.span.context, () =>
      withRetry(
        () =>
          handleOnce(
            this.batchOpts.db,
            { consumerGroup: this.opts.groupId, event, topic: meta.topic, partition, offset: meta.offset },
            (tx) => item.handler(event as EventOf<EventType>, meta, tx),
          ),
        this.opts.retry ?? defaultRetryPolicy,
        (err, attempt, delayMs) => this.logRetry(err, attempt, delayMs, event),
        () => !this.running,
      ),
    );
    if (result.ok) {
      item.span.end();
      this.handled(meta);
      this.batchOpts.onApplied?.(event, meta, result.value);
      return;
    }
    item.span.fail(result.error);
    if (!this.running) throw result.error; // shutting down: leave it unresolved for the next owner
    await this.deadLetter(
      topic,
      partition,
      item.message,
      meta,
      'handler-failed',
      result.error,
      result.attempts,
    );
  }
}
