import { type Identity } from '@aftersales/service-kit';
import { SessionStore } from './sessions';

const identity: Identity = { userId: 'u', tenantId: 't', roles: ['analyst'], centreIds: '*', dealerIds: '*' };
const tokens = { accessToken: 'a', expiresAtMs: 0 };

function store(start = 1_000_000) {
  let now = start;
  const sessions = new SessionStore({ idleMs: 60_000, maxAgeMs: 300_000 }, () => now);
  return { sessions, advance: (ms: number) => (now += ms) };
}

describe('SessionStore', () => {
  it('finds a session by the id it handed out, not by anything else', () => {
    const { sessions } = store();
    const { id, session } = sessions.create({ identity, tokens, matched: ['g'] });
    expect(sessions.get(id)).toBe(session);
    expect(sessions.get(`${id}x`)).toBeUndefined();
    expect(sessions.get(undefined)).toBeUndefined();
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('ends a session after the idle time, but use keeps it going until the absolute limit', () => {
    const { sessions, advance } = store();
    const idle = sessions.create({ identity, tokens, matched: [] });
    advance(60_000);
    expect(sessions.get(idle.id)).toBeUndefined();

    const busy = sessions.create({ identity, tokens, matched: [] });
    for (let i = 0; i < 4; i++) {
      advance(59_000);
      expect(sessions.get(busy.id)).toBeDefined();
    }
    advance(59_000); // 295 s in: still alive, but now the max age ends it before idle would
    expect(sessions.get(busy.id)).toBeDefined();
    expect(sessions.expiresAtMs(busy.session)).toBe(1_000_000 + 60_000 + 300_000);
    advance(6_000);
    expect(sessions.get(busy.id)).toBeUndefined();
  });

  it('hands a pending sign-in out once, and not after ten minutes', () => {
    const { sessions, advance } = store();
    const pending = { browser: 'b', codeVerifier: 'v', nonce: 'n', returnTo: '/console/' };
    sessions.addPending('s1', pending);
    expect(sessions.takePending('s1')).toMatchObject(pending);
    expect(sessions.takePending('s1')).toBeUndefined(); // replayed state
    sessions.addPending('s2', pending);
    advance(10 * 60_000 + 1);
    expect(sessions.takePending('s2')).toBeUndefined();
  });

  it('forgets a deleted session', () => {
    const { sessions } = store();
    const { id } = sessions.create({ identity, tokens, matched: [] });
    expect(sessions.delete(id)).toBeDefined();
    expect(sessions.get(id)).toBeUndefined();
  });
});
