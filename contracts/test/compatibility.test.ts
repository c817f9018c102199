import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  breakingChanges,
  eventTypes,
  jsonSchemaOf,
  registryBreakingChanges,
  schemaFiles,
  snapshotBreakingChanges,
  versionsOf,
} from '../src';

const schemasDir = join(__dirname, '..', 'schemas');

function committedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(schemasDir).filter((f) => f.endsWith('.json'))) {
    files[f] = readFileSync(join(schemasDir, f), 'utf8');
  }
  return files;
}

const obj = (properties: Record<string, object>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
});
const str = { type: 'string' };
const int = { type: 'integer' };

describe('committed schema snapshots', () => {
  it('are up to date (else run `npm run schemas`)', () => {
    const committed = committedFiles();
    const current = schemaFiles();
    const stale = Object.keys(current).filter((f) => committed[f] !== current[f]);
    const extra = Object.keys(committed).filter((f) => !(f in current));
    if (stale.length || extra.length) {
      throw new Error(
        `contracts/schemas is out of date (changed or missing: ${stale.join(', ') || 'none'};` +
          ` no longer generated: ${extra.join(', ') || 'none'}). Run \`npm run schemas\` and commit the result.`,
      );
    }
  });

  it('are still satisfied by the current schemas (no breaking change within v1)', () => {
    const breaking = snapshotBreakingChanges(committedFiles(), schemaFiles());
    if (breaking.length) {
      throw new Error(
        `Breaking changes against the committed schemas:\n  - ${breaking.join('\n  - ')}\n` +
          'Within a major version only add optional fields and widen types; otherwise publish on a new .v2 topic.',
      );
    }
  });

  it('cover every event type', () => {
    const files = Object.keys(committedFiles());
    for (const type of eventTypes)
      for (const version of versionsOf(type)) expect(files).toContain(`${type}.v${version}.json`);
    expect(files).toContain('topics.json');
  });

  it('report an event type removed from the code', () => {
    const current = schemaFiles();
    delete current['parts.demand.v1.json'];
    expect(snapshotBreakingChanges(committedFiles(), current)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^parts\.demand\.v1\.json: event type removed/)]),
    );
  });

  it('report a real schema losing a field', () => {
    const before = jsonSchemaOf('repair.order.completed');
    const after = structuredClone(before) as {
      properties: { data: { properties: Record<string, unknown> } };
    };
    delete after.properties.data.properties.comeback;
    expect(breakingChanges(before, after)).toEqual(['data.comeback: property removed']);
  });

  it('find no difference between a real schema and itself', () => {
    for (const type of eventTypes)
      expect(breakingChanges(jsonSchemaOf(type), jsonSchemaOf(type))).toEqual([]);
  });
});

