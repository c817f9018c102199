// Environment of the notification service, validated once at start-up (secrets are never echoed).
// The locale, time zone and quiet hours here are what a customer gets who has not set their own.
import { z } from 'zod';
import {
  DEVELOPMENT_SEALING_KEY_BASE64,
  loadConfig,
  parseSealingKey,
  platformConfigSchema,
  withPlatformSecurity,
} from '@aftersales/service-kit';
import { timeZoneSchema } from '@aftersales/service-kit/domain';
import { Locale } from './domain/locale';
import { quietHoursSchema } from './domain/quiet-hours';

const isSealingKey = (text: string) => {
  try {
    parseSealingKey(text);
    return true;
  } catch {
    return false;
  }
};

export const configSchema = withPlatformSecurity(
  platformConfigSchema('notification', 4006).extend({
    /** How often the delivery sweep looks for due messages. */
    NOTIFY_SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(2_000),
    /** The mail server, e.g. smtp://user:pass@mail.example.com:587 (smtps:// for implicit TLS). */
    SMTP_URL: z.url().default('smtp://127.0.0.1:1025'),
    SMTP_FROM: z.string().min(3).max(254).default('Aftersales <no-reply@aftersales.example>'),
    /** SMS and push go to this provider webhook (unset: such messages end dead, "no-provider"). */
    NOTIFY_WEBHOOK_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
    /** Key of the HMAC-SHA256 signature over each webhook body (header X-Signature). */
    NOTIFY_WEBHOOK_SECRET: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(32).optional()),
    /** The customer service (production: the gateway), asked for contact data at send time. */
    CUSTOMER_URL: z.url().default('http://127.0.0.1:4001'),
    /**
     * Production: this service's client at the identity provider (client credentials), so it reads
     * contact data through the gateway like any machine client. Unset: it mints its own tokens
     * with AUTH_HS256_SECRET (development, tests).
     */
    CONTACT_TOKEN_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
    CONTACT_CLIENT_ID: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional()),
    CONTACT_CLIENT_SECRET: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(8).optional()),
    /**
     * The AES-256-GCM key (32 bytes, base64) the customer service seals sign-in codes with (its
     * SIGN_IN_CODE_KEY). Unset with AUTH_HS256_SECRET (development, tests, the demo): the public
     * development key; required in production.
     */
    SIGN_IN_CODE_KEY: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().refine(isSealingKey, 'must be 32 bytes in base64').optional(),
    ),
    /** Events older than this (platform time) are recorded as suppressed, never sent (history on a first start). */
    NOTIFY_MAX_EVENT_AGE_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(24),
    NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    /** First retry delay; each further failure doubles it, up to NOTIFY_RETRY_MAX_MS. */
    NOTIFY_RETRY_BASE_MS: z.coerce.number().int().positive().default(30_000),
    NOTIFY_RETRY_MAX_MS: z.coerce
      .number()
      .int()
      .positive()
      .default(6 * 60 * 60_000),
    NOTIFY_DEFAULT_LOCALE: Locale.default('de'),
    NOTIFY_DEFAULT_TIME_ZONE: timeZoneSchema.default('Europe/Berlin'),
    /** Local window without messages, HH:MM-HH:MM; empty = none. */
    NOTIFY_QUIET_HOURS: quietHoursSchema.prefault('21:00-08:00'),
    /**
     * The customers' self-service pages (the gateway's PUBLIC_URL + '/my/'): links in messages
     * point there, e.g. <base>?survey=<invitation id>, <base>?book=<vehicle id>.
     */
    NOTIFY_LINK_BASE_URL: z.url().default('http://localhost:4000/my/'),
  }),
)
  .refine((c) => !c.NOTIFY_WEBHOOK_URL || c.NOTIFY_WEBHOOK_SECRET, {
    message: 'NOTIFY_WEBHOOK_SECRET is required with NOTIFY_WEBHOOK_URL',
    path: ['NOTIFY_WEBHOOK_SECRET'],
  })
  .refine((c) => !c.CONTACT_TOKEN_URL || (c.CONTACT_CLIENT_ID && c.CONTACT_CLIENT_SECRET), {
    message: 'CONTACT_CLIENT_ID and CONTACT_CLIENT_SECRET are required with CONTACT_TOKEN_URL',
    path: ['CONTACT_CLIENT_SECRET'],
  })
  .refine((c) => c.CONTACT_TOKEN_URL || c.AUTH_HS256_SECRET, {
    message: 'set CONTACT_TOKEN_URL (with CONTACT_CLIENT_ID, CONTACT_CLIENT_SECRET) to read contact data',
    path: ['CONTACT_TOKEN_URL'],
  })
  .refine((c) => c.SIGN_IN_CODE_KEY || c.AUTH_HS256_SECRET, {
    message:
      'set SIGN_IN_CODE_KEY (the base64 32-byte key the customer service seals sign-in codes with) in production',
    path: ['SIGN_IN_CODE_KEY'],
  })
  .transform((c) => ({ ...c, SIGN_IN_CODE_KEY: c.SIGN_IN_CODE_KEY ?? DEVELOPMENT_SEALING_KEY_BASE64 }));

export type NotificationConfig = z.output<typeof configSchema>;

export function loadNotificationConfig(
  env: Record<string, string | undefined> = process.env,
): NotificationConfig {
  return loadConfig(configSchema, env);
}
