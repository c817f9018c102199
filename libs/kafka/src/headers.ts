// Kafka header names this platform writes, and decoding of kafkajs' Buffer-valued headers.
import { type IHeaders } from 'kafkajs';

export const Header = {
  eventId: 'event-id',
  eventType: 'event-type',
  contentType: 'content-type',
  traceparent: 'traceparent',
  tracestate: 'tracestate',
  // Dead-letter coordinates: where the message came from and why it could not be handled.
  dlqError: 'dlq-error',
  dlqReason: 'dlq-reason',
  dlqTopic: 'dlq-original-topic',
  dlqPartition: 'dlq-original-partition',
  dlqOffset: 'dlq-original-offset',
  dlqGroup: 'dlq-consumer-group',
  dlqAttempts: 'dlq-attempts',
  dlqFailedAt: 'dlq-failed-at',
} as const;

export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v === undefined) continue;
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out[k] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return out;
}
