// Creating and reading events. Both validate, so a bad event fails at its producer, and a
// consumer never handles a message the contract does not allow (it goes to the DLQ).
import { randomUUID } from 'node:crypto';
import { EventEnvelopeSchema } from './envelope';
import { ContractViolation, issuesOf } from './errors';
import {
  EVENT_VERSION,
  eventSchemas,
  isEventType,
  type AnyEvent,
  type EventData,
  type EventOf,
  type EventType,
} from './registry';

export interface CreateEventFields<T extends EventType> {
  producer: string;
  tenantId: string;
  subject: string;
  data: EventData<T>;
  /** Defaults to the new event's id (a new flow starts here). */
  correlationId?: string;
  /** The event or request that caused this one; defaults to null. */
  causationId?: string | null;
  /** Defaults to now. */
  occurredAt?: Date;
}

export function createEvent<T extends EventType>(type: T, fields: CreateEventFields<T>): EventOf<T> {
  const occurredAt = fields.occurredAt ?? new Date();
  if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime())) {
    throw new ContractViolation([{ path: 'occurredAt', message: 'Invalid date' }], type);
  }
  const id = randomUUID();
  return parseEvent({
    id,
    type,
    version: EVENT_VERSION,
    occurredAt: occurredAt.toISOString(),
    producer: fields.producer,
    tenantId: fields.tenantId,
    subject: fields.subject,
    correlationId: fields.correlationId ?? id,
    causationId: fields.causationId ?? null,
    data: fields.data,
  }) as EventOf<T>;
}

/**
 * Validates an event from the wire: an object, or its JSON text as a string or Buffer.
 * Throws ContractViolation for bad JSON, a bad envelope, an unknown type, an unsupported
 * version or data that does not match the type's schema.
 */
export function parseEvent(raw: unknown): AnyEvent {
  const value = typeof raw === 'string' || raw instanceof Uint8Array ? parseJson(raw) : raw;

  const envelope = EventEnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    throw new ContractViolation(issuesOf(envelope.error), typeOf(value));
  }
  const { type, version } = envelope.data;
  if (!isEventType(type)) {
    throw new ContractViolation([{ path: 'type', message: `Unknown event type "${type}"` }], type);
  }
  if (version !== EVENT_VERSION) {
    throw new ContractViolation(
      [
        {
          path: 'version',
          message: `Unsupported version ${version} of ${type} (supported: ${EVENT_VERSION})`,
        },
      ],
      type,
    );
  }
  const data = eventSchemas[type].safeParse(envelope.data.data);
  if (!data.success) {
    throw new ContractViolation(issuesOf(data.error, 'data'), type);
  }
  return { ...envelope.data, type, data: data.data } as AnyEvent;
}

function parseJson(raw: string | Uint8Array): unknown {
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ContractViolation([{ path: '', message: `Not valid JSON: ${(error as Error).message}` }]);
  }
}

/** The claimed type of an invalid event, for the error message only. */
function typeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}
