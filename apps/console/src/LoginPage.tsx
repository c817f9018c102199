// The sign-in page: one button that sends the browser to the gateway, which signs the user in at
// the organisation's identity provider and comes back here. Says why it is shown when a session
// ended or a sign-in failed.
import { useI18n } from './i18n/I18n';
import { LanguageSwitcher } from './i18n/LanguageSwitcher';
import { signInError, signInHref } from './session';

export function LoginPage(props: { ended?: boolean; problem?: string }) {
  const { t } = useI18n();
  const error = signInError(window.location.search);
  return (
    <main className="login">
      <section className="login-form">
        <h1>{t('login.title')}</h1>
        {props.ended && (
          <p className="notice" role="status">
            {t('login.ended')}
          </p>
        )}
        {error && (
          <p className="error" role="alert">
            {t('login.failed', { error })}
          </p>
        )}
        {props.problem && (
          <p className="error" role="alert">
            {props.problem}
          </p>
        )}
        <p className="muted">{t('login.hint')}</p>
        <button type="button" onClick={() => window.location.assign(signInHref(window.location))}>
          {t('login.signIn')}
        </button>
        <LanguageSwitcher />
      </section>
    </main>
  );
}
