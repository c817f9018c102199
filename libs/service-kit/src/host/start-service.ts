// One way to run a service process. A service describes itself (its configuration, its database,
// and how its routes, consumers and sweeps are built from the platform's parts); startService does
// the rest the same way for every service:
// - validated configuration, logger, Prisma client (libs/db), Kafka clients, outbox relay (a
//   producer that fails fast, so a poison row is isolated in seconds), hourly pruning of the inbox
//   and of expired idempotency keys;
// - HTTP first: the API serves (and is ready) whether or not the broker can be reached; topics
//   are ensured and consumers started in the background, retried until the broker answers;
// - readiness reports the database only (the outbox absorbs a broker outage; alert on outbox age);
// - on SIGTERM: stop taking requests, finish in-flight ones, stop consumers (offsets committed),
//   stop sweeps, flush the outbox, disconnect.
import { type Express } from 'express';
import {
  EventProducer,
  OutboxRelay,
  createKafka,
  ensureTopics,
  isTransientKafkaError,
  kafkaSecurityFromConfig,
  type ConsumerConnection,
  type SqlDb,
} from '@aftersales/kafka';
import { type AuthConfig } from '../auth';
import { authConfigFromEnv } from '../auth-config';
import { type ReadinessCheck } from '../health';
import { createLogger, type Logger } from '../logger';
import { runService, type ServiceHandle } from '../lifecycle';
import { inboxRetentionMs, type PlatformConfig } from './platform-config';
import { retryInBackground } from './background';
import { MaintenanceSweep } from './maintenance';
import { setIdempotencyTtl } from '../idempotency-store';

/** A periodic job of the service (SLA sweep, escalation sweep, ...). */
export interface Sweep {
  start(): void;
  stop(): Promise<void>;
}

/** A Kafka consumer of the service (libs/kafka's EventConsumer or BatchEventConsumer). */
export interface Consumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What startService gives a service to build its parts from. */
export interface Platform<C extends PlatformConfig, Db extends SqlDb> {
  config: C;
  logger: Logger;
  db: Db;
  /** For consumers (the default retries ride out a broker restart). */
  kafka: ReturnType<typeof createKafka>;
  /** Publishes the outbox; also the consumers' dead-letter producer. */
  producer: EventProducer;
  relay: OutboxRelay;
  namespace: string | undefined;
  auth: AuthConfig;
  /** The readiness checks to hand to createApp: the database only. */
  readiness: Record<string, ReadinessCheck>;
  /** Wakes the outbox relay after a commit that wrote events. */
  onEvents: () => void;
  /** For consumers that crash beyond kafkajs' own restarts: the process exits and is restarted. */
  onFatal: (err: unknown) => void;
  /** Spread into the service's app options: its name, logger, auth, body limit and readiness. */
  http: HttpHost;
  /** Spread into the service's consumer options: broker, group, dead letters, namespace, logger,
   *  onFatal; the consumer adds its topics and handlers. */
  consumer: ConsumerConnection;
}

/** What every service's HTTP app takes from its host (startService, or a test harness). */
export interface HttpHost {
  service: string;
  logger: Logger;
  auth: AuthConfig;
  bodyLimit?: string;
  /** Default: the database answers `SELECT 1`. */
  readiness?: Record<string, ReadinessCheck>;
}

export interface ServiceParts {
  app: Express;
  consumers?: Consumer[];
  sweeps?: Sweep[];
}

export interface ServiceDescriptor<
  C extends PlatformConfig,
  Db extends SqlDb & { $disconnect(): Promise<void> },
> {
  name: string;
  loadConfig(env: Record<string, string | undefined>): C;
  openDatabase(config: C): Db;
  wire(platform: Platform<C, Db>): ServiceParts | Promise<ServiceParts>;
}

/** Everything a service runs, built but not started (startService starts it; docs read its routes). */
export interface AssembledService<
  C extends PlatformConfig,
  Db extends SqlDb & { $disconnect(): Promise<void> },
> {
  platform: Platform<C, Db>;
  parts: ServiceParts;
}

export async function assembleService<
  C extends PlatformConfig,
  Db extends SqlDb & { $disconnect(): Promise<void> },
