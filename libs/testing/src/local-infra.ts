// Local infrastructure: checks PostgreSQL, starts the real Kafka broker (deploy/kafka/kafka.sh)
// when none answers. The broker is left running for the rest of the run; `npm test` stops the
// one it started, and `npm run kafka:stop` stops one started by a single workspace's jest.
import { execFileSync } from 'node:child_process';
import { createConnection } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { testInfra } from './infra';

const repoRoot = path.resolve(__dirname, '../../..');

export function portOpen(hostPort: string, timeoutMs = 1000): Promise<boolean> {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = createConnection({ host, port: Number(port), timeout: timeoutMs });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export async function ensureLocalInfra(): Promise<void> {
  const infra = testInfra();
  const pg = new Client({ connectionString: infra.databaseAdminUrl });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${infra.databaseAdminUrl} (${(err as Error).message}). ` +
        'Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set DATABASE_ADMIN_URL.',
      { cause: err },
    );
  } finally {
    await pg.end().catch(() => undefined);
  }
  const broker = infra.kafkaBrokers[0] ?? '127.0.0.1:9092';
  if (await portOpen(broker)) return;
  const [, port] = broker.split(':');
  console.log(`[testing] no Kafka broker on ${broker}: starting one with deploy/kafka/kafka.sh`);
  execFileSync('bash', [path.join(repoRoot, 'deploy/kafka/kafka.sh'), 'start'], {
    stdio: 'inherit',
    env: { ...process.env, KAFKA_PORT: port ?? '9092' },
  });
}
