// Environment of the repair service, validated once at start-up (secrets are never echoed).
import { z } from 'zod';
import { loadConfig, platformConfigSchema, withPlatformSecurity } from '@aftersales/service-kit';

export const configSchema = withPlatformSecurity(
  platformConfigSchema('repair', 4002).extend({
    /** How often the SLA and backlog sweep runs. */
    SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(30_000),
    /** Emergency mode starts when a region's open backlog exceeds this factor x its daily capacity. */
    EMERGENCY_BACKLOG_FACTOR: z.coerce.number().positive().default(1.5),
    /** Extra opening hours per day while a backlog-triggered emergency is on. */
    EMERGENCY_EXTRA_HOURS: z.coerce.number().min(0).max(12).default(3),
    /** Days a new quote stays valid. */
    QUOTE_VALID_DAYS: z.coerce.number().int().positive().default(14),
  }),
);

export type RepairConfig = z.output<typeof configSchema>;

export function loadRepairConfig(env: Record<string, string | undefined> = process.env): RepairConfig {
  return loadConfig(configSchema, env);
}
