import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { type ReadinessCheck, healthRouter } from './health';
import { createMetrics, type Metrics } from './metrics';
import { errorHandler, notFoundHandler } from './problem';
import { openApiDocument } from './openapi';
import { maybeIdentityOf } from './auth';
import { requestId, requestIdOf } from './request-id';
import { SENSITIVE_KEYS } from './logger';

export interface CreateAppOptions {
  service: string;
  logger: Logger;
  /** Named dependency checks for `/health/ready`, e.g. `{ db: () => prisma.$queryRaw\`SELECT 1\` }`. */
  readiness?: Record<string, ReadinessCheck>;
  readinessTimeoutMs?: number;
  /** express.json limit; default '256kb' (BODY_LIMIT in baseConfigSchema). */
  bodyLimit?: string | number;
  /** Registers the service's routes; runs after the kit's middleware and before the 404/error handlers. */
  configure?: (app: Express) => void;
  /** API version in the generated OpenAPI document. */
  version?: string;
  /** Provide to share a registry (e.g. with Kafka consumer metrics); one is created otherwise. */
  metrics?: Metrics;
}

// Shutdown state per app: runService flips it, readiness reads it.
const shuttingDown = new WeakSet<Express>();

export function markShuttingDown(app: Express): void {
  shuttingDown.add(app);
}

export function isShuttingDown(app: Express): boolean {
  return shuttingDown.has(app);
}

const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);
const SENSITIVE_QUERY = new Set(SENSITIVE_KEYS.map((k) => k.toLowerCase()));

// Query strings carry search terms such as ?phone= or ?email=; log their keys, not their values.
function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const key of new Set(params.keys())) {
    if (SENSITIVE_QUERY.has(key.toLowerCase())) params.set(key, '[Redacted]');
  }
  return `${url.slice(0, q)}?${params.toString()}`;
}

/**
 * The express app every service runs. Order matters: request id first so every log line and
 * error carries it; metrics before anything that can be slow; body parsing before routes;
 * the 404 and error handlers last.
 */
export function createApp(options: CreateAppOptions): Express {
  const app = express();
  // ETags on our responses mean "aggregate version" (setETag); express's body hashes would muddle If-Match.
  app.set('etag', false);
  app.disable('x-powered-by');

  const metrics = options.metrics ?? createMetrics({ service: options.service });

  app.use(requestId());
  app.use(
    pinoHttp<IncomingMessage, ServerResponse>({
      logger: options.logger,
      genReqId: (req) => requestIdOf(req) ?? 'unknown',
      customAttributeKeys: { reqId: 'requestId' },
      // The tenant on every request log line (identity is set by authenticate on /v1 routes).
      customProps: (req) => {
        const tenantId = maybeIdentityOf(req)?.tenantId;
        return tenantId ? { tenantId } : {};
      },
      // req.log carries only the request id; the full req/res goes on the completion line.
      quietReqLogger: true,
      autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0] ?? '') },
      // errorHandler already logged the real error; drop pino-http's stand-in for "status >= 500".
      customErrorObject: (_req, res, err, val: Record<string, unknown>) =>
        err.message === `failed with status code ${res.statusCode}` ? { ...val, err: undefined } : val,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      serializers: {
        req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(metrics.middleware);
  app.use(helmet());
  app.use(
    express.json({ limit: options.bodyLimit ?? '256kb', type: ['application/json', 'application/*+json'] }),
  );

  app.use(
    healthRouter({
      readiness: options.readiness ?? {},
      readinessTimeoutMs: options.readinessTimeoutMs,
      isShuttingDown: () => isShuttingDown(app),
      logger: options.logger,
    }),
  );
  app.get('/metrics', metrics.handler);

  options.configure?.(app);

  // Generated on first request, after every route is registered.
  let document: Record<string, unknown> | undefined;
  app.get('/openapi.json', (_req, res) => {
    document ??= openApiDocument(app, { title: options.service, version: options.version ?? '1.0.0' });
    res.json(document);
  });

  app.use(notFoundHandler());
  app.use(errorHandler(options.logger));
  return app;
}
