// The provider's own pages: the login form at the interaction URL (Username, Password, Sign in),
// consent granted automatically (every client is first-party), and the sign-out confirmation, which
// submits itself. Everything interpolated into HTML is escaped.
import { type IncomingMessage, type ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { authenticate, type User } from './users.js';

export const WRONG_CREDENTIALS = 'Unknown user or wrong password';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:3rem auto;padding:0 1rem}
label,input,button{display:block;width:100%;box-sizing:border-box;margin:.3rem 0}input{padding:.4rem}
button{padding:.5rem;margin-top:1rem}.error{color:#b00020}</style></head>
<body>${body}</body></html>`;
}

export function loginPage(
  uid: string,
  opts: { username?: string; error?: string; client?: string } = {},
): string {
  const action = `/interaction/${encodeURIComponent(uid)}/login`;
  return page(
    'Sign in',
    `<h1>Sign in</h1>
${opts.client ? `<p>to continue to ${escapeHtml(opts.client)}</p>` : ''}
${opts.error ? `<p class="error" role="alert">${escapeHtml(opts.error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" autofocus required value="${escapeHtml(opts.username ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>`,
  );
}

/** oidc-provider's logout form (op.logoutForm, with its xsrf field), confirmed and submitted at once. */
export function logoutPage(form: string): string {
  return page(
    'Sign out',
    `<h1>Signing out</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<script>
(function () {
  var f = document.getElementById('op.logoutForm');
  var i = document.createElement('input');
  i.type = 'hidden'; i.name = 'logout'; i.value = 'yes';
  f.appendChild(i); f.submit();
})();
</script>`,
  );
}

async function readForm(req: IncomingMessage, limit = 16_384): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > limit) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // No scripts or other origins. No form-action: browsers apply it to the redirects after the login
    // POST too, which end at the client's (other-origin) redirect URI.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-frame-options': 'DENY',
  });
  res.end(html);
}

/**
 * Handles /interaction/<uid>[/login]; returns false for any other path (oidc-provider's).
 */
export async function handleInteraction(
  provider: Provider,
  users: Map<string, User>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(url.pathname);
  if (!match) return false;
  const isLogin = match[2] === '/login';
  const details = await provider.interactionDetails(req, res);
  const { uid, prompt, params } = details;
  const client = typeof params.client_id === 'string' ? params.client_id : undefined;

  if (!isLogin && req.method === 'GET') {
    if (prompt.name === 'login') {
      send(res, 200, loginPage(uid, { ...(client ? { client } : {}) }));
      return true;
    }
    if (prompt.name === 'consent') {
      await grantConsent(provider, req, res, details);
      return true;
    }
    send(res, 400, page('Error', `<p>Unexpected prompt ${escapeHtml(prompt.name)}</p>`));
    return true;
  }
  if (isLogin && req.method === 'POST' && prompt.name === 'login') {
    const form = await readForm(req);
    const username = form.get('username') ?? '';
    const user = await authenticate(users, username, form.get('password') ?? '');
    if (!user) {
      send(res, 401, loginPage(uid, { username, error: WRONG_CREDENTIALS, ...(client ? { client } : {}) }));
      return true;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.username } },
      { mergeWithLastSubmission: false },
    );
    return true;
  }
  res.writeHead(405, { allow: isLogin ? 'POST' : 'GET' });
  res.end();
  return true;
}

// First-party clients: grant whatever the authorization request asked for.
async function grantConsent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  details: Awaited<ReturnType<Provider['interactionDetails']>>,
): Promise<void> {
  const { prompt, params, session, grantId } = details;
  const grant = grantId
    ? ((await provider.Grant.find(grantId)) ??
      new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) }))
    : new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
  const missing = prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
    grant.addResourceScope(indicator, scopes.join(' '));
  const id = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId: id } },
    { mergeWithLastSubmission: true },
  );
}
