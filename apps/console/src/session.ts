// The logged-in user's token, kept in sessionStorage (per tab, gone when the tab closes).
import { type LoginResult } from './api/types';

const KEY = 'aftersales.console.session';

export function loadSession(): LoginResult | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as LoginResult;
    // Real time, not platformNow(): the token's expiry is set and checked on real time.
    return Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session: LoginResult | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
