// A second, private Kafka broker for the TLS + SCRAM tests: deploy/kafka/kafka.sh in its
// KAFKA_SECURITY=sasl_ssl mode, on free ports and in a temp dir of its own (never the shared
// broker). The CA and broker certificate are made here with openssl.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const kafkaSh = path.resolve(__dirname, '../../../deploy/kafka/kafka.sh');

export interface SecureBroker {
  brokers: string[];
  /** PEM of the CA that signed the broker's certificate. */
  caFile: string;
  users: Record<string, string>;
  stop(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

// kafka.sh puts the controller on port + 1, so both must be free.
async function freePortPair(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    if ((await portFree(port)) && (await portFree(port + 1))) return port;
  }
  throw new Error('no free port pair for the secure test broker');
}

async function makeCertificates(dir: string): Promise<void> {
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir });
  const subject = ['-subj', '/CN=aftersales-test-ca'];
  await openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    ...subject,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
  );
  writeFileSync(path.join(dir, 'san.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  await openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'broker.key',
    '-out',
    'broker.csr',
    '-subj',
    '/CN=localhost',
  );
  await openssl(
    'x509',
    '-req',
    '-in',
    'broker.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '1',
    '-extfile',
    'san.cnf',
    '-out',
    'broker.crt',
  );
  // Kafka's PEM keystore: the unencrypted PKCS#8 key followed by the certificate chain.
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  writeFileSync(path.join(dir, 'broker.pem'), read('broker.key') + read('broker.crt') + read('ca.pem'));
}

export async function startSecureBroker(users: Record<string, string>): Promise<SecureBroker> {
  const dir = mkdtempSync(path.join(tmpdir(), 'aftersales-kafka-tls-'));
  await makeCertificates(dir);
  const port = await freePortPair();
  const env = {
    ...process.env,
    KAFKA_PORT: String(port),
    KAFKA_DATA_DIR: path.join(dir, 'data'),
    KAFKA_SECURITY: 'sasl_ssl',
    KAFKA_TLS_DIR: dir,
    // The broker authenticates to itself as the first user.
    KAFKA_SCRAM_USERS: ['broker:broker-secret', ...Object.entries(users).map(([u, p]) => `${u}:${p}`)].join(
      ',',
    ),
  };
  const stop = async () => {
    await run('bash', [kafkaSh, 'stop'], { env }).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await run('bash', [kafkaSh, 'start'], { env });
  } catch (err) {
    await stop();
    throw err;
  }
  return { brokers: [`127.0.0.1:${port}`], caFile: path.join(dir, 'ca.pem'), users, stop };
}
