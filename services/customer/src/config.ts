// Environment of the customer service, validated once at start-up (secrets are never echoed).
import { z } from 'zod';
import {
  loadConfig,
  parseSealingKey,
  platformConfigSchema,
  withPlatformSecurity,
} from '@aftersales/service-kit';
import { parseMasterKeys } from './domain/crypto/keyring';

const base64Key = z
  .string()
  .min(1)
  .refine((s) => Buffer.from(s, 'base64').length >= 32, 'must be at least 32 bytes in base64');

export const configSchema = withPlatformSecurity(
  platformConfigSchema('customer', 4001).extend({
    /** Master keys wrapping the customers' data keys: JSON `{"k1":"<base64>"}` or `k1:<base64>,k2:<base64>`. */
    CUSTOMER_MASTER_KEYS: z
      .string()
      .min(1)
      .superRefine((raw, ctx) => {
        try {
          parseMasterKeys(raw);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
        }
      }),
    /** New data keys are wrapped with this one; rotation re-wraps older ones under it. */
    CUSTOMER_ACTIVE_KEY_ID: z.string().min(1),
    /** HMAC key of the phone/e-mail blind indexes (base64, >= 32 bytes); separate from the master keys. */
    CUSTOMER_BLIND_INDEX_KEY: base64Key,
    /** Region for phone numbers written without a country code (ISO 3166 alpha-2). */
    CUSTOMER_DEFAULT_PHONE_REGION: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .default('DE'),
    FOLLOWUP_CALL_AFTER_HOURS: z.coerce.number().int().positive().default(72),
    MAINTENANCE_REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).default(14),
    /** How often the maintenance reminder sweep looks for vehicles whose service is coming up. */
    MAINTENANCE_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
    /** How long after delivery a customer may answer the self-service survey invitation. */
    SURVEY_INVITATION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    KEY_ROTATION_BATCH_SIZE: z.coerce.number().int().positive().max(10_000).default(200),
    /**
     * Seals self-service sign-in codes for the notification service (same key there; base64, 32
     * bytes). Defaults to the public development key only where AUTH_HS256_SECRET marks development.
     */
    SIGN_IN_CODE_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional()),
    /** How long a sign-in code is good for. */
    SIGN_IN_CODE_TTL_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(10),
  }),
).superRefine((env, ctx) => {
  if (!env.SIGN_IN_CODE_KEY && !env.AUTH_HS256_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['SIGN_IN_CODE_KEY'], message: 'is required in production' });
  }
  if (env.SIGN_IN_CODE_KEY) {
    try {
      parseSealingKey(env.SIGN_IN_CODE_KEY);
    } catch (err) {
      ctx.addIssue({ code: 'custom', path: ['SIGN_IN_CODE_KEY'], message: (err as Error).message });
    }
  }
  try {
    if (!parseMasterKeys(env.CUSTOMER_MASTER_KEYS).has(env.CUSTOMER_ACTIVE_KEY_ID)) {
      ctx.addIssue({
        code: 'custom',
        path: ['CUSTOMER_ACTIVE_KEY_ID'],
        message: 'is not one of CUSTOMER_MASTER_KEYS',
      });
    }
  } catch {
    // reported on CUSTOMER_MASTER_KEYS
  }
});

export type CustomerConfig = z.output<typeof configSchema>;

export function loadCustomerConfig(env: Record<string, string | undefined> = process.env): CustomerConfig {
  return loadConfig(configSchema, env);
}
