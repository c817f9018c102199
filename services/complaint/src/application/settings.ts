// A tenant's complaint settings: default team, escalation chain, business calendar, time limits,
// proactive triggers and verdict timeout. A tenant without a row runs on the service defaults;
// the first change stores a full row (defaults filled in), versioned for If-Match. Routing rules
// (one per category x severity x centre) are the tenant's too.
import { randomUUID } from 'node:crypto';
import { expectVersion, NotFound } from '@aftersales/service-kit/domain';
import { type Identity } from '@aftersales/service-kit';
import { z } from 'zod';
import { BusinessCalendar, DEFAULT_CALENDAR } from '../domain/calendar';
import { type PatternRule } from '../domain/action';
import { DEFAULT_ESCALATION_CHAIN, EscalationChain } from '../domain/escalation';
import { type KpiLimits } from '../domain/kpi-breach';
import { ProactiveSettings } from '../domain/proactive';
import { type RoutingRule } from '../domain/routing';
import { DEFAULT_TIME_LIMITS, TimeLimits } from '../domain/time-limits';
import { type ComplaintCategory, type ComplaintSeverity } from '../domain/types';
import { type RoutingRule as RoutingRuleRow, type Tx } from '../db/client';
import { duplicateRoutingRule } from '../domain/errors';
import { type ComplaintContext } from './context';
import { runWork, userWork } from './unit-of-work';

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

/**
 * Read-modify-write of the caller's tenant settings under a row lock; `expectedVersion` (If-Match)
 * must be the current one.
 */
export function updateSettings(
  ctx: ComplaintContext,
  identity: Identity,
  expectedVersion: number | undefined,
  change: (current: TenantSettings) => TenantSettings,
): Promise<TenantSettings> {
  return runWork(ctx, userWork(ctx, identity), async ({ tx, tenantId }) => {
    await tx.$executeRawUnsafe('SELECT 1 FROM complaint_settings WHERE tenant_id = $1 FOR UPDATE', tenantId);
    const current = await loadSettings(tx, tenantId, ctx.defaults);
    expectVersion(expectedVersion, current.version);
    return saveSettings(tx, tenantId, change(current));
  });
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

export interface RoutingRuleInput {
  category: ComplaintCategory | null;
  severity: ComplaintSeverity | null;
  centreId: string | null;
  teamId: string;
}

/** Adds a rule; one rule per category, severity and centre (a second one is a Conflict). */
export function createRoutingRule(
  ctx: ComplaintContext,
  identity: Identity,
  input: RoutingRuleInput,
): Promise<RoutingRuleRow> {
  return runWork(ctx, userWork(ctx, identity), async ({ tx, tenantId, actor }) => {
    // Serialise rule writes of the tenant, then check.
    await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `routing-rule:${tenantId}`);
    const same = await tx.routingRule.findFirst({
      where: { tenantId, category: input.category, severity: input.severity, centreId: input.centreId },
    });
    if (same) throw duplicateRoutingRule(same.id);
    return tx.routingRule.create({ data: { id: randomUUID(), tenantId, ...input, createdBy: actor } });
  });
}

/** Deletes a rule of the caller's tenant; NotFound when there is none with that id. */
export async function deleteRoutingRule(
  ctx: ComplaintContext,
  identity: Identity,
  id: string,
): Promise<void> {
  const isUuid = z.uuid().safeParse(id).success;
  const deleted = isUuid
    ? await ctx.prisma.routingRule.deleteMany({ where: { id, tenantId: identity.tenantId } })
    : { count: 0 };
  if (deleted.count === 0) throw new NotFound('Routing rule not found.');
}