describe('breakingChanges: breaking', () => {
  it('removed property', () => {
    expect(breakingChanges(obj({ a: str, b: str }), obj({ a: str }))).toEqual(['b: property removed']);
  });

  it('removed nested property', () => {
    const before = obj({ data: obj({ lines: { type: 'array', items: obj({ qty: int, part: str }) } }) });
    const after = obj({ data: obj({ lines: { type: 'array', items: obj({ part: str }) } }) });
    expect(breakingChanges(before, after)).toEqual(['data.lines[].qty: property removed']);
  });

  it('optional property became required', () => {
    expect(breakingChanges(obj({ a: str, b: str }, ['a']), obj({ a: str, b: str }))).toEqual([
      'b: became required',
    ]);
  });

  it('new required property', () => {
    expect(breakingChanges(obj({ a: str }), obj({ a: str, b: str }))).toEqual(['b: new required property']);
  });

  it('type removed from a type union', () => {
    const before = obj({ a: { type: ['string', 'number'] } });
    expect(breakingChanges(before, obj({ a: str }))).toEqual(['a: type number removed (now string)']);
  });

  it('type removed from an anyOf', () => {
    const before = obj({ a: { anyOf: [str, { type: 'boolean' }] } });
    expect(breakingChanges(before, obj({ a: str }))).toEqual(['a: type boolean removed (now string)']);
  });

  it('type changed', () => {
    expect(breakingChanges(obj({ a: str }), obj({ a: { type: 'boolean' } }))).toEqual([
      'a: type string removed (now boolean)',
    ]);
  });

  it('enum value removed', () => {
    const before = obj({ s: { type: 'string', enum: ['low', 'high'] } });
    const after = obj({ s: { type: 'string', enum: ['low'] } });
    expect(breakingChanges(before, after)).toEqual(['s: enum value(s) removed: "high"']);
  });

  it('free value restricted to an enum or a const', () => {
    expect(breakingChanges(obj({ s: str }), obj({ s: { type: 'string', enum: ['a'] } }))).toEqual([
      's: restricted to enum ["a"]',
    ]);
    expect(breakingChanges(obj({ s: str }), obj({ s: { type: 'string', const: 'a' } }))).toEqual([
      's: value fixed to "a"',
    ]);
  });

  it('string format added or changed', () => {
    expect(breakingChanges(obj({ id: str }), obj({ id: { type: 'string', format: 'uuid' } }))).toEqual([
      'id: format "uuid" added',
    ]);
    const before = obj({ d: { type: 'string', format: 'date' } });
    expect(breakingChanges(before, obj({ d: { type: 'string', format: 'date-time' } }))).toEqual([
      'd: format changed from "date" to "date-time"',
    ]);
  });

  it('pattern added', () => {
    expect(breakingChanges(obj({ c: str }), obj({ c: { type: 'string', pattern: '^[A-Z]{3}$' } }))).toEqual([
      'c: pattern added',
    ]);
  });

  it('nullable removed (type array form)', () => {
    expect(breakingChanges(obj({ a: { type: ['string', 'null'] } }), obj({ a: str }))).toEqual([
      'a: no longer nullable',
    ]);
  });

  it('nullable removed (anyOf form, as zod writes nullable objects)', () => {
    const before = obj({ a: { anyOf: [obj({ x: int }), { type: 'null' }] } });
    expect(breakingChanges(before, obj({ a: obj({ x: int }) }))).toEqual(['a: no longer nullable']);
  });

  it('integer where number was', () => {
    expect(breakingChanges(obj({ n: { type: 'number' } }), obj({ n: int }))).toEqual([
      'n: integer where number was',
    ]);
  });

  it('minimum tightened, added, or made exclusive', () => {
    const at = (s: object) => obj({ n: { type: 'number', ...s } });
    expect(breakingChanges(at({ minimum: 0 }), at({ minimum: 1 }))).toEqual([
      'n: minimum tightened from 0 to 1',
    ]);
    expect(breakingChanges(at({}), at({ minimum: 0 }))).toEqual(['n: minimum tightened from none to 0']);
    expect(breakingChanges(at({ minimum: 0 }), at({ exclusiveMinimum: 0 }))).toEqual([
      'n: minimum tightened from 0 to >0',
    ]);
  });

  it('maximum tightened', () => {
    const at = (s: object) => obj({ n: { type: 'integer', ...s } });
    expect(breakingChanges(at({ maximum: 10 }), at({ maximum: 5 }))).toEqual([
      'n: maximum tightened from 10 to 5',
    ]);
    expect(breakingChanges(at({ maximum: 10 }), at({ exclusiveMaximum: 10 }))).toEqual([
      'n: maximum tightened from 10 to >10',
    ]);
  });

  it('length and item bounds tightened', () => {
    expect(breakingChanges(obj({ s: str }), obj({ s: { type: 'string', minLength: 2 } }))).toEqual([
      's: minLength tightened from 0 to 2',
    ]);
    expect(
      breakingChanges(
        obj({ s: { type: 'string', maxLength: 64 } }),
        obj({ s: { type: 'string', maxLength: 32 } }),
      ),
    ).toEqual(['s: maxLength tightened from 64 to 32']);
    const arr = (s: object) => obj({ l: { type: 'array', items: str, ...s } });
    expect(breakingChanges(arr({}), arr({ minItems: 1 }))).toEqual(['l: minItems tightened from 0 to 1']);
    expect(breakingChanges(arr({ maxItems: 5 }), arr({ maxItems: 4 }))).toEqual([
      'l: maxItems tightened from 5 to 4',
    ]);
  });

  it('array items narrowed', () => {
    const before = obj({ l: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } } });
    const after = obj({ l: { type: 'array', items: { type: 'string', enum: ['a'] } } });
    expect(breakingChanges(before, after)).toEqual(['l[]: enum value(s) removed: "b"']);
  });

  it('additional properties closed', () => {
    expect(breakingChanges(obj({ a: str }), { ...obj({ a: str }), additionalProperties: false })).toEqual([
      '(root): additional properties no longer allowed',
    ]);
  });

  it('follows $ref into $defs', () => {
    const before = {
      ...obj({ m: { $ref: '#/$defs/Money' } }),
      $defs: { Money: obj({ amount: int, cur: str }) },
    };
    const after = { ...obj({ m: { $ref: '#/$defs/Money' } }), $defs: { Money: obj({ amount: int }) } };
    expect(breakingChanges(before, after)).toEqual(['m.cur: property removed']);
  });

  it('reports every problem, not only the first', () => {
    const before = obj({ a: str, b: { type: ['integer', 'null'] } }, ['a']);
    const after = obj({ b: int, c: str }, ['b', 'c']);
    expect(breakingChanges(before, after).sort()).toEqual([
      'a: property removed',
      'b: became required',
      'b: no longer nullable',
      'c: new required property',
    ]);
  });
});

