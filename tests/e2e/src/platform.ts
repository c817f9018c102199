// The whole platform as separate processes, the way it runs in production: each service's built
// dist/main.js with its own migrated database, all on one real broker under a topic namespace of
// their own, behind the api-gateway. Tests talk to the gateway only, and can kill and restart a
// service to see what survives.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { issueToken, type Identity, type Role } from '@aftersales/service-kit';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testNamespace,
  type TestDatabase,
} from '@aftersales/testing';

const repoRoot = path.resolve(__dirname, '../../..');

export type ServiceName =
  'customer' | 'repair' | 'parts-procurement' | 'complaint' | 'analytics' | 'notification';

const upstreamVar: Record<ServiceName, string> = {
  customer: 'CUSTOMER_URL',
  repair: 'REPAIR_URL',
  'parts-procurement': 'PARTS_PROCUREMENT_URL',
  complaint: 'COMPLAINT_URL',
  analytics: 'ANALYTICS_URL',
  notification: 'NOTIFICATION_URL',
};

/** deploy/dev/dev.env: the development auth settings and keys every service gets. */
export function devEnv(): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path.join(repoRoot, 'deploy/dev/dev.env'), 'utf8')
      .split('\n')
      .filter((l) => /^[A-Z0-9_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

interface RunningService {
  name: ServiceName | 'api-gateway';
  port: number;
  env: NodeJS.ProcessEnv;
  child: ChildProcess;
  log: string[];
  db?: TestDatabase;
}

/** Optional knobs for fault-injection suites; the defaults are what the e2e journey uses. */
export interface PlatformOptions {
  /** Another broker than the run's (e.g. one the suite kills and restarts). */
  kafkaBrokers?: string[];
  /** Extra environment per service (and the gateway), over the defaults. */
  env?: Partial<Record<ServiceName | 'api-gateway', Record<string, string>>>;
  /** false: run without SERVICE_MEMORY_ENV (the benchmark's before/after memory rows). */
  memoryTuning?: boolean;
  /**
   * The gateway's port (default: a free one), for settings that must name its URL before it
   * starts (PUBLIC_URL, an OpenID client's redirect URI).
   */
  gatewayPort?: number;
}

/**
 * The memory settings every service and the gateway run with in their image
 * (deploy/docker/Dockerfile): two glibc malloc arenas instead of 8 per core, a 4 MB young
 * generation (V8's default is 16 MB) and an old-space limit under the container's memory limit.
 * Measured in docs/performance.md (follow-up of issue 11).
 */
export const SERVICE_MEMORY_ENV = {
  MALLOC_ARENA_MAX: '2',
  NODE_OPTIONS: '--max-semi-space-size=4 --max-old-space-size=192',
};

/** A second process of a service (same database, same consumer group, another port). */
export interface Replica {
  port: number;
  url: string;
  pid: number;
  logs(): string;
  /** Sends the signal and waits for the process to exit; returns its exit code (null if killed by a signal). */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface Platform {
  gatewayUrl: string;
  namespace: string;
  kafkaBrokers: string[];
  token(roles: Role[], over?: Partial<Identity>): Promise<string>;
  /** fetch through the gateway as a user with these roles. */
  as(roles: Role[], over?: Partial<Identity>): Client;
  kill(service: ServiceName, signal?: NodeJS.Signals): Promise<void>;
  start(service: ServiceName): Promise<void>;
  logs(service: ServiceName | 'api-gateway'): string;
  /** Direct URL of a service, bypassing the gateway (for tests that prove services defend themselves). */
  serviceUrl(service: ServiceName): string;
  /** The service's database URL (read-only use in reconciliations). */
  databaseUrl(service: ServiceName): string;
  /** The service's own database (name and URL), for reconciliation queries and fault injection. */
  database(service: ServiceName): TestDatabase;
  /** The running process of a service or the gateway (undefined once it exited). */
  pid(service: ServiceName | 'api-gateway'): number | undefined;
  /** Starts one more process of a service: same env, database and consumer group, its own port. */
  replica(service: ServiceName, env?: Record<string, string>): Promise<Replica>;
  stop(): Promise<void>;
}

/** Response bodies are whatever JSON the service sent; tests assert on their shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;

export interface Response {
  status: number;
  body: Body;
  headers: Headers;
}

export interface Client {
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  patch(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  put(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

function spawnService(s: RunningService): void {
  const main = path.join(repoRoot, 'services', s.name, 'dist/main.js');
  s.child = spawn(process.execPath, [main], { env: s.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    s.log.push(chunk.toString());
    if (s.log.length > 2_000) s.log.splice(0, 1_000);
  };
  s.child.stdout!.on('data', keep);
  s.child.stderr!.on('data', keep);
}

async function waitReady(s: RunningService, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (s.child.exitCode !== null)
      throw new Error(
        `${s.name} exited (${s.child.exitCode}) during start-up:\n${s.log.join('').slice(-3_000)}`,
      );
    const ok = await fetch(`http://127.0.0.1:${s.port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${s.name} not ready within ${timeoutMs} ms:\n${s.log.join('').slice(-3_000)}`);
}

export async function startPlatform(
  services: ServiceName[],
  label = 'e2e',
  options: PlatformOptions = {},
): Promise<Platform> {
  const namespace = testNamespace(label);
  const kafkaBrokers = options.kafkaBrokers ?? testInfra().kafkaBrokers;
  await createNamespacedTopics(namespace, { partitions: 3, brokers: kafkaBrokers });
  const base = {
    ...process.env,
    ...devEnv(),
    // Replaces the caller's NODE_OPTIONS (e.g. a test runner's loader), which dist/main.js does not need.
    ...(options.memoryTuning === false ? { NODE_OPTIONS: '' } : SERVICE_MEMORY_ENV),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    KAFKA_BROKERS: kafkaBrokers.join(','),
    KAFKA_TOPIC_NAMESPACE: namespace,
  };
  const running = new Map<string, RunningService>();

  // Ports first, so each service can be told where the others are (the notification service
  // reads contact data from the customer service).
  const ports = new Map<ServiceName, number>();
  for (const name of services) ports.set(name, await freePort());
  const peers = Object.fromEntries(
    [...ports].map(([name, port]) => [upstreamVar[name], `http://127.0.0.1:${port}`]),
  );

  for (const name of services) {
    const db = await createTestDatabase(
      `e2e_${name}`,
      path.join(repoRoot, 'services', name, 'prisma/migrations'),
    );
    const port = ports.get(name)!;
    const s: RunningService = {
      name,
      port,
      db,
      log: [],
      child: undefined as unknown as ChildProcess,
      env: {
        ...base,
        ...peers,
        SERVICE_NAME: name,
        PORT: String(port),
        DATABASE_URL: db.url,
        KAFKA_CONSUMER_GROUP: `${namespace}.${name}`,
        SWEEP_INTERVAL_MS: '1000',
        ESCALATION_SWEEP_INTERVAL_MS: '1000',
        ...options.env?.[name],
      },
    };
    spawnService(s);
    running.set(name, s);
  }
  await Promise.all([...running.values()].map((s) => waitReady(s)));

  const gatewayPort = options.gatewayPort ?? (await freePort());
  const gateway: RunningService = {
    name: 'api-gateway',
    port: gatewayPort,
    log: [],
    child: undefined as unknown as ChildProcess,
    env: {
      ...base,
      SERVICE_NAME: 'api-gateway',
      PORT: String(gatewayPort),
      RATE_LIMIT_PER_MINUTE: '100000',
      ...Object.fromEntries(
        [...running.values()].map((s) => [upstreamVar[s.name as ServiceName], `http://127.0.0.1:${s.port}`]),
      ),
      ...options.env?.['api-gateway'],
    },
  };
  spawnService(gateway);
  await waitReady(gateway);
  running.set('api-gateway', gateway);

  const env = devEnv();
  const token = (roles: Role[], over: Partial<Identity> = {}) =>
    issueToken(
      { secret: env.AUTH_HS256_SECRET!, issuer: env.AUTH_ISSUER!, audience: env.AUTH_AUDIENCE! },
      { userId: `${roles[0]}-1`, tenantId: 'dg-e2e', dealerIds: '*', centreIds: '*', roles, ...over },
    );
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const call = async (
    method: string,
    roles: Role[],
    over: Partial<Identity>,
    p: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(gatewayUrl + p, {
      method,
      headers: {
        authorization: `Bearer ${await token(roles, over)}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (CSV exports)
    }
    return { status: res.status, body: parsed as Body, headers: res.headers };
  };

  const replicas: RunningService[] = [];
  const stopProcess = async (s: RunningService) => {
    if (s.child.exitCode === null && s.child.signalCode === null) {
      const exited = new Promise((r) => s.child.once('exit', r));
      s.child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
      if (s.child.exitCode === null) s.child.kill('SIGKILL');
    }
  };

  return {
    gatewayUrl,
    namespace,
    kafkaBrokers,
    token,
    as: (roles, over = {}) => ({
      get: (p) => call('GET', roles, over, p),
      post: (p, body = {}, headers) => call('POST', roles, over, p, body, headers),
      patch: (p, body = {}, headers) => call('PATCH', roles, over, p, body, headers),
      put: (p, body = {}, headers) => call('PUT', roles, over, p, body, headers),
    }),
    async kill(service, signal = 'SIGKILL') {
      const s = running.get(service)!;
      const exited = new Promise((r) => s.child.once('exit', r));
      s.child.kill(signal);
      await exited;
    },
    async start(service) {
      const s = running.get(service)!;
      spawnService(s);
      await waitReady(s);
    },
    logs: (service) => running.get(service)?.log.join('') ?? '',
    serviceUrl: (service) => `http://127.0.0.1:${running.get(service)!.port}`,
    databaseUrl: (service) => running.get(service)!.db!.url,
    database: (service) => running.get(service)!.db!,
    pid(service) {
      const child = running.get(service)!.child;
      return child.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    async replica(service, env = {}) {
      const original = running.get(service)!;
      const port = await freePort();
      const s: RunningService = {
        name: service,
        port,
        log: [],
        child: undefined as unknown as ChildProcess,
        env: { ...original.env, PORT: String(port), ...env },
      };
      spawnService(s);
      replicas.push(s);
      await waitReady(s);
      return {
        port,
        url: `http://127.0.0.1:${port}`,
        pid: s.child.pid!,
        logs: () => s.log.join(''),
        async kill(signal = 'SIGTERM') {
          if (s.child.exitCode !== null || s.child.signalCode !== null) return s.child.exitCode;
          const exited = new Promise<number | null>((r) => s.child.once('exit', (code) => r(code)));
          s.child.kill(signal);
          return exited;
        },
      };
    },
    async stop() {
      await Promise.all([...replicas, ...running.values()].map(stopProcess));
      await Promise.all([...running.values()].map((s) => s.db?.drop()));
    },
  };
}

let keys = 0;
export const idempotencyKey = () => ({ 'idempotency-key': `e2e-${process.pid}-${Date.now()}-${keys++}` });
export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
