// The console's language: a react-intl provider over the chosen catalogue, and the hook every
// screen formats through (messages in ICU syntax with plurals, dates in a given time zone, numbers
// and money in the user's locale). English is bundled; the other catalogues load when chosen.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl, type FormatNumberOptions } from 'react-intl';
import { en } from './messages/en';
import { pickLocale, storeLocale, storedLocale, type Locale } from './locales';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
/** Plain values only: messages here are text (rich text would need ReactNode results). */
type Values = Record<string, string | number | boolean | Date | null | undefined>;

// Every other locale's area files, loaded (as one chunk per file) when the locale is chosen.
const AREA_FILES = import.meta.glob<Record<string, string>>(['./messages/*/*.json', '!./messages/en/*'], {
  import: 'default',
});

async function catalogue(locale: Locale): Promise<Messages> {
  if (locale === 'en') return en;
  const files = Object.entries(AREA_FILES).filter(([file]) => file.startsWith(`./messages/${locale}/`));
  const areas = await Promise.all(files.map(([, load]) => load()));
  // A key a catalogue lacks (the catalogue test forbids it) falls back to English.
  return Object.assign({}, en, ...areas) as Messages;
}

interface LocaleChoice {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleChoice>({ locale: 'en', setLocale: () => undefined });

export function I18nProvider(props: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(
    () => props.initial ?? pickLocale(navigator.languages ?? [navigator.language], storedLocale()),
  );
  const [messages, setMessages] = useState<{ locale: Locale; messages: Messages }>({
    locale: 'en',
    messages: en,
  });
  useEffect(() => {
    let current = true;
    void catalogue(locale).then((m) => current && setMessages({ locale, messages: m }));
    document.documentElement.lang = locale;
    return () => {
      current = false;
    };
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);
  const choice = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={choice}>
      <IntlProvider locale={messages.locale} messages={messages.messages} defaultLocale="en">
        {props.children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleChoice {
  return useContext(LocaleContext);
}

export interface Formatters {
  locale: string;
  /** A message of the catalogue; a missing key is a type error (and the catalogue test fails). */
  t: (id: MessageKey, values?: Values) => string;
  /** Date and time in the given IANA zone (a centre's), else the browser's. */
  dateTime: (value: string | number | Date, timeZone?: string) => string;
  date: (value: string | number | Date, timeZone?: string) => string;
  time: (value: string | number | Date, timeZone?: string) => string;
  number: (value: number, options?: FormatNumberOptions) => string;
  /** Money held in minor units (cents), e.g. 21896 EUR -> "€218.96" / "218,96 €". */
  money: (minor: number, currency: string) => string;
}

export function useI18n(): Formatters {
  const intl = useIntl();
  return useMemo(
    () => ({
      locale: intl.locale,
      t: (id, values) => intl.formatMessage({ id }, values),
      dateTime: (value, timeZone) =>
        intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
      date: (value, timeZone) => intl.formatDate(value, { dateStyle: 'medium', timeZone }),
      time: (value, timeZone) => intl.formatTime(value, { timeStyle: 'short', timeZone }),
      number: (value, options) => intl.formatNumber(value, options),
      money: (minor, currency) => intl.formatNumber(minor / 100, { style: 'currency', currency }),
    }),
    [intl],
  );
}
