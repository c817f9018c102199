import { Router } from 'express';
import type { Logger } from 'pino';
import { HttpProblem, ProblemTypes, sendProblem } from './problem';

/** Resolves when the dependency is usable (e.g. `SELECT 1`, Kafka admin describeCluster). */
export type ReadinessCheck = () => Promise<void>;

export type CheckStatus = 'ok' | 'failed' | 'timeout';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, CheckStatus>;
  /** The errors behind failed checks, for the logs only (they may name hosts or users). */
  errors: Record<string, unknown>;
}

export const DEFAULT_READINESS_TIMEOUT_MS = 2_000;

const TIMED_OUT = Symbol('timeout');

/** Runs all checks in parallel, each bounded by `timeoutMs` so a hung dependency cannot hang the probe. */
export async function runReadinessChecks(
  checks: Record<string, ReadinessCheck>,
  timeoutMs: number = DEFAULT_READINESS_TIMEOUT_MS,
): Promise<ReadinessReport> {
  const report: ReadinessReport = { ready: true, checks: {}, errors: {} };
  await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
      });
      try {
        const outcome = await Promise.race([Promise.resolve().then(check), timeout]);
        report.checks[name] = outcome === TIMED_OUT ? 'timeout' : 'ok';
      } catch (err) {
        report.checks[name] = 'failed';
        report.errors[name] = err;
      } finally {
        clearTimeout(timer);
      }
      if (report.checks[name] !== 'ok') report.ready = false;
    }),
  );
  return report;
}

export interface HealthRouterOptions {
  readiness: Record<string, ReadinessCheck>;
  readinessTimeoutMs?: number | undefined;
  /** True once shutdown began: readiness fails at once so load balancers drain this pod. */
  isShuttingDown: () => boolean;
  logger?: Logger | undefined;
}

/** `/health/live` (the process answers) and `/health/ready` (dependencies answer). */
export function healthRouter(options: HealthRouterOptions): Router {
  const router = Router();

  router.get('/health/live', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'live' });
  });

  router.get('/health/ready', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    if (options.isShuttingDown()) {
      sendProblem(req, res, notReady('The service is shutting down.', {}));
      return;
    }
    const report = await runReadinessChecks(options.readiness, options.readinessTimeoutMs);
    if (report.ready) {
      res.json({ status: 'ready', checks: report.checks });
      return;
    }
    const log = req.log ?? options.logger;
    for (const [name, status] of Object.entries(report.checks)) {
      if (status !== 'ok')
        log?.warn({ check: name, status, err: report.errors[name] }, 'readiness check failed');
    }
    sendProblem(req, res, notReady('One or more dependencies are not ready.', report.checks));
  });

  return router;
}

function notReady(detail: string, checks: Record<string, CheckStatus>): HttpProblem {
  const failing = Object.keys(checks).filter((name) => checks[name] !== 'ok');
  return new HttpProblem(503, {
    type: ProblemTypes.notReady,
    title: 'Service not ready',
    detail,
    extra: { checks, failing },
  });
}
