// Typed consumer: decodes and validates every message against the contracts, hands handlers
// only contract types, retries transient failures, dead-letters the rest and keeps consuming.
// The offset is committed only after the message was handled or dead-lettered: nothing is lost.
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import {
  type Consumer,
  type ConsumerRunConfig,
  type EachMessagePayload,
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
import { decodeHeaders } from '../headers';
import { type EventProducer } from '../producer';
import { extractTraceContext } from '../trace-context';
import { consumedMessages, consumerLag, deadLetters } from '../metrics';
import { sendToDeadLetter, type DeadLetterReason } from './dead-letter';
import { defaultRetryPolicy, withRetry, type RetryPolicy } from './retry';

export interface MessageMeta {
  topic: string; // registry name, without namespace
  partition: number;
  offset: string;
  headers: Record<string, string>;
  groupId: string;
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
  retry?: RetryPolicy;
  fromBeginning?: boolean;
  /** Called when kafkajs gives up (a non-retriable crash): the process should exit and be restarted. */
  onFatal?: (err: unknown) => void;
  /** Observability hook: every message's outcome. */
  onOutcome?: (outcome: 'handled' | 'ignored' | DeadLetterReason, meta: MessageMeta) => void;
}

const tracer = trace.getTracer('@aftersales/kafka');

export class EventConsumer {
  protected readonly consumer: Consumer;
  protected running = false;

  constructor(protected readonly opts: EventConsumerOptions) {
    this.consumer = opts.kafka.consumer({
      groupId: opts.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
    });
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
    this.consumer.on(this.consumer.events.CRASH, (e) => {
      // kafkajs restarts by itself on retriable errors; when it won't, running without consuming
      // would silently stall the service, so surface it (DESIGN.md 6).
      if (!e.payload.restart) {
        opts.logger?.error(
          { err: e.payload.error, groupId: opts.groupId },
          'kafka consumer crashed and will not restart',
        );
        opts.onFatal?.(e.payload.error);
      }
    });
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

  /** How kafkajs hands messages over: one at a time here; BatchEventConsumer overrides it. */
  protected runConfig(): ConsumerRunConfig {
    return {
      autoCommit: true,
      partitionsConsumedConcurrently: 1,
      eachMessage: (p) => this.onMessage(p),
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
    await this.consumer.disconnect();
  }

  private async onMessage({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const decoded = await this.decode(topic, partition, message);
    if (!decoded) return;
    const { event, meta, handler } = decoded;
    const span = this.startSpan(event, meta, topic, message.offset);
    const result = await context.with(span.context, () =>
      withRetry(
        () => handler(event as EventOf<EventType>, meta),
        this.opts.retry ?? defaultRetryPolicy,
        (err, attempt, delayMs) => this.logRetry(err, attempt, delayMs, event),
        () => !this.running,
      ),
    );
    if (result.ok) {
      span.end();
      this.handled(meta);
      return;
    }
    span.fail(result.error);
    if (!this.running) throw result.error; // shutting down: leave it uncommitted for the next owner
    await this.deadLetter(topic, partition, message, meta, 'handler-failed', result.error, result.attempts);
  }

  /**
   * Parses and validates a message against the contracts. Dead-letters what cannot be parsed and
   * counts events nobody handles; returns undefined for both (nothing left to do but commit).
   */
  protected async decode(
    topic: string,
    partition: number,
    message: KafkaMessage,
  ): Promise<{ event: AnyEvent; meta: MessageMeta; handler: EventHandler<EventType> } | undefined> {
    const meta: MessageMeta = {
      topic: logicalTopic(topic, this.opts.namespace),
      partition,
      offset: message.offset,
      headers: decodeHeaders(message.headers),
      groupId: this.opts.groupId,
    };
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
    const parent = extractTraceContext(meta.headers);
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

  protected logRetry(err: unknown, attempt: number, delayMs: number, event: AnyEvent): void {
    this.opts.logger?.warn(
      { err, attempt, delayMs, eventId: event.id, type: event.type },
      'handler failed; retrying',
    );
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
    // If this send fails the error propagates, the offset is not committed, and kafkajs redelivers.
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
