// The language menu: follows the browser until the user picks one (kept in this browser).
import { useId } from 'react';
import { LOCALES, LOCALE_NAMES, type Locale } from './locales';
import { useI18n, useLocale } from './I18n';

export function LanguageSwitcher() {
  const { locale, setLocale } = useLocale();
  const { t } = useI18n();
  const id = useId();
  return (
    <span className="language">
      <label htmlFor={id}>{t('shell.language')}</label>
      <select
        id={id}
        data-testid="language"
        value={locale}
        onChange={(e) => setLocale(e.target.value as Locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
