// The shell: login, the views of the user's roles, and the live stream that tells views to refetch.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiClient } from './api/client';
import { subscribeLive } from './api/live';
import { type LoginResult } from './api/types';
import { Console, type EventFamily } from './context';
import { LoginPage } from './LoginPage';
import { CLOCK_SYNC_MS, syncPlatformClock } from './lib/clock';
import { VIEW_TITLES, viewsFor, type ViewName } from './lib/roles';
import { loadSession, saveSession } from './session';

// One chunk per role view, loaded when first shown: a role downloads only its own view (and
// recharts only with the views that chart).
const VIEWS: Record<ViewName, React.LazyExoticComponent<() => React.JSX.Element>> = {
  advisor: lazy(() => import('./views/advisor/AdvisorView').then((m) => ({ default: m.AdvisorView }))),
  parts: lazy(() => import('./views/parts/PartsView').then((m) => ({ default: m.PartsView }))),
  complaints: lazy(() =>
    import('./views/complaints/ComplaintsView').then((m) => ({ default: m.ComplaintsView })),
  ),
  analyst: lazy(() => import('./views/analyst/AnalystView').then((m) => ({ default: m.AnalystView }))),
  quality: lazy(() => import('./views/quality/QualityView').then((m) => ({ default: m.QualityView }))),
};

const LIVE_BATCH_MS = 2_000;

export function App() {
  const [session, setSession] = useState<LoginResult | null>(loadSession);
  const login = useCallback((s: LoginResult | null) => {
    saveSession(s);
    setSession(s);
  }, []);
  const logout = useCallback(() => login(null), [login]);
  if (!session) return <LoginPage onLogin={login} />;
  return <Shell session={session} onLogout={logout} />;
}

function Shell(props: { session: LoginResult; onLogout: () => void }) {
  const { session, onLogout } = props;
  const api = useMemo(() => new ApiClient(session.token, onLogout), [session.token, onLogout]);
  const views = viewsFor(session.user.roles);
  const [view, setView] = useState<ViewName | undefined>(views[0]);
  const [changes, setChanges] = useState<Record<EventFamily, number>>({});
  const [live, setLive] = useState(false);
  // Views compute periods and time left from platformNow(): show them once the clock is known
  // (or could not be asked: then the browser's clock), and refresh the offset every few minutes.
  const [clockKnown, setClockKnown] = useState(false);

  useEffect(() => {
    let current = true;
    const sync = () => syncPlatformClock(() => api.clock());
    void sync().then(() => current && setClockKnown(true));
    const timer = setInterval(() => void sync(), CLOCK_SYNC_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [api]);

  useEffect(() => {
    // Notices are batched (2 s), so a burst of events costs each view one refetch and a busy
    // workshop stays well under the gateway's per-user rate limit.
    const pending = new Set<EventFamily>();
    const flush = setInterval(() => {
      if (pending.size === 0) return;
      const families = [...pending];
      pending.clear();
      setChanges((c) => ({ ...c, ...Object.fromEntries(families.map((f) => [f, (c[f] ?? 0) + 1])) }));
    }, LIVE_BATCH_MS);
    const stop = subscribeLive(
      session.token,
      (notice) => pending.add(notice === 'resync' ? 'resync' : notice.type.split('.')[0]!),
      setLive,
    );
    return () => {
      stop();
      clearInterval(flush);
    };
  }, [session.token]);

  const Current = view ? VIEWS[view] : undefined;
  return (
    <Console.Provider value={{ api, user: session.user, changes }}>
      <header className="topbar">
        <strong>Aftersales</strong>
        <nav>
          {views.map((v) => (
            <button key={v} className={v === view ? 'tab active' : 'tab'} onClick={() => setView(v)}>
              {VIEW_TITLES[v]}
            </button>
          ))}
        </nav>
        <span className={live ? 'live on' : 'live'} data-testid="live-status" title="Live updates">
          {live ? '● live' : '○ offline'}
        </span>
        <span data-testid="current-user">
          {session.user.displayName} ({session.user.roles.join(', ')})
        </span>
        <button onClick={onLogout}>Sign out</button>
      </header>
      <main className="content">
        {!clockKnown ? (
          <p className="muted">Loading…</p>
        ) : Current ? (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Current />
          </Suspense>
        ) : (
          <p className="muted">No console view for your roles yet.</p>
        )}
      </main>
    </Console.Provider>
  );
}
