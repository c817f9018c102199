// `npm run rebuild -w @aftersales/analytics`: drops the read models and replays every consumed
// topic from the beginning under a fresh consumer group, with the service's own config. Outcome
// and snapshot logs are kept, so nothing is re-published. It logs progress (events/s, remaining,
// ETA) and stops when the group has reached the topics' end offsets read at start.
// REBUILD_BATCH_SIZE: messages per transaction (5000 with the gigabyte heap `npm run rebuild` gives,
// fewer under a smaller heap: replaySizing; 200 for the reference); REBUILD_CONCURRENCY: partitions replayed at
// once (1); REBUILD_QUIET_MS: the fallback idle time
// (5000); REBUILD_PROJECTION=reference replays through the per-event reference projection (to
// measure the difference; never for a real rebuild).
import { createKafka, EventProducer, kafkaSecurityFromConfig, OutboxRelay } from '@aftersales/kafka';
import { createLogger } from '@aftersales/service-kit';
import { outcomePublishingFrom } from './application/outcomes';
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
  // It is woken when outcomes are enqueued, so it polls rarely otherwise (every 100 ms cost the
  // database half a second of a 15 s replay).
  const relay = new OutboxRelay({
    db: prisma,
    producer,
    namespace: config.KAFKA_TOPIC_NAMESPACE,
    logger,
    idleMs: 2_000,
  });
  relay.start();
  const result = await rebuildReadModels({
    kafka,
    prisma,
    producer,
    timeZone: config.REPORTING_TIME_ZONE,
    outcomes: outcomePublishingFrom(config),
    namespace: config.KAFKA_TOPIC_NAMESPACE,
    groupPrefix: config.KAFKA_CONSUMER_GROUP,
    quietMs: Number(process.env.REBUILD_QUIET_MS ?? 5_000),
    maxBatchSize: process.env.REBUILD_BATCH_SIZE ? Number(process.env.REBUILD_BATCH_SIZE) : undefined,
    concurrency: process.env.REBUILD_CONCURRENCY ? Number(process.env.REBUILD_CONCURRENCY) : undefined,
    projection: rebuildProjection(process.env.REBUILD_PROJECTION),
    logger,
    onEvents: () => relay.notify(),
  });
  await relay.stop();
  await producer.disconnect();
  await prisma.$disconnect();
  // `seconds`: the replay (assignment to caught up); `wallSeconds`: the whole command, start-up included.
  logger.info({ ...result, wallSeconds: Math.round(process.uptime() * 1000) / 1000 }, 'read models rebuilt');
}

/** REBUILD_PROJECTION: replay (default), set-based (the live path) or reference (per event). */
function rebuildProjection(value: string | undefined): 'replay' | 'set-based' | 'reference' {
  if (value === undefined || value === '' || value === 'replay') return 'replay';
  if (value === 'set-based' || value === 'reference') return value;
  throw new Error(`REBUILD_PROJECTION must be replay, set-based or reference, not ${value}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
