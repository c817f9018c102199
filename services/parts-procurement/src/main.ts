// Wires config, logger, Prisma, Kafka (outbox relay + consumer), the app, and graceful shutdown.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { authConfigFromEnv, createLogger, runService } from '@aftersales/service-kit';
import { topics } from '@aftersales/contracts';
import {
  EventProducer,
  OutboxRelay,
  createKafka,
  ensureTopics,
  kafkaSecurityFromConfig,
} from '@aftersales/kafka';
import { buildApp } from './app';
import { loadPartsConfig } from './config';
import { createPrisma } from './db/client';
import { createPartsConsumer, REPAIR_ORDER_TOPIC } from './events/consumer';

// What this service reads (the repair-order stream) and writes (parts, procurement, supplier streams).
const OWN_TOPICS = new Set([
  REPAIR_ORDER_TOPIC,
  'aftersales.parts.reservation.v1',
  'aftersales.parts.stock.v1',
  'aftersales.parts.demand.v1',
  'aftersales.parts.catalogue.v1',
  'aftersales.procurement.purchase-order.v1',
  'aftersales.procurement.supplier.v1',
]);

async function main(): Promise<void> {
  const config = loadPartsConfig();
  const logger = createLogger({ service: config.SERVICE_NAME, level: config.LOG_LEVEL });
  const prisma = createPrisma(config.DATABASE_URL, config.DATABASE_MAX_CONNECTIONS);
  const kafka = createKafka({
    brokers: config.KAFKA_BROKERS,
    clientId: config.KAFKA_CLIENT_ID,
    security: kafkaSecurityFromConfig(config),
  });
  const namespace = config.KAFKA_TOPIC_NAMESPACE || undefined;
  // Auto-creation is off on the broker; create what is missing (a no-op where deployment made them).
  await ensureTopics(kafka, { namespace, topics: topics.filter((t) => OWN_TOPICS.has(t.name)) });
  const producer = new EventProducer(kafka, namespace);
  const relay = new OutboxRelay({ db: prisma, producer, namespace, logger });
  const consumer = createPartsConsumer({
    kafka,
    prisma,
    producer,
    groupId: config.KAFKA_CONSUMER_GROUP,
    namespace,
    logger,
    onEvents: () => relay.notify(),
    onFatal: (err) => {
      logger.fatal(
        { err },
        'repair-order consumer crashed; exiting so the orchestrator restarts the service',
      );
      process.exit(1);
    },
  });
  const app = buildApp({
    prisma,
    logger,
    auth: authConfigFromEnv(config),
    bodyLimit: config.BODY_LIMIT,
    onEvents: () => relay.notify(),
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

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
