// The shell: who is signed in (the gateway's cookie session), the views of the user's roles, and
// the live stream that tells views to refetch. No session, or a 401 later: the sign-in page.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiClient, ApiError } from './api/client';
import { subscribeLive } from './api/live';
import { type Session } from './api/types';
import { Console, type EventFamily } from './context';
import { useI18n } from './i18n/I18n';
import { LanguageSwitcher } from './i18n/LanguageSwitcher';
import { LoginPage } from './LoginPage';
import { CLOCK_SYNC_MS, syncPlatformClock } from './lib/clock';
import { viewsFor, type ViewName } from './lib/roles';
import { fetchSession } from './session';

// One chunk per role view, loaded when first shown: a role downloads only its own view (and
// recharts only with the views that chart).
const VIEWS: Record<ViewName, React.LazyExoticComponent<() => React.JSX.Element>> = {
  advisor: lazy(() => import('./views/advisor/AdvisorView').then((m) => ({ default: m.AdvisorView }))),
  workshop: lazy(() => import('./views/workshop/WorkshopView').then((m) => ({ default: m.WorkshopView }))),
  rescue: lazy(() => import('./views/rescue/RescueView').then((m) => ({ default: m.RescueView }))),
  parts: lazy(() => import('./views/parts/PartsView').then((m) => ({ default: m.PartsView }))),
  complaints: lazy(() =>
    import('./views/complaints/ComplaintsView').then((m) => ({ default: m.ComplaintsView })),
  ),
  analyst: lazy(() => import('./views/analyst/AnalystView').then((m) => ({ default: m.AnalystView }))),
  quality: lazy(() => import('./views/quality/QualityView').then((m) => ({ default: m.QualityView }))),
  admin: lazy(() => import('./views/admin/AdminView').then((m) => ({ default: m.AdminView }))),
};

const LIVE_BATCH_MS = 2_000;

type SignIn =
  | { state: 'loading' }
  | { state: 'signed-out'; ended?: boolean; unreachable?: string }
  | { state: 'signed-in'; session: Session };

export function App() {
  const { t } = useI18n();
  const [signIn, setSignIn] = useState<SignIn>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    fetchSession().then(
      (session) => current && setSignIn(session ? { state: 'signed-in', session } : { state: 'signed-out' }),
      (err: unknown) =>
        current &&
        setSignIn({
          state: 'signed-out',
          unreachable: err instanceof Error ? err.message : String(err),
        }),
    );
    return () => {
      current = false;
    };
  }, []);
  // Any 401 from the API: the session expired or was ended elsewhere.
  const sessionEnded = useCallback(() => setSignIn({ state: 'signed-out', ended: true }), []);
  if (signIn.state === 'loading') return <p className="muted content">{t('app.loading')}</p>;
  if (signIn.state === 'signed-out')
    return (
      <LoginPage
        ended={signIn.ended}
        problem={signIn.unreachable && t('login.unreachable', { error: signIn.unreachable })}
      />
    );
  return <Shell session={signIn.session} onSessionEnded={sessionEnded} />;
}

function Shell(props: { session: Session; onSessionEnded: () => void }) {
  const { session, onSessionEnded } = props;
  const { t } = useI18n();
  const api = useMemo(
    () => new ApiClient(session.csrfToken, onSessionEnded),
    [session.csrfToken, onSessionEnded],
  );
  const views = viewsFor(session.user.roles);
  const [view, setView] = useState<ViewName | undefined>(views[0]);
  const [changes, setChanges] = useState<Record<EventFamily, number>>({});
  const [live, setLive] = useState(false);
  const [signOutProblem, setSignOutProblem] = useState<string>();
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
      (notice) => pending.add(notice === 'resync' ? 'resync' : notice.type.split('.')[0]!),
      setLive,
      onSessionEnded,
    );
    return () => {
      stop();
      clearInterval(flush);
    };
  }, [onSessionEnded]);

  // Sign-out ends the session at the gateway, then at the identity provider (its end-session
  // page sends the browser back to the console, which then shows the sign-in page).
  async function signOut() {
    setSignOutProblem(undefined);
    try {
      const { logoutUrl } = await api.logout();
      window.location.assign(logoutUrl);
    } catch (err) {
      // A 401 already showed the sign-in page; anything else leaves the user signed in: say so.
      if (!(err instanceof ApiError && err.status === 401))
        setSignOutProblem(
          t('shell.signOutFailed', { error: err instanceof Error ? err.message : String(err) }),
        );
    }
  }

  const Current = view ? VIEWS[view] : undefined;
  return (
    <Console.Provider value={{ api, user: session.user, changes }}>
      <header className="topbar">
        <strong>{t('app.name')}</strong>
        <nav aria-label={t('shell.views')}>
          {views.map((v) => (
            <button
              key={v}
              className={v === view ? 'tab active' : 'tab'}
              aria-current={v === view ? 'page' : undefined}
              onClick={() => setView(v)}
            >
              {t(`view.${v}`)}
            </button>
          ))}
        </nav>
        <span className={live ? 'live on' : 'live'} data-testid="live-status" title={t('shell.liveTitle')}>
          {live ? t('shell.live') : t('shell.offline')}
        </span>
        <span data-testid="current-user">
          {t('shell.user', { name: session.user.displayName, roles: session.user.roles.join(', ') })}
        </span>
        <LanguageSwitcher />
        <button onClick={() => void signOut()}>{t('shell.signOut')}</button>
      </header>
      {signOutProblem && (
        <p className="error content" role="alert">
          {signOutProblem}
        </p>
      )}
      <main className="content">
        {!clockKnown ? (
          <p className="muted">{t('app.loading')}</p>
        ) : Current ? (
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <Current />
          </Suspense>
        ) : (
          <p className="muted">{t('shell.noView')}</p>
        )}
      </main>
    </Console.Provider>
  );
}
