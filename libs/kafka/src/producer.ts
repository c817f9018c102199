// Typed, idempotent producer: accepts only contract events, publishes in batches with acks=all.
// Services never call it directly: they write to the outbox and the relay publishes.
import { CompressionTypes, Partitioners, type Kafka, type Producer, type TopicMessages } from 'kafkajs';
import { parseEvent, topicOf, type AnyEvent } from '@aftersales/contracts';
import { physicalTopic } from './client';
import { cloudEventHeaders } from './cloudevents';
import { Header } from './headers';
import { type TraceHeaders } from './trace-context';

export interface OutgoingEvent {
  event: AnyEvent;
  /** Trace headers captured where the event was caused (e.g. the HTTP request). */
  traceHeaders?: TraceHeaders;
}

// Errors after which the idempotent producer's id/sequence state no longer matches the broker's
// (e.g. a broker that was killed and lost its producer state snapshot). kafkajs keeps failing
// with them forever, so the producer is replaced: a new one gets a fresh producer id.
const FENCED_PRODUCER_ERRORS = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
  'INVALID_PRODUCER_ID_MAPPING',
]);

export function needsNewProducer(err: unknown): boolean {
  const type = (err as { type?: unknown } | null)?.type;
  return typeof type === 'string' && FENCED_PRODUCER_ERRORS.has(type);
}

export class EventProducer {
  private producer: Producer;
  private connected = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly namespace = '',
  ) {
    this.producer = this.newProducer();
  }

  private newProducer(): Producer {
    return this.kafka.producer({
      idempotent: true, // broker de-duplicates retried batches; implies acks=all
      maxInFlightRequests: 1, // keeps per-partition order across retries
      allowAutoTopicCreation: false,
      // Java-compatible murmur2, so keys land where non-JS clients expect.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  /** Publishes events in order, grouped per topic in one request; keys are the aggregate ids. */
  async publish(items: readonly OutgoingEvent[]): Promise<void> {
    if (items.length === 0) return;
    const byTopic = new Map<string, TopicMessages>();
    for (const { event, traceHeaders } of items) {
      parseEvent(event); // refuse anything the contract would refuse on the consumer side
      const topic = physicalTopic(topicOf(event.type), this.namespace);
      const group = byTopic.get(topic) ?? { topic, messages: [] };
      group.messages.push(toMessage(event, traceHeaders));
      byTopic.set(topic, group);
    }
    await this.sendRaw([...byTopic.values()]);
  }

  /** Sends already-encoded messages (outbox relay, DLQ, replay); still acks=all and idempotent. */
  async sendRaw(topicMessages: TopicMessages[]): Promise<void> {
    await this.connect();
    try {
      await this.producer.sendBatch({ topicMessages, acks: -1, compression: CompressionTypes.None });
    } catch (err) {
      // The caller retries (the outbox keeps its rows); the retry goes through a fresh producer.
      if (needsNewProducer(err)) await this.replaceProducer();
      throw err;
    }
  }

  private async replaceProducer(): Promise<void> {
    const old = this.producer;
    this.producer = this.newProducer();
    this.connected = false;
    await old.disconnect().catch(() => undefined);
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await this.producer.disconnect();
  }
}

/**
 * The Kafka message of an event: keyed by its subject, the envelope JSON as value, CloudEvents
 * `ce_*` headers (cloudevents.ts), and the platform's own headers that earlier consumers read.
 */
export function toMessage(event: AnyEvent, traceHeaders: TraceHeaders = {}) {
  const value = JSON.stringify(event);
  return {
    key: event.subject,
    value,
    headers: {
      ...traceHeaders,
      ...cloudEventHeaders(event, value),
      [Header.eventId]: event.id,
      [Header.eventType]: event.type,
      [Header.contentType]: 'application/json',
    },
  };
}
