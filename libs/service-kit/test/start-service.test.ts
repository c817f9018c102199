// startService with the broker unreachable (a real kafkajs consumer pointed at a closed port) and a
// real PostgreSQL: the API serves and is ready at once, the consumer keeps being retried in the
// background, readiness follows the database only, and shutdown does not hang on the broker.
import path from 'node:path';
import { applyMigrations } from '@aftersales/db';
import { EventConsumer } from '@aftersales/kafka';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import {
  createApp,
  loadConfig,
  platformConfigSchema,
  startService,
  withPlatformSecurity,
  type PlatformConfig,
  type ServiceDescriptor,
  type ServiceHandle,
} from '../src';
import { memoryLogger, pgDb } from './helpers';

describe('startService', () => {
  let db: TestDatabase;
  let handle: ServiceHandle | undefined;
  beforeAll(async () => {
    db = await createTestDatabase('start_service');
    await applyMigrations({
      databaseUrl: db.url,
      migrationsDir: path.join(__dirname, '../../kafka/test/fixture/prisma/migrations'),
    });
  });
  afterAll(async () => {
    await handle?.close().catch(() => undefined);
    await db?.drop();
  });

  it('serves and is ready while the broker is unreachable, retries the consumer, and stops promptly', async () => {
    let consumerStarts = 0;
    const schema = withPlatformSecurity(platformConfigSchema('probe', 0));
    const service: ServiceDescriptor<PlatformConfig, ReturnType<typeof pgDb>> = {
      name: 'probe',
      loadConfig: (env) => loadConfig(schema, env) as PlatformConfig,
      openDatabase: (config) => pgDb(config.DATABASE_URL),
      wire: (p) => {
        const consumer = new EventConsumer({
          kafka: p.kafka,
          groupId: 'probe',
          topics: ['aftersales.customer.customer.v1'],
          deadLetters: p.producer,
          handlers: {},
        });
        return {
          app: createApp({ service: 'probe', logger: memoryLogger().logger, readiness: p.readiness }),
          consumers: [
            {
              start: () => {
                consumerStarts += 1;
                return consumer.start();
              },
              stop: () => consumer.stop(),
            },
          ],
        };
      },
    };
    handle = await startService(service, {
      DATABASE_URL: db.url,
      KAFKA_BROKERS: '127.0.0.1:1',
      KAFKA_ENSURE_TOPICS: 'false',
      LOG_LEVEL: 'silent',
      AUTH_ISSUER: 'test',
      AUTH_AUDIENCE: 'test',
      AUTH_HS256_SECRET: 'start-service-test-secret-0123456789',
    });
    const ready = await fetch(`http://127.0.0.1:${handle.port}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { db: 'ok' } });
    expect(consumerStarts).toBe(1); // started in the background, still trying
    const t0 = Date.now();
    await handle.close();
    handle = undefined;
    expect(Date.now() - t0).toBeLessThan(8_000);
  }, 30_000);

  it('refuses a configuration without a database URL, naming the variable', () => {
    const schema = withPlatformSecurity(platformConfigSchema('probe', 0));
    expect(() => loadConfig(schema, { KAFKA_BROKERS: '127.0.0.1:9092' })).toThrow(/DATABASE_URL/);
  });
});
