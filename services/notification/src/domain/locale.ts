// The languages the service writes in, and how a stored preference maps onto one of them.
import { z } from 'zod';

export const LOCALES = ['zh-Hans', 'zh-Hant', 'en', 'de'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** The locale to write in: the customer's if it is one we have, else the default. */
export function localeFor(preferred: string | null | undefined, fallback: Locale): Locale {
  const parsed = Locale.safeParse(preferred);
  return parsed.success ? parsed.data : fallback;
}
