// `npm run rebuild -w @aftersales/analytics`: drops the read models and replays every consumed
// topic from the beginning under a fresh consumer group, with the service's own config. Outcome
// and snapshot logs are kept, so nothing is re-published. REBUILD_QUIET_MS (default 5000) is how
// long the replay must be idle before it counts as caught up.
import { createKafka, EventProducer, kafkaSecurityFromConfig, OutboxRelay } from '@aftersales/kafka';
import { createLogger } from '@aftersales/service-kit';
import { rebuildReadModels } from './application/rebuild';
import { loadAnalyticsConfig } from './config';
import { createPrisma } from './db/client';

async function main(): Promise<void> {
  const config = loadAnalyticsConfig();
  const logger = createLogger({ service: `${config.SERVICE_NAME}-rebuild`, level: config.LOG_LEVEL });
  const prisma = createPrisma({
    databaseUrl: config.DATABASE_URL,
    maxConnections: config.DATABASE_MAX_CONNECTIONS,
  });
  const kafka = createKafka({
    brokers: config.KAFKA_BROKERS,
    clientId: `${config.KAFKA_CLIENT_ID}-rebuild`,
    logger,
    security: kafkaSecurityFromConfig(config),
  });
  const producer = new EventProducer(kafka, config.KAFKA_TOPIC_NAMESPACE);
  await producer.connect();
  // Outcomes first emitted during the replay (e.g. a survey the live group had not seen) go out too.
  const relay = new OutboxRelay({ db: prisma, producer, namespace: config.KAFKA_TOPIC_NAMESPACE, logger });
  relay.start();
  const started = Date.now();
  const result = await rebuildReadModels({
    kafka,
    prisma,
    producer,
    timeZone: config.REPORTING_TIME_ZONE,
    namespace: config.KAFKA_TOPIC_NAMESPACE,
    groupPrefix: config.KAFKA_CONSUMER_GROUP,
    quietMs: Number(process.env.REBUILD_QUIET_MS ?? 5_000),
    logger,
    onEvents: () => relay.notify(),
  });
  await relay.stop();
  await producer.disconnect();
  await prisma.$disconnect();
  logger.info({ ...result, seconds: (Date.now() - started) / 1000 }, 'read models rebuilt');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
