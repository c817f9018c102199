// Canonical forms of the contact data that blind indexes cover: phone numbers as E.164 (so
// "0151 1234 5678" and "+49 151 12345678" match) and e-mail addresses trimmed and lower-cased.
// libphonenumber-js carries Google's metadata of numbering plans per country; hand-written rules
// would accept impossible numbers and miss national prefixes.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { z } from 'zod';

/** E.164 (`+4915112345678`) or null when the number is not a valid number. */
export function normalisePhone(raw: string, defaultRegion: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultRegion as CountryCode);
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

const emailShape = z.email();

/** Trimmed and lower-cased, or null when it is not an e-mail address. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return email.length <= 254 && emailShape.safeParse(email).success ? email : null;
}
