// The AsyncAPI document is what the registry says (committed as generated) and valid: the
// AsyncAPI parser (the reference implementation, with its spectral ruleset) reports no error and
// no warning. Every topic is a channel, every event type a message with its CloudEvents headers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import { asyncApiDocument, asyncApiMarkdown, channelIdOf, eventTypes, stableJson, topics } from '../src';

const docsDir = path.join(__dirname, '../../docs/api');

describe('AsyncAPI document', () => {
  const doc = asyncApiDocument() as {
    channels: Record<string, { address: string; 'x-public': boolean; messages: Record<string, unknown> }>;
    components: { messages: Record<string, { headers: { required: string[] } }> };
  };

  it('is committed as generated, with its Markdown rendering (run `npm run schemas`)', () => {
    expect(readFileSync(path.join(docsDir, 'asyncapi.json'), 'utf8')).toBe(stableJson(doc));
    expect(readFileSync(path.join(docsDir, 'events.md'), 'utf8')).toBe(asyncApiMarkdown(doc as never));
  });

  it('passes the AsyncAPI parser with no errors or warnings', async () => {
    const { document, diagnostics } = await new Parser().parse(stableJson(doc));
    const problems = diagnostics
      .filter((d) => d.severity <= 1) // 0 error, 1 warning (2 information, 3 hint)
      .map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`);
    expect(problems).toEqual([]);
    expect(document).toBeDefined();
    expect(document!.channels().length).toBe(topics.length);
    expect(document!.messages().length).toBe(eventTypes.length);
  });

  it('has every topic as a channel with its public mark, and CloudEvents headers on every message', () => {
    for (const t of topics) {
      const channel = doc.channels[channelIdOf(t.name)];
      expect(channel).toMatchObject({ address: t.name, 'x-public': t.public });
      expect(Object.keys(channel!.messages).sort()).toEqual([...t.eventTypes].sort());
    }
    expect(doc.channels[channelIdOf('aftersales.parts.demand.v1')]?.['x-public']).toBe(true);
    for (const type of eventTypes)
      expect(doc.components.messages[type]?.headers.required).toEqual(
        expect.arrayContaining(['ce_id', 'ce_type', 'ce_source', 'ce_specversion', 'ce_dataschema']),
      );
  });
});
