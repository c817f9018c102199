// Typed consumer: decodes and validates every message against the contracts, hands handlers
// only contract types, retries transient failures, dead-letters the rest and keeps consuming.
// The offset is committed only after the message was handled or dead-lettered: nothing is lost.
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { type Consumer, type EachMessagePayload, type Kafka } from 'kafkajs';
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
  private readonly consumer: Consumer;
  private running = false;

  constructor(private readonly opts: EventConsumerOptions) {
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
    await this.consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: 1,
      eachMessage: (p) => this.onMessage(p),
    });
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
    const headers = decodeHeaders(message.headers);
    const meta: MessageMeta = {
      topic: logicalTopic(topic, this.opts.namespace),
      partition,
      offset: message.offset,
      headers,
      groupId: this.opts.groupId,
    };
    const deadLetter = async (reason: DeadLetterReason, error: unknown, attempts: number) => {
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
    };

    let raw: unknown;
    try {
      raw = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch (err) {
      return deadLetter('invalid-json', err, 1);
    }
    let event: AnyEvent;
    try {
      event = parseEvent(raw);
    } catch (err) {
      if (err instanceof ContractViolation) return deadLetter('contract-violation', err, 1);
      throw err;
    }
    const handler = this.opts.handlers[event.type] as EventHandler<EventType> | undefined;
    if (!handler) {
      consumedMessages().inc({ topic: meta.topic, outcome: 'ignored' });
      this.opts.onOutcome?.('ignored', meta);
      return;
    }

    const parent = extractTraceContext(headers);
    const span = tracer.startSpan(
      `${meta.topic} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.destination.name': topic,
          'messaging.kafka.message.offset': message.offset,
          'messaging.message.id': event.id,
        },
      },
      parent,
    );
    const result = await context.with(trace.setSpan(parent, span), () =>
      withRetry(
        () => handler(event as EventOf<EventType>, meta),
        this.opts.retry ?? defaultRetryPolicy,
        (err, attempt, delayMs) =>
          this.opts.logger?.warn(
            { err, attempt, delayMs, eventId: event.id, type: event.type },
            'handler failed; retrying',
          ),
        () => !this.running,
      ),
    );
    if (result.ok) {
      span.end();
      consumedMessages().inc({ topic: meta.topic, outcome: 'handled' });
      this.opts.onOutcome?.('handled', meta);
      return;
    }
    span.recordException(result.error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    if (!this.running) throw result.error; // shutting down: leave it uncommitted for the next owner
    await deadLetter('handler-failed', result.error, result.attempts);
  }
}
