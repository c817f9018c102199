// Environment of the analytics service, validated once at start-up (secrets are never echoed).
import { z } from 'zod';
import { loadConfig, platformConfigSchema, withPlatformSecurity } from '@aftersales/service-kit';
import { timeZoneSchema } from '@aftersales/service-kit/domain';
import { weightsFrom } from './domain/scorecard';

const boolFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .default('true')
  .transform((v) => v === 'true' || v === '1');

export const configSchema = withPlatformSecurity(
  platformConfigSchema('analytics', 4005).extend({
    /**
     * IANA time zone of the tenant's calendar (e.g. Europe/Berlin): days, weeks, months, quarters,
     * report dates and the stored `day` columns are local dates there. One per deployment (a dealer
     * group runs its own deployment); UTC by default.
     */
    REPORTING_TIME_ZONE: timeZoneSchema.default('UTC'),
    /**
     * Key of the public service-outcome stream's pseudonyms (base64, >= 32 bytes; a secret). Each
     * tenant's key is derived from it (domain/pseudonym.ts).
     */
    ANALYTICS_PSEUDONYM_KEY: z
      .string()
      .min(1)
      .refine((s) => Buffer.from(s, 'base64').length >= 32, 'must be at least 32 bytes in base64'),
    /** Published with every pseudonym; a new id with a new key re-keys all pseudonyms (rotation). */
    ANALYTICS_PSEUDONYM_KEY_ID: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/)
      .default('k1'),
    /**
     * Until this instant, every service outcome is also published as version 1 (customer and
     * vehicle ids) on the superseded .v1 topic, for BI consumers still migrating to .v2. Unset:
     * v2 only. ISO-8601, e.g. 2027-03-31T00:00:00Z.
     */
    SERVICE_OUTCOME_V1_UNTIL: z.iso
      .datetime({ offset: true })
      .optional()
      .transform((s) => (s ? new Date(s) : null)),
    /** How often the sweep runs (outcome grace period, KPI snapshots, forecast demand). */
    SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(60_000),
    /** A closed order's outcome goes out without a survey once this long has passed since closure. */
    OUTCOME_GRACE_HOURS: z.coerce.number().positive().default(168),
    /** Publish a daily analytics.kpi.snapshot per tenant, region and centre for the previous day. */
    KPI_SNAPSHOTS: boolFromEnv,
    /** Publish forecast parts demand (parts.demand, reason forecast) for the next month. */
    FORECAST_DEMAND: boolFromEnv,
    /** JSON object of scorecard weights by indicator, merged over the defaults (see README). */
    SCORECARD_WEIGHTS: z
      .string()
      .optional()
      .transform((s, ctx) => {
        try {
          return weightsFrom(s ? (JSON.parse(s) as Record<string, number>) : {});
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      }),
    RESPONSE_TIME_TARGET_SECONDS: z.coerce
      .number()
      .int()
      .positive()
      .default(4 * 3600),
    COMPLAINT_RATE_CEILING: z.coerce.number().positive().max(1).default(0.2),
    CORRELATION_MIN_SAMPLES: z.coerce.number().int().min(3).default(10),
    SERVICE_DEMAND_SEASON_WEEKS: z.coerce.number().int().min(2).default(52),
    SERVICE_DEMAND_HISTORY_WEEKS: z.coerce.number().int().min(4).default(156),
    PARTS_DEMAND_SEASON_MONTHS: z.coerce.number().int().min(2).default(12),
    PARTS_DEMAND_HISTORY_MONTHS: z.coerce.number().int().min(4).default(36),
  }),
);

export type AnalyticsConfig = z.output<typeof configSchema>;

export function loadAnalyticsConfig(env: Record<string, string | undefined> = process.env): AnalyticsConfig {
  return loadConfig(configSchema, env);
}
