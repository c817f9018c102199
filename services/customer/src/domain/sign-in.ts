// Self-service sign-in by one-time code, the rules without I/O: what a contact is, how a code is
// made and compared, and how often one may be asked for and tried. Six digits, ten minutes, five
// tries, three requests per quarter hour and ten a day per contact: at most fifty guesses a day
// at a one-in-a-million code (docs/self-service.md).
import { randomInt, timingSafeEqual } from 'node:crypto';
import { normaliseEmail, normalisePhone } from './contact';

export const CODE_DIGITS = 6;
export const MAX_ATTEMPTS = 5;
export const REQUEST_LIMITS = [
  { windowMs: 15 * 60_000, max: 3 },
  { windowMs: 24 * 3_600_000, max: 10 },
] as const;

export interface SignInContact {
  field: 'email' | 'phone';
  channel: 'email' | 'sms';
  normalised: string;
}

/** An e-mail address or a phone number (in the tenant's default region), or null. */
export function signInContactOf(raw: string, phoneRegion: string): SignInContact | null {
  if (raw.includes('@')) {
    const email = normaliseEmail(raw);
    return email ? { field: 'email', channel: 'email', normalised: email } : null;
  }
  const phone = normalisePhone(raw, phoneRegion);
  return phone ? { field: 'phone', channel: 'sms', normalised: phone } : null;
}

/** A uniformly random code of CODE_DIGITS digits (leading zeros kept). */
export function newCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

/** What the code must look like; anything else is a wrong code without a lookup. */
export const codeShape = new RegExp(`^[0-9]{${CODE_DIGITS}}$`);

export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Seconds until the contact may ask again, or 0: `recent` are the creation times of its earlier
 * challenges (any order), newest limits first.
 */
export function retryAfterSeconds(recent: readonly Date[], now: Date): number {
  let wait = 0;
  for (const limit of REQUEST_LIMITS) {
    const inWindow = recent
      .map((d) => d.getTime())
      .filter((t) => t > now.getTime() - limit.windowMs)
      .sort((a, b) => a - b);
    if (inWindow.length >= limit.max) {
      // The oldest one that keeps the count at the limit has to leave the window first.
      const leaving = inWindow[inWindow.length - limit.max]!;
      wait = Math.max(wait, Math.ceil((leaving + limit.windowMs - now.getTime()) / 1000));
    }
  }
  return wait;
}
