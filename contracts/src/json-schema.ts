// JSON Schema (draft 2020-12) of each event, envelope included, for consumers that do not
// use TypeScript, and as the snapshot the compatibility test compares against.
import { z } from 'zod';
import { EventEnvelopeSchema } from './envelope';
import { eventTypes, schemaOf, versionOf, versionsOf, type EventType } from './registry';
import { dlqTopicDefinitionOf, isSuperseded, topicOf, topicVersion, topics } from './topics';

export const SCHEMA_BASE_URL = 'https://aftersales.example/schemas';

export type JsonSchema = { [key: string]: unknown };

export function jsonSchemaFileName(type: EventType, version: number = versionOf(type)): string {
  return `${type}.v${version}.json`;
}

/** The JSON Schema of one version of an event type (default: the current one). */
export function jsonSchemaOf(type: EventType, version: number = versionOf(type)): JsonSchema {
  const dataSchema = schemaOf(type, version);
  const full = EventEnvelopeSchema.extend({
    type: z.literal(type),
    version: z.literal(version),
    data: dataSchema,
  });
  // io 'input' describes what parseEvent accepts. It also leaves additionalProperties open:
  // producers may add optional fields within a major version, and a consumer validating
  // with an older schema must not reject them.
  const generated = z.toJSONSchema(full, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return canonical({
    ...generated,
    $id: `${SCHEMA_BASE_URL}/${jsonSchemaFileName(type, version)}`,
    title: `${type} v${version}`,
    description: dataSchema.description ?? type,
    'x-topic': topicOf(type, version),
  }) as JsonSchema;
}

/** The topic registry as committed JSON (for deployment generators and other languages). */
export function topicsDocument(): JsonSchema {
  return {
    $comment: 'Generated from contracts/src/topics.ts by `npm run schemas`. Do not edit.',
    topics: topics.map((t) => {
      const dlq = dlqTopicDefinitionOf(t);
      return {
        ...t,
        eventTypes: [...t.eventTypes],
        eventVersion: topicVersion(t),
        superseded: isSuperseded(t),
        dlq: { name: dlq.name, partitions: dlq.partitions, retentionMs: dlq.retentionMs },
      };
    }),
  };
}

export const TOPICS_FILE = 'topics.json';

/** Every file under contracts/schemas/, by name, exactly as it should be committed. */
export function schemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const type of eventTypes)
    for (const version of versionsOf(type))
      files[jsonSchemaFileName(type, version)] = stableJson(jsonSchemaOf(type, version));
  files[TOPICS_FILE] = stableJson(topicsDocument());
  return files;
}

/** Pretty JSON with canonical key order and a trailing newline, so regenerating never churns. */
export function stableJson(value: unknown): string {
  return JSON.stringify(canonical(value), null, 2) + '\n';
}

// Schema keywords read best in this order, then any other keyword alphabetically. Maps of
// names (properties, $defs) and `required` are sorted, so moving a field in the source does
// not churn the files; enum order is kept because it often means something (low..critical).
const KEY_ORDER = [
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'x-topic',
  'name',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
];
const NAME_MAPS = new Set(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas']);

function rank(key: string): number {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(
    ([a], [b]) => rank(a) - rank(b) || byName(a, b),
  );
  return Object.fromEntries(
    entries.map(([key, child]) => {
      if (NAME_MAPS.has(key) && child !== null && typeof child === 'object' && !Array.isArray(child)) {
        const names = Object.keys(child).sort(byName);
        return [
          key,
          Object.fromEntries(names.map((n) => [n, canonical((child as Record<string, unknown>)[n])])),
        ];
      }
      if (key === 'required' && Array.isArray(child)) return [key, [...(child as string[])].sort(byName)];
      return [key, canonical(child)];
    }),
  );
}
