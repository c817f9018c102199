// Typed consumer: decodes and validates every message against the contracts, hands handlers
// only contract types, and decides by the kind of failure what happens to a message that fails
// (consumer/failure.ts): transient -> pause the partition, back off, retry the same message for as
// long as it takes; permanent -> dead-letter topic; unknown -> a few quick retries, then the
// dead-letter topic. An offset is resolved only after its message was handled or dead-lettered,
// so nothing is lost, and the group membership is kept throughout (kafkajs heartbeats while a
// partition is paused; our own waits heartbeat too).
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import {
  type Consumer,
  type ConsumerRunConfig,
  type EachBatchPayload,
  type IHeaders,
  type Kafka,
  type KafkaMessage,
} from 'kafkajs';
import {
  ContractViolation,
  parseEvent,
  type AnyEvent,
  type EventOf,
  type EventType,
} from '@aftersales/contracts';
import { logicalTopic, physicalTopic, type KafkaLogger } from '../client';
import { decodeHeader, decodeHeaders } from '../headers';
import { type EventProducer } from '../producer';
import { extractTraceContext } from '../trace-context';
import { consumedMessages, consumerLag, consumerRetries, deadLetters } from '../metrics';
import { sendToDeadLetter, type DeadLetterReason } from './dead-letter';
import { classifyFailure, isTransientKafkaError, type TransientClass } from './failure';
import { PartitionPauses } from './partition-pauses';
import {
  backoffMs,
  defaultPausePolicy,
  defaultRetryPolicy,
  sleepWithHeartbeat,
  type BackoffPolicy,
  type RetryPolicy,
} from './retry';

export interface MessageMeta {
  topic: string; // registry name, without namespace
  partition: number;
  offset: string;
  headers: Record<string, string>;
  groupId: string;
}

/**
 * A consumed message's coordinates. Its headers are decoded on first use: a replay reads hundreds
 * of thousands of messages whose headers (CloudEvents attributes) nobody looks at, and turning
 * each header's Buffer into a string cost about 4 % of a rebuild's CPU.
 */
