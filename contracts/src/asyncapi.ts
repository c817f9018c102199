// The platform's event API as an AsyncAPI 3.0 document, generated from the topic registry and the
// event schemas (never written by hand): one channel per topic (address, partitions, key,
// retention and cleanup as Kafka bindings; public topics marked `x-public`), one message per
// event type with its JSON Schema payload and its CloudEvents headers, and one `receive`
// operation per channel (what a consumer does). `npm run schemas` writes it to
// docs/api/asyncapi.json; the gateway serves it at /asyncapi.json.
import { jsonSchemaFileName, jsonSchemaOf, SCHEMA_BASE_URL } from './json-schema';
import { EVENT_VERSION, schemaOf, versionOf, type EventType } from './registry';
import { isSuperseded, RETAIN_FOREVER, topicOf, topicVersion, topics, type TopicDefinition } from './topics';

export const ASYNCAPI_VERSION = '3.0.0';
const KAFKA_BINDING_VERSION = '0.5.0';

/** Channel and operation ids: the topic name without its common prefix, in camel case. */
export function channelIdOf(topic: string): string {
  return topic
    .replace(/^aftersales\./, '')
    .replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));
}

/** The CloudEvents (Kafka binary mode) headers every message carries (libs/kafka/src/cloudevents.ts). */
function cloudEventHeaders(type: EventType, version: number) {
  const text = (description: string, extra: object = {}) => ({ type: 'string', description, ...extra });
  return {
    type: 'object',
    description: 'CloudEvents 1.0 attributes, Kafka protocol binding, binary content mode',
    properties: {
      ce_id: text('Event id (= envelope id); deduplicate on it', { format: 'uuid' }),
      ce_source: text('Producing service, /aftersales/<service>'),
      ce_type: text('Event type', { const: type }),
      ce_specversion: text('CloudEvents version', { const: '1.0' }),
      ce_time: text('When it happened (= occurredAt)', { format: 'date-time' }),
      ce_subject: text('Aggregate id (= envelope subject and the Kafka key)'),
      ce_dataschema: text('$id of the JSON Schema of the value', {
        const: `${SCHEMA_BASE_URL}/${jsonSchemaFileName(type, version)}`,
      }),
      ce_tenantid: text('Extension: the dealer group'),
      ce_correlationid: text('Extension: shared by every event of one business flow'),
      ce_causationid: text('Extension: the event or request that caused it (absent when none)'),
      'content-type': text('Media type of the value', { const: 'application/json' }),
      traceparent: text('W3C trace context of the publish span'),
    },
    required: [
      'ce_id',
      'ce_source',
      'ce_type',
      'ce_specversion',
      'ce_time',
      'ce_subject',
      'ce_dataschema',
      'ce_tenantid',
      'ce_correlationid',
      'content-type',
    ],
  };
}

/** A JSON Schema as an AsyncAPI payload: the dialect key goes (AsyncAPI sets the schema format). */
function payloadOf(type: EventType, version: number) {
  const { $schema: _dialect, ...schema } = jsonSchemaOf(type, version);
  return schema;
}

function retentionDescription(t: TopicDefinition): string {
  if (t.retentionMs === RETAIN_FOREVER) return 'kept forever';
  return `kept ${Math.round(t.retentionMs / 86_400_000)} days`;
}

export function asyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const t of topics) {
    const id = channelIdOf(t.name);
    const channelMessages: Record<string, unknown> = {};
    const version = topicVersion(t);
    for (const type of t.eventTypes) {
      // The current version's message is named by its type; an earlier one still published adds `.v<n>`.
      const messageId = version === versionOf(type) ? type : `${type}.v${version}`;
      channelMessages[type] = { $ref: `#/components/messages/${messageId}` };
      messages[messageId] = {
        name: type,
        title: `${type} v${version}`,
        summary: schemaOf(type, version).description ?? type,
        contentType: 'application/json',
        headers: cloudEventHeaders(type, version),
        payload: payloadOf(type, version),
        'x-schema-file': jsonSchemaFileName(type, version),
        bindings: {
          kafka: {
            key: { type: 'string', description: `The envelope subject: ${t.key}` },
            bindingVersion: KAFKA_BINDING_VERSION,
          },
        },
      };
    }
    const superseded = isSuperseded(t)
      ? `Superseded by ${topicOf(t.eventTypes[0]!)}: published only while consumers migrate. `
      : '';
    channels[id] = {
      address: t.name,
      title: t.name,
      description:
        `${t.public ? 'Public: consumed by systems outside the platform. ' : ''}${superseded}` +
        `Keyed by ${t.key} (one key stays in order on one partition); ${t.partitions} partitions; ` +
        `${t.cleanupPolicy === 'compact' ? 'compacted (the latest record per key stays), ' : ''}` +
        `${retentionDescription(t)}. Dead letters: ${t.name}.dlq.`,
      messages: channelMessages,
      bindings: {
        kafka: {
          topic: t.name,
          partitions: t.partitions,
          topicConfiguration: {
            'cleanup.policy': [t.cleanupPolicy],
            'retention.ms': t.retentionMs,
          },
          bindingVersion: KAFKA_BINDING_VERSION,
        },
      },
      'x-public': t.public,
    };
    operations[`receive${id.charAt(0).toUpperCase()}${id.slice(1)}`] = {
      action: 'receive',
      title: `Consume ${t.name}`,
      channel: { $ref: `#/channels/${id}` },
      messages: t.eventTypes.map((type) => ({ $ref: `#/channels/${id}/messages/${type}` })),
    };
  }
  return {
    asyncapi: ASYNCAPI_VERSION,
    info: {
      title: 'Aftersales events',
      version: `${EVENT_VERSION}.0.0`,
      description:
        'Every Kafka topic of the platform and the events on it. Each message is a CloudEvent ' +
        '(binary mode: ce_* headers) whose value is the JSON envelope the payload schema describes. ' +
        'Within a major version only optional fields are added; a breaking change is a new .v2 topic.',
      license: { name: 'Proprietary: licensed to the deploying dealer group' },
    },
    defaultContentType: 'application/json',
    servers: {
      cluster: {
        host: 'kafka:9092',
        protocol: 'kafka',
        description: "The deployment's Kafka bootstrap servers (KAFKA_BROKERS; TLS and SCRAM in prod)",
      },
    },
    channels,
    operations,
    components: { messages },
  };
}
