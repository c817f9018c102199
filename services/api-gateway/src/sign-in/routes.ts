// Staff sign-in through the dealer group's identity provider: /auth/login sends the browser
// there (state, nonce and PKCE verifier kept here, bound to the browser by a short-lived cookie),
// /auth/callback redeems the answer, maps the person's groups to roles and centres and starts a
// session, /auth/session tells the console who is signed in, /auth/logout ends the session here
// and at the provider. Errors end on a page that says what happened, never with a session.
import { timingSafeEqual } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { HttpProblem, ROLES, forbidden, type Logger } from '@aftersales/service-kit';
import { mapClaims } from './identity-mapping';
import { type IdentityForwarder } from './forwarding';
import { type MappingFile } from './mapping-file';
import { sendSignInPage } from './pages';
import { ProviderUnavailable, type ProviderClient } from './provider-client';
import { randomId, type SessionStore, type StoredSession } from './sessions';

export interface SignInContext {
  provider: ProviderClient;
  mapping: MappingFile;
  sessions: SessionStore;
  forwarder: IdentityForwarder;
  /** The gateway's external base URL, e.g. https://aftersales.dealer.example */
  publicUrl: string;
  logger: Logger;
}

const scope = z.union([z.literal('*'), z.array(z.string())]);

/** GET /auth/session: who is signed in in this browser (documented in the gateway's OpenAPI part). */
export const sessionResponse = z.object({
  user: z.object({
    userId: z.string(),
    displayName: z.string(),
    tenantId: z.string(),
    roles: z.array(z.enum(ROLES)),
    centreIds: scope,
    dealerIds: scope,
  }),
  groups: z.array(z.string()).describe('the mapping entries that gave these roles'),
  csrfToken: z.string().describe('send as `x-csrf-token` with every state-changing request'),
  expiresAt: z.iso.datetime().describe('when the session ends unless it is used again'),
});

/** POST /auth/logout: where to send the browser to end the provider's session as well. */
export const logoutResponse = z.object({ logoutUrl: z.url() });

export interface CookieNames {
  session: string;
  signIn: string;
  secure: boolean;
}

