// The AsyncAPI document rendered as a Markdown page (docs/api/events.md) for people: one table of
// topics, then each topic's events. Generated with the document by `npm run schemas`.
import { asyncApiDocument } from './asyncapi';

interface Channel {
  address: string;
  description: string;
  'x-public': boolean;
  messages: Record<string, { $ref: string }>;
  bindings: { kafka: { partitions: number; topicConfiguration: { 'retention.ms': number } } };
}
interface Message {
  summary: string;
  'x-schema-file': string;
  bindings: { kafka: { key: { description: string } } };
}

const days = (ms: number) => (ms < 0 ? 'forever' : `${Math.round(ms / 86_400_000)} days`);

export function asyncApiMarkdown(doc = asyncApiDocument()): string {
  const channels = doc.channels as Record<string, Channel>;
  const messages = (doc.components as { messages: Record<string, Message> }).messages;
  const lines = [
    '# Events (AsyncAPI)',
    '',
    '<!-- Generated from contracts/src/asyncapi.ts by `npm run schemas`. Do not edit. -->',
    '',
    'The machine-readable document is [asyncapi.json](asyncapi.json) (AsyncAPI 3.0; the gateway',
    'serves it at `/asyncapi.json`). Every message is a CloudEvent in binary mode (`ce_*` headers)',
    'whose value is the JSON envelope; each event type has a JSON Schema in `contracts/schemas/`.',
    '',
    '| Topic | Public | Partitions | Retention | Events |',
    '|---|---|---|---|---|',
  ];
  const sorted = Object.values(channels).sort((a, b) => a.address.localeCompare(b.address));
  for (const c of sorted)
    lines.push(
      `| \`${c.address}\` | ${c['x-public'] ? 'yes' : ''} | ${c.bindings.kafka.partitions} | ` +
        `${days(c.bindings.kafka.topicConfiguration['retention.ms'])} | ${Object.keys(c.messages).length} |`,
    );
  for (const c of sorted) {
    lines.push('', `## \`${c.address}\``, '', c.description, '');
    for (const [type, ref] of Object.entries(c.messages).sort(([a], [b]) => a.localeCompare(b))) {
      const message = messages[ref.$ref.split('/').pop()!]!;
      lines.push(
        `- **${type}**: ${message.summary} ([schema](../../contracts/schemas/${message['x-schema-file']}))`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
