// The development OpenID provider as a real process (started through @aftersales/testing), driven
// with plain fetch like a relying party would: discovery, client credentials JWTs verified against
// the JWKS, and the authorization code flow with PKCE through the login page (cookies kept by
// hand, redirects followed by hand), code replay and refresh.
import { createHash, randomBytes } from 'node:crypto';
import * as jose from 'jose';
import { startIdentityProvider, type TestIdentityProvider } from '@aftersales/testing';

const CONSOLE = {
  client_id: 'console',
  client_secret: 'console-secret-0123456789abcdef0123',
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1:4799/auth/callback'],
  post_logout_redirect_uris: ['http://127.0.0.1:4799/console/'],
};
const ERP = {
  client_id: 'erp',
  client_secret: 'erp-secret-0123456789abcdef012345',
  grant_types: ['client_credentials'],
  response_types: [],
  redirect_uris: [],
};
const AUDIENCE = 'test-api';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  end_session_endpoint?: string;
  code_challenge_methods_supported?: string[];
}

/** A browser's cookie jar, just enough for one origin. */
class Jar {
  private cookies = new Map<string, string>();
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const basic = (c: { client_id: string; client_secret: string }) =>
  `Basic ${Buffer.from(`${c.client_id}:${c.client_secret}`).toString('base64')}`;

describe('identity provider (dev and tests)', () => {
  let idp: TestIdentityProvider;
  let discovery: Discovery;
  let jwks: ReturnType<typeof jose.createRemoteJWKSet>;

  beforeAll(async () => {
    idp = await startIdentityProvider({
      users: [
        {
          username: 'kim',
          password: 'right-password',
          displayName: 'Kim Köln',
          email: 'kim@example.test',
          groups: ['g-advisors', 'g-koeln'],
          claims: { org: 'other-group' },
        },
        { username: 'val', password: 'other-password', displayName: 'Val Visitor' },
      ],
      clients: [CONSOLE, ERP],
      apiAudience: AUDIENCE,
    });
    discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Discovery;
    jwks = jose.createRemoteJWKSet(new URL(discovery.jwks_uri));
  }, 60_000);

  afterAll(async () => {
    await idp?.stop();
  });

  async function token(client: typeof CONSOLE | typeof ERP, params: Record<string, string>) {
    const res = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: { authorization: basic(client), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  /** Starts an authorization request, signs in through the login page, returns the code. */
  async function signIn(username: string, password: string) {
    const jar = new Jar();
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const auth = new URL(discovery.authorization_endpoint);
    auth.search = new URLSearchParams({
      client_id: CONSOLE.client_id,
      response_type: 'code',
      redirect_uri: CONSOLE.redirect_uris[0]!,
      scope: 'openid profile email groups',
      state: 'st-1',
      nonce: 'n-1',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    // Follow redirects by hand, with cookies, until the login page or the client's callback.
    const follow = async (start: string, init?: RequestInit): Promise<Response> => {
      let res = await fetch(start, {
        ...init,
        redirect: 'manual',
        headers: { ...init?.headers, cookie: jar.header() },
      });
      jar.store(res);
      for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 10; hops++) {
        const next = new URL(res.headers.get('location')!, res.url || start);
        if (next.href.startsWith(CONSOLE.redirect_uris[0]!)) return res;
        res = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
        jar.store(res);
      }
      return res;
    };
    let res = await follow(auth.href);
    const loginUrl = res.url;
    const html = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    const post = (u: string, p: string) =>
      follow(new URL(action!, loginUrl).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: u, password: p }).toString(),
      });
    res = await post(username, password);
    return { res, html, verifier, jar, post };
  }

  it('publishes discovery with PKCE S256, the end-session endpoint and the JWKS', async () => {
    expect(discovery.issuer).toBe(idp.issuer);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.end_session_endpoint).toBe(`${idp.issuer}/session/end`);
    const keys = (await (await fetch(discovery.jwks_uri)).json()) as { keys: Array<Record<string, unknown>> };
    expect(keys.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys.keys[0]).not.toHaveProperty('d'); // the public half only
  });

  it('issues client credentials access tokens as JWTs for the API audience, signed with the JWKS key', async () => {
    const { status, body } = await token(ERP, { grant_type: 'client_credentials' });
    expect(status).toBe(200);
    const { payload, protectedHeader } = await jose.jwtVerify(String(body.access_token), jwks, {
      issuer: idp.issuer,
      audience: AUDIENCE,
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    expect(payload).toMatchObject({ client_id: 'erp', sub: 'erp', aud: AUDIENCE });

    const wrongSecret = await token(
      { ...ERP, client_secret: 'not-the-secret-0123456789abcdef' },
      {
        grant_type: 'client_credentials',
      },
    );
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body.error).toBe('invalid_client');
  });

  it('refuses an authorization request without PKCE', async () => {
    const auth = new URL(discovery.authorization_endpoint);
    auth.search = new URLSearchParams({
      client_id: CONSOLE.client_id,
      response_type: 'code',
      redirect_uri: CONSOLE.redirect_uris[0]!,
      scope: 'openid',
    }).toString();
    const res = await fetch(auth, { redirect: 'manual' });
    const location = new URL(res.headers.get('location')!);
    expect(location.href.startsWith(CONSOLE.redirect_uris[0]!)).toBe(true);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('signs a user in with the authorization code flow and PKCE: login page, code, tokens, replay refused, refresh', async () => {
    // Wrong password: the form again with the message, HTTP 401, no code.
    const wrong = await signIn('kim', 'wrong-password');
    expect(wrong.html).toMatch(/<label for="username">Username<\/label>/);
    expect(wrong.html).toMatch(/<label for="password">Password<\/label>/);
    expect(wrong.html).toMatch(/<button type="submit">Sign in<\/button>/);
    expect(wrong.res.status).toBe(401);
    const wrongHtml = await wrong.res.text();
    expect(wrongHtml).toContain('Unknown user or wrong password');
    expect(wrongHtml).toContain('value="kim"');
    // An unknown user reads the same.
    const unknown = await wrong.post('nobody', 'right-password');
    expect(unknown.status).toBe(401);
    expect(await unknown.text()).toContain('Unknown user or wrong password');

    // What the user typed comes back escaped.
    const hostile = await wrong.post('"><script>alert(1)</script>', 'x');
    const hostileHtml = await hostile.text();
    expect(hostileHtml).toContain('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
    expect(hostileHtml).not.toContain('<script>alert(1)');

    // The right password on the same form: consent is automatic, back to the callback with a code.
    const ok = await wrong.post('kim', 'right-password');
    expect(ok.status).toBe(303);
    const callback = new URL(ok.headers.get('location')!);
    expect(callback.origin + callback.pathname).toBe(CONSOLE.redirect_uris[0]);
    expect(callback.searchParams.get('state')).toBe('st-1');
    expect(callback.searchParams.get('iss')).toBe(idp.issuer);
    const code = callback.searchParams.get('code')!;
    expect(code).toBeTruthy();

    // Without the code_verifier the code is refused.
    const noVerifier = await token(CONSOLE, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: CONSOLE.redirect_uris[0]!,
    });
    expect(noVerifier.status).toBe(400);
    expect(noVerifier.body.error).toBe('invalid_grant');

    // A fresh sign-in in the same browser session (no login page again) for a code to exchange.
    const again = await signInWithSession(wrong.jar);
    const exchanged = await token(CONSOLE, {
      grant_type: 'authorization_code',
      code: again.code,
      redirect_uri: CONSOLE.redirect_uris[0]!,
      code_verifier: again.verifier,
    });
    expect(exchanged.status).toBe(200);
    const body = exchanged.body;
    expect(body.refresh_token).toEqual(expect.any(String));
    const { payload: id } = await jose.jwtVerify(String(body.id_token), jwks, {
      issuer: idp.issuer,
      audience: CONSOLE.client_id,
    });
    expect(id).toMatchObject({
      sub: 'kim',
      name: 'Kim Köln',
      email: 'kim@example.test',
      groups: ['g-advisors', 'g-koeln'],
      org: 'other-group',
      nonce: 'n-2',
    });
    const { payload: access } = await jose.jwtVerify(String(body.access_token), jwks, {
      issuer: idp.issuer,
      audience: AUDIENCE,
    });
    expect(access).toMatchObject({
      sub: 'kim',
      client_id: 'console',
      groups: ['g-advisors', 'g-koeln'],
      org: 'other-group',
    });

    // Refresh: new tokens, and the refresh token is rotated (the old one no longer works).
    const refreshed = await token(CONSOLE, {
      grant_type: 'refresh_token',
      refresh_token: String(body.refresh_token),
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe(body.access_token);
    expect(refreshed.body.refresh_token).not.toBe(body.refresh_token);
    const { payload: refreshedId } = await jose.jwtVerify(String(refreshed.body.id_token), jwks, {
      issuer: idp.issuer,
      audience: CONSOLE.client_id,
    });
    expect(refreshedId).toMatchObject({ sub: 'kim', groups: ['g-advisors', 'g-koeln'] });
    const { payload: refreshedAccess } = await jose.jwtVerify(String(refreshed.body.access_token), jwks, {
      issuer: idp.issuer,
      audience: AUDIENCE,
    });
    expect(refreshedAccess).toMatchObject({ sub: 'kim', client_id: 'console' });
    const oldRefresh = await token(CONSOLE, {
      grant_type: 'refresh_token',
      refresh_token: String(body.refresh_token),
    });
    expect(oldRefresh.body.error).toBe('invalid_grant');
    // The same code a second time: refused, and (RFC 6749 4.1.2) the tokens issued for it are revoked.
    const replay = await token(CONSOLE, {
      grant_type: 'authorization_code',
      code: again.code,
      redirect_uri: CONSOLE.redirect_uris[0]!,
      code_verifier: again.verifier,
    });
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');

    const afterReplay = await token(CONSOLE, {
      grant_type: 'refresh_token',
      refresh_token: String(refreshed.body.refresh_token),
    });
    expect(afterReplay.body.error).toBe('invalid_grant');
  });

  it('signs out (RP-initiated logout): the confirmation submits itself, back to the client, session gone', async () => {
    const { res, jar, verifier } = await signIn('val', 'other-password');
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
    const tokens = await token(CONSOLE, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: CONSOLE.redirect_uris[0]!,
      code_verifier: verifier,
    });
    expect(tokens.status).toBe(200);
    const { payload: id } = await jose.jwtVerify(String(tokens.body.id_token), jwks, { issuer: idp.issuer });
    expect(id).toMatchObject({ sub: 'val', name: 'Val Visitor', groups: [] });

    const end = new URL(discovery.end_session_endpoint!);
    end.search = new URLSearchParams({
      id_token_hint: String(tokens.body.id_token),
      post_logout_redirect_uri: CONSOLE.post_logout_redirect_uris[0]!,
      state: 'bye',
    }).toString();
    const confirm = await fetch(end, { headers: { cookie: jar.header() } });
    jar.store(confirm);
    const html = await confirm.text();
    expect(confirm.status).toBe(200);
    expect(html).toMatch(
      /<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out<\/button>/,
    );
    expect(html).toContain('f.submit()');
    const form = /<form id="op.logoutForm"[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html)!;
    const fields = new URLSearchParams({ logout: 'yes' });
    for (const m of form[2]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
      fields.set(m[1]!, m[2]!);
    const done = await fetch(new URL(form[1]!, end), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    });
    jar.store(done);
    expect(done.status).toBe(303);
    const back = new URL(done.headers.get('location')!);
    expect(back.origin + back.pathname).toBe(CONSOLE.post_logout_redirect_uris[0]);
    expect(back.searchParams.get('state')).toBe('bye');

    // The provider session is gone: the next authorization request asks for the password again.
    await expect(signInWithSession(jar)).rejects.toThrow(/login page/);
  });

  it('refuses to start on an invalid users file and says which file and what is wrong', async () => {
    await expect(
      startIdentityProvider({ users: [{ username: '', password: 'x' }], clients: [ERP] }),
    ).rejects.toThrow(/exited during start-up[\s\S]*users file .*users\.json is invalid[\s\S]*username/);
  });

  /** A second authorization request in a browser that already has a provider session. */
  async function signInWithSession(jar: Jar) {
    const verifier = randomBytes(32).toString('base64url');
    const auth = new URL(discovery.authorization_endpoint);
    auth.search = new URLSearchParams({
      client_id: CONSOLE.client_id,
      response_type: 'code',
      redirect_uri: CONSOLE.redirect_uris[0]!,
      scope: 'openid profile email groups',
      state: 'st-2',
      nonce: 'n-2',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    let res = await fetch(auth, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.store(res);
    for (let hops = 0; hops < 10; hops++) {
      if (res.status === 200) throw new Error(`login page instead of a code: ${res.url}`);
      const next = new URL(res.headers.get('location')!, auth);
      if (next.href.startsWith(CONSOLE.redirect_uris[0]!)) {
        return { code: next.searchParams.get('code')!, verifier };
      }
      res = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
      jar.store(res);
    }
    throw new Error('no code after 10 redirects');
  }
});
