// The gateway app: CORS, the merged OpenAPI document and its docs page, staff sign-in (OpenID
// Connect, sign-in/), then for /v1: establish the caller (session cookie, provider token or
// platform JWT), rate-limit per user, check the caller's roles against the route group, proxy.
import cors from 'cors';
import { type Express, type NextFunction, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import swaggerUi from 'swagger-ui-express';
import { asyncApiDocument } from '@aftersales/contracts';
import {
  HttpProblem,
  authConfigFromEnv,
  authenticate,
  createApp,
  forbidden,
  hasRole,
  identityOf,
  notFound,
  sendProblem,
  type Logger,
} from '@aftersales/service-kit';
import { type GatewayConfig } from './config';
import { consoleRouter } from './console';
import { gatewayOpenApi } from './gateway-openapi';
import { liveStream, type LiveFeed } from './live-events';
import { fetchOpenApi, mergeOpenApi } from './openapi';
import { platformClock } from './platform-clock';
import { serviceProxy } from './proxy';
import { routeFor, type ServiceName } from './routes';
import { createSelfService } from './self-service';
import { createSignIn } from './sign-in';

/** The services the gateway forwards to; an optional one (notification) only when configured. */
export function upstreamsOf(config: GatewayConfig): Partial<Record<ServiceName, string>> {
  return {
    customer: config.CUSTOMER_URL,
    repair: config.REPAIR_URL,
    'parts-procurement': config.PARTS_PROCUREMENT_URL,
    complaint: config.COMPLAINT_URL,
    analytics: config.ANALYTICS_URL,
    ...(config.NOTIFICATION_URL ? { notification: config.NOTIFICATION_URL } : {}),
  };
}

/** The API the gateway authenticates and forwards: /v1 and below (a query string may follow). */
export function isV1Path(url: string): boolean {
  return url.startsWith('/v1') && (url.length === 3 || url[3] === '/' || url[3] === '?');
}

export interface GatewayExtras {
  /** The Kafka feed behind GET /v1/live (main.ts starts it; absent in tests that need no stream). */
  live?: LiveFeed;
}

export function createGatewayApp(config: GatewayConfig, logger: Logger, extras: GatewayExtras = {}): Express {
  const upstreams = upstreamsOf(config);
  const proxies = Object.fromEntries(
    Object.entries(upstreams).map(([service, target]) => [
      service,
      serviceProxy({
        target: target!,
        service,
        timeoutMs: config.UPSTREAM_TIMEOUT_MS,
        bodyLimit: config.BODY_LIMIT,
        logger,
      }),
    ]),
  ) as Partial<Record<ServiceName, ReturnType<typeof serviceProxy>>>;
  const signIn = createSignIn(config, logger);
  const origins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);

  return createApp({
    service: 'api-gateway',
    logger,
    bodyLimit: config.BODY_LIMIT,
    // /v1 bodies are the services' to parse: the proxy streams them on as they came.
    parseJsonBody: (req) => !isV1Path(req.url ?? ''),
    configure: (app) => {
      app.use(
        cors({
          origin: origins.length > 0 ? origins : false,
          exposedHeaders: ['x-request-id', 'etag', 'location', 'retry-after'],
        }),
      );

      // The gateway's own endpoints (clock, live stream, sign-in) first, then every service's.
      const own = gatewayOpenApi({
        live: Boolean(extras.live),
        signIn: Boolean(signIn),
        selfService: Boolean(config.SELF_SERVICE_TENANT),
      });
      app.get('/openapi.json', async (_req, res) => {
        const parts = await Promise.all(
          Object.entries(upstreams).map(async ([service, url]) => ({
            service,
            doc: await fetchOpenApi(url),
          })),
        );
        res.json(mergeOpenApi([{ service: 'api-gateway', doc: own }, ...parts]));
      });
      // The event API (AsyncAPI 3.0), generated from contracts like docs/api/asyncapi.json.
      const events = asyncApiDocument();
      app.get('/asyncapi.json', (_req, res) => {
        res.json(events);
      });
      app.use(
        '/docs',
        swaggerUi.serve,
        // Served from swagger-ui-dist (no CDN); Authorize takes the user's token for try-it.
        swaggerUi.setup(undefined, { swaggerOptions: { url: '/openapi.json', persistAuthorization: true } }),
      );

      app.use(consoleRouter(config.CONSOLE_DIR));
      if (signIn) app.use(signIn.routes);
      // Customers: /my/ and the whole of /v1/me, on their own sessions (never the staff pipeline).
      const selfService = createSelfService(config, logger, proxies, upstreams);
      if (selfService) app.use(selfService);
      else
        app.use('/v1/me', () => {
          throw notFound('customer self-service is not enabled on this platform (SELF_SERVICE_TENANT)');
        });

      // Which upstreams answer their readiness probe (the gateway's own readiness is only itself).
      app.get('/health/services', async (_req, res) => {
        const entries = await Promise.all(
          Object.entries(upstreams).map(async ([service, url]) => {
            const ok = await fetch(new URL('/health/ready', url), {
              signal: AbortSignal.timeout(2_000),
            }).then(
              (r) => r.ok,
              () => false,
            );
            return [service, ok ? 'ready' : 'unavailable'] as const;
          }),
        );
        res.json({ services: Object.fromEntries(entries) });
      });

      const v1 =
        (handler: (req: Request, res: Response, next: NextFunction) => void) =>
        (req: Request, res: Response, next: NextFunction) =>
          isV1Path(req.path) ? handler(req, res, next) : next();

      const platformTokens = authenticate(authConfigFromEnv(config));
      app.use(v1(signIn ? signIn.authenticate(platformTokens) : platformTokens));
      const limiter = rateLimit({
        windowMs: 60_000,
        limit: config.RATE_LIMIT_PER_MINUTE,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        keyGenerator: (req) => `${identityOf(req).tenantId}:${identityOf(req).userId}`,
        handler: (req, res) =>
          sendProblem(
            req,
            res,
            new HttpProblem(429, {
              detail: `more than ${config.RATE_LIMIT_PER_MINUTE} requests per minute; slow down`,
              headers: { 'retry-after': '60' },
            }),
          ),
      });
      app.use(v1(limiter));
      if (extras.live) app.get('/v1/live', liveStream(extras.live, config.LIVE_HEARTBEAT_MS));
      // Any signed-in user may read it (it is no secret, but /v1 is authenticated as a whole).
      app.get('/v1/clock', platformClock);
      if (signIn) app.use(signIn.dryRun);
      app.use(
        v1((req, res, next) => {
          const group = routeFor(req.path);
          const proxy = group && proxies[group.service];
          if (!group || !proxy) throw notFound(`no resource ${req.path}`);
          if (!hasRole(identityOf(req), ...group.roles))
            throw forbidden(`your roles do not allow ${group.service} resources`);
          proxy(req, res, next);
        }),
      );
    },
  });
}
