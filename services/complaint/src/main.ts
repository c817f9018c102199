// The complaint service process: config, logger, Prisma, Kafka (outbox relay, proactive
// consumer), the escalation sweep and the HTTP app. On SIGTERM the HTTP server drains first,
// then the consumer stops (offsets committed), the sweep finishes its pass, the relay flushes,
// and connections close.
import '@aftersales/telemetry/register'; // first: instruments http, express and pg before they load
import { createKafka, EventProducer, kafkaSecurityFromConfig, OutboxRelay } from '@aftersales/kafka';
import { authConfigFromEnv, createLogger, runService, now as clockNow } from '@aftersales/service-kit';
import { buildApp } from './app';
import { type ComplaintContext } from './application/context';
import { EscalationSweeper } from './application/escalation-sweep';
import { loadComplaintConfig } from './config';
import { defaultsFromConfig } from './context-from-config';
import { createPrisma } from './db/client';
import { createProactiveConsumer } from './events/proactive-consumer';

async function main(): Promise<void> {
  const config = loadComplaintConfig();
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
  const ctx: ComplaintContext = {
    prisma,
    defaults: defaultsFromConfig(config),
    now: clockNow,
    onEvents: () => relay.notify(),
  };
  const consumer = createProactiveConsumer(ctx, {
    kafka,
    deadLetters: producer,
    groupId: config.KAFKA_CONSUMER_GROUP,
    namespace,
    logger,
    onFatal: (err) => {
      logger.fatal({ err }, 'proactive consumer crashed; exiting so the platform restarts the service');
      process.exit(1);
    },
  });
  const sweeper = new EscalationSweeper(ctx, { intervalMs: config.ESCALATION_SWEEP_INTERVAL_MS, logger });

  const app = buildApp({
    ctx,
    logger,
    auth: authConfigFromEnv(config),
    serviceName: config.SERVICE_NAME,
    bodyLimit: config.BODY_LIMIT,
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