describe('breakingChanges: compatible', () => {
  it('adding an optional property', () => {
    expect(breakingChanges(obj({ a: str }), obj({ a: str, b: str }, ['a']))).toEqual([]);
  });

  it('widening an enum', () => {
    const before = obj({ s: { type: 'string', enum: ['low'] } });
    expect(breakingChanges(before, obj({ s: { type: 'string', enum: ['low', 'high'] } }))).toEqual([]);
  });

  it('widening types: integer to number, adding null, adding a union member', () => {
    expect(breakingChanges(obj({ n: int }), obj({ n: { type: 'number' } }))).toEqual([]);
    expect(breakingChanges(obj({ a: str }), obj({ a: { anyOf: [str, { type: 'null' }] } }))).toEqual([]);
    expect(breakingChanges(obj({ a: str }), obj({ a: { type: ['string', 'boolean'] } }))).toEqual([]);
  });

  it('loosening bounds, dropping a format or a requirement', () => {
    const at = (s: object) => obj({ n: { type: 'number', ...s } }, []);
    expect(breakingChanges(at({ minimum: 1, maximum: 5 }), at({ minimum: 0, maximum: 10 }))).toEqual([]);
    expect(breakingChanges(at({ exclusiveMinimum: 0 }), at({ minimum: 0 }))).toEqual([]);
    expect(breakingChanges(obj({ id: { type: 'string', format: 'uuid' } }), obj({ id: str }))).toEqual([]);
    expect(breakingChanges(obj({ a: str }), obj({ a: str }, []))).toEqual([]);
  });

  it('documentation changes', () => {
    expect(
      breakingChanges(obj({ a: str }), { ...obj({ a: { ...str, description: 'new' } }), title: 't' }),
    ).toEqual([]);
  });
});

describe('registryBreakingChanges', () => {
  const topic = (name: string, partitions: number, eventTypes: string[]) => ({
    name,
    partitions,
    eventTypes,
  });
  const before = [topic('t.a.v1', 3, ['a.x', 'a.y']), topic('t.b.v1', 6, ['b.x'])];

  it('accepts new topics and new event types', () => {
    const after = [
      topic('t.a.v1', 3, ['a.x', 'a.y', 'a.z']),
      topic('t.b.v1', 6, ['b.x']),
      topic('t.c.v1', 3, ['c']),
    ];
    expect(registryBreakingChanges(before, after)).toEqual([]);
  });

  it('reports a removed topic and its event types', () => {
    expect(registryBreakingChanges(before, [before[0]!])).toEqual([
      'topic t.b.v1: removed',
      'event type b.x: removed',
    ]);
  });

  it('reports an event type removed or moved', () => {
    expect(
      registryBreakingChanges(before, [topic('t.a.v1', 3, ['a.x']), topic('t.b.v1', 6, ['b.x', 'a.y'])]),
    ).toEqual(['event type a.y: moved from t.a.v1 to t.b.v1']);
    expect(registryBreakingChanges(before, [topic('t.a.v1', 3, ['a.x']), before[1]!])).toEqual([
      'event type a.y: removed',
    ]);
  });

  it('reports a changed partition count (keys would land elsewhere)', () => {
    expect(registryBreakingChanges(before, [topic('t.a.v1', 6, ['a.x', 'a.y']), before[1]!])).toEqual([
      'topic t.a.v1: partitions changed from 3 to 6',
    ]);
  });
});
