// Gateway settings from the environment, validated at start-up.
import path from 'node:path';
import { z } from 'zod';
import { kafkaBrokersSchema, kafkaSecurityConfigSchema } from '@aftersales/kafka';
import { authConfigSchema, baseConfigSchema, loadConfig } from '@aftersales/service-kit';

// `OIDC_ISSUER_URL=` in an env file means "not set".
function unsetIfEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

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
    /** Staff sign-in: the dealer group's OpenID provider (unset = bearer tokens only, no console sign-in). */
    OIDC_ISSUER_URL: unsetIfEmpty(z.url()),
    OIDC_CLIENT_ID: unsetIfEmpty(z.string().min(1)),
    OIDC_CLIENT_SECRET: unsetIfEmpty(z.string().min(16, 'must be at least 16 characters')),
    OIDC_SCOPES: z.string().min(1).default('openid profile email'),
    /** Audience of the provider's access tokens for this API; set it to accept machine clients' tokens. */
    OIDC_API_AUDIENCE: unsetIfEmpty(z.string().min(1)),
    /** The gateway's external base URL (redirect URI = PUBLIC_URL/auth/callback). */
    PUBLIC_URL: z.url().default('http://localhost:4000'),
    /** Provider groups and clients → tenant, roles, dealers, centres (relative paths: from the repo root). */
    IDENTITY_MAPPING_FILE: unsetIfEmpty(z.string().min(1)).transform((v) =>
      v ? path.resolve(repoRoot, v) : undefined,
    ),
    /** Fractions allowed (tests end sessions in seconds). */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(60),
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(12),
    /** Private key the gateway signs forwarded identities with (production; dev uses AUTH_HS256_SECRET). */
    INTERNAL_TOKEN_KEY_PEM: unsetIfEmpty(z.string().min(1)),
    /**
     * Customer self-service (/my/ and /v1/me): the dealer group (tenant) its customers belong to.
     * Unset: self-service is off (404).
     */
    SELF_SERVICE_TENANT: unsetIfEmpty(z.string().min(1).max(128)),
    /** A customer's session ends after this long without a request, and after the maximum anyway. */
    CUSTOMER_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(30),
    CUSTOMER_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
    /** Sign-in requests (code asked or tried) per client address per 15 minutes. */
    SIGN_IN_REQUESTS_PER_15_MIN: z.coerce.number().int().min(1).default(30),
    /** The live event stream (GET /v1/live) reads every topic from this broker. */
    KAFKA_BROKERS: kafkaBrokersSchema,
    /** Prefix for topic names (shared clusters, test suites); empty in production. */
    KAFKA_TOPIC_NAMESPACE: z.string().optional(),
    KAFKA_CLIENT_ID: z.string().min(1).default('api-gateway'),
    /** Comment lines sent on idle live streams so proxies and browsers keep them open. */
    LIVE_HEARTBEAT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  })
  .and(authConfigSchema)
  .and(kafkaSecurityConfigSchema)
  .superRefine((env, ctx) => {
    if (env.SELF_SERVICE_TENANT && !env.INTERNAL_TOKEN_KEY_PEM && !env.AUTH_HS256_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['INTERNAL_TOKEN_KEY_PEM'],
        message:
          "required with SELF_SERVICE_TENANT (customers' requests are forwarded with a token it signs)",
      });
    }
    if (!env.OIDC_ISSUER_URL) return;
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'IDENTITY_MAPPING_FILE'] as const) {
      if (!env[name])
        ctx.addIssue({ code: 'custom', path: [name], message: 'required with OIDC_ISSUER_URL' });
    }
    if (!env.INTERNAL_TOKEN_KEY_PEM && !env.AUTH_HS256_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['INTERNAL_TOKEN_KEY_PEM'],
        message: 'required with OIDC_ISSUER_URL (the key forwarded identities are signed with)',
      });
    }
  });

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, { SERVICE_NAME: 'api-gateway', ...env });
}
