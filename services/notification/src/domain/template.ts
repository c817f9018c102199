// Templates: a subject and a plain-text body per locale with {{placeholders}}, and their
// rendering. Variables come from events (ids, references, instants, amounts), formatted for the
// message's locale and the customer's time zone when the message is written.
import { z } from 'zod';
import { type Locale } from './locale';

export interface LocalisedText {
  subject: string;
  body: string;
}

export interface TemplateDefinition {
  /** Every placeholder each locale's subject or body must use (a test checks both ways). */
  placeholders: readonly string[];
  texts: Record<Locale, LocalisedText>;
}

/** A template variable as stored on the message: text, an instant, or an amount of money. */
export const Variable = z.union([
  z.string(),
  z.object({ instant: z.iso.datetime() }),
  z.object({ amountMinor: z.int(), currency: z.string().length(3) }),
]);
export type Variable = z.infer<typeof Variable>;
export const Variables = z.record(z.string(), Variable);
export type Variables = z.infer<typeof Variables>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;

/** The placeholder names a text uses. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);

export function formatVariable(v: Variable, locale: Locale, timeZone: string): string {
  if (typeof v === 'string') return v;
  if ('instant' in v) {
    return new Intl.DateTimeFormat(intlLocale(locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(v.instant));
  }
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: v.currency }).format(
    v.amountMinor / 100,
  );
}

export class MissingVariable extends Error {
  constructor(readonly variable: string) {
    super(`template variable ${variable} is missing`);
  }
}

/** Fills the placeholders; a missing variable throws rather than send "{{x}}" to a customer. */
export function render(
  text: LocalisedText,
  vars: Variables,
  locale: Locale,
  timeZone: string,
): LocalisedText {
  const fill = (s: string) =>
    s.replace(PLACEHOLDER, (_m, name: string) => {
      const v = vars[name];
      if (v === undefined) throw new MissingVariable(name);
      return formatVariable(v, locale, timeZone);
    });
  return { subject: fill(text.subject), body: fill(text.body) };
}
