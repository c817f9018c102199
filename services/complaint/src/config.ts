// Environment of the complaint service, validated once at start-up (secrets are never echoed).
// The complaint settings here are the defaults of a tenant that has not set its own.
import { z } from 'zod';
import { loadConfig, platformConfigSchema, withPlatformSecurity } from '@aftersales/service-kit';
import { KpiLimits } from './domain/kpi-breach';

export const configSchema = withPlatformSecurity(
  platformConfigSchema('complaint', 4004).extend({
    /** How often the escalation sweep looks for missed deadlines. */
    ESCALATION_SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(5_000),
    /** Team that takes complaints no routing rule matches. */
    COMPLAINT_DEFAULT_TEAM: z.string().min(1).max(128).default('complaints-desk'),
    /** Minutes after notifying the customer of the resolution before silence counts as a verdict. */
    COMPLAINT_VERDICT_TIMEOUT_MINUTES: z.coerce
      .number()
      .int()
      .positive()
      .default(14 * 24 * 60),
    /** A survey NPS at or below this opens a complaint. */
    COMPLAINT_SURVEY_NPS_AT_MOST: z.coerce.number().int().min(0).max(10).default(6),
    /** Any 1-5 survey score at or below this opens a complaint. */
    COMPLAINT_SURVEY_SCORE_AT_MOST: z.coerce.number().int().min(1).max(5).default(2),
    COMPLAINT_ON_SURVEY: z.stringbool().default(true),
    COMPLAINT_ON_QC_FAILED: z.stringbool().default(false),
    COMPLAINT_ON_COMEBACK: z.stringbool().default(true),
    /** Working minutes (tenant calendar) within which an inquiry must be answered. */
    INQUIRY_ANSWER_MINUTES: z.coerce
      .number()
      .int()
      .positive()
      .default(4 * 60),
    /** Who owns improvement actions the service opens itself (audit findings, complaint patterns). */
    QUALITY_ACTION_OWNER: z.string().min(1).max(128).default('quality-manager'),
    /** Days until an automatically opened improvement action is due. */
    QUALITY_ACTION_DUE_DAYS: z.coerce.number().int().positive().max(365).default(14),
    /** Days after implementation before the effect of an action may be verified. */
    QUALITY_VERIFY_AFTER_DAYS: z.coerce.number().int().min(0).max(365).default(30),
    /** This many complaints of one category at one centre within the window open an action. */
    QUALITY_PATTERN_THRESHOLD: z.coerce.number().int().min(2).max(1000).default(3),
    QUALITY_PATTERN_WINDOW_DAYS: z.coerce.number().int().positive().max(365).default(30),
    /**
     * KPI limits per centre, JSON like {"firstTimeFixRate":{"min":0.85},"comebackRate":{"max":0.05}}:
     * a centre KPI snapshot outside them opens an improvement action. Empty: none.
     */
    QUALITY_KPI_LIMITS: z
      .string()
      .default('{}')
      .transform((s, c) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          c.addIssue({ code: 'custom', message: 'not JSON' });
          return z.NEVER;
        }
      })
      .pipe(KpiLimits),
  }),
);

export type ComplaintConfig = z.output<typeof configSchema>;

export function loadComplaintConfig(env: Record<string, string | undefined> = process.env): ComplaintConfig {
  return loadConfig(configSchema, env);
}
