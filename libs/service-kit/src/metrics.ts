import type { Request, RequestHandler } from 'express';
import { Histogram, Registry, collectDefaultMetrics, register as globalRegistry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** Times every request; mount it early so slow middleware is counted too. */
  middleware: RequestHandler;
  /** Serves the Prometheus text format. */
  handler: RequestHandler;
}

export interface CreateMetricsOptions {
  service: string;
  /** Defaults to a fresh registry per app, so tests and multiple apps never collide. */
  registry?: Registry | undefined;
  collectDefaults?: boolean | undefined;
}

// Label by the route pattern (/v1/orders/:id), never the raw path: ids would explode cardinality.
function routeLabel(req: Request): string {
  const pattern: unknown = req.route?.path;
  if (pattern === undefined) return 'unmatched';
  return `${req.baseUrl}${String(pattern)}`;
}

export function createMetrics(options: CreateMetricsOptions): Metrics {
  const registry = options.registry ?? new Registry();
  registry.setDefaultLabels({ service: options.service });
  if (options.collectDefaults !== false) collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const middleware: RequestHandler = (req, res, next) => {
    const start = process.hrtime.bigint();
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      httpDuration.observe(
        { method: req.method, route: routeLabel(req), status: String(res.statusCode) },
        seconds,
      );
    };
    // 'close' also covers clients that hang up before the response finished.
    res.once('finish', record);
    res.once('close', record);
    next();
  };

  const handler: RequestHandler = async (_req, res) => {
    // Libraries (e.g. @aftersales/kafka's outbox, consumer and DLQ metrics) register on
    // prom-client's global registry; serve those alongside this app's own.
    const body = [await registry.metrics(), await globalRegistry.metrics()].filter(Boolean).join('\n');
    res.set('Content-Type', registry.contentType).set('Cache-Control', 'no-store').send(body);
  };

  return { registry, httpDuration, middleware, handler };
}
