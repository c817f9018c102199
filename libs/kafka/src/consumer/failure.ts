// Why a handler failed decides what happens to the message:
// - transient (the database or the broker is briefly unavailable, busy or in conflict): the
//   partition pauses, backs off and the SAME message is tried again, for as long as it takes;
//   it is never dead-lettered, because a valid event must not be lost to an outage.
// - permanent (the message breaks the contract, or a domain rule refuses it and will refuse it
//   again): straight to the dead-letter topic, and the consumer moves on.
// - unknown (a bug, a constraint violation): a few quick retries, then the dead-letter topic, so
//   one bad message cannot stall its partition forever.
import { ContractViolation } from '@aftersales/contracts';
import { classifyDatabaseError } from '@aftersales/db/errors';

/** Throw this from a handler when retrying cannot help (the event itself is unusable). */
export class PermanentError extends Error {
  override name = 'PermanentError';
}

/** Throw this from a handler when the event is fine but something it needs is not there yet. */
export class TransientError extends Error {
  override name = 'TransientError';
}

export type TransientClass =
  'database-unavailable' | 'database-timeout' | 'database-conflict' | 'lock-timeout' | 'kafka' | 'dependency';

export type Failure =
  { kind: 'transient'; class: TransientClass } | { kind: 'permanent' } | { kind: 'unknown' };

const DATABASE_CLASS = {
  unavailable: 'database-unavailable',
  timeout: 'database-timeout',
  conflict: 'database-conflict',
  'lock-timeout': 'lock-timeout',
} as const;

// kafkajs errors that mean "the cluster cannot be reached right now" whatever their retriable flag
// (a retrier that ran out wraps the last one in KafkaJSNumberOfRetriesExceeded).
const KAFKA_UNAVAILABLE = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSTopicMetadataNotLoaded',
  'KafkaJSLockTimeout',
  // kafkajs marks it non-retriable, but it is what a consumer gets while the only broker is
  // shutting down (the coordinator lookup fails on every broker): the cluster, not the message.
  'KafkaJSGroupCoordinatorNotFound',
]);
// The idempotent producer lost its sequence state; the producer is replaced and the send retried.
const KAFKA_PRODUCER_FENCED = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
  'INVALID_PRODUCER_ID_MAPPING',
]);

function isZodError(err: object): boolean {
  const o = err as { name?: unknown; issues?: unknown };
  return o.name === 'ZodError' && Array.isArray(o.issues);
}

/** True when a kafkajs error (or one it wraps) says the broker is briefly unreachable or busy. */
export function isTransientKafkaError(err: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = err; typeof e === 'object' && e !== null && !seen.has(e);) {
    seen.add(e);
    const o = e as {
      name?: unknown;
      retriable?: unknown;
      type?: unknown;
      cause?: unknown;
      originalError?: unknown;
    };
    if (typeof o.name === 'string' && o.name.startsWith('KafkaJS')) {
      if (KAFKA_UNAVAILABLE.has(o.name)) return true;
      if (typeof o.type === 'string' && KAFKA_PRODUCER_FENCED.has(o.type)) return true;
      if (o.retriable === true) return true;
    }
    e = o.cause ?? o.originalError;
  }
  return false;
}

export function classifyFailure(err: unknown): Failure {
  if (err instanceof PermanentError || err instanceof ContractViolation) return { kind: 'permanent' };
  if (typeof err === 'object' && err !== null && isZodError(err)) return { kind: 'permanent' };
  if (err instanceof TransientError) return { kind: 'transient', class: 'dependency' };
  const database = classifyDatabaseError(err);
  if (database) return { kind: 'transient', class: DATABASE_CLASS[database] };
  if (isTransientKafkaError(err)) return { kind: 'transient', class: 'kafka' };
  return { kind: 'unknown' };
}
