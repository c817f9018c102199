// The commands as an operator runs them: discovery from services/*/package.json, exit codes,
// and no password in anything printed or written.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createEvent, topicOf } from '@aftersales/contracts';
import { EventProducer, createKafka, physicalTopic } from '@aftersales/kafka';
import {
  createNamespacedTopics,
  createTestDatabase,
  readTopic,
  testInfra,
  testNamespace,
} from '@aftersales/testing';
import { type CliContext, runBackup, runRestore } from '../src/cli';
import { type Manifest } from '../src/manifest';
import { databaseExists } from '../src/pg';
import { seedCustomer } from './seed';

const password = 'hunter2-not-for-logs';

/** The admin URL with a password added (the local server trusts, so it is accepted and unused). */
function urlWithPassword(): string {
  const u = new URL(testInfra().databaseAdminUrl);
  if (!u.password) u.password = password;
  return u.toString();
}

function fakeRepo(services: Record<string, object>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'aftersales-backup-cli-'));
  for (const [name, aftersales] of Object.entries(services)) {
    mkdirSync(path.join(root, 'services', name), { recursive: true });
    writeFileSync(path.join(root, 'services', name, 'package.json'), JSON.stringify({ name, aftersales }));
  }
  return root;
}

function context(root: string, env: NodeJS.ProcessEnv) {
  const lines: string[] = [];
  const ctx: CliContext = { repoRoot: root, cwd: root, env, log: (line) => lines.push(line) };
  return { ctx, lines };
}

