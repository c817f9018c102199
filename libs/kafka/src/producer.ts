// Typed, idempotent producer: accepts only contract events, publishes in batches with acks=all.
// Services never call it directly: they write to the outbox and the relay publishes (DESIGN.md 4).
import { CompressionTypes, Partitioners, type Kafka, type Producer, type TopicMessages } from 'kafkajs';
import { parseEvent, topicOf, type AnyEvent } from '@aftersales/contracts';
import { physicalTopic } from './client';
import { Header } from './headers';
import { type TraceHeaders } from './trace-context';

export interface OutgoingEvent {
  event: AnyEvent;
  /** Trace headers captured where the event was caused (e.g. the HTTP request). */
  traceHeaders?: TraceHeaders;
}

export class EventProducer {
  private readonly producer: Producer;
  private connected = false;

  constructor(
    kafka: Kafka,
    private readonly namespace = '',
  ) {
    this.producer = kafka.producer({
      idempotent: true, // broker de-duplicates retried batches; implies acks=all
      maxInFlightRequests: 1, // keeps per-partition order across retries
      allowAutoTopicCreation: false,
      // Java-compatible murmur2, so keys land where non-JS clients expect (DESIGN.md 6).
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
    await this.producer.sendBatch({ topicMessages, acks: -1, compression: CompressionTypes.None });
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await this.producer.disconnect();
  }
}

export function toMessage(event: AnyEvent, traceHeaders: TraceHeaders = {}) {
  return {
    key: event.subject,
    value: JSON.stringify(event),
    headers: {
      ...traceHeaders,
      [Header.eventId]: event.id,
      [Header.eventType]: event.type,
      [Header.contentType]: 'application/json',
    },
  };
}
