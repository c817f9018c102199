// Every screen's text comes from the catalogues: this fails when a key is missing in any of them,
// a message is not valid ICU, or a translation drops, renames or adds a placeholder (a plural
// needs its `other` branch), or a screen asks for a key the English catalogue lacks.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES } from './locales';

const dir = path.join(__dirname, 'messages');
const areaFiles = (locale: string) =>
  readdirSync(path.join(dir, locale))
    .filter((f) => f.endsWith('.json'))
    .sort();
const readArea = (locale: string, file: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(dir, locale, file), 'utf8')) as Record<string, string>;
const load = (locale: string): Record<string, string> =>
  Object.assign({}, ...areaFiles(locale).map((f) => readArea(locale, f))) as Record<string, string>;
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, load(l)]));
const english = catalogues.en!;

/** The placeholders of a message (with their kind), recursively through plural/select branches. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) found.add(`${el.value}`);
    if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
      found.add(`${el.value}:${TYPE[el.type]}`);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      found.add(`${el.value}:${TYPE[el.type]}`);
      for (const option of Object.values(el.options)) argumentsOf(option.value, found);
    }
    if (el.type === TYPE.tag) {
      found.add(`<${el.value}>`);
      argumentsOf(el.children, found);
    }
  }
  return found;
}

function pluralsWithoutOther(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    if (el.type === TYPE.plural || el.type === TYPE.select)
      return [
        ...(el.options.other ? [] : [el.value]),
        ...Object.values(el.options).flatMap((o) => pluralsWithoutOther(o.value)),
      ];
    if (el.type === TYPE.tag) return pluralsWithoutOther(el.children);
    return [];
  });
}

describe('message catalogues', () => {
  it('are the four locales the console offers, each with the same area files', () => {
    expect(readdirSync(dir).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect([locale, areaFiles(locale)]).toEqual([locale, areaFiles('en')]);
  });

  it("keep each area's keys in its own file, none in two, and bundle every English area", () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const file of areaFiles('en')) {
      const area = file.replace(/\.json$/, '');
      for (const key of Object.keys(readArea('en', file))) {
        if (seen.has(key)) problems.push(`${key} in ${seen.get(key)} and ${file}`);
        seen.set(key, file);
        if (area !== 'shell' && !key.startsWith(`${area}.`)) problems.push(`${key} in ${file}`);
      }
      const index = readFileSync(path.join(dir, 'en', 'index.ts'), 'utf8');
      if (!index.includes(`'./${file}'`)) problems.push(`${file} not imported by messages/en/index.ts`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale) => {
    const keys = Object.keys(catalogues[locale]!);
    expect(Object.keys(english).filter((k) => !keys.includes(k))).toEqual([]); // missing
    expect(keys.filter((k) => !(k in english))).toEqual([]); // unknown
  });

  it.each(LOCALES)('%s: every message is valid ICU, non-empty, with the English placeholders', (locale) => {
    const problems: string[] = [];
    for (const [key, message] of Object.entries(catalogues[locale]!)) {
      if (!message.trim()) {
        problems.push(`${key}: empty`);
        continue;
      }
      let ast: MessageFormatElement[];
      try {
        ast = parse(message);
      } catch (err) {
        problems.push(`${key}: not ICU (${(err as Error).message})`);
        continue;
      }
      const missingOther = pluralsWithoutOther(ast);
      if (missingOther.length) problems.push(`${key}: no 'other' branch for ${missingOther.join(', ')}`);
      const english_ = english[key];
      if (english_ === undefined) continue;
      const expected = [...argumentsOf(parse(english_))].sort();
      const actual = [...argumentsOf(ast)].sort();
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        problems.push(`${key}: placeholders ${actual.join(',')} but English has ${expected.join(',')}`);
    }
    expect(problems).toEqual([]);
  });

  it('holds every key a screen asks for', () => {
    // t('some.key') and t("some.key") in the sources; dynamic keys are typed (MessageKey) instead.
    const used = new Set<string>();
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
          for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g)) used.add(m[1]!);
      }
    };
    walk(path.join(__dirname, '..'));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !(k in english))).toEqual([]);
  });
});