async function dropDatabase(name: string): Promise<void> {
  const c = new Client({ connectionString: testInfra().databaseAdminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
}

/** A topic namespace of the test's own with an empty customer topic (where erasures are recorded). */
async function kafkaEnv(label: string): Promise<{ KAFKA_BROKERS: string; KAFKA_TOPIC_NAMESPACE: string }> {
  const namespace = testNamespace(label);
  await createNamespacedTopics(namespace, { only: [topicOf('customer.erased')], partitions: 2 });
  return { KAFKA_BROKERS: testInfra().kafkaBrokers.join(','), KAFKA_TOPIC_NAMESPACE: namespace };
}

describe('npm run backup / npm run restore', () => {
  it('backs up every discovered database, exits 1 when one dump fails, and never prints the password', async () => {
    const db = await createTestDatabase(
      'backup_cli',
      path.resolve(__dirname, '../../../services/customer/prisma/migrations'),
    );
    const missing = `${db.name}_missing`;
    const root = fakeRepo({
      'api-gateway': { port: 4000, gateway: true },
      customer: { port: 4001, database: db.name },
      ghost: { port: 4009, database: missing },
    });
    try {
      await seedCustomer(db.url);
      const env = { DATABASE_ADMIN_URL: urlWithPassword(), ...(await kafkaEnv('backup_cli')) };
      const run = context(root, env);
      expect(await runBackup(['--out', 'out'], run.ctx)).toBe(1);

      const [folder] = readdirSync(path.join(root, 'out'));
      expect(folder).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
      const dir = path.join(root, 'out', folder!);
      const manifestText = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
      const manifest = JSON.parse(manifestText) as Manifest;
      expect(manifest.dumps.map((d) => [d.service, d.database])).toEqual([['customer', db.name]]);
      expect(manifest.failed).toEqual([
        expect.objectContaining({
          service: 'ghost',
          database: missing,
          error: expect.stringMatching(/does not exist/),
        }),
      ]);
      expect(readdirSync(dir).sort()).toEqual(['customer.dump', 'manifest.json']);
      expect(manifestText).not.toContain(password);
      expect(run.lines.join('\n')).not.toContain(password);
      expect(run.lines.join('\n')).toMatch(/FAILED ghost/);

      // Only the healthy service: exit 0.
      const again = context(root, env);
      expect(await runBackup(['--out', 'out2', '--services', 'customer'], again.ctx)).toBe(0);
      const [folder2] = readdirSync(path.join(root, 'out2'));
      const from = path.join('out2', folder2!);

      const restore = context(root, env);
      expect(await runRestore(['--from', from, '--suffix', '_cli'], restore.ctx)).toBe(0);
      expect(restore.lines.join('\n')).toMatch(/public\.customer\s+manifest\s+2\s+restored\s+2/);
      expect(restore.lines.join('\n')).toMatch(/erasure log replayed: 0 erasure\(s\)/);
      expect(await databaseExists(testInfra().databaseAdminUrl, `${db.name}_cli`)).toBe(true);

      const twice = context(root, env);
      expect(await runRestore(['--from', from, '--suffix', '_cli'], twice.ctx)).toBe(1);
      expect(twice.lines.join('\n')).toMatch(/refused: database\(s\) already exist/);
      expect([...restore.lines, ...twice.lines].join('\n')).not.toContain(password);
    } finally {
      await dropDatabase(`${db.name}_cli`);
      await db.drop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('replays the erasures recorded since the backup, unchanged, after restoring', async () => {
    const db = await createTestDatabase(
      'backup_erasure',
      path.resolve(__dirname, '../../../services/customer/prisma/migrations'),
    );
    const root = fakeRepo({ customer: { port: 4001, database: db.name } });
    const env = { DATABASE_ADMIN_URL: testInfra().databaseAdminUrl, ...(await kafkaEnv('backup_erasure')) };
    const producer = new EventProducer(
      createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'backup-erasure-test' }),
      env.KAFKA_TOPIC_NAMESPACE,
    );
    try {
      await seedCustomer(db.url);
      expect(await runBackup(['--out', 'out'], context(root, env).ctx)).toBe(0);
      const from = path.join('out', readdirSync(path.join(root, 'out'))[0]!);
      // After the backup: one customer erased (and one merely changed).
      const erased = createEvent('customer.erased', {
        producer: 'customer',
        tenantId: 'tenant-a',
        subject: 'c-1',
        data: { customerId: 'c-1', basis: 'customer-request', vehicleIds: [] },
      });
      const updated = createEvent('customer.updated', {
        producer: 'customer',
        tenantId: 'tenant-a',
        subject: 'c-2',
        data: {
          customerId: 'c-2',
          revision: 2,
          changedFields: ['preferredChannel'],
          kind: 'person',
          dealerId: null,
          preferredChannel: 'sms',
          consents: { marketing: false, dataProcessing: true },
        },
      });
      await producer.publish([{ event: erased }, { event: updated }]);

      const restore = context(root, env);
      expect(await runRestore(['--from', from, '--suffix', '_erasure'], restore.ctx)).toBe(0);
      expect(restore.lines.join('\n')).toMatch(/erasure log replayed: 1 erasure\(s\)/);
      const topic = physicalTopic(topicOf('customer.erased'), env.KAFKA_TOPIC_NAMESPACE);
      const copies = (await readTopic(topic, 3, 15_000)).filter((m) => m.headers['event-id'] === erased.id);
      expect(copies).toHaveLength(2); // the original and the replayed copy, same event id
      expect(copies[1]!.value).toBe(copies[0]!.value);
      expect(copies[1]!.headers['erasure-replayed-at']).toBeDefined();

      // Without Kafka the restore says so and exits 1; --erasures-only replays again later.
      const offline = context(root, { ...env, KAFKA_BROKERS: '127.0.0.1:1' });
      expect(await runRestore(['--from', from, '--suffix', '_erasure', '--replace'], offline.ctx)).toBe(1);
      expect(offline.lines.join('\n')).toMatch(/FAILED to replay the erasure log.*--erasures-only/s);
      const retry = context(root, env);
      expect(await runRestore(['--from', from, '--erasures-only'], retry.ctx)).toBe(0);
      expect(retry.lines.join('\n')).toMatch(/erasure log replayed: [12] erasure\(s\)/);
    } finally {
      await producer.disconnect();
      await dropDatabase(`${db.name}_erasure`);
      await db.drop();
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  it('rejects unknown flags and unknown services without touching the server', async () => {
    const root = fakeRepo({ customer: { port: 4001, database: 'aftersales_customer' } });
    try {
      const a = context(root, {});
      expect(await runBackup(['--out', 'x', '--servics', 'customer'], a.ctx)).toBe(1);
      expect(a.lines.join('\n')).toMatch(/Unknown option '--servics'/);
      const b = context(root, {});
      expect(await runBackup(['--out', 'x', '--services', 'custmer'], b.ctx)).toBe(1);
      expect(b.lines.join('\n')).toMatch(/unknown service\(s\): custmer \(known: customer\)/);
      expect(readdirSync(root)).toEqual(['services']);
      const c = context(root, {});
      expect(await runRestore([], c.ctx)).toBe(1);
      expect(c.lines.join('\n')).toMatch(/--from <backup folder> is required/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
