// Signed-in browser sessions and sign-ins in progress, kept in the gateway's memory: the
// provider's tokens never reach the browser, which holds only a random session id in an
// HttpOnly cookie. The map is keyed by a hash of that id, so a heap dump does not hand out
// usable cookies. One gateway replica's memory: the Service pins a browser to its replica
// (session affinity), and a restart signs people out; they sign back in through the provider's
// own session, usually without typing anything (docs/security.md).
import { createHash, randomBytes } from 'node:crypto';
import { type Identity } from '@aftersales/service-kit';

/** What every browser session has (staff here, customers in self-service/). */
export interface StoredSession {
  identity: Identity;
  /** Synchronizer token: cookie-authenticated writes must echo it in `x-csrf-token`. */
  csrfToken: string;
  createdAtMs: number;
  lastSeenAtMs: number;
}

export interface Session extends StoredSession {
  /** The provider's tokens (refresh before the access token runs out; id token for sign-out). */
  tokens: { accessToken: string; refreshToken?: string; idToken?: string; expiresAtMs: number };
  /** The mapping result came from these groups/clients (shown by GET /auth/session). */
  matched: string[];
}

/** A sign-in between the redirect to the provider and its answer (state is the key). */
export interface PendingSignIn {
  /** The random value of the browser's sign-in cookie: the answer must come back to that browser. */
  browser: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  createdAtMs: number;
}

export interface SessionLimits {
  idleMs: number;
  maxAgeMs: number;
}

const PENDING_TTL_MS = 10 * 60_000;
const MAX_SESSIONS = 50_000;
const MAX_PENDING = 10_000;

const hash = (id: string) => createHash('sha256').update(id).digest('base64url');
export const randomId = () => randomBytes(32).toString('base64url');

export class SessionStore<S extends StoredSession = Session> {
  private readonly sessions = new Map<string, S>();
  private readonly pending = new Map<string, PendingSignIn>();

  constructor(
    private readonly limits: SessionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new session; returns the id for the cookie (only its hash is kept). */
  create(session: Omit<S, 'createdAtMs' | 'lastSeenAtMs' | 'csrfToken'>): {
    id: string;
    session: S;
  } {
    this.prune();
    if (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    const id = randomId();
    const now = this.now();
    const full = { ...session, csrfToken: randomId(), createdAtMs: now, lastSeenAtMs: now } as S;
    this.sessions.set(hash(id), full);
    return { id, session: full };
  }

  /** The live session for a cookie id (idle and absolute limits applied), touching it. */
  get(id: string | undefined): S | undefined {
    if (!id) return undefined;
    const key = hash(id);
    const session = this.sessions.get(key);
    if (!session) return undefined;
    const now = this.now();
    if (this.expired(session, now)) {
      this.sessions.delete(key);
      return undefined;
    }
    session.lastSeenAtMs = now;
    return session;
  }

  /** When the session ends if nothing else happens (idle or absolute limit, whichever is first). */
  expiresAtMs(session: StoredSession): number {
    return Math.min(session.lastSeenAtMs + this.limits.idleMs, session.createdAtMs + this.limits.maxAgeMs);
  }

  delete(id: string | undefined): S | undefined {
    if (!id) return undefined;
    const key = hash(id);
    const session = this.sessions.get(key);
    this.sessions.delete(key);
    return session;
  }

  addPending(state: string, signIn: Omit<PendingSignIn, 'createdAtMs'>): void {
    this.prune();
    if (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value as string);
    this.pending.set(hash(state), { ...signIn, createdAtMs: this.now() });
  }

  /** The sign-in a callback's state belongs to, removed: a state is good for one answer only. */
  takePending(state: string | undefined): PendingSignIn | undefined {
    if (!state) return undefined;
    const key = hash(state);
    const found = this.pending.get(key);
    this.pending.delete(key);
    if (!found || this.now() - found.createdAtMs > PENDING_TTL_MS) return undefined;
    return found;
  }

  private expired(session: StoredSession, now: number): boolean {
    return now >= this.expiresAtMs(session);
  }

  private lastPruneMs = 0;

  // At most once a minute, on a write: expired entries go without a timer to clean up.
  private prune(): void {
    const now = this.now();
    if (now - this.lastPruneMs < 60_000) return;
    this.lastPruneMs = now;
    for (const [key, s] of this.sessions) if (this.expired(s, now)) this.sessions.delete(key);
    for (const [key, p] of this.pending) if (now - p.createdAtMs > PENDING_TTL_MS) this.pending.delete(key);
  }
}
