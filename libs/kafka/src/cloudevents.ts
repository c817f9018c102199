// Every event on Kafka is also a CloudEvent (CNCF CloudEvents 1.0, Kafka protocol binding, binary
// content mode): the attributes travel as `ce_*` headers and the message value is the data. The
// data is the platform's envelope JSON exactly as before, so consumers that read the value keep
// working, and integration tools that speak CloudEvents read the headers. The cloudevents SDK
// builds and validates the attributes (names, URI and time formats) instead of hand-written code.
import { CloudEvent, Kafka, type KafkaMessage } from 'cloudevents';
import {
  SCHEMA_BASE_URL,
  jsonSchemaFileName,
  type EventEnvelope,
  type EventType,
} from '@aftersales/contracts';

export const CLOUDEVENTS_SPEC_VERSION = '1.0';

/**
 * Extension attributes (CloudEvents names: lower-case letters and digits only) for what the
 * envelope carries besides the core attributes.
 */
export const CloudEventExtension = {
  tenant: 'tenantid',
  correlation: 'correlationid',
  causation: 'causationid',
} as const;

/** `ce_source`: the producing service, as a URI reference. */
export const cloudEventSource = (producer: string) => `/aftersales/${producer}`;

/** `ce_dataschema`: the `$id` of the event type's published JSON Schema (contracts/schemas). */
export const cloudEventDataSchema = (event: EventEnvelope) =>
  `${SCHEMA_BASE_URL}/${jsonSchemaFileName(event.type as EventType, event.version)}`;

/** The CloudEvent of an event whose envelope JSON is `value` (the Kafka message value). */
export function toCloudEvent(event: EventEnvelope, value: string): CloudEvent<string> {
  return new CloudEvent<string>({
    specversion: CLOUDEVENTS_SPEC_VERSION,
    id: event.id,
    source: cloudEventSource(event.producer),
    type: event.type,
    time: event.occurredAt,
    subject: event.subject,
    dataschema: cloudEventDataSchema(event),
    datacontenttype: 'application/json',
    data: value,
    [CloudEventExtension.tenant]: event.tenantId,
    [CloudEventExtension.correlation]: event.correlationId,
    ...(event.causationId ? { [CloudEventExtension.causation]: event.causationId } : {}),
  });
}

/** The `ce_*` headers (and content-type) of an event, binary content mode. */
export function cloudEventHeaders(event: EventEnvelope, value: string): Record<string, string> {
  const message = Kafka.binary(toCloudEvent(event, value));
  const headers: Record<string, string> = {};
  for (const [name, v] of Object.entries(message.headers)) if (v !== undefined) headers[name] = String(v);
  return headers;
}

/**
 * The `ce_*` headers of an outbox row, from its stored envelope JSON (the relay publishes rows, not
 * event objects). Throws when the payload is not an event: such a row fails and is parked.
 */
export function cloudEventHeadersOfPayload(payload: string): Record<string, string> {
  return cloudEventHeaders(JSON.parse(payload) as EventEnvelope, payload);
}

/** Reads a consumed message (decoded headers, value as text) as a CloudEvent. */
export function readCloudEvent(message: {
  key: string | null;
  value: string;
  headers: Record<string, string>;
}): CloudEvent<unknown> {
  return Kafka.toEvent({
    key: message.key ?? undefined,
    value: message.value,
    body: message.value,
    headers: message.headers,
  } as KafkaMessage<string>) as CloudEvent<unknown>;
}