>(
  service: ServiceDescriptor<C, Db>,
  env: Record<string, string | undefined> = process.env,
): Promise<AssembledService<C, Db>> {
  const config = service.loadConfig(env);
  const logger = createLogger({ service: config.SERVICE_NAME, level: config.LOG_LEVEL });
  const db = service.openDatabase(config);
  const namespace = config.KAFKA_TOPIC_NAMESPACE || undefined;
  const security = kafkaSecurityFromConfig(config);
  const kafka = createKafka({
    brokers: config.KAFKA_BROKERS,
    clientId: config.KAFKA_CLIENT_ID,
    logger,
    security,
  });
  // Two client retries (about a second): the relay isolates a failing row instead of waiting a minute.
  const producerKafka = createKafka({
    brokers: config.KAFKA_BROKERS,
    clientId: config.KAFKA_CLIENT_ID,
    logger,
    security,
    retries: 2,
  });
  const producer = new EventProducer(producerKafka, namespace);
  const relay = new OutboxRelay({ db, producer, namespace, logger, maxAttempts: config.OUTBOX_MAX_ATTEMPTS });
  const auth = authConfigFromEnv(config);
  const readiness = { db: async () => void (await db.$queryRawUnsafe('SELECT 1')) };
  const onFatal = (err: unknown) => {
    logger.fatal({ err }, 'kafka consumer crashed; exiting so the orchestrator restarts the service');
    process.exit(1);
  };
  const platform: Platform<C, Db> = {
    config,
    logger,
    db,
    kafka,
    producer,
    relay,
    namespace,
    auth,
    readiness,
    onEvents: () => relay.notify(),
    onFatal,
    http: { service: config.SERVICE_NAME, logger, auth, bodyLimit: config.BODY_LIMIT, readiness },
    consumer: {
      kafka,
      groupId: config.KAFKA_CONSUMER_GROUP,
      deadLetters: producer,
      namespace,
      logger,
      onFatal,
    },
  };
  return { platform, parts: await service.wire(platform) };
}

export async function startService<
  C extends PlatformConfig,
  Db extends SqlDb & { $disconnect(): Promise<void> },
>(
  service: ServiceDescriptor<C, Db>,
  env: Record<string, string | undefined> = process.env,
): Promise<ServiceHandle> {
  const { platform, parts } = await assembleService(service, env);
  const { config, logger, db, kafka, producer, relay, namespace } = platform;
  const maintenance = new MaintenanceSweep({ db, inboxRetentionMs: inboxRetentionMs(config), logger });
  setIdempotencyTtl(config.IDEMPOTENCY_TTL_HOURS * 3_600_000);
  const consumers = parts.consumers ?? [];
  const sweeps = parts.sweeps ?? [];

  relay.start();
  maintenance.start();
  for (const sweep of sweeps) sweep.start();
  let stopping = false;
  const kafkaReady = (async () => {
    if (config.KAFKA_ENSURE_TOPICS)
      await retryInBackground(
        'ensure topics',
        () => ensureTopics(kafka, { namespace }),
        logger,
        () => stopping,
        isTransientKafkaError,
      ).catch((err: unknown) =>
        logger.warn(
          { err },
          'could not create missing topics; consuming what exists (the operator owns topics?)',
        ),
      );
    await Promise.all(
      consumers.map((consumer) =>
        retryInBackground(
          'start consumer',
          () => consumer.start(),
          logger,
          () => stopping,
        ),
      ),
    );
  })();

  return runService({
    app: parts.app,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    onShutdown: [
      async () => {
        stopping = true;
        // A consumer still trying to reach the broker is not waited for long: stop() disconnects it.
        await Promise.race([kafkaReady.catch(() => undefined), new Promise((r) => setTimeout(r, 2_000))]);
        await Promise.all(consumers.map((c) => c.stop()));
      },
      () => Promise.all(sweeps.map((s) => s.stop())).then(() => undefined),
      () => maintenance.stop(),
      () => relay.stop(),
      () => producer.disconnect(),
      () => db.$disconnect(),
    ],
  });
}

/** Runs a service's main module: startService, and exit 1 with the reason if it cannot start. */
export function runMain<C extends PlatformConfig, Db extends SqlDb & { $disconnect(): Promise<void> }>(
  service: ServiceDescriptor<C, Db>,
): void {
  startService(service).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
