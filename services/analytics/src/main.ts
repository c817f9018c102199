// The analytics service process: config, logger, Prisma, Kafka (outbox relay, the consumer of every
// other service's stream), the sweep and the HTTP app; on SIGTERM the HTTP server drains first,
// then the consumer stops (offsets committed), the sweep stops, the relay flushes, and
// connections close.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { createKafka, EventProducer, kafkaSecurityFromConfig, OutboxRelay } from '@aftersales/kafka';
import { authConfigFromEnv, createLogger, runService } from '@aftersales/service-kit';
import { buildApp } from './app';
import { Sweeper } from './application/sweep';
import { loadAnalyticsConfig } from './config';
import { createPrisma } from './db/client';
import { createAnalyticsConsumer } from './events/consumer';
import { settingsOf } from './settings';

async function main(): Promise<void> {
  const config = loadAnalyticsConfig();
  const logger = createLogger({ service: config.SERVICE_NAME, level: config.LOG_LEVEL });
  const prisma = createPrisma(config.DATABASE_URL, config.DATABASE_MAX_CONNECTIONS);
  const namespace = config.KAFKA_TOPIC_NAMESPACE;
  const kafka = createKafka({
    brokers: config.KAFKA_BROKERS,
    clientId: config.KAFKA_CLIENT_ID,
    logger,
    security: kafkaSecurityFromConfig(config),
  });
  const producer = new EventProducer(kafka, namespace);
  await producer.connect();
  const relay = new OutboxRelay({ db: prisma, producer, namespace, logger });
  const onEvents = () => relay.notify();
  const consumer = createAnalyticsConsumer({
    kafka,
    prisma,
    deadLetters: producer,
    groupId: config.KAFKA_CONSUMER_GROUP,
    namespace,
    logger,
    onEvents,
    onFatal: (err) => {
      logger.fatal({ err }, 'analytics consumer crashed; exiting so the platform restarts the service');
      process.exit(1);
    },
  });
  const settings = settingsOf(config);
  const sweeper = new Sweeper({
    prisma,
    intervalMs: config.SWEEP_INTERVAL_MS,
    graceMs: config.OUTCOME_GRACE_HOURS * 3_600_000,
    snapshots: config.KPI_SNAPSHOTS,
    forecastDemand: config.FORECAST_DEMAND ? settings.partsDemand : null,
    logger,
    onEvents,
  });

  const app = buildApp({
    prisma,
    logger,
    auth: authConfigFromEnv(config),
    settings,
    serviceName: config.SERVICE_NAME,
    bodyLimit: config.BODY_LIMIT,
    onEvents,
    readiness: {
      db: async () => void (await prisma.$queryRawUnsafe('SELECT 1')),
      kafka: async () => {
        if (relay.consecutiveFailures > 3) throw new Error('outbox relay cannot publish');
      },
    },
  });

  relay.start();
  await consumer.start();
  sweeper.start();
  await runService({
    app,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    onShutdown: [
      () => consumer.stop(),
      () => sweeper.stop(),
      () => relay.stop(),
      () => producer.disconnect(),
      () => prisma.$disconnect(),
    ],
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