/** `__Host-` names (Secure, Path=/, no Domain) under https; plain names for http on localhost. */
export function cookieNames(publicUrl: string): CookieNames {
  const secure = new URL(publicUrl).protocol === 'https:';
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}aftersales_session`, signIn: `${prefix}aftersales_signin`, secure };
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

const sameString = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Cookie-authenticated writes must prove they come from the console: the session's CSRF token
 * in `x-csrf-token` (a page on another site can make the browser send the cookie, not read the
 * token), and an Origin, when the browser sends one, that is ours.
 */
export function assertSameSiteWrite(req: Request, session: StoredSession, publicUrl: string): void {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== new URL(publicUrl).origin) {
    throw forbidden('This request comes from another site.', { reason: 'csrf' });
  }
  const token = req.headers['x-csrf-token'];
  if (typeof token !== 'string' || !sameString(token, session.csrfToken)) {
    throw forbidden('The request lacks the session CSRF token (x-csrf-token).', { reason: 'csrf' });
  }
}

/** Only paths on this site: an open redirect after sign-in would hand the session to a phisher. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return '/console/';
  return value;
}

export function signInRouter(ctx: SignInContext): Router {
  const r = Router();
  const names = cookieNames(ctx.publicUrl);
  const publicBase = new URL(ctx.publicUrl);
  const consoleUrl = new URL('/console/', publicBase).href;
  const cookieBase = { httpOnly: true, secure: names.secure, sameSite: 'lax' as const, path: '/' };
  const startAgain = { href: '/auth/login', label: 'Sign in again / Erneut anmelden / 重新登录' };

  const providerDown = (res: Response, err: unknown) => {
    ctx.logger.warn({ err }, 'identity provider unavailable');
    sendSignInPage(res, {
      status: 503,
      title: 'Sign-in is unavailable',
      lines: {
        en: 'Your organisation’s sign-in service cannot be reached right now. Try again in a minute.',
        de: 'Der Anmeldedienst Ihrer Organisation ist gerade nicht erreichbar. Bitte versuchen Sie es in einer Minute erneut.',
        zh: '暂时无法连接贵单位的登录服务，请稍后再试。',
      },
      detail: `Identity provider: ${ctx.provider.issuer}`,
      links: [startAgain],
    });
  };

  // Each sign-in start holds a pending entry for ten minutes: cap how fast one client makes them
  // (generous: a workshop's staff may all sign in at 8:00 from behind one address).
  const perClient = rateLimit({
    windowMs: 60_000,
    limit: 30,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
  });
  r.use(['/auth/login', '/auth/callback'], perClient);

  r.get('/auth/login', async (req, res) => {
    // The cookies must be set on the host the provider sends the browser back to.
    if (req.headers.host !== publicBase.host) {
      const target = new URL('/auth/login', publicBase);
      target.searchParams.set('returnTo', safeReturnTo(req.query.returnTo));
      res.redirect(302, target.href);
      return;
    }
    let start: Awaited<ReturnType<ProviderClient['authorizationUrl']>>;
    try {
      start = await ctx.provider.authorizationUrl();
    } catch (err) {
      if (err instanceof ProviderUnavailable) return providerDown(res, err);
      throw err;
    }
    const browser = randomId();
    ctx.sessions.addPending(start.state, {
      browser,
      codeVerifier: start.codeVerifier,
      nonce: start.nonce,
      returnTo: safeReturnTo(req.query.returnTo),
    });
    res.cookie(names.signIn, browser, { ...cookieBase, maxAge: 10 * 60_000 });
    res.set('cache-control', 'no-store').redirect(302, start.url.href);
  });

  r.get('/auth/callback', async (req, res) => {
    res.clearCookie(names.signIn, cookieBase);
    const state = typeof req.query.state === 'string' ? req.query.state : undefined;
    const pending = ctx.sessions.takePending(state);
    if (typeof req.query.error === 'string') {
      return sendSignInPage(res, {
        status: 400,
        title: 'Sign-in was not completed',
        lines: {
          en: 'The identity provider did not sign you in.',
          de: 'Der Identitätsanbieter hat Sie nicht angemeldet.',
          zh: '身份提供方未完成登录。',
        },
        detail: `${req.query.error}${typeof req.query.error_description === 'string' ? `: ${req.query.error_description}` : ''}`,
        links: [startAgain],
      });
    }
    const browser = readCookie(req, names.signIn);
    if (!pending || !browser || !sameString(browser, pending.browser)) {
      return sendSignInPage(res, {
        status: 400,
        title: 'This sign-in cannot be completed',
        lines: {
          en: 'The sign-in answer is not valid here: it expired, was used already, or was started in another browser.',
          de: 'Die Anmeldeantwort ist hier nicht gültig: abgelaufen, bereits verwendet oder in einem anderen Browser begonnen.',
          zh: '登录响应在此无效：已过期、已被使用，或是在另一个浏览器中发起的。',
        },
        links: [startAgain],
      });
    }
    let tokens: Awaited<ReturnType<ProviderClient['redeem']>>;
    try {
      tokens = await ctx.provider.redeem(new URL(req.originalUrl, publicBase), {
        state: state!,
        nonce: pending.nonce,
        codeVerifier: pending.codeVerifier,
      });
    } catch (err) {
      if (err instanceof ProviderUnavailable) return providerDown(res, err);
      ctx.logger.warn({ err }, 'sign-in answer refused');
      return sendSignInPage(res, {
        status: 400,
        title: 'This sign-in cannot be completed',
        lines: {
          en: 'The identity provider’s answer could not be verified, so you were not signed in.',
          de: 'Die Antwort des Identitätsanbieters konnte nicht geprüft werden; Sie wurden nicht angemeldet.',
          zh: '无法验证身份提供方的响应，因此未登录。',
        },
        detail: (err as Error).message,
        links: [startAgain],
      });
    }
    const outcome = mapClaims(ctx.mapping.current(), tokens.claims, 'user');
    if (!outcome.ok) {
      ctx.logger.info(
        { reason: outcome.reason, tenantId: outcome.tenantId },
        'signed in at the provider, no role here',
      );
      const signOut = await ctx.provider.endSessionUrl(tokens.idToken, consoleUrl).catch(() => undefined);
      return sendSignInPage(res, {
        status: 403,
        title: 'No access to Aftersales',
        lines: {
          en: 'You are signed in at your organisation, but none of your groups gives you a role here. Ask your administrator for access.',
          de: 'Sie sind bei Ihrer Organisation angemeldet, aber keine Ihrer Gruppen gibt Ihnen hier eine Rolle. Bitten Sie Ihre Administration um Zugang.',
          zh: '您已在所属单位登录，但您所在的组在此没有任何角色。请联系管理员开通权限。',
        },
        detail: outcome.detail,
        links: [{ href: signOut ?? consoleUrl, label: 'Sign out / Abmelden / 退出登录' }],
      });
    }
    const { id } = ctx.sessions.create({
      identity: outcome.identity,
      tokens: {
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        idToken: tokens.idToken,
        expiresAtMs: tokens.expiresAtMs,
      },
      matched: outcome.matched,
    });
    ctx.logger.info(
      { userId: outcome.identity.userId, tenantId: outcome.tenantId, matched: outcome.matched },
      'signed in',
    );
    res.cookie(names.session, id, cookieBase);
    res.set('cache-control', 'no-store').redirect(302, pending.returnTo);
  });

  r.get('/auth/session', (req, res) => {
    const session = ctx.sessions.get(readCookie(req, names.session));
    if (!session) {
      throw new HttpProblem(401, {
        detail: 'No one is signed in in this browser.',
        extra: { reason: 'no_session' },
      });
    }
    const { identity } = session;
    const answer: z.input<typeof sessionResponse> = {
      user: {
        userId: identity.userId,
        displayName: identity.name ?? identity.userId,
        tenantId: identity.tenantId,
        roles: identity.roles,
        centreIds: identity.centreIds,
        dealerIds: identity.dealerIds,
      },
      groups: session.matched,
      csrfToken: session.csrfToken,
      expiresAt: new Date(ctx.sessions.expiresAtMs(session)).toISOString(),
    };
    res.set('cache-control', 'no-store').json(answer);
  });

  r.post('/auth/logout', async (req, res) => {
    const id = readCookie(req, names.session);
    const session = ctx.sessions.get(id);
    if (session) assertSameSiteWrite(req, session, ctx.publicUrl);
    ctx.sessions.delete(id);
    res.clearCookie(names.session, cookieBase);
    const logoutUrl = session
      ? await ctx.provider.endSessionUrl(session.tokens.idToken, consoleUrl).catch(() => undefined)
      : undefined;
    const answer: z.input<typeof logoutResponse> = { logoutUrl: logoutUrl ?? consoleUrl };
    res.set('cache-control', 'no-store').json(answer);
  });

  r.get('/.well-known/jwks.json', (_req, res) => {
    res.set('cache-control', 'public, max-age=300').json(ctx.forwarder.jwks());
  });

  return r;
}
