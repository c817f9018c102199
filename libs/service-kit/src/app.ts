import { type IncomingMessage } from 'node:http';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { type ReadinessCheck, healthRouter } from './health';
import { createMetrics, type Metrics } from './metrics';
import { errorHandler, notFoundHandler } from './problem';
import { openApiDocument } from './openapi';
import { requestId } from './request-id';
import { installRequestLoggers, requestCompletionLog } from './request-log';

export interface CreateAppOptions {
  service: string;
  logger: Logger;
  /** Named dependency checks for `/health/ready`, e.g. `{ db: () => prisma.$queryRaw\`SELECT 1\` }`. */
  readiness?: Record<string, ReadinessCheck>;
  readinessTimeoutMs?: number;
  /** express.json limit; default '256kb' (BODY_LIMIT in baseConfigSchema). */
  bodyLimit?: string | number;
  /**
   * Which requests get their JSON body parsed (default: all). The gateway answers false for the
   * requests it only forwards, so their bodies stream to the service unparsed (see JSON_BODY_TYPES).
   */
  parseJsonBody?: (req: IncomingMessage) => boolean;
  /** Registers the service's routes; runs after the kit's middleware and before the 404/error handlers. */
  configure?: (app: Express) => void;
  /** API version in the generated OpenAPI document. */
  version?: string;
  /** Provide to share a registry (e.g. with Kafka consumer metrics); one is created otherwise. */
  metrics?: Metrics;
}

/** The media types whose bodies createApp parses as JSON (and to which bodyLimit applies). */
export const JSON_BODY_TYPES = ['application/json', 'application/*+json'];

// Shutdown state per app: runService flips it, readiness reads it.
const shuttingDown = new WeakSet<Express>();

export function markShuttingDown(app: Express): void {
  shuttingDown.add(app);
}

export function isShuttingDown(app: Express): boolean {
  return shuttingDown.has(app);
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
  installRequestLoggers(app, options.logger);
  app.use(requestCompletionLog(options.logger));
  app.use(metrics.middleware);
  app.use(helmet());
  const json = express.json({ limit: options.bodyLimit ?? '256kb', type: JSON_BODY_TYPES });
  const parseJsonBody = options.parseJsonBody;
  app.use(
    parseJsonBody
      ? (((req, res, next) => (parseJsonBody(req) ? json(req, res, next) : next())) satisfies RequestHandler)
      : json,
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
