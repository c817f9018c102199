// The console's languages and how one is chosen: the user's own choice (kept in this browser),
// else the browser's preferred languages, else English. Chinese is offered in both scripts:
// Traditional for zh-TW / zh-HK / zh-MO / zh-Hant, Simplified for every other zh.

export const LOCALES = ['en', 'de', 'zh-Hans', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

const STORAGE_KEY = 'aftersales.console.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The supported locale for one BCP 47 tag, if any. */
export function localeFor(tag: string): Locale | undefined {
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) {
    return /^zh-(hant|tw|hk|mo)\b/.test(lower) ? 'zh-Hant' : 'zh-Hans';
  }
  if (lower.startsWith('de')) return 'de';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

/** The first of the browser's languages the console speaks; English when none. */
export function pickLocale(preferred: readonly string[], stored?: string | null): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of preferred) {
    const locale = localeFor(tag);
    if (locale) return locale;
  }
  return 'en';
}

export function storedLocale(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: follow the browser
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage blocked: the choice lasts until the page is reloaded
  }
}
