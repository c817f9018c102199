// Environment of the parts-procurement service, validated once at start-up (secrets never echoed).
import { z } from 'zod';
import { kafkaBrokersSchema, kafkaSecurityConfigSchema } from '@aftersales/kafka';
import { authConfigSchema, baseConfigSchema, loadConfig } from '@aftersales/service-kit';

export const configSchema = baseConfigSchema
  .extend({
    SERVICE_NAME: z.string().min(1).default('parts-procurement'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4003),
    DATABASE_URL: z.url(),
    DATABASE_MAX_CONNECTIONS: z.coerce.number().int().positive().default(10),
    KAFKA_BROKERS: kafkaBrokersSchema,
    /** Prefix for topic names (shared clusters, test suites); empty in production. */
    KAFKA_TOPIC_NAMESPACE: z.string().optional(),
    KAFKA_CLIENT_ID: z.string().min(1).default('parts-procurement'),
    KAFKA_CONSUMER_GROUP: z.string().min(1).default('parts-procurement'),
  })
  .and(authConfigSchema)
  .and(kafkaSecurityConfigSchema);

export type PartsConfig = z.output<typeof configSchema>;

export function loadPartsConfig(env: Record<string, string | undefined> = process.env): PartsConfig {
  return loadConfig(configSchema, env);
}
