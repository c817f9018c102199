// The platform as `npm run dev` runs it: the registry's topics, each service's database created and
// migrated, every service started and ready, the development OpenID provider (tools/identity-provider,
// port 4010), then the gateway in front of them, signing staff in through that provider. Ports, database
// names and the topic namespace can be moved aside (AFTERSALES_DEV_PORT_OFFSET, _DB_PREFIX,
// _NAMESPACE), so a second stack (the integration test, a manual run) never meets the usual one.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { topics } from '@aftersales/contracts';
import { applyMigrations, withDatabase } from '@aftersales/db';
import { createKafka, ensureTopics, kafkaSecurityFromEnv } from '@aftersales/kafka';
import { DEV_IDENTITY_PORT, prepareIdentityFiles, type IdentityFiles } from './identity';
import { discoverServices, type ServiceManifest } from './services';

export const repoRoot = path.resolve(__dirname, '../../..');

export interface StackOptions {
  portOffset?: number;
  /** Prefix of the database names (default: none, i.e. aftersales_repair, ...). */
  databasePrefix?: string;
  /** Kafka topic namespace (and consumer group prefix); default: none. */
  namespace?: string;
  adminUrl?: string;
  brokers?: string[];
  /** Extra environment for every service (not the gateway). */
  serviceEnv?: Record<string, string>;
  /** Extra environment for the gateway. */
  gatewayEnv?: Record<string, string>;
  /**
   * 'inherit' shows the services' logs; 'pipe' keeps the last lines in memory (tests); a folder
   * name appends each service's log to <folder>/<service>.log (the demo, whose progress bar
   * would drown in request logs).
   */
  output?: 'inherit' | 'pipe' | { logDir: string };
  /**
   * Start the development OpenID provider (port 4010 + offset) and point the gateway's sign-in at
   * it (default: whenever there is a gateway).
   */
  identityProvider?: boolean;
  /** Where runtime files go (the gateway's identity mapping); default: the log folder, else a temporary one. */
  runtimeDir?: string;
  log?: (line: string) => void;
}

interface Running {
  s: ServiceManifest;
  child: ChildProcess;
  env: NodeJS.ProcessEnv;
  logTail: string[];
  /** Before the entry point (the identity provider runs from source: --import tsx). */
  nodeArgs?: string[];
  /** What answers 200 once it is ready (default /health/ready). */
  readyPath?: string;
}

export interface Stack {
  gatewayUrl: string;
  /** The gateway's PUBLIC_URL: where a browser opens the console (sign-in returns there). */
  publicUrl: string;
  /** The identity provider's issuer and the runtime files (undefined when it is not started). */
  identity?: IdentityFiles;
  services: ServiceManifest[];
  databases: string[];
  /**
   * Restarts every service but the gateway with extra environment (all at once), e.g. the demo
   * clock; with `gatewayEnv`, then the gateway too (once the services are ready, so it is down
   * only for its own quick restart).
   */
  restartServices(extraEnv: Record<string, string>, gatewayEnv?: Record<string, string>): Promise<void>;
  /** Resolves when every process has exited (after stop() or Ctrl-C). */
  exited(): Promise<void>;
  stop(): Promise<void>;
  logs(name: string): string;
  databaseUrl(name: string): string | undefined;
}

const upstreamVar: Record<string, string> = {
  customer: 'CUSTOMER_URL',
  repair: 'REPAIR_URL',
  'parts-procurement': 'PARTS_PROCUREMENT_URL',
  complaint: 'COMPLAINT_URL',
  analytics: 'ANALYTICS_URL',
  notification: 'NOTIFICATION_URL',
};

