// Gateway settings from the environment, validated at start-up.
import path from 'node:path';
import { z } from 'zod';
import { kafkaBrokersSchema, kafkaSecurityConfigSchema } from '@aftersales/kafka';
import { authConfigSchema, baseConfigSchema, loadConfig } from '@aftersales/service-kit';

// From src/ and from dist/ alike.
const repoRoot = path.resolve(__dirname, '../../..');

export const gatewayConfigSchema = baseConfigSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    CUSTOMER_URL: z.url().default('http://127.0.0.1:4001'),
    REPAIR_URL: z.url().default('http://127.0.0.1:4002'),
    PARTS_PROCUREMENT_URL: z.url().default('http://127.0.0.1:4003'),
    COMPLAINT_URL: z.url().default('http://127.0.0.1:4004'),
    ANALYTICS_URL: z.url().default('http://127.0.0.1:4005'),
    /**
     * The notification service (4006 in development). Unset: the gateway neither routes
     * /v1/notifications (404) nor lists it in /openapi.json, for platforms run without it.
     */
    NOTIFICATION_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
    UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** Requests per minute per user (or per IP before authentication). */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /** Comma-separated browser origins allowed by CORS; empty = same-origin only. */
    CORS_ORIGINS: z.string().default(''),
    /** The built web console served at /console/ (default: the @aftersales/console workspace's dist). */
    CONSOLE_DIR: z.string().min(1).default(path.join(repoRoot, 'apps/console/dist')),
    /** Demo users for POST /auth/demo-login (development only; relative paths are from the repo root). */
    DEMO_USERS_FILE: z
      .string()
      .optional()
      .transform((v) => (v ? path.resolve(repoRoot, v) : undefined)),
    /** The live event stream (GET /v1/live) reads every topic from this broker. */
    KAFKA_BROKERS: kafkaBrokersSchema,
    /** Prefix for topic names (shared clusters, test suites); empty in production. */
    KAFKA_TOPIC_NAMESPACE: z.string().optional(),
    KAFKA_CLIENT_ID: z.string().min(1).default('api-gateway'),
    /** Comment lines sent on idle live streams so proxies and browsers keep them open. */
    LIVE_HEARTBEAT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  })
  .and(authConfigSchema)
  .and(kafkaSecurityConfigSchema);

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, { SERVICE_NAME: 'api-gateway', ...env });
}