class ConsumedMeta implements MessageMeta {
  readonly #raw: IHeaders | undefined;
  #headers: Record<string, string> | undefined;

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly offset: string,
    readonly groupId: string,
    raw: IHeaders | undefined,
  ) {
    this.#raw = raw;
  }

  get headers(): Record<string, string> {
    return (this.#headers ??= decodeHeaders(this.#raw));
  }

  /** Just the trace context headers, without decoding the others (every message's span needs them). */
  traceHeaders(): Record<string, string | undefined> {
    if (this.#headers) return this.#headers;
    return {
      traceparent: decodeHeader(this.#raw?.traceparent),
      tracestate: decodeHeader(this.#raw?.tracestate),
    };
  }

  toJSON(): MessageMeta {
    const { topic, partition, offset, headers, groupId } = this;
    return { topic, partition, offset, headers, groupId };
  }
}

export type EventHandler<T extends EventType> = (event: EventOf<T>, meta: MessageMeta) => Promise<void>;
export type EventHandlers = { [K in EventType]?: EventHandler<K> };

export interface EventConsumerOptions {
  kafka: Kafka;
  groupId: string;
  /** Registry topic names to read. */
  topics: readonly string[];
  handlers: EventHandlers;
  /** Producer for dead letters. */
  deadLetters: EventProducer;
  namespace?: string;
  logger?: KafkaLogger;
  /** Quick in-place retries of failures that are neither transient nor permanent (bugs). */
  retry?: RetryPolicy;
  /** Back-off of a partition paused by a transient failure (default 0.5 s doubling to 30 s). */
  pause?: BackoffPolicy;
  /** Back-off before restarting a consumer that kafkajs gave up on during a broker outage (1 s doubling to 30 s). */
  crashRestart?: BackoffPolicy;
  fromBeginning?: boolean;
  /**
   * Fetch sizes (kafkajs defaults: 1 MiB per partition, 10 MiB per fetch). A replay that handles
   * thousands of messages per transaction needs fetches at least that large.
   */
  fetch?: { maxBytesPerPartition?: number; maxBytes?: number };
  /**
   * Partitions handled at the same time (default 1). A replay may take several, so one partition's
   * database work overlaps another's decoding; each partition's messages stay in offset order.
   */
  partitionsConsumedConcurrently?: number;
  /** Called when kafkajs gives up (a non-retriable crash): the process should exit and be restarted. */
  onFatal?: (err: unknown) => void;
  /** Observability hook: every message's outcome. */
  onOutcome?: (outcome: 'handled' | 'ignored' | DeadLetterReason, meta: MessageMeta) => void;
}

/** Where a consumer reads and where its dead letters go: what the platform (startService) gives
 *  every service's consumer, which adds its topics and handlers. */
export type ConsumerConnection = Pick<
  EventConsumerOptions,
  'kafka' | 'groupId' | 'deadLetters' | 'namespace' | 'logger' | 'onFatal' | 'retry'
>;

/** What became of one message: done (handled, ignored or dead-lettered), or not yet. */
export type MessageResult<T = void> =
  | { status: 'done'; value?: T }
  | { status: 'retry-later'; failure: TransientClass; error: unknown }
  | { status: 'stopped' };

export interface Decoded {
  event: AnyEvent;
  meta: MessageMeta;
  handler: EventHandler<EventType>;
}

export type ConsumerSpan = ReturnType<EventConsumer['startSpan']>;

const tracer = trace.getTracer('@aftersales/kafka');

export class EventConsumer {
  protected readonly consumer: Consumer;
  protected running = false;
  protected readonly pauses: PartitionPauses;
  /** Restarts after kafkajs gave up on a broker outage, since the group was last joined. */
  private crashRestarts = 0;
  private crashRestartTimer: NodeJS.Timeout | undefined;

  constructor(protected readonly opts: EventConsumerOptions) {
    this.consumer = opts.kafka.consumer({
      groupId: opts.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      // How long a fetch waits for data, and how long kafkajs sleeps when every assigned partition is
      // paused: 1 s (not the default 5 s) so a resumed partition is fetched again promptly.
      maxWaitTimeInMs: 1_000,
      ...opts.fetch,
    });
    this.pauses = new PartitionPauses(this.consumer, opts.groupId, opts.pause ?? defaultPausePolicy, (t) =>
      logicalTopic(t, opts.namespace),
    );
    // Lag after each batch, as kafkajs reports it (offsetLag = high watermark - last offset - 1).
    this.consumer.on(this.consumer.events.END_BATCH_PROCESS, (e) => {
      consumerLag().set(
        {
          group: opts.groupId,
          topic: logicalTopic(e.payload.topic, opts.namespace),
          partition: String(e.payload.partition),
        },
        Number(e.payload.offsetLag),
      );
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      this.crashRestarts = 0;
    });
    this.consumer.on(this.consumer.events.CRASH, (e) => {
      // kafkajs restarts by itself on retriable errors. It also gives up on some that only mean
      // the broker is going away (no group coordinator while the only broker shuts down): those
      // are waited out like any broker outage, by restarting the consumer ourselves.
      if (e.payload.restart || !this.running) return;
      if (isTransientKafkaError(e.payload.error)) {
        this.restartAfterCrash(e.payload.error);
        return;
      }
      // Anything else: running without consuming would silently stall the service, so surface it.
      opts.logger?.error(
        { err: e.payload.error, groupId: opts.groupId },
        'kafka consumer crashed and will not restart',
      );
      opts.onFatal?.(e.payload.error);
    });
  }

  /**
   * kafkajs has disconnected the consumer (its subscriptions are kept): connect and run it again
   * after a back-off, until the group is joined again or the consumer is stopped.
   */
  private restartAfterCrash(err: unknown): void {
    this.crashRestarts += 1;
    const delayMs = backoffMs(
      this.crashRestarts,
      this.opts.crashRestart ?? { initialMs: 1_000, maxMs: 30_000 },
    );
    this.opts.logger?.warn(
      { err, groupId: this.opts.groupId, attempt: this.crashRestarts, delayMs },
      'kafka consumer gave up during a broker outage; restarting it',
    );
    clearTimeout(this.crashRestartTimer);
    this.crashRestartTimer = setTimeout(() => {
      this.crashRestartTimer = undefined;
      if (!this.running) return;
      // A failure to start the new run comes back as another CRASH; a failure to connect, here.
      this.consumer
        .connect()
        .then(() => (this.running ? this.consumer.run(this.runConfig()) : undefined))
        .catch((startErr: unknown) => {
          if (!this.running) return;
          if (isTransientKafkaError(startErr)) return this.restartAfterCrash(startErr);
          this.opts.logger?.error(
            { err: startErr, groupId: this.opts.groupId },
            'kafka consumer restart failed',
          );
          this.opts.onFatal?.(startErr);
        });
    }, delayMs);
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: this.opts.topics.map((t) => physicalTopic(t, this.opts.namespace)),
      fromBeginning: this.opts.fromBeginning ?? true,
    });
    this.running = true;
    await this.consumer.run(this.runConfig());
  }

  /**
   * How kafkajs hands messages over: a partition's batch with offsets resolved by hand, so a
   * message that must wait is simply not resolved and is fetched again after the partition resumes.
   */
  protected runConfig(): ConsumerRunConfig {
    return {
      autoCommit: true, // commits what was resolved, i.e. only messages that are done
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.opts.partitionsConsumedConcurrently ?? 1,
      eachBatch: (p) => this.onBatch(p),
    };
  }

  /** Waits until the group has assigned partitions to this member (useful before producing in tests). */
  async waitForAssignment(timeoutMs = 30_000): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no partitions assigned to ${this.opts.groupId} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const off = this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
        clearTimeout(timer);
        off();
        resolve();
      });
    });
  }

  /** Finishes the message in hand, commits offsets, leaves the group. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.crashRestartTimer);
    this.pauses.clear();
    await this.consumer.disconnect();
  }

  protected async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload) {
    for (const message of batch.messages) {
      if (!isRunning() || isStale() || !this.running) return;
      const result = await this.processMessage(batch.topic, batch.partition, message, heartbeat);
      if (result.status === 'retry-later')
        this.retryLater(batch.topic, batch.partition, message.offset, result.failure, result.error);
      if (result.status !== 'done') return; // unresolved: fetched again once the partition resumes
      resolveOffset(message.offset);
      this.pauses.succeeded(batch.topic, batch.partition);
      await heartbeat();
    }
  }

  private async processMessage(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<MessageResult> {
    let decoded: Decoded | undefined;
    try {
      decoded = await this.decode(topic, partition, message);
    } catch (err) {
      return this.deadLetterFailed(err);
    }
    if (!decoded) return { status: 'done' };
    const { event, meta, handler } = decoded;
    const span = this.startSpan(event, meta, topic, message.offset);
    const result = await context.with(span.context, () =>
      this.attempt({ topic, partition, message, meta, event, span, heartbeat }, () =>
        handler(event as EventOf<EventType>, meta),
      ),
    );
    if (result.status === 'done') this.handled(meta);
    return result;
  }

  /**
   * Runs `run` for one decoded message until it is done: success, a dead letter (permanent, or
   * unknown after `retry.attempts` tries), or a transient failure that the caller waits out by
   * pausing the partition. Heartbeats while it waits between quick retries.
   */
  protected async attempt<T>(
    item: {
      topic: string;
      partition: number;
      message: KafkaMessage;
      meta: MessageMeta;
      event: AnyEvent;
      span: ConsumerSpan;
      heartbeat: () => Promise<void>;
    },
    run: () => Promise<T>,
  ): Promise<MessageResult<T>> {
    const policy = this.opts.retry ?? defaultRetryPolicy;
    for (let attempt = 1; ; attempt++) {
      try {
        const value = await run();
        item.span.end();
        return { status: 'done', value };
      } catch (err) {
        if (!this.running) {
          item.span.fail(err);
          return { status: 'stopped' }; // shutting down: leave it uncommitted for the next owner
        }
        const failure = classifyFailure(err);
        const labels = { group: this.opts.groupId, topic: item.meta.topic };
        if (failure.kind === 'transient') {
          consumerRetries().inc({ ...labels, class: failure.class });
          item.span.fail(err);
          return { status: 'retry-later', failure: failure.class, error: err };
        }
        if (failure.kind === 'unknown' && attempt < policy.attempts) {
          consumerRetries().inc({ ...labels, class: 'unknown' });
          const delayMs = backoffMs(attempt, policy);
          this.opts.logger?.warn(
            { err, attempt, delayMs, eventId: item.event.id, type: item.event.type },
            'handler failed; retrying',
          );
          await sleepWithHeartbeat(delayMs, item.heartbeat, 3_000, () => !this.running);
          continue;
        }
        item.span.fail(err);
        try {
          await this.deadLetter(
            item.topic,
            item.partition,
            item.message,
            item.meta,
            'handler-failed',
            err,
            attempt,
          );
        } catch (dlqErr) {
          return this.deadLetterFailed(dlqErr);
        }
        return { status: 'done' };
      }
    }
  }

  /** The dead-letter topic could not take a message: keep the message and wait, never drop it. */
  protected deadLetterFailed(err: unknown): {
    status: 'retry-later';
    failure: TransientClass;
    error: unknown;
  } {
    this.opts.logger?.warn({ err }, 'dead-letter send failed; the message stays and is retried');
    return { status: 'retry-later', failure: 'kafka', error: err };
  }

  /** Pauses the partition after a transient failure; its unresolved message comes back after the back-off. */
  protected retryLater(
    topic: string,
    partition: number,
    offset: string,
    failure: TransientClass,
    err: unknown,
  ): void {
    if (!this.running) return;
    const delayMs = this.pauses.pause(topic, partition);
    this.opts.logger?.warn(
      {
        err,
        topic: logicalTopic(topic, this.opts.namespace),
        partition,
        offset,
        failure,
        delayMs,
        streak: this.pauses.streak(topic, partition),
      },
      'transient failure; partition paused, the message will be retried',
    );
  }

  /**
   * Parses and validates a message against the contracts. Dead-letters what cannot be parsed and
   * counts events nobody handles; returns undefined for both (nothing left to do but resolve).
   * Throws only when the dead-letter topic cannot be written.
   */
  protected async decode(
    topic: string,
    partition: number,
    message: KafkaMessage,
  ): Promise<Decoded | undefined> {
    const meta: MessageMeta = new ConsumedMeta(
      logicalTopic(topic, this.opts.namespace),
      partition,
      message.offset,
      this.opts.groupId,
      message.headers,
    );
    let raw: unknown;
    try {
      raw = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch (err) {
      await this.deadLetter(topic, partition, message, meta, 'invalid-json', err, 1);
      return undefined;
    }
    let event: AnyEvent;
    try {
      event = parseEvent(raw);
    } catch (err) {
      if (!(err instanceof ContractViolation)) throw err;
      await this.deadLetter(topic, partition, message, meta, 'contract-violation', err, 1);
      return undefined;
    }
    const handler = this.opts.handlers[event.type] as EventHandler<EventType> | undefined;
    if (!handler) {
      consumedMessages().inc({ topic: meta.topic, outcome: 'ignored' });
      this.opts.onOutcome?.('ignored', meta);
      return undefined;
    }
    return { event, meta, handler };
  }

  /** A CONSUMER span, child of the trace context the message carries. */
  protected startSpan(event: AnyEvent, meta: MessageMeta, topic: string, offset: string) {
    const parent = extractTraceContext(meta instanceof ConsumedMeta ? meta.traceHeaders() : meta.headers);
    const span = tracer.startSpan(
      `${meta.topic} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.destination.name': topic,
          'messaging.kafka.message.offset': offset,
          'messaging.message.id': event.id,
        },
      },
      parent,
    );
    return {
      context: trace.setSpan(parent, span),
      end: () => span.end(),
      fail: (err: unknown) => {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      },
    };
  }

  protected handled(meta: MessageMeta): void {
    consumedMessages().inc({ topic: meta.topic, outcome: 'handled' });
    this.opts.onOutcome?.('handled', meta);
  }

  protected async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    meta: MessageMeta,
    reason: DeadLetterReason,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    this.opts.logger?.warn(
      { topic, partition, offset: message.offset, reason, err: error },
      'message sent to dead-letter topic',
    );
    await sendToDeadLetter(this.opts.deadLetters, {
      topic,
      partition,
      message,
      groupId: this.opts.groupId,
      reason,
      error,
      attempts,
    });
    deadLetters().inc({ topic: meta.topic, reason });
    consumedMessages().inc({ topic: meta.topic, outcome: reason });
    this.opts.onOutcome?.(reason, meta);
  }
}
