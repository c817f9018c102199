// Staff sign-in through a real OpenID provider (oidc-provider, the certified Node implementation,
// as a child process): the gateway runs on a real port in front of a stand-in service that records
// what it is told. A small cookie-keeping client plays the browser (the console's browser tests
// drive chromium). Proves the flow, the session cookie, CSRF, refresh with re-mapping, sign-out,
// machine clients, the dry run, and that every attack in docs/security.md's table is refused with
// a clear answer and no session.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import { createLogger } from '@aftersales/service-kit';
import { startIdentityProvider, type TestIdentityProvider } from '@aftersales/testing';
import { createGatewayApp } from '../src/app';
import { loadGatewayConfig } from '../src/config';

const secret = 'test-secret-0123456789-0123456789-abcdef';
const platform = { AUTH_ISSUER: 'aftersales-test', AUTH_AUDIENCE: 'aftersales', AUTH_HS256_SECRET: secret };
const CLIENT_SECRET = 'console-secret-0123456789abcdef';
const logger = createLogger({ service: 'api-gateway', level: 'silent' });
// jose is ESM-only: loaded in beforeAll (jest transforms it), typed through the import above.
let jose: typeof Jose;

/** A browser's cookie jar and redirect handling, for one user. */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();
  readonly setCookies: string[] = [];

  private cookiesFor(url: URL): Map<string, string> {
    let jar = this.jar.get(url.host);
    if (!jar) this.jar.set(url.host, (jar = new Map()));
    return jar;
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.cookiesFor(target);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /** Follows redirects from `url`; stops (without following) at a URL `stopAt` accepts. */
  async follow(
    url: string,
    stopAt: (u: URL) => boolean = () => false,
  ): Promise<{ res: Response; url: string }> {
    let current = url;
    for (let i = 0; i < 15; i++) {
      if (stopAt(new URL(current))) return { res: new Response(null, { status: 204 }), url: current };
      const res = await this.fetch(current);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { res, url: current };
      current = new URL(location, current).href;
    }
    throw new Error('too many redirects');
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }
}

