// Templates: a subject and a plain-text body per locale with {{placeholders}}, and their
// rendering. Variables come from events (ids, references, instants, amounts), formatted for the
// message's locale and the customer's time zone when the message is written. Two kinds are
// resolved only at send time (resolveAtSend): a sealed secret (a sign-in code, stored as its
// ciphertext and opened in memory for the one send) and the minutes left until an instant.
import { z } from 'zod';
import { type Locale } from './locale';

export interface LocalisedText {
  subject: string;
  body: string;
}

export interface TemplateDefinition {
  /** Every placeholder each locale's subject or body must use (a test checks both ways). */
  placeholders: readonly string[];
  /**
   * A message the customer asked for (a sign-in code): sent at once on the channel they named,
   * whatever their opt-out and quiet hours, and never after the message's expiry.
   */
  requested?: true;
  texts: Record<Locale, LocalisedText>;
}

/** A secret stored as its AES-256-GCM ciphertext (service-kit sealField) bound to `aad`. */
export const SealedVariable = z.object({ sealed: z.string().min(1), aad: z.string().min(1) });
/** The whole minutes from the send until an instant (at least 1), e.g. a code's validity. */
export const MinutesUntilVariable = z.object({ minutesUntil: z.iso.datetime() });

/**
 * A template variable as stored on the message: text, an instant, an amount of money, or one
 * resolved at send time (sealed, minutesUntil).
 */
export const Variable = z.union([
  z.string(),
  z.object({ instant: z.iso.datetime() }),
  z.object({ amountMinor: z.int(), currency: z.string().length(3) }),
  SealedVariable,
  MinutesUntilVariable,
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
  // Never the ciphertext or a stale count in a message: resolveAtSend replaces both.
  if ('sealed' in v || 'minutesUntil' in v) throw new Error('send-time variable not resolved');
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
      try {
        out[name] = open(v.aad, v.sealed);
      } catch {
        throw new UnreadableVariable(name);
      }
    } else if (typeof v === 'object' && 'minutesUntil' in v) {
      const minutes = Math.round((Date.parse(v.minutesUntil) - now.getTime()) / 60_000);
      out[name] = String(Math.max(1, minutes));
    } else {
      out[name] = v;
    }
  }
  return out;
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
