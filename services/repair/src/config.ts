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
    /** Largest reception photo or signature, in bytes. */
    ATTACHMENT_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(5 * 1024 * 1024),
    /** Most attachments on one repair order. */
    ATTACHMENTS_PER_ORDER: z.coerce.number().int().positive().default(20),
    /** TrueType collection with the CJK face for Chinese PDFs (without it they fall back to English). */
    PDF_CJK_FONT_PATH: z.string().min(1).default('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'),
    PDF_CJK_FONT_NAME: z.string().min(1).default('WenQuanYiMicroHei'),
  }),
);

export type RepairConfig = z.output<typeof configSchema>;

export function loadRepairConfig(env: Record<string, string | undefined> = process.env): RepairConfig {
  return loadConfig(configSchema, env);
}
