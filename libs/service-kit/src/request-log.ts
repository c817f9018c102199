import type { Express, RequestHandler } from 'express';
import type { Level, Logger } from 'pino';
import { maybeIdentityOf } from './auth';
import { SENSITIVE_KEYS } from './logger';
import { requestIdOf } from './request-id';

// Replaces pino-http, which built two child loggers per request (running the logger's redaction
// over the serialised request each time) even when no request line was written: ~16 % of the
// gateway's CPU at LOG_LEVEL=warn. Here nothing is built unless a line is actually written.

const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);
const SENSITIVE_QUERY = new Set(SENSITIVE_KEYS.map((k) => k.toLowerCase()));

// Query strings carry search terms such as ?phone= or ?email=; log their keys, not their values.
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const key of new Set(params.keys())) {
    if (SENSITIVE_QUERY.has(key.toLowerCase())) params.set(key, '[Redacted]');
  }
  return `${url.slice(0, q)}?${params.toString()}`;
}

function levelOf(statusCode: number): Level {
  return statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
}

const REQUEST_LOG = Symbol('requestLog');
type WithLog = { [REQUEST_LOG]?: Logger; id?: unknown };

/**
 * `req.log`: a child logger carrying the request id, created on first use (most requests never
 * log). Defined once on the app's request prototype rather than per request.
 */
export function installRequestLoggers(app: Express, logger: Logger): void {
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: WithLog) {
      return (this[REQUEST_LOG] ??= logger.child({ requestId: this.id }));
    },
    set(this: WithLog, value: Logger) {
      this[REQUEST_LOG] = value;
    },
  });
}

/**
 * One line per finished request ('request completed' / 'request errored') with the request id,
 * the caller's tenant, method, redacted url, status and time; probes are not logged. The line
 * (and its redaction) is only built when its level is enabled.
 */
export function requestCompletionLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const path = req.path;
    if (QUIET_PATHS.has(path)) {
      next();
      return;
    }
    const start = Date.now();
    const done = (): void => {
      res.removeListener('finish', done);
      res.removeListener('close', done);
      const level = levelOf(res.statusCode);
      if (!logger.isLevelEnabled(level)) return;
      const tenantId = maybeIdentityOf(req)?.tenantId;
      const requestId = requestIdOf(req);
      logger[level](
        {
          requestId,
          ...(tenantId ? { tenantId } : {}),
          req: {
            id: requestId,
            method: req.method,
            url: redactUrl(req.originalUrl || req.url),
            remoteAddress: req.socket?.remoteAddress,
          },
          res: { statusCode: res.statusCode },
          responseTime: Date.now() - start,
        },
        res.statusCode >= 500 ? 'request errored' : 'request completed',
      );
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