/** deploy/dev/dev.env: settings every service gets in development (auth issuer, dev secret, log level). */
export function devEnv(): Record<string, string> {
  const text = readFileSync(path.join(repoRoot, 'deploy/dev/dev.env'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, name);
}

/** Drops databases (the integration test's throwaway ones). */
export async function dropDatabases(names: string[], adminUrl = defaultAdminUrl()): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

const defaultAdminUrl = () =>
  process.env.DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function waitReady(r: Running, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (r.child.exitCode !== null)
      throw new Error(
        `${r.s.name} exited with code ${r.child.exitCode} during start-up\n${r.logTail.join('').slice(-2_000)}`,
      );
    try {
      const res = await fetch(`http://127.0.0.1:${r.env.PORT}${r.readyPath ?? '/health/ready'}`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((res) => setTimeout(res, 300));
  }
  throw new Error(`${r.s.name} was not ready on port ${r.env.PORT} within ${timeoutMs / 1000} s`);
}

function spawnService(r: Running, output: NonNullable<StackOptions['output']>): void {
  const stdio = output === 'inherit' ? 'inherit' : 'pipe';
  r.child = spawn(process.execPath, [...(r.nodeArgs ?? []), path.join(r.s.dir, r.s.main)], {
    env: r.env,
    cwd: repoRoot, // relative paths in dev.env (IDENTITY_MAPPING_FILE) are from the repository root
    stdio: ['ignore', stdio, stdio],
  });
  if (typeof output === 'object') {
    mkdirSync(output.logDir, { recursive: true });
    const file = createWriteStream(path.join(output.logDir, `${r.s.name}.log`), { flags: 'a' });
    r.child.stdout!.pipe(file);
    r.child.stderr!.pipe(file);
  } else if (output === 'pipe') {
    const keep = (chunk: Buffer) => {
      r.logTail.push(chunk.toString());
      if (r.logTail.length > 400) r.logTail.splice(0, 200);
    };
    r.child.stdout!.on('data', keep);
    r.child.stderr!.on('data', keep);
  }
}

async function stopProcess(r: Running): Promise<void> {
  if (r.child.exitCode !== null || r.child.signalCode !== null) return;
  const exited = new Promise((res) => r.child.once('exit', res));
  r.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((res) => (timer = setTimeout(res, 15_000)))]);
  clearTimeout(timer);
  if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const adminUrl = opts.adminUrl ?? defaultAdminUrl();
  const brokers = opts.brokers ?? (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const offset = opts.portOffset ?? 0;
  const output = opts.output ?? 'inherit';
  const namespace = opts.namespace;

  const created = await ensureTopics(
    // KAFKA_SSL* / KAFKA_SASL* reach the services through their environment too (docs/security.md).
    createKafka({ brokers, clientId: 'aftersales-dev', security: kafkaSecurityFromEnv() }),
    namespace ? { namespace } : {},
  );
  log(
    `dev: ${topics.length} topics (+ dead-letter topics)${namespace ? ` in namespace ${namespace}` : ''} ready on ${brokers.join(',')}; created ${created.length} now`,
  );

  const services = discoverServices(repoRoot);
  const running: Running[] = [];
  const databases: string[] = [];
  const base = devEnv();

  const gatewayManifest = services.find((s) => s.gateway);
  const gatewayPort = gatewayManifest ? gatewayManifest.port + offset : undefined;
  const publicUrl =
    gatewayPort === undefined
      ? ''
      : offset === 0 && (process.env.PUBLIC_URL ?? base.PUBLIC_URL)
        ? (process.env.PUBLIC_URL ?? base.PUBLIC_URL)!
        : `http://localhost:${gatewayPort}`;
  let ownRuntimeDir: string | undefined;
  let idp: Running | undefined;
  let identity: IdentityFiles | undefined;
  if (gatewayPort !== undefined && (opts.identityProvider ?? true)) {
    const runtimeDir =
      opts.runtimeDir ??
      (typeof output === 'object'
        ? output.logDir
        : (ownRuntimeDir = mkdtempSync(path.join(tmpdir(), 'aftersales-dev-'))));
    mkdirSync(runtimeDir, { recursive: true });
    identity = prepareIdentityFiles(repoRoot, runtimeDir, DEV_IDENTITY_PORT + offset, gatewayPort);
    idp = {
      s: {
        name: 'identity-provider',
        dir: path.join(repoRoot, 'tools/identity-provider'),
        port: identity.port,
        main: 'src/main.ts',
      },
      env: {
        ...process.env,
        IDP_PORT: String(identity.port),
        IDP_ISSUER: identity.issuer,
        IDP_CLIENTS_FILE: identity.clientsFile,
        PORT: String(identity.port),
      },
      logTail: [],
      child: undefined as unknown as ChildProcess,
      // oidc-provider is ESM-only; the provider runs from source like the rest of tools/.
      nodeArgs: ['--import', 'tsx'],
      readyPath: '/.well-known/openid-configuration',
    };
    spawnService(idp, output);
  }
  try {
    for (const s of services) {
      const env: NodeJS.ProcessEnv = {
        // The image's memory settings (deploy/docker/Dockerfile); the caller's environment wins.
        MALLOC_ARENA_MAX: '2',
        NODE_OPTIONS: '--max-semi-space-size=4 --max-old-space-size=192',
        ...base,
        ...process.env,
        SERVICE_NAME: s.name,
        PORT: String(s.port + offset),
        KAFKA_BROKERS: brokers.join(','),
        ...(namespace
          ? { KAFKA_TOPIC_NAMESPACE: namespace, KAFKA_CONSUMER_GROUP: `${namespace}.${s.name}` }
          : {}),
      };
      // Every process is told where the others are (the gateway forwards to them; the
      // notification service reads contact data from the customer service).
      for (const other of services.filter((o) => !o.gateway && o !== s && upstreamVar[o.name]))
        env[upstreamVar[other.name]!] = `http://127.0.0.1:${other.port + offset}`;
      if (s.gateway) {
        env.PUBLIC_URL = publicUrl;
        if (identity && idp) {
          await waitReady(idp);
          log(`dev: identity provider ready at ${identity.issuer}`);
          env.OIDC_ISSUER_URL = identity.issuer;
          env.IDENTITY_MAPPING_FILE = identity.mappingFile;
        }
        Object.assign(env, opts.gatewayEnv);
      } else {
        // Links in customers' messages open this stack's self-service pages.
        if (s.name === 'notification' && publicUrl) env.NOTIFY_LINK_BASE_URL = `${publicUrl}/my/`;
        Object.assign(env, opts.serviceEnv);
      }
      if (s.database && s.migrationsDir) {
        const name = `${opts.databasePrefix ?? ''}${s.database}`;
        databases.push(name);
        env.DATABASE_URL = await ensureDatabase(adminUrl, name);
        const result = await applyMigrations({
          databaseUrl: env.DATABASE_URL,
          migrationsDir: s.migrationsDir,
        });
        log(`dev: ${s.name}: database ${name}, ${result.applied.length} migration(s) applied now`);
      }
      const r: Running = { s, env, logTail: [], child: undefined as unknown as ChildProcess };
      spawnService(r, output);
      running.push(r);
      await waitReady(r);
      log(`dev: ${s.name} ready on http://127.0.0.1:${env.PORT}`);
    }
  } catch (err) {
    // Nothing keeps running when start-up fails (the caller has no stack to stop).
    await Promise.all([...running, ...(idp ? [idp] : [])].map(stopProcess));
    throw err;
  }

  const gateway = running.find((r) => r.s.gateway);
  const stop = async () => {
    // The gateway first, so nobody reaches a service that is going away.
    if (gateway) await stopProcess(gateway);
    await Promise.all([...running, ...(idp ? [idp] : [])].map(stopProcess));
    if (ownRuntimeDir) rmSync(ownRuntimeDir, { recursive: true, force: true });
  };
  return {
    gatewayUrl: gateway ? `http://127.0.0.1:${gateway.env.PORT}` : '',
    publicUrl,
    ...(identity ? { identity } : {}),
    services,
    databases,
    async restartServices(extraEnv, gatewayEnv) {
      const backends = running.filter((r) => !r.s.gateway);
      await Promise.all(backends.map(stopProcess));
      for (const r of backends) {
        r.env = { ...r.env, ...extraEnv };
        spawnService(r, output);
      }
      await Promise.all(backends.map((r) => waitReady(r)));
      if (gateway && gatewayEnv) {
        await stopProcess(gateway);
        gateway.env = { ...gateway.env, ...gatewayEnv };
        spawnService(gateway, output);
        await waitReady(gateway);
      }
    },
    exited: () =>
      Promise.all(
        [...running, ...(idp ? [idp] : [])].map((r) =>
          r.child.exitCode !== null || r.child.signalCode !== null
            ? undefined
            : new Promise((res) => r.child.once('exit', res)),
        ),
      ).then(() => undefined),
    stop,
    logs: (name) =>
      [...running, ...(idp ? [idp] : [])].find((r) => r.s.name === name)?.logTail.join('') ?? '',
    databaseUrl: (name) => running.find((r) => r.s.name === name)?.env.DATABASE_URL,
  };
}
