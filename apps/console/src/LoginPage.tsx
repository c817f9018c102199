// Demo login: the users of deploy/dev/demo-users.json (password "demo"), one per role.
import { useState, type FormEvent } from 'react';
import { demoLogin } from './api/client';
import { type LoginResult } from './api/types';

const DEMO_USERS = [
  'advisor',
  'technician',
  'parts',
  'procurement',
  'complaints',
  'quality',
  'analyst',
  'admin',
];

export function LoginPage(props: { onLogin: (session: LoginResult) => void }) {
  const [username, setUsername] = useState('advisor');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      props.onLogin(await demoLogin(username, password));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form onSubmit={(e) => void submit(e)} className="login-form" aria-label="Sign in">
        <h1>Aftersales console</h1>
        <label>
          User
          <input
            name="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="username"
            list="demo-users"
          />
        </label>
        <datalist id="demo-users">
          {DEMO_USERS.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        <label>
          Password
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </label>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <p className="muted">Demo users: {DEMO_USERS.join(', ')} (password “demo”; development only).</p>
      </form>
    </main>
  );
}
