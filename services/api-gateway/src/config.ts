// Gateway settings from the environment, validated at start-up (DESIGN.md section 5).
import { z } from 'zod';
import { authConfigSchema, baseConfigSchema, loadConfig } from '@aftersales/service-kit';

export const gatewayConfigSchema = baseConfigSchema
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    CUSTOMER_URL: z.url().default('http://127.0.0.1:4001'),
    REPAIR_URL: z.url().default('http://127.0.0.1:4002'),
    PARTS_PROCUREMENT_URL: z.url().default('http://127.0.0.1:4003'),
    COMPLAINT_URL: z.url().default('http://127.0.0.1:4004'),
    ANALYTICS_URL: z.url().default('http://127.0.0.1:4005'),
    UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** Requests per minute per user (or per IP before authentication). */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /** Comma-separated browser origins allowed by CORS; empty = same-origin only. */
    CORS_ORIGINS: z.string().default(''),
  })
  .and(authConfigSchema);

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, { SERVICE_NAME: 'api-gateway', ...env });
}
