// The AsyncAPI document is what the registry says (committed as generated) and valid: the
// AsyncAPI parser (the reference implementation, with its spectral ruleset) reports no error and
// no warning. Every topic is a channel, every event type a message with its CloudEvents headers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import {
  asyncApiDocument,
  asyncApiMarkdown,
  channelIdOf,
  eventTypes,
  stableJson,
  topics,
  versionsOf,
} from '../src';

const docsDir = path.join(__dirname, '../../docs/api');

describe('AsyncAPI document', () => {
  const doc = asyncApiDocument() as {
    channels: Record<
      string,
      { address: string; description: string; 'x-public': boolean; messages: Record<string, unknown> }
    >;
    components: {
      messages: Record<
        string,
        { headers: { required: string[]; properties: Record<string, { const?: string }> } }
      >;
    };
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
    // One message per version of each type still published (the current one and any earlier).
    expect(document!.messages().length).toBe(eventTypes.flatMap((t) => versionsOf(t)).length);
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

  it('shows a superseded topic with its own version of the message and names its successor', () => {
    const v1 = doc.channels[channelIdOf('aftersales.analytics.service-outcome.v1')]!;
    const v2 = doc.channels[channelIdOf('aftersales.analytics.service-outcome.v2')]!;
    expect(v1.description).toContain('Superseded by aftersales.analytics.service-outcome.v2');
    expect(v2.description).not.toContain('Superseded');
    const messageOf = (c: typeof v1) =>
      doc.components.messages[
        (c.messages['analytics.service-outcome'] as unknown as { $ref: string }).$ref.split('/').pop()!
      ]!;
    expect(messageOf(v1).headers.properties.ce_dataschema?.const).toMatch(
      /analytics\.service-outcome\.v1\.json$/,
    );
    expect(messageOf(v2).headers.properties.ce_dataschema?.const).toMatch(
      /analytics\.service-outcome\.v2\.json$/,
    );
  });
});