/** Fills the provider's login form (whatever its field names) and submits it. */
async function submitLogin(
  browser: Browser,
  page: { res: Response; url: string },
  username: string,
  password: string,
) {
  const html = await page.res.text();
  const action = /<form[^>]*action="([^"]+)"/i.exec(html)?.[1];
  if (!action) throw new Error(`no login form at ${page.url}: ${html.slice(0, 300)}`);
  const form = new URLSearchParams();
  for (const m of html.matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]+)"/i.exec(m[0])?.[1];
    if (!name) continue;
    if (/pass/i.test(name)) form.set(name, password);
    else if (/user|login/i.test(name)) form.set(name, username);
    else form.set(name, /value="([^"]*)"/i.exec(m[0])?.[1] ?? '');
  }
  return browser.fetch(new URL(action.replace(/&amp;/g, '&'), page.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
}

describe('staff sign-in through OpenID Connect', () => {
  let idp: TestIdentityProvider;
  let otherIdp: TestIdentityProvider;
  let gatewayServer: Server;
  let upstream: Server;
  let gateway: string;
  let mappingFile: string;
  const seen: Array<{ url: string; method: string; headers: Record<string, unknown> }> = [];

  const mapping = (groups: Array<{ group: string; roles: string[]; centreIds: '*' | string[] }>) => ({
    tenants: [
      {
        tenantId: 'dg-demo',
        issuer: idp.issuer,
        when: { claim: 'org', equals: 'dg-demo' },
        groups: groups.map((g) => ({ dealerIds: '*', ...g })),
        clients: [{ clientId: 'erp', roles: ['procurement-officer'], centreIds: '*', dealerIds: '*' }],
      },
    ],
  });
  const standardGroups = [
    { group: 'advisors', roles: ['service-advisor'], centreIds: '*' as const },
    { group: 'ws-koeln', roles: ['service-advisor'], centreIds: ['c-koeln'] },
  ];
  const writeMapping = (groups = standardGroups) =>
    writeFileSync(mappingFile, JSON.stringify(mapping(groups)));

  beforeAll(async () => {
    jose = await import('jose');
    // The gateway's port first: the provider must know the redirect URI.
    gatewayServer = createServer();
    await new Promise<void>((resolve) => gatewayServer.listen(0, '127.0.0.1', resolve));
    gateway = `http://127.0.0.1:${(gatewayServer.address() as AddressInfo).port}`;

    const users = [
      {
        username: 'advisor',
        password: 'pw-advisor',
        displayName: 'Sam Advisor',
        groups: ['advisors'],
        claims: { org: 'dg-demo' },
      },
      {
        username: 'kim',
        password: 'pw-kim',
        displayName: 'Kim Köln',
        groups: ['ws-koeln'],
        claims: { org: 'dg-demo' },
      },
      { username: 'visitor', password: 'pw-visitor', groups: [], claims: { org: 'dg-demo' } },
      { username: 'outsider', password: 'pw-outsider', groups: ['advisors'], claims: { org: 'dg-other' } },
    ];
    const clients = [
      {
        client_id: 'aftersales-console',
        client_secret: CLIENT_SECRET,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${gateway}/auth/callback`],
        post_logout_redirect_uris: [`${gateway}/console/`],
      },
      {
        client_id: 'erp',
        client_secret: 'erp-secret-0123456789abcdef',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
      {
        client_id: 'stranger',
        client_secret: 'stranger-secret-0123456789ab',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
    ];
    // Access tokens live 61 s: a second after each refresh they are within the gateway's margin.
    idp = await startIdentityProvider({ users, clients, accessTokenTtlSec: 61 });
    otherIdp = await startIdentityProvider({ users, clients });

    const up = express();
    up.all('/{*rest}', (req, res) => {
      seen.push({ url: req.originalUrl, method: req.method, headers: req.headers });
      res.json({ ok: true });
    });
    upstream = await new Promise<Server>((resolve) => {
      const s = up.listen(0, '127.0.0.1', () => resolve(s));
    });
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;

    mappingFile = path.join(mkdtempSync(path.join(tmpdir(), 'gateway-sign-in-')), 'mapping.json');
    writeMapping();
    const app = createGatewayApp(
      loadGatewayConfig({
        ...platform,
        NODE_ENV: 'test',
        CUSTOMER_URL: upstreamUrl,
        REPAIR_URL: upstreamUrl,
        PARTS_PROCUREMENT_URL: upstreamUrl,
        COMPLAINT_URL: upstreamUrl,
        ANALYTICS_URL: upstreamUrl,
        OIDC_ISSUER_URL: idp.issuer,
        OIDC_CLIENT_ID: 'aftersales-console',
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_SCOPES: 'openid profile email groups',
        OIDC_API_AUDIENCE: 'aftersales-api',
        PUBLIC_URL: gateway,
        IDENTITY_MAPPING_FILE: mappingFile,
        SESSION_IDLE_MINUTES: '0.1', // 6 s: the expired-session case waits that long
      }),
      logger,
    );
    gatewayServer.on('request', app);
  }, 90_000);

  afterAll(async () => {
    await new Promise((resolve) => gatewayServer?.close(resolve));
    await new Promise((resolve) => upstream?.close(resolve));
    await idp?.stop();
    await otherIdp?.stop();
  });

  const gatewayHost = () => new URL(gateway).host;
  const atCallback = (u: URL) => u.pathname === '/auth/callback';

  /** Up to the provider's answer: the callback URL the browser is sent to (not yet visited). */
  async function signInAtProvider(browser: Browser, username: string, password: string): Promise<string> {
    const loginPage = await browser.follow(`${gateway}/auth/login?returnTo=/console/orders`);
    expect(loginPage.res.status).toBe(200);
    const submitted = await submitLogin(browser, loginPage, username, password);
    const location = submitted.headers.get('location');
    if (!location) throw new Error(`login refused: ${submitted.status} ${await submitted.text()}`);
    const { url } = await browser.follow(new URL(location, loginPage.url).href, atCallback);
    expect(atCallback(new URL(url))).toBe(true);
    return url;
  }

  async function signIn(username: string, password: string): Promise<{ browser: Browser; csrf: string }> {
    const browser = new Browser();
    const callback = await signInAtProvider(browser, username, password);
    const done = await browser.fetch(callback);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/console/orders');
    const session = await browser.fetch(`${gateway}/auth/session`);
    expect(session.status).toBe(200);
    return { browser, csrf: ((await session.json()) as { csrfToken: string }).csrfToken };
  }

  async function expectNoSession(browser: Browser) {
    expect(browser.cookie(gatewayHost(), 'aftersales_session')).toBeUndefined();
    expect((await browser.fetch(`${gateway}/auth/session`)).status).toBe(401);
  }

  it('signs a person in with PKCE, keeps the tokens server-side and forwards the mapped identity', async () => {
    const browser = new Browser();
    const start = await browser.fetch(`${gateway}/auth/login?returnTo=/console/orders`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(new URL(idp.issuer).origin);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();

    const { browser: signedIn, csrf } = await signIn('kim', 'pw-kim');
    const cookie = signedIn.setCookies.find((c) => c.startsWith('aftersales_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const sessionValue = signedIn.cookie(gatewayHost(), 'aftersales_session')!;
    expect(sessionValue).toMatch(/^[A-Za-z0-9_-]{43}$/); // a random id, no token

    const session = (await (await signedIn.fetch(`${gateway}/auth/session`)).json()) as Record<
      string,
      unknown
    >;
    expect(session).toMatchObject({
      user: {
        userId: 'kim',
        displayName: 'Kim Köln',
        tenantId: 'dg-demo',
        roles: ['service-advisor'],
        centreIds: ['c-koeln'],
      },
      groups: ['ws-koeln'],
      csrfToken: csrf,
    });

    const res = await signedIn.fetch(`${gateway}/v1/repair-orders?limit=1`);
    expect(res.status).toBe(200);
    const forwarded = seen.at(-1)!;
    expect(forwarded.headers.cookie).toBeUndefined();
    const bearer = String(forwarded.headers.authorization).replace(/^Bearer /, '');
    const { payload, protectedHeader } = await jose.jwtVerify(bearer, new TextEncoder().encode(secret), {
      issuer: platform.AUTH_ISSUER,
      audience: platform.AUTH_AUDIENCE,
    });
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({
      sub: 'kim',
      tenant: 'dg-demo',
      roles: ['service-advisor'],
      centres: ['c-koeln'],
    });
    expect(payload.exp! - payload.iat!).toBe(300);
  });

  it('needs the CSRF token and our own origin for cookie-authenticated writes', async () => {
    const { browser, csrf } = await signIn('advisor', 'pw-advisor');
    const post = (headers: Record<string, string>) =>
      browser.fetch(`${gateway}/v1/repair-orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
    const before = seen.length;
    const missing = await post({});
    expect(missing.status).toBe(403);
    expect(await missing.json()).toMatchObject({ reason: 'csrf' });
    expect((await post({ 'x-csrf-token': 'x'.repeat(43) })).status).toBe(403);
    expect((await post({ 'x-csrf-token': csrf, origin: 'https://evil.example' })).status).toBe(403);
    expect(seen.length).toBe(before); // nothing reached the service
    expect((await post({ 'x-csrf-token': csrf, origin: new URL(gateway).origin })).status).toBe(200);
    expect(seen.at(-1)!.headers['x-csrf-token']).toBeUndefined();
  });

  it('refuses a wrong password at the provider without leaving the gateway a session', async () => {
    const browser = new Browser();
    const loginPage = await browser.follow(`${gateway}/auth/login`);
    const refused = await submitLogin(browser, loginPage, 'advisor', 'wrong');
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('Unknown user or wrong password');
    await expectNoSession(browser);
  });

  it('refuses a tampered state, a replayed answer and an answer without its browser cookie', async () => {
    const tampered = new Browser();
    const callback = new URL(await signInAtProvider(tampered, 'advisor', 'pw-advisor'));
    const original = callback.href;
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const res = await tampered.fetch(callback.href);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('This sign-in cannot be completed');
    await expectNoSession(tampered);
    // The untampered answer is void too now: its sign-in was consumed by the failed attempt.
    expect((await tampered.fetch(original)).status).toBe(400);
    await expectNoSession(tampered);

    // A replayed (already redeemed) authorization code.
    const first = new Browser();
    const answer = await signInAtProvider(first, 'advisor', 'pw-advisor');
    expect((await first.fetch(answer)).status).toBe(302);
    const replay = new Browser();
    expect((await replay.fetch(answer)).status).toBe(400);
    await expectNoSession(replay);
    // Replayed into a fresh sign-in of the same browser (its own state, someone else's code): the
    // provider refuses the code (used, and not issued for this PKCE verifier).
    const again = new Browser();
    const fresh = new URL(await signInAtProvider(again, 'advisor', 'pw-advisor'));
    const stolen = new URL(answer);
    fresh.searchParams.set('code', stolen.searchParams.get('code')!);
    const reused = await again.fetch(fresh.href);
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain('could not be verified');
    await expectNoSession(again);

    // The verifier lives with the browser's sign-in cookie: without it, no redemption.
    const cookieless = new Browser();
    const lost = await signInAtProvider(cookieless, 'advisor', 'pw-advisor');
    const bare = await fetch(lost, { redirect: 'manual' });
    expect(bare.status).toBe(400);
    expect(bare.headers.getSetCookie().some((c) => c.startsWith('aftersales_session='))).toBe(false);
  });

  it('shows a no-access page, and no session, to a person in no mapped group or of another tenant', async () => {
    for (const [user, password] of [
      ['visitor', 'pw-visitor'],
      ['outsider', 'pw-outsider'],
    ] as const) {
      const browser = new Browser();
      const res = await browser.fetch(await signInAtProvider(browser, user, password));
      expect(res.status).toBe(403);
      const page = await res.text();
      expect(page).toContain('No access to Aftersales');
      expect(page).toMatch(/href="[^"]*end_session|href="[^"]*session\/end/); // sign out at the provider
      await expectNoSession(browser);
    }
  });

  it('refreshes the provider tokens and re-applies the mapping, ending a session whose group was removed', async () => {
    const { browser } = await signIn('kim', 'pw-kim');
    // Tokens live 61 s and are refreshed 60 s ahead: a request after a second refreshes first.
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await browser.fetch(`${gateway}/v1/repair-orders`)).status).toBe(200);
    expect((await browser.fetch(`${gateway}/auth/session`)).status).toBe(200);
    writeMapping([standardGroups[0]!]); // ws-koeln no longer mapped
    await new Promise((r) => setTimeout(r, 1_500));
    const ended = await browser.fetch(`${gateway}/v1/repair-orders`);
    expect(ended.status).toBe(401);
    expect(await ended.json()).toMatchObject({ reason: 'session_expired' });
    expect((await browser.fetch(`${gateway}/auth/session`)).status).toBe(401);
    writeMapping();
    await new Promise((r) => setTimeout(r, 1_100)); // the mapping file is looked at once a second
  });

  it('ends an idle session', async () => {
    const { browser } = await signIn('advisor', 'pw-advisor');
    await new Promise((r) => setTimeout(r, 6_500));
    const res = await browser.fetch(`${gateway}/v1/repair-orders`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ reason: 'session_expired' });
  });

  it('signs out here and at the provider', async () => {
    const { browser, csrf } = await signIn('advisor', 'pw-advisor');
    expect((await browser.fetch(`${gateway}/auth/logout`, { method: 'POST' })).status).toBe(403);
    const out = await browser.fetch(`${gateway}/auth/logout`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrf },
    });
    expect(out.status).toBe(200);
    const logoutUrl = new URL(((await out.json()) as { logoutUrl: string }).logoutUrl);
    expect(logoutUrl.origin).toBe(new URL(idp.issuer).origin);
    expect(logoutUrl.searchParams.get('id_token_hint')).toBeTruthy();
    expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${gateway}/console/`);
    await expectNoSession(browser);
  });

  async function clientToken(provider: TestIdentityProvider, clientId: string, clientSecret: string) {
    const discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as {
      token_endpoint: string;
    };
    const res = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { access_token: string }).access_token;
  }

  it('accepts machine clients with client-credentials tokens, limited to their mapped roles', async () => {
    const token = await clientToken(idp, 'erp', 'erp-secret-0123456789abcdef');
    const ok = await fetch(`${gateway}/v1/purchase-orders`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.status).toBe(200);
    const forwarded = String(seen.at(-1)!.headers.authorization).replace(/^Bearer /, '');
    expect(jose.decodeJwt(forwarded)).toMatchObject({ sub: 'client:erp', roles: ['procurement-officer'] });
    // Not a role this client has: complaints belong to complaint handlers.
    expect(
      (await fetch(`${gateway}/v1/complaints`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(403);
    const stranger = await clientToken(idp, 'stranger', 'stranger-secret-0123456789ab');
    const refused = await fetch(`${gateway}/v1/purchase-orders`, {
      headers: { authorization: `Bearer ${stranger}` },
    });
    // Its provider serves several dealer groups here ("when"), and no group lists this client.
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ reason: 'no_tenant' });
  });

  it('refuses tokens of another issuer, for another audience, or altered', async () => {
    const foreign = await clientToken(otherIdp, 'erp', 'erp-secret-0123456789abcdef');
    const wrongIssuer = await fetch(`${gateway}/v1/purchase-orders`, {
      headers: { authorization: `Bearer ${foreign}` },
    });
    expect(wrongIssuer.status).toBe(401);
    expect(await wrongIssuer.json()).toMatchObject({ reason: 'wrong_issuer' });

    // An ID token is meant for the console client, not for this API.
    const idToken = await idTokenOf('advisor', 'pw-advisor');
    const wrongAudience = await fetch(`${gateway}/v1/purchase-orders`, {
      headers: { authorization: `Bearer ${idToken}` },
    });
    expect(wrongAudience.status).toBe(401);
    expect(await wrongAudience.json()).toMatchObject({ reason: 'wrong_audience' });

    const token = await clientToken(idp, 'erp', 'erp-secret-0123456789abcdef');
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    const altered = `${h}.${Buffer.from(JSON.stringify({ ...claims, client_id: 'root' })).toString('base64url')}.${s}`;
    const bad = await fetch(`${gateway}/v1/purchase-orders`, {
      headers: { authorization: `Bearer ${altered}` },
    });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ reason: 'bad_signature' });
  });

  /** An ID token for the console client, by running the code flow against the provider directly. */
  async function idTokenOf(username: string, password: string): Promise<string> {
    // Signed in at the provider through the gateway (answer not redeemed), then our own PKCE run
    // of the same client: the provider's session signs it in without the form.
    const browser = new Browser();
    await signInAtProvider(browser, username, password);
    const discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as {
      authorization_endpoint: string;
      token_endpoint: string;
    };
    const verifier = jose.base64url.encode(crypto.getRandomValues(new Uint8Array(32)));
    const challenge = jose.base64url.encode(
      new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))),
    );
    const authorize = new URL(discovery.authorization_endpoint);
    authorize.search = new URLSearchParams({
      client_id: 'aftersales-console',
      response_type: 'code',
      scope: 'openid profile groups',
      redirect_uri: `${gateway}/auth/callback`,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'st',
      nonce: 'nn',
    }).toString();
    const { url } = await browser.follow(authorize.href, atCallback);
    const code = new URL(url).searchParams.get('code')!;
    const res = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`aftersales-console:${CLIENT_SECRET}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: `${gateway}/auth/callback`,
        code_verifier: verifier,
      }).toString(),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { id_token: string }).id_token;
  }

  it('shows an admin what a real token would get (dry run)', async () => {
    const admin = await jwtFor(['admin']);
    const idToken = await idTokenOf('kim', 'pw-kim');
    const res = await fetch(`${gateway}/v1/admin/identity-mapping/dry-run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ token: idToken }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      granted: true,
      kind: 'user',
      identity: {
        userId: 'kim',
        tenantId: 'dg-demo',
        name: 'Kim Köln',
        roles: ['service-advisor'],
        centreIds: ['c-koeln'],
        dealerIds: '*',
      },
      matched: ['ws-koeln'],
    });
    const forbidden = await fetch(`${gateway}/v1/admin/identity-mapping/dry-run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await jwtFor(['analyst'])}`, 'content-type': 'application/json' },
      body: JSON.stringify({ token: idToken }),
    });
    expect(forbidden.status).toBe(403);
  });

  async function jwtFor(roles: string[]): Promise<string> {
    return new jose.SignJWT({ tenant: 'dg-demo', roles, centres: '*', dealers: '*' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer(platform.AUTH_ISSUER)
      .setAudience(platform.AUTH_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(secret));
  }

  it('answers a clear page when the provider cannot be reached', async () => {
    const downMapping = path.join(path.dirname(mappingFile), 'down.json');
    writeFileSync(
      downMapping,
      JSON.stringify({ tenants: [{ ...mapping([]).tenants[0], issuer: 'http://127.0.0.1:9' }] }),
    );
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const down = createGatewayApp(
      loadGatewayConfig({
        ...platform,
        NODE_ENV: 'test',
        OIDC_ISSUER_URL: 'http://127.0.0.1:9', // nothing listens on the discard port
        OIDC_CLIENT_ID: 'aftersales-console',
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        IDENTITY_MAPPING_FILE: downMapping,
        PUBLIC_URL: url,
      }),
      logger,
    );
    server.on('request', down);
    try {
      const res = await fetch(`${url}/auth/login`, { redirect: 'manual' });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.getSetCookie()).toEqual([]);
      expect(await res.text()).toContain('Sign-in is unavailable');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
