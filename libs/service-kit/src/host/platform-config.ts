// The variables every service with a database and Kafka reads, validated once at start-up. A
// service extends it with its own: `platformConfigSchema('repair', 4002).extend({...})`.
import { z } from 'zod';
import { kafkaBrokersSchema, kafkaSecurityConfigSchema } from '@aftersales/kafka';
import { authConfigSchema } from '../auth-config';
import { baseConfigSchema } from '../config';

const DAY_MS = 24 * 3_600_000;

/** The platform part of a service's configuration, with the service's name and port as defaults. */
export function platformConfigSchema(service: string, port: number) {
  return baseConfigSchema.extend({
    SERVICE_NAME: z.string().min(1).default(service),
    PORT: z.coerce.number().int().min(0).max(65535).default(port),
    DATABASE_URL: z.url(),
    DATABASE_MAX_CONNECTIONS: z.coerce.number().int().positive().default(10),
    /** Longest a statement waits for a row lock before the work is retried (consumers) or answered 503. */
    DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    KAFKA_BROKERS: kafkaBrokersSchema,
    /** Prefix for topic names (shared clusters, test suites); empty in production. */
    KAFKA_TOPIC_NAMESPACE: z.string().optional(),
    KAFKA_CLIENT_ID: z.string().min(1).default(service),
    KAFKA_CONSUMER_GROUP: z.string().min(1).default(service),
    /** Create missing topics at start-up (development, tests); off where the cluster operator owns them. */
    KAFKA_ENSURE_TOPICS: z.stringbool().default(true),
    /** Failed publish attempts of one outbox row before it is parked (aftersales-outbox-replay). */
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
    /** How long the inbox remembers applied event ids (keep above the DLQ retention of 30 days). */
    INBOX_RETENTION_DAYS: z.coerce.number().positive().default(90),
    /** How long an Idempotency-Key is remembered; a retry after it runs as a new request. */
    IDEMPOTENCY_TTL_HOURS: z.coerce.number().positive().default(24),
  });
}

/** Auth and Kafka security variables: `.and()` them onto the schema (they have refinements). */
export function withPlatformSecurity<S extends z.ZodType>(schema: S) {
  return schema.and(authConfigSchema).and(kafkaSecurityConfigSchema);
}

export type PlatformConfig = z.output<ReturnType<typeof platformConfigSchema>> &
  z.output<typeof authConfigSchema> &
  z.output<typeof kafkaSecurityConfigSchema>;

export const inboxRetentionMs = (config: Pick<PlatformConfig, 'INBOX_RETENTION_DAYS'>) =>
  config.INBOX_RETENTION_DAYS * DAY_MS;

/** The pool settings of the service's database (libs/db's openPrisma options). */
export const databaseOptions = (
  config: Pick<PlatformConfig, 'DATABASE_URL' | 'DATABASE_MAX_CONNECTIONS' | 'DATABASE_LOCK_TIMEOUT_MS'>,
) => ({
  databaseUrl: config.DATABASE_URL,
  maxConnections: config.DATABASE_MAX_CONNECTIONS,
  lockTimeoutMs: config.DATABASE_LOCK_TIMEOUT_MS,
});
