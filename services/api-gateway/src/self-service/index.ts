// Customer self-service: the pages at /my/ and the API at /v1/me. A customer signs in with a
// one-time code the customer service sends through the notification service; the gateway keeps
// the session (cookie, like staff sessions, separate store and limits) and forwards each /v1/me
// request with a short-lived token whose role is `customer` and whose subject is the customer.
// The services confine such tokens to /v1/me and filter by the subject (docs/self-service.md).
import express, { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import {
  HttpProblem,
  identityOf,
  notFound,
  sendProblem,
  setIdentity,
  type Logger,
} from '@aftersales/service-kit';
import { type GatewayConfig } from '../config';
import { type ServiceName } from '../routes';
import { IdentityForwarder } from '../sign-in/forwarding';
import { assertSameSiteWrite, readCookie } from '../sign-in/routes';
import { SessionStore } from '../sign-in/sessions';
import { customerCookieName, type CustomerSession } from './customer-session';
import { exportHandler } from './export';
import { selfServicePages } from './pages';
import { meServiceFor } from './routing';
import { signInRoutes, type SelfServiceContext } from './sign-in';

const signedOut = () =>
  new HttpProblem(401, { detail: 'Sign in with a code first.', extra: { reason: 'signed_out' } });

/** Undefined when SELF_SERVICE_TENANT is unset (self-service off). */
export function createSelfService(
  config: GatewayConfig,
  logger: Logger,
  proxies: Partial<Record<ServiceName, RequestHandler>>,
  upstreams: Partial<Record<ServiceName, string>>,
): Router | undefined {
  const tenantId = config.SELF_SERVICE_TENANT;
  if (!tenantId) return undefined;
  const ctx: SelfServiceContext = {
    tenantId,
    customerUrl: config.CUSTOMER_URL,
    publicUrl: config.PUBLIC_URL,
    cookie: customerCookieName(config.PUBLIC_URL),
    sessions: new SessionStore<CustomerSession>({
      idleMs: config.CUSTOMER_SESSION_IDLE_MINUTES * 60_000,
      maxAgeMs: config.CUSTOMER_SESSION_MAX_HOURS * 3_600_000,
    }),
    forwarder: new IdentityForwarder({
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      privateKeyPem: config.INTERNAL_TOKEN_KEY_PEM,
      hs256Secret: config.AUTH_HS256_SECRET,
    }),
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    logger,
  };

  const exportAll = exportHandler(
    { upstreams, timeoutMs: config.UPSTREAM_TIMEOUT_MS, logger },
    (req) => identityOf(req).userId,
  );

  const r = Router();
  r.use(selfServicePages());

  // Per client address, before anything is asked of the customer service.
  const signInLimiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: config.SIGN_IN_REQUESTS_PER_15_MIN,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) =>
      sendProblem(
        req,
        res,
        new HttpProblem(429, {
          detail: 'Too many sign-in attempts from your network; wait a quarter of an hour.',
          extra: { reason: 'too_many_requests' },
          headers: { 'retry-after': '900' },
        }),
      ),
  });
  r.use('/v1/me/sign-in', signInLimiter, express.json({ limit: '4kb' }));
  r.use(signInRoutes(ctx));

  const perCustomer = rateLimit({
    windowMs: 60_000,
    limit: config.RATE_LIMIT_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `customer:${readCookie(req, ctx.cookie.name) ?? req.ip}`,
  });

  // Everything else under /v1/me: the customer's session, then their service (or, for the export,
  // all of them).
  const isExport = (url: string) => /^\/v1\/me\/export(?:[?#]|$)/.test(url);
  r.use(
    '/v1/me',
    (req, res, next) => {
      const session = ctx.sessions.get(readCookie(req, ctx.cookie.name));
      if (!session) throw signedOut();
      assertSameSiteWrite(req, session, ctx.publicUrl);
      const service = meServiceFor(req.originalUrl);
      const proxy = service && proxies[service];
      if (!proxy && !(isExport(req.originalUrl) && req.method === 'GET')) {
        throw notFound(`no resource ${req.originalUrl.split('?')[0]}`);
      }
      res.locals.meProxy = proxy; // undefined: the export
      setIdentity(req, session.identity);
      ctx.forwarder.tokenFor(session.identity).then((token) => {
        req.headers.authorization = `Bearer ${token}`;
        // The cookie and the CSRF token are the gateway's; the services never see them.
        delete req.headers.cookie;
        delete req.headers['x-csrf-token'];
        next();
      }, next);
    },
    perCustomer,
    (req, res, next) => {
      const proxy = res.locals.meProxy as RequestHandler | undefined;
      if (proxy) proxy(req, res, next);
      else exportAll(req, res).catch(next);
    },
  );
  return r;
}
