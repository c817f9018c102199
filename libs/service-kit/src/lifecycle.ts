import { type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { markShuttingDown } from './app';

/** Longer than the gateway's upstream idle timeout (30 s) and the usual 60 s of cloud load balancers. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export type ShutdownHook = () => Promise<void>;

export interface RunServiceOptions {
  app: Express;
  port: number;
  host?: string;
  logger: Logger;
  /** Run in order after the HTTP server drained: stop consumers, flush the outbox relay, disconnect the DB. */
  onShutdown?: ShutdownHook[];
  /** On a signal, exit 1 if shutdown has not finished by then (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs?: number;
  /**
   * Keep serving (with readiness 503) this long before closing the listener, so load balancers
   * and Kubernetes endpoints stop routing here first. 0 by default.
   */
  drainDelayMs?: number;
  /** Signals that start shutdown; [] to handle none (e.g. when embedding). */
  signals?: NodeJS.Signals[];
  /** Seams for tests: where signals come from and how the process exits. */
  signalSource?: NodeJS.EventEmitter;
  exit?: (code: number) => void;
}

export interface ServiceHandle {
  server: Server;
  /** The bound port (useful with port 0). */
  port: number;
  /** Drains and runs the hooks; idempotent. Rejects with an AggregateError if any hook failed. */
  close(): Promise<void>;
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * Process-wide hooks run after a service's own shutdown hooks, before it exits: e.g.
 * @aftersales/telemetry registers the final flush of its spans here. A global registry (not an
 * import) so this package does not depend on the telemetry SDK.
 */
const EXIT_HOOKS = Symbol.for('aftersales.exit-hooks');

function processExitHooks(): ShutdownHook[] {
  return (globalThis as unknown as Record<symbol, ShutdownHook[] | undefined>)[EXIT_HOOKS] ?? [];
}

/**
 * Listens, and on SIGTERM/SIGINT shuts down in the order that loses no work: readiness goes
 * 503, the listener closes, in-flight requests finish (their keep-alive connections are then
 * closed), the hooks run in order, and the process exits 0 (1 if a hook failed or the timeout hit).
 */
export async function runService(options: RunServiceOptions): Promise<ServiceHandle> {
  const { app, logger } = options;
  const hooks = options.onShutdown ?? [];
  const timeoutMs = options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const signalSource = options.signalSource ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));

  const server = createServer();
  // Idle keep-alive connections must be closed by the client side (the gateway, a load
  // balancer), never by us first: a request sent on a socket the server is closing at that
  // moment fails (ECONNRESET, a 502 at the gateway). So we wait longer than any caller keeps one.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | undefined;

  // Registered before the app so the header is set before any handler can send a response.
  server.on('request', (_req, res: ServerResponse) => {
    if (closing) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      // A keep-alive socket whose last response just ended would otherwise hold server.close open.
      if (closing) server.closeIdleConnections();
    });
  });
  server.on('request', app);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, 'listening');

  async function shutdown(): Promise<void> {
    markShuttingDown(app);
    logger.info({ inFlight: inFlight.size }, 'shutdown started');
    if (options.drainDelayMs) await new Promise((resolve) => setTimeout(resolve, options.drainDelayMs));

    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      server.closeIdleConnections();
    });
    logger.info('http server closed');

    const failures: unknown[] = [];
    for (const [index, hook] of [...hooks, ...processExitHooks()].entries()) {
      try {
        await hook();
      } catch (err) {
        failures.push(err);
        logger.error({ err, hook: hook.name || index }, 'shutdown hook failed');
      }
    }
    for (const signal of signals) signalSource.off(signal, onSignal);
    if (failures.length > 0) throw new AggregateError(failures, 'shutdown hooks failed');
  }

  const close = () => (closing ??= shutdown());

  let signalled = false;
  function onSignal(signal: NodeJS.Signals): void {
    if (signalled) {
      logger.warn({ signal }, 'second signal during shutdown; exiting now');
      exit(1);
      return;
    }
    signalled = true;
    logger.info({ signal }, 'shutdown requested');
    // Not unref'd: a hook that hangs on nothing must still end in a non-zero exit.
    const timer = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out; forcing exit');
      exit(1);
    }, timeoutMs);
    close().then(
      () => {
        clearTimeout(timer);
        logger.info('shutdown complete');
        exit(0);
      },
      () => {
        clearTimeout(timer);
        exit(1);
      },
    );
  }
  for (const signal of signals) signalSource.on(signal, onSignal);

  return { server, port, close };
}
