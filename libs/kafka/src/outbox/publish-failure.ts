// Why a publish failed, as the outbox relay needs to know it: because of the rows in the batch (a
// topic that does not exist, a topic the service may not write, a message too large), or because
// the broker cannot be reached right now. The first is isolated to the rows and counted against
// them; the second is waited out with nothing counted against anything.
import { isTransientKafkaError } from '../consumer/failure';

// kafkajs protocol error types that belong to the message or its topic, not to the cluster.
// UNKNOWN_TOPIC_OR_PARTITION is retriable in kafkajs, but for one topic among many it is the row's.
const ROW_ERRORS = new Set([
  'UNKNOWN_TOPIC_OR_PARTITION',
  'TOPIC_AUTHORIZATION_FAILED',
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'INVALID_TOPIC_EXCEPTION',
  'POLICY_VIOLATION',
]);

/** The kafkajs error type of `err` or of the error it wraps (retriers wrap the last one). */
export function kafkaErrorType(err: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (
    let e = err as { type?: unknown; originalError?: unknown; cause?: unknown } | undefined;
    e && !seen.has(e);
  ) {
    seen.add(e);
    if (typeof e.type === 'string') return e.type;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return undefined;
}

export type PublishFailureScope = 'row' | 'broker' | 'unknown';

export function publishFailureScope(err: unknown): PublishFailureScope {
  const type = kafkaErrorType(err);
  if (type && ROW_ERRORS.has(type)) return 'row';
  if (isTransientKafkaError(err)) return 'broker';
  return 'unknown';
}
