// Creating and reading events. Both validate, so a bad event fails at its producer, and a
// consumer never handles a message the contract does not allow (it goes to the DLQ).
import { randomUUID } from 'node:crypto';
import { EventEnvelopeSchema, type EventEnvelope } from './envelope';
import { ContractViolation, issuesOf } from './errors';
import {
  eventSchemas,
  isEventType,
  schemaOf,
  versionOf,
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
  return parseEvent(envelopeOf(type, versionOf(type), fields)) as EventOf<T>;
}

/**
 * An event at an earlier version of its type, for the time that version is still published next
 * to the current one (EVENT_VERSIONS / PREVIOUS_VERSIONS). Validated against that version's
 * schema; returned as a plain envelope, since services work with the current version only.
 */
export function createPreviousVersionEvent(
  type: EventType,
  version: number,
  fields: Omit<CreateEventFields<EventType>, 'data'> & { data: unknown },
): EventEnvelope {
  if (version === versionOf(type))
    throw new Error(`${type} v${version} is the current version: use createEvent`);
  const envelope = EventEnvelopeSchema.safeParse(envelopeOf(type, version, fields));
  if (!envelope.success) throw new ContractViolation(issuesOf(envelope.error), type);
  const data = schemaOf(type, version).safeParse(envelope.data.data);
  if (!data.success) throw new ContractViolation(issuesOf(data.error, 'data'), type);
  return { ...envelope.data, data: data.data };
}

function envelopeOf(
  type: EventType,
  version: number,
  fields: Omit<CreateEventFields<EventType>, 'data'> & { data: unknown },
): EventEnvelope {
  const occurredAt = fields.occurredAt ?? new Date();
  if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime())) {
    throw new ContractViolation([{ path: 'occurredAt', message: 'Invalid date' }], type);
  }
  const id = randomUUID();
  return {
    id,
    type,
    version,
    occurredAt: occurredAt.toISOString(),
    producer: fields.producer,
    tenantId: fields.tenantId,
    subject: fields.subject,
    correlationId: fields.correlationId ?? id,
    causationId: fields.causationId ?? null,
    data: fields.data,
  };
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
  if (version !== versionOf(type)) {
    throw new ContractViolation(
      [
        {
          path: 'version',
          message: `Unsupported version ${version} of ${type} (supported: ${versionOf(type)})`,
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
