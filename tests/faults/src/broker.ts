// A Kafka broker of the suite's own (deploy/kafka/kafka.sh with its own port and data directory),
// so the broker test can SIGKILL it without touching the broker every other suite shares.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const kafkaSh = path.resolve(__dirname, '../../../deploy/kafka/kafka.sh');

export interface OwnBroker {
  brokers: string[];
  port: number;
  dataDir: string;
  /** The broker's JVM process id (from kafka.sh's pid file). */
  pid(): number;
  /** SIGKILL, then wait until the process is gone: no clean shutdown, no flush. */
  kill(): Promise<void>;
  /** A clean stop (kafka.sh stop: SIGTERM, controlled shutdown); the data directory stays. */
  stop(): Promise<void>;
  /** Starts the broker again on the same data directory (what survived the kill or stop). */
  restart(): Promise<void>;
  /** SIGKILLs it (nothing of it is kept, so no clean shutdown to wait for) and deletes its data directory. */
  destroy(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A port p such that p and p+1 (the controller) are both free. */
async function portPair(): Promise<number> {
  const preferred = Number(process.env.FAULTS_KAFKA_PORT ?? 19392);
  if ((await portFree(preferred)) && (await portFree(preferred + 1))) return preferred;
  for (let i = 0; i < 50; i++) {
    const p = 20000 + Math.floor(Math.random() * 20000);
    if ((await portFree(p)) && (await portFree(p + 1))) return p;
  }
  throw new Error('no free port pair for the suite broker');
}

export async function startOwnBroker(): Promise<OwnBroker> {
  const port = await portPair();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'aftersales-faults-kafka-'));
  const env = { ...process.env, KAFKA_PORT: String(port), KAFKA_DATA_DIR: dataDir };
  const start = () => run('bash', [kafkaSh, 'start'], { env, timeout: 90_000 });
  await start();
  const pid = () => Number(readFileSync(path.join(dataDir, 'kafka.pid'), 'utf8').trim());
  const alive = (p: number) => {
    try {
      process.kill(p, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    brokers: [`127.0.0.1:${port}`],
    port,
    dataDir,
    pid,
    async kill() {
      const p = pid();
      process.kill(p, 'SIGKILL');
      while (alive(p)) await new Promise((r) => setTimeout(r, 50));
    },
    async stop() {
      const p = pid();
      await run('bash', [kafkaSh, 'stop'], { env, timeout: 60_000 });
      while (alive(p)) await new Promise((r) => setTimeout(r, 50));
    },
    async restart() {
      await start();
    },
    async destroy() {
      if (existsSync(path.join(dataDir, 'kafka.pid'))) {
        const p = pid();
        if (alive(p)) process.kill(p, 'SIGKILL');
        while (alive(p)) await new Promise((r) => setTimeout(r, 50));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
