import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import path from 'node:path';
import { createApp, runService, type ServiceHandle } from '../src';
import { memoryLogger } from './helpers';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function get(port: number, urlPath: string, agent?: http.Agent): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, agent: agent ?? false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function slowApp(events: string[]) {
  const { logger } = memoryLogger();
  const started = deferred();
  const release = deferred();
  const app = createApp({
    service: 'lifecycle-test',
    logger,
    configure: (a) => {
      a.get('/slow', async (_req, res) => {
        started.resolve();
        await release.promise;
        events.push('response');
        res.json({ done: true });
      });
    },
  });
  return { app, logger, started, release };
}

const handles: ServiceHandle[] = [];
afterEach(async () => {
  // Make sure no test leaves a listener behind, even when it failed half-way.
  await Promise.allSettled(handles.splice(0).map((h) => h.close()));
});

describe('runService', () => {
  it('lets an in-flight request finish, refuses new connections, then runs hooks in order', async () => {
    const events: string[] = [];
    const { app, logger, started, release } = slowApp(events);
    const handle = await runService({
      app,
      port: 0,
      logger,
      signals: [],
      onShutdown: ['consumers', 'outbox', 'db'].map((name) => async () => void events.push(name)),
    });
    handles.push(handle);
    expect(handle.port).toBeGreaterThan(0);

    const inFlight = get(handle.port, '/slow');
    await started.promise;

    let closed = false;
    const closing = handle.close().then(() => (closed = true));
    expect(handle.close()).toBe(handle.close()); // idempotent

    await expect(get(handle.port, '/health/live')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    expect(events).toEqual([]);

    release.resolve();
    const reply = await inFlight;
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ done: true });

    await closing;
    expect(events).toEqual(['response', 'consumers', 'outbox', 'db']);
    expect(handle.server.listening).toBe(false);
  });

  it('keeps idle connections open longer than the clients that reuse them (65 s hint)', async () => {
    const { logger } = memoryLogger();
    const app = createApp({ service: 'lifecycle-test', logger });
    const handle = await runService({ app, port: 0, logger, signals: [] });
    handles.push(handle);
    const agent = new http.Agent({ keepAlive: true });
    try {
      const reply = await get(handle.port, '/health/live', agent);
      expect(reply.headers['keep-alive']).toBe('timeout=65');
      expect(handle.server.keepAliveTimeout).toBeGreaterThan(60_000);
    } finally {
      agent.destroy();
    }
  });

  it('closes idle and finishing keep-alive connections instead of waiting for them to time out', async () => {
    const events: string[] = [];
    const { app, logger, started, release } = slowApp(events);
    const handle = await runService({ app, port: 0, logger, signals: [] });
    handles.push(handle);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
    try {
      // One idle keep-alive socket and one busy one.
      expect((await get(handle.port, '/health/live', agent)).status).toBe(200);
      const inFlight = get(handle.port, '/slow', agent);
      await started.promise;

      const startedAt = Date.now();
      const closing = handle.close();
      release.resolve();
      const reply = await inFlight;
      expect(reply.status).toBe(200);
      expect(reply.headers.connection).toBe('close');
      await closing;
      // Far below the keep-alive timeout.
      expect(Date.now() - startedAt).toBeLessThan(1000);
    } finally {
      agent.destroy();
    }
  });

  it('reports not ready as soon as shutdown starts', async () => {
    const { logger } = memoryLogger();
    const app = createApp({ service: 'svc', logger, readiness: { db: async () => undefined } });
    const handle = await runService({ app, port: 0, logger, signals: [], drainDelayMs: 300 });
    handles.push(handle);
    expect((await get(handle.port, '/health/ready')).status).toBe(200);

    const closing = handle.close();
    // During the drain delay the listener is still open, and readiness already says 503.
    const reply = await get(handle.port, '/health/ready');
    expect(reply.status).toBe(503);
    expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reply.headers.connection).toBe('close');
    expect((await get(handle.port, '/health/live')).status).toBe(200);
    await closing;
  });

  it('runs the remaining hooks when one fails and rejects with every failure', async () => {
    const { logger } = memoryLogger();
    const app = createApp({ service: 'svc', logger });
    const ran: string[] = [];
    const handle = await runService({
      app,
      port: 0,
      logger,
      signals: [],
      onShutdown: [
        async () => {
          ran.push('a');
          throw new Error('flush failed');
        },
        async () => void ran.push('b'),
      ],
    });
    await expect(handle.close()).rejects.toBeInstanceOf(AggregateError);
    expect(ran).toEqual(['a', 'b']);
  });

  it('rejects when the port is taken', async () => {
    const { logger } = memoryLogger();
    const first = await runService({
      app: createApp({ service: 'a', logger }),
      port: 0,
      logger,
      signals: [],
    });
    handles.push(first);
    await expect(
      runService({ app: createApp({ service: 'b', logger }), port: first.port, logger, signals: [] }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('signals', () => {
  async function start(onShutdown: Array<() => Promise<void>>, shutdownTimeoutMs = 1000) {
    const { logger, lines } = memoryLogger();
    const signalSource = new EventEmitter();
    const exited = deferred<number>();
    const exit = jest.fn((code: number) => exited.resolve(code));
    const app = createApp({ service: 'svc', logger });
    const handle = await runService({
      app,
      port: 0,
      logger,
      onShutdown,
      shutdownTimeoutMs,
      signalSource,
      exit,
    });
    handles.push(handle);
    return { handle, signalSource, exit, exited: exited.promise, lines };
  }

  it.each(['SIGTERM', 'SIGINT'])('%s shuts down and exits 0', async (signal) => {
    const ran: string[] = [];
    const { signalSource, exited, handle } = await start([async () => void ran.push('hook')]);
    signalSource.emit(signal, signal);
    expect(await exited).toBe(0);
    expect(ran).toEqual(['hook']);
    expect(handle.server.listening).toBe(false);
    expect(signalSource.listenerCount(signal)).toBe(0);
  });

  it('runs process-wide exit hooks (e.g. the telemetry flush) after the service hooks', async () => {
    const ran: string[] = [];
    const key = Symbol.for('aftersales.exit-hooks');
    const registry = globalThis as unknown as Record<symbol, Array<() => Promise<void>> | undefined>;
    registry[key] = [async () => void ran.push('exit-hook')];
    try {
      const { signalSource, exited } = await start([async () => void ran.push('service-hook')]);
      signalSource.emit('SIGTERM', 'SIGTERM');
      expect(await exited).toBe(0);
      expect(ran).toEqual(['service-hook', 'exit-hook']);
    } finally {
      delete registry[key];
    }
  });

  it('exits 1 when a hook fails', async () => {
    const { signalSource, exited } = await start([async () => Promise.reject(new Error('db'))]);
    signalSource.emit('SIGTERM', 'SIGTERM');
    expect(await exited).toBe(1);
  });

  it('forces exit 1 when shutdown outlasts the timeout', async () => {
    const stuck = deferred();
    const { signalSource, exited, lines } = await start([() => stuck.promise], 100);
    const startedAt = Date.now();
    signalSource.emit('SIGTERM', 'SIGTERM');
    expect(await exited).toBe(1);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(90);
    expect(lines().some((l) => l.msg === 'shutdown timed out; forcing exit')).toBe(true);
    stuck.resolve(); // lets afterEach's close() settle
  });

  it('exits 1 at once on a second signal', async () => {
    const stuck = deferred();
    const { signalSource, exit } = await start([() => stuck.promise], 5000);
    signalSource.emit('SIGTERM', 'SIGTERM');
    signalSource.emit('SIGINT', 'SIGINT');
    expect(exit).toHaveBeenCalledWith(1);
    stuck.resolve();
  });
});

describe('a real process', () => {
  it('on SIGTERM finishes the in-flight request, runs hooks in order and exits 0', async () => {
    const fixture = path.join(__dirname, 'fixtures', 'server.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      cwd: path.join(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /"msg":"listening"/.test(stdout) && /"port":(\d+)/.exec(stdout);
          if (match) {
            clearInterval(timer);
            resolve(Number(match[1]));
          }
        }, 20);
        child.on('exit', () => {
          clearInterval(timer);
          reject(new Error(`fixture exited early: ${stderr}`));
        });
      });

      const inFlight = get(port, '/slow?ms=300');
      await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill('SIGTERM');

      const reply = await inFlight;
      expect(reply.status).toBe(200);
      expect(await exited).toBe(0);
      const hookLines = stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { msg: string })
        .map((l) => l.msg)
        .filter((m) => m.startsWith('hook:') || m === 'slow done' || m === 'shutdown complete');
      expect(hookLines).toEqual([
        'slow done',
        'hook:consumers',
        'hook:outbox',
        'hook:db',
        'shutdown complete',
      ]);
    } finally {
      child.kill('SIGKILL');
    }
  }, 20_000);
});
