// The languages the service writes in, and how a stored preference or a page's language tag
// maps onto one of them.
import { z } from 'zod';

export const LOCALES = ['zh-Hans', 'zh-Hant', 'en', 'de'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** The locale to write in: the customer's if it is one we have, else the default. */
export function localeFor(preferred: string | null | undefined, fallback: Locale): Locale {
  const parsed = Locale.safeParse(preferred);
  return parsed.success ? parsed.data : fallback;
}

/**
 * The locale we write for a BCP 47 tag from elsewhere (a browser's, a sign-in page's), or null
 * when we write none of its language: 'de-AT' -> de, 'en-US' -> en, Chinese by its script as
 * the region implies it ('zh-CN', 'zh-SG', 'zh' -> zh-Hans; 'zh-TW', 'zh-HK' -> zh-Hant).
 */
export function supportedLocaleOf(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag.trim()).maximize();
  } catch {
    return null; // not a well-formed tag
  }
  switch (parsed.language) {
    case 'de':
      return 'de';
    case 'en':
      return 'en';
    case 'zh':
      return parsed.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
    default:
      return null;
  }
}
