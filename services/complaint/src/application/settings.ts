// A tenant's complaint settings: default team, escalation chain, business calendar, time limits,
// proactive triggers and verdict timeout. A tenant without a row runs on the service defaults;
// the first change stores a full row (defaults filled in), versioned for If-Match.
import { z } from 'zod';
import { BusinessCalendar, DEFAULT_CALENDAR } from '../domain/calendar';
import { type PatternRule } from '../domain/action';
import { DEFAULT_ESCALATION_CHAIN, EscalationChain } from '../domain/escalation';
import { type KpiLimits } from '../domain/kpi-breach';
import { ProactiveSettings } from '../domain/proactive';
import { type RoutingRule } from '../domain/routing';
import { DEFAULT_TIME_LIMITS, TimeLimits } from '../domain/time-limits';
import { type ComplaintCategory, type ComplaintSeverity } from '../domain/types';
import { type Tx } from '../db/client';

export interface ServiceDefaults {
  defaultTeamId: string;
  verdictTimeoutMinutes: number;
  proactive: ProactiveSettings;
  quality: QualityDefaults;
}

/** Inquiry time limit and improvement-action defaults (service-wide, from the environment). */
export interface QualityDefaults {
  inquiryAnswerMinutes: number;
  actionOwnerId: string;
  actionDueDays: number;
  verifyAfterDays: number;
  pattern: PatternRule;
  kpiLimits: KpiLimits;
}

export const TenantSettingsSchema = z.object({
  defaultTeamId: z.string().min(1).max(128),
  escalationChain: EscalationChain,
  calendar: BusinessCalendar,
  timeLimits: TimeLimits,
  proactive: ProactiveSettings,
  verdictTimeoutMinutes: z
    .int()
    .min(1)
    .max(365 * 24 * 60),
});
export type TenantSettings = z.infer<typeof TenantSettingsSchema> & { version: number };

type Db = Pick<Tx, 'complaintSettings' | 'routingRule'>;

export function defaultSettings(defaults: ServiceDefaults): TenantSettings {
  return {
    defaultTeamId: defaults.defaultTeamId,
    escalationChain: DEFAULT_ESCALATION_CHAIN,
    calendar: DEFAULT_CALENDAR,
    timeLimits: DEFAULT_TIME_LIMITS,
    proactive: defaults.proactive,
    verdictTimeoutMinutes: defaults.verdictTimeoutMinutes,
    version: 0,
  };
}

export async function loadSettings(
  db: Db,
  tenantId: string,
  defaults: ServiceDefaults,
): Promise<TenantSettings> {
  const row = await db.complaintSettings.findUnique({ where: { tenantId } });
  if (!row) return defaultSettings(defaults);
  // Stored rows were validated on write; parsing again guards against hand edits.
  const parsed = TenantSettingsSchema.parse({
    defaultTeamId: row.defaultTeamId,
    escalationChain: row.escalationChain,
    calendar: row.calendar,
    timeLimits: row.timeLimits,
    proactive: row.proactive,
    verdictTimeoutMinutes: row.verdictTimeoutMinutes,
  });
  return { ...parsed, version: row.version };
}

/** Writes the merged settings; the caller has checked the version it expected. */
export async function saveSettings(db: Db, tenantId: string, next: TenantSettings): Promise<TenantSettings> {
  const data = {
    defaultTeamId: next.defaultTeamId,
    escalationChain: next.escalationChain,
    calendar: next.calendar as object,
    timeLimits: next.timeLimits as object,
    proactive: next.proactive as object,
    verdictTimeoutMinutes: next.verdictTimeoutMinutes,
  };
  const row = await db.complaintSettings.upsert({
    where: { tenantId },
    create: { tenantId, ...data },
    update: { ...data, version: { increment: 1 } },
  });
  return { ...next, version: row.version };
}

export async function loadRules(db: Db, tenantId: string): Promise<RoutingRule[]> {
  const rows = await db.routingRule.findMany({ where: { tenantId }, orderBy: { createdAt: 'asc' } });
  return rows.map((r) => ({
    id: r.id,
    category: r.category as ComplaintCategory | null,
    severity: r.severity as ComplaintSeverity | null,
    centreId: r.centreId,
    teamId: r.teamId,
    createdAt: r.createdAt,
  }));
}
