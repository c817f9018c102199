// The sign-in page: one button that sends the browser to the gateway, which signs the user in at
// the organisation's identity provider and comes back here. Says why it is shown when a session
// ended or a sign-in failed.
import { signInError, signInHref } from './session';

export function LoginPage(props: { ended?: boolean; problem?: string }) {
  const error = signInError(window.location.search);
  return (
    <main className="login">
      <section className="login-form">
        <h1>Aftersales console</h1>
        {props.ended && (
          <p className="notice" role="status">
            Your session has ended. Sign in again.
          </p>
        )}
        {error && (
          <p className="error" role="alert">
            Sign-in failed: {error}
          </p>
        )}
        {props.problem && (
          <p className="error" role="alert">
            {props.problem}
          </p>
        )}
        <p className="muted">Sign in with your organisation’s account.</p>
        <button type="button" onClick={() => window.location.assign(signInHref(window.location))}>
          Sign in
        </button>
      </section>
    </main>
  );
}
