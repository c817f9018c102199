// Environment of the repair service, validated once at start-up (secrets are never echoed).
import { z } from 'zod';
import { kafkaBrokersSchema, kafkaSecurityConfigSchema } from '@aftersales/kafka';
import { authConfigSchema, baseConfigSchema, loadConfig } from '@aftersales/service-kit';

export const configSchema = baseConfigSchema
  .extend({
    SERVICE_NAME: z.string().min(1).default('repair'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4002),
    DATABASE_URL: z.url(),
    DATABASE_MAX_CONNECTIONS: z.coerce.number().int().positive().default(10),
    KAFKA_BROKERS: kafkaBrokersSchema,
    /** Prefix for topic names (shared clusters, test suites); empty in production. */
    KAFKA_TOPIC_NAMESPACE: z.string().optional(),
    KAFKA_CLIENT_ID: z.string().min(1).default('repair'),
    KAFKA_CONSUMER_GROUP: z.string().min(1).default('repair'),
    /** How often the SLA and backlog sweep runs. */
    SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(30_000),
    /** Emergency mode starts when a region's open backlog exceeds this factor x its daily capacity. */
    EMERGENCY_BACKLOG_FACTOR: z.coerce.number().positive().default(1.5),
    /** Extra opening hours per day while a backlog-triggered emergency is on. */
    EMERGENCY_EXTRA_HOURS: z.coerce.number().min(0).max(12).default(3),
    /** Days a new quote stays valid. */
    QUOTE_VALID_DAYS: z.coerce.number().int().positive().default(14),
  })
  .and(authConfigSchema)
  .and(kafkaSecurityConfigSchema);

export type RepairConfig = z.output<typeof configSchema>;

export function loadRepairConfig(env: Record<string, string | undefined> = process.env): RepairConfig {
  return loadConfig(configSchema, env);
}
