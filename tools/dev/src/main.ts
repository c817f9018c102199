// `npm run dev` (after tools/scripts/dev.sh started PostgreSQL and Kafka and built everything):
// creates the registry's topics, creates and migrates each service's database, starts every
// service, waits until each is ready, prints where the gateway listens, and stops all on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { topics } from '@aftersales/contracts';
import { applyMigrations, withDatabase } from '@aftersales/db';
import { createKafka, ensureTopics } from '@aftersales/kafka';
import { discoverServices, type ServiceManifest } from './services';

const repoRoot = path.resolve(__dirname, '../../..');
const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** deploy/dev/dev.env: settings every service gets in development (auth issuer, dev secret, log level). */
function devEnv(): Record<string, string> {
  const text = readFileSync(path.join(repoRoot, 'deploy/dev/dev.env'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

async function ensureDatabase(name: string): Promise<string> {
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

async function waitReady(s: ServiceManifest, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${s.name} exited with code ${child.exitCode} during start-up`);
    try {
      const res = await fetch(`http://127.0.0.1:${s.port}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${s.name} was not ready on port ${s.port} within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  const created = await ensureTopics(createKafka({ brokers, clientId: 'aftersales-dev' }));
  console.log(
    `dev: ${topics.length} topics (+ dead-letter topics) ready on ${brokers.join(',')}; created ${created.length} now`,
  );

  const services = discoverServices(repoRoot);
  const children: { s: ServiceManifest; child: ChildProcess }[] = [];
  const stopAll = () => children.forEach(({ child }) => child.exitCode === null && child.kill('SIGTERM'));
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);

  for (const s of services) {
    const env: NodeJS.ProcessEnv = {
      ...devEnv(),
      ...process.env,
      SERVICE_NAME: s.name,
      PORT: String(s.port),
      KAFKA_BROKERS: brokers.join(','),
    };
    if (s.database && s.migrationsDir) {
      env.DATABASE_URL = await ensureDatabase(s.database);
      const result = await applyMigrations({ databaseUrl: env.DATABASE_URL, migrationsDir: s.migrationsDir });
      console.log(
        `dev: ${s.name}: database ${s.database}, ${result.applied.length} migration(s) applied now`,
      );
    }
    const child = spawn(process.execPath, [path.join(s.dir, s.main)], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push({ s, child });
    await waitReady(s, child);
    console.log(`dev: ${s.name} ready on http://127.0.0.1:${s.port}`);
  }

  const gateway = services.find((s) => s.gateway);
  if (services.length === 0) {
    console.log(
      'dev: no services exist yet (services/ is empty); Kafka and PostgreSQL are up and the topics exist.',
    );
    return;
  }
  console.log(
    gateway
      ? `\ndev: gateway listening on http://127.0.0.1:${gateway.port}`
      : '\ndev: no api-gateway yet; services listen on the ports above',
  );
  console.log('dev: Ctrl-C stops everything');
  await Promise.all(children.map(({ child }) => new Promise((r) => child.once('exit', r))));
}

main().catch((err) => {
  console.error('dev:', err instanceof Error ? err.message : err);
  process.exit(1);
});
