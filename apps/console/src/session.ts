// The browser session the gateway keeps after OpenID Connect sign-in. Its cookie is HttpOnly, so
// the console never holds a credential: it asks GET /auth/session who is signed in (and for the
// CSRF token its writes carry), and signs in by sending the browser to the gateway's /auth/login,
// which comes back to the page the user was on.
import { errorOf } from './api/client';
import { type Session } from './api/types';

/** Where the console is served; sign-in never returns anywhere else. */
const CONSOLE_BASE = '/console/';

/** The URL parameter the gateway may add when it sends the browser back after a failed sign-in. */
export const SIGN_IN_ERROR_PARAM = 'signin_error';

/** The signed-in session, or null when no one is signed in in this browser (401). */
export async function fetchSession(): Promise<Session | null> {
  const res = await fetch('/auth/session', {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    cache: 'no-store',
  });
  if (res.status === 401) return null;
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as Session;
}

/**
 * `/auth/login?returnTo=...` for the page the user is on: the console path with its query (less
 * a previous sign-in error), so a reload after a session ended lands where it was.
 */
export function signInHref(location: { pathname: string; search: string }): string {
  const path = location.pathname.startsWith(CONSOLE_BASE) ? location.pathname : CONSOLE_BASE;
  const query = new URLSearchParams(location.search);
  query.delete(SIGN_IN_ERROR_PARAM);
  const rest = query.toString();
  return `/auth/login?${new URLSearchParams({ returnTo: rest ? `${path}?${rest}` : path }).toString()}`;
}

/** The sign-in error the URL carries (`?signin_error=...`), if any. */
export function signInError(search: string): string | undefined {
  const text = new URLSearchParams(search).get(SIGN_IN_ERROR_PARAM)?.trim();
  return text ? text : undefined;
}
