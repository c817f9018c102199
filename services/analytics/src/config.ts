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
