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
    const value = decodeHeader(v);
    if (value !== undefined) out[k] = value;
  }
  return out;
}

/** One header's value as a string (the first, if repeated). */
export function decodeHeader(v: IHeaders[string]): string | undefined {
  if (v === undefined) return undefined;
  const first = Array.isArray(v) ? v[0] : v;
  if (first === undefined) return undefined;
  return Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
}
