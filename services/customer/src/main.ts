// Wires the customer service: config, Prisma, Kafka (outbox relay + repair-order consumer), the
// HTTP app, and graceful shutdown in the order that loses nothing.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { authConfigFromEnv, createLogger, runService } from '@aftersales/service-kit';
import {
  EventProducer,
  OutboxRelay,
  createKafka,
  ensureTopics,
  kafkaSecurityFromConfig,
} from '@aftersales/kafka';
import { buildApp } from './app';
import { depsFromConfig } from './application/deps';
import { loadCustomerConfig } from './config';
import { createPrisma } from './db/client';
import { createRepairConsumer } from './events/repair-consumer';

async function main(): Promise<void> {
  const config = loadCustomerConfig();
  const logger = createLogger({ service: config.SERVICE_NAME, level: config.LOG_LEVEL });
  const prisma = createPrisma(config.DATABASE_URL, config.DATABASE_MAX_CONNECTIONS);
  const kafka = createKafka({
    brokers: config.KAFKA_BROKERS,
    clientId: config.KAFKA_CLIENT_ID,
    security: kafkaSecurityFromConfig(config),
  });
  const namespace = config.KAFKA_TOPIC_NAMESPACE || undefined;
  await ensureTopics(kafka, { namespace });

  const producer = new EventProducer(kafka, namespace);
  const relay = new OutboxRelay({ db: prisma, producer, namespace, logger });
  const deps = depsFromConfig(config, prisma, { onEvents: () => relay.notify() });
  const consumer = createRepairConsumer(deps, {
    kafka,
    deadLetters: producer,
    groupId: config.KAFKA_CONSUMER_GROUP,
    namespace,
    logger,
    onFatal: (err) => {
      logger.fatal(
        { err },
        'repair-order consumer crashed; exiting so the orchestrator restarts the service',
      );
      process.exit(1);
    },
  });

  const app = buildApp({
    deps,
    auth: authConfigFromEnv(config),
    logger,
    service: config.SERVICE_NAME,
    bodyLimit: config.BODY_LIMIT,
    readiness: {
      db: async () => {
        await prisma.$queryRaw`SELECT 1`;
      },
      // No Kafka check on purpose: while the broker is down, writes still succeed into the
      // outbox and the relay catches up later, so the service should keep taking traffic.
    },
  });
  relay.start();
  await consumer.start();
  await runService({
    app,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    onShutdown: [
      () => consumer.stop(),
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
