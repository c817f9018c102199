// Templates: a subject and a plain-text body per locale with {{placeholders}}, and their
// rendering. Variables come from events (ids, references, links, instants, dates, numbers, lists,
// amounts), formatted for the message's locale and the customer's time zone when the message is
// sent. A section {{#name}}...{{/name}} is written only when the variable `name` is there (an
// optional fact: a due mileage, a list of services); sections do not nest. Two kinds are resolved
// only at send time (resolveAtSend): a sealed secret (a sign-in code, stored as its ciphertext
// and opened in memory for the one send) and the minutes left until an instant.
import { z } from 'zod';
import { type Locale } from './locale';

export interface LocalisedText {
  subject: string;
  body: string;
}

export interface TemplateDefinition {
  /** Every placeholder each locale's subject or body must use (a test checks both ways). */
  placeholders: readonly string[];
  /** Placeholders whose variable may be absent: used only inside their own {{#name}} section. */
  optional?: readonly string[];
  /** Placeholders a tenant's wording may not leave out (the message is pointless without them). */
  required?: readonly string[];
  /** Placeholders never put in a subject (lock screens and mail lists show subjects to anyone). */
  bodyOnly?: readonly string[];
  /**
   * A message the customer asked for (a sign-in code): sent at once on the channel they named,
   * whatever their opt-out and quiet hours, and never after the message's expiry.
   */
  requested?: true;
  texts: Record<Locale, LocalisedText>;
}

/** A secret stored as its AES-256-GCM ciphertext (service-kit sealField) bound to `aad`. */
export const SealedVariable = z.object({ sealed: z.string().min(1), aad: z.string().min(1) });
/**
 * A link that carries a sealed secret as one query parameter (the sign-in link with its code):
 * stored as the link without it and the ciphertext, put together in memory at send time.
 */
export const SealedLinkVariable = z.object({
  url: z.url(),
  sealedParam: z.string().min(1),
  sealed: z.string().min(1),
  aad: z.string().min(1),
});
/** The whole minutes from the send until an instant (at least 1), e.g. a code's validity. */
export const MinutesUntilVariable = z.object({ minutesUntil: z.iso.datetime() });

/**
 * A template variable as stored on the message: text, an instant (date and time in the customer's
 * zone), the day of an instant in that zone (`dateOf`), a calendar date, a number, a list of
 * texts, an amount of money, or one resolved at send time (sealed, minutesUntil).
 */
