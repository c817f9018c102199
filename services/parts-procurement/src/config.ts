// Environment of the parts-procurement service, validated once at start-up (secrets never echoed):
// the platform's variables (docs/service-conventions.md lists them) and the reorder recompute interval.
import { z } from 'zod';
import { loadConfig, platformConfigSchema, withPlatformSecurity } from '@aftersales/service-kit';
import { timeZoneSchema } from '@aftersales/service-kit/domain';

export const configSchema = withPlatformSecurity(
  platformConfigSchema('parts-procurement', 4003).extend({
    /** How often every reorder point is recomputed from forecasts and demand (default 6 h). */
    REORDER_RECOMPUTE_INTERVAL_MS: z.coerce
      .number()
      .int()
      .positive()
      .default(6 * 3_600_000),
    /** IANA time zone of the tenant's calendar: quarterly supplier reviews are local quarters (UTC by default). */
    REPORTING_TIME_ZONE: timeZoneSchema.default('UTC'),
  }),
);

export type PartsConfig = z.output<typeof configSchema>;

export function loadPartsConfig(env: Record<string, string | undefined> = process.env): PartsConfig {
  return loadConfig(configSchema, env);
}