export const Variable = z.union([
  z.string(),
  z.object({ instant: z.iso.datetime() }),
  z.object({ dateOf: z.iso.datetime() }),
  z.object({ date: z.iso.date() }),
  z.object({ number: z.number() }),
  z.object({ list: z.array(z.string()) }),
  z.object({ amountMinor: z.int(), currency: z.string().length(3) }),
  SealedLinkVariable,
  SealedVariable,
  MinutesUntilVariable,
]);
export type Variable = z.infer<typeof Variable>;
export const Variables = z.record(z.string(), Variable);
export type Variables = z.infer<typeof Variables>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;
const SECTION = /\{\{#([a-zA-Z][a-zA-Z0-9]*)\}\}([\s\S]*?)\{\{\/\1\}\}/g;

/** The placeholder names a text uses, in plain placeholders and as section names. */
export function placeholdersOf(text: string): string[] {
  const sections = [...text.matchAll(SECTION)].map((m) => m[1]!);
  return [...new Set([...sections, ...[...text.matchAll(PLACEHOLDER)].map((m) => m[1]!)])];
}

/** Whether a text uses {{name}} outside a {{#name}} section (where it may be absent). */
function usedOutsideItsSection(text: string, name: string): boolean {
  const outside = text.replace(SECTION, (whole, section: string) => (section === name ? '' : whole));
  return [...outside.matchAll(PLACEHOLDER)].some((m) => m[1] === name);
}

/** What is wrong with a tenant's wording of a template (empty: nothing). */
export function wordingProblems(def: TemplateDefinition, text: LocalisedText): string[] {
  const problems: string[] = [];
  const known = new Set(def.placeholders);
  for (const [part, t] of [
    ['subject', text.subject],
    ['body', text.body],
  ] as const) {
    // Whatever is left of {{ }} once sections and placeholders are taken out is a typo.
    const rest = t.replace(SECTION, '$2').replace(PLACEHOLDER, '');
    if (rest.includes('{{') || rest.includes('}}'))
      problems.push(`${part}: a {{ }} that is neither a placeholder nor a closed section`);
    for (const name of placeholdersOf(t))
      if (!known.has(name)) problems.push(`${part}: unknown placeholder {{${name}}}`);
    for (const name of def.optional ?? [])
      if (usedOutsideItsSection(t, name))
        problems.push(`${part}: {{${name}}} may be absent, use it inside {{#${name}}}...{{/${name}}}`);
  }
  for (const name of def.bodyOnly ?? [])
    if (placeholdersOf(text.subject).includes(name))
      problems.push(`subject: {{${name}}} may only appear in the body`);
  const used = new Set([...placeholdersOf(text.subject), ...placeholdersOf(text.body)]);
  for (const name of def.required ?? []) if (!used.has(name)) problems.push(`{{${name}}} is required`);
  return problems;
}

const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);

export function formatVariable(v: Variable, locale: Locale, timeZone: string): string {
  if (typeof v === 'string') return v;
  // Never the ciphertext or a stale count in a message: resolveAtSend replaces both.
  if ('sealed' in v || 'minutesUntil' in v) throw new Error('send-time variable not resolved');
  const intl = intlLocale(locale);
  if ('instant' in v) {
    return new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
      new Date(v.instant),
    );
  }
  if ('dateOf' in v)
    return new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone }).format(new Date(v.dateOf));
  // A calendar date is the same day everywhere: formatted as midnight UTC in UTC.
  if ('date' in v)
    return new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${v.date}T00:00:00Z`),
    );
  if ('number' in v) return new Intl.NumberFormat(intl).format(v.number);
  if ('list' in v) return new Intl.ListFormat(intl, { type: 'conjunction' }).format(v.list);
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: v.currency }).format(
    v.amountMinor / 100,
  );
}

export class MissingVariable extends Error {
  constructor(readonly variable: string) {
    super(`template variable ${variable} is missing`);
  }
}

/** A sealed variable that does not open (tampered, or sealed under another key or context). */
export class UnreadableVariable extends Error {
  constructor(readonly variable: string) {
    super(`template variable ${variable} cannot be opened`);
  }
}

/**
 * The variables as rendered at `now`: sealed ones opened with `open` (aad, ciphertext -> plain
 * text; throws when they do not open), minutesUntil ones counted. The result lives in memory
 * for one send and is never stored.
 */
export function resolveAtSend(
  vars: Variables,
  now: Date,
  open: (aad: string, sealed: string) => string,
): Variables {
  const out: Variables = {};
  for (const [name, v] of Object.entries(vars)) {
    if (typeof v === 'object' && 'sealed' in v) {
      let secret: string;
      try {
        secret = open(v.aad, v.sealed);
      } catch {
        throw new UnreadableVariable(name);
      }
      if ('sealedParam' in v) {
        const url = new URL(v.url);
        url.searchParams.set(v.sealedParam, secret);
        out[name] = url.toString();
      } else out[name] = secret;
    } else if (typeof v === 'object' && 'minutesUntil' in v) {
      const minutes = Math.round((Date.parse(v.minutesUntil) - now.getTime()) / 60_000);
      out[name] = String(Math.max(1, minutes));
    } else {
      out[name] = v;
    }
  }
  return out;
}

/**
 * Fills the placeholders, writing a section only when its variable is there; a missing variable
 * throws rather than send "{{x}}" to a customer.
 */
export function render(
  text: LocalisedText,
  vars: Variables,
  locale: Locale,
  timeZone: string,
): LocalisedText {
  const fill = (s: string) =>
    s
      .replace(SECTION, (_m, name: string, inner: string) => (vars[name] === undefined ? '' : inner))
      .replace(PLACEHOLDER, (_m, name: string) => {
        const v = vars[name];
        if (v === undefined) throw new MissingVariable(name);
        return formatVariable(v, locale, timeZone);
      });
  return { subject: fill(text.subject), body: fill(text.body) };
}
