// Audits as the quality context: templates (checklists with a maximum score per item), audits
// of a centre scheduled ahead or started ad hoc, and their scoring. Scoring validates every
// item against the template (0..max, each item once), stores the results with evidence notes,
// and opens one improvement action per finding, all in one transaction with audit.completed.
import { randomUUID } from 'node:crypto';
import { type AnyEvent } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { assertVersion, canAccessCentre, notFound, type Identity } from '@aftersales/service-kit';
import { TX_OPTIONS, type Audit, type AuditTemplate, type Tx } from '../db/client';
import {
  assertAuditCan,
  Checklist,
  scoreAudit,
  type AuditKind,
  type AuditStatus,
  type ChecklistItem,
  type ItemResult,
} from '../domain/audit';
import { QualityRuleViolated } from '../domain/errors';
import { qualityEvent } from '../events/quality-factories';
import { defaultDueAt, openAction } from './actions';
import { type ComplaintContext } from './context';
import { lockRow } from './deadlines';

export const AUDIT_NOT_FOUND = 'Audit not found.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checklistOf(t: AuditTemplate): ChecklistItem[] {
  return Checklist.parse(t.items);
}

export async function createTemplate(
  tx: Tx,
  input: {
    tenantId: string;
    name: string;
    kind: AuditKind;
    items: ChecklistItem[];
    findingThreshold: number;
    createdBy: string;
  },
): Promise<AuditTemplate> {
  return tx.auditTemplate.create({ data: { id: randomUUID(), ...input, items: input.items } });
}

/** Schedules an audit (or starts one ad hoc, scheduled for now); an unknown template is a 422. */
export async function scheduleAudit(
  tx: Tx,
  input: {
    tenantId: string;
    centreId: string;
    templateId: string;
    scheduledFor: Date | null;
    auditorId: string | null;
    employeeIds: string[];
    createdBy: string;
  },
  now: Date,
): Promise<Audit> {
  // An id that is no uuid cannot name a template: the same 422 as a miss.
  const template = UUID.test(input.templateId)
    ? await tx.auditTemplate.findFirst({
        where: { id: input.templateId.toLowerCase(), tenantId: input.tenantId },
      })
    : null;
  if (!template) {
    throw new QualityRuleViolated('unknown-template', `Audit template ${input.templateId} does not exist.`, {
      templateId: input.templateId,
    });
  }
  const audit = await tx.audit.create({
    data: {
      id: randomUUID(),
      tenantId: input.tenantId,
      centreId: input.centreId,
      templateId: template.id,
      status: 'scheduled',
      adHoc: input.scheduledFor === null,
      scheduledFor: input.scheduledFor ?? now,
      auditorId: input.auditorId,
      employeeIds: input.employeeIds,
      createdBy: input.createdBy,
    },
  });
  await enqueueEvents(tx, [
    qualityEvent(
      'audit.scheduled',
      audit,
      { occurredAt: now },
      {
        auditId: audit.id,
        centreId: audit.centreId,
        templateId: template.id,
        kind: template.kind as AuditKind,
        scheduledFor: audit.scheduledFor.toISOString(),
      },
    ),
  ]);
  return audit;
}

export interface CompletionInput {
  results: ItemResult[];
  employeeIds?: string[];
  /** Owner and due date of the actions opened for findings (defaults from the service settings). */
  actionOwnerId?: string;
  actionDueAt?: Date;
}

export async function completeAudit(
  ctx: ComplaintContext,
  target: { identity: Identity; auditId: string; expectedVersion?: number },
  input: CompletionInput,
): Promise<{ audit: Audit; actionIds: string[] }> {
  const now = ctx.now();
  const result = await ctx.prisma.$transaction(async (tx) => {
    const { identity } = target;
    await lockRow(tx, 'audit', target.auditId, identity.tenantId);
    const a = await tx.audit.findFirst({ where: { id: target.auditId, tenantId: identity.tenantId } });
    if (!a || !canAccessCentre(identity, a.centreId)) throw notFound(AUDIT_NOT_FOUND);
    assertVersion(target.expectedVersion, a.version);
    assertAuditCan(a.status as AuditStatus, 'complete');
    const template = await tx.auditTemplate.findFirstOrThrow({ where: { id: a.templateId } });
    const scored = scoreAudit(checklistOf(template), template.findingThreshold, input.results);
    const employeeIds = input.employeeIds ?? a.employeeIds;
    const audit = await tx.audit.update({
      where: { id: a.id },
      data: {
        status: 'completed',
        results: scored.items as object[],
        score: scored.score,
        maxScore: scored.maxScore,
        findingCount: scored.findings.length,
        employeeIds,
        completedAt: now,
        completedBy: identity.userId,
        version: a.version + 1,
      },
    });
    const completed = qualityEvent(
      'audit.completed',
      audit,
      { occurredAt: now },
      {
        auditId: audit.id,
        centreId: audit.centreId,
        templateId: template.id,
        templateName: template.name,
        kind: template.kind as AuditKind,
        score: scored.score,
        maxScore: scored.maxScore,
        scorePercent: scored.scorePercent,
        employeeIds,
        findingCount: scored.findings.length,
        completedAt: now.toISOString(),
      },
    );
    const events: AnyEvent[] = [completed];
    const actionIds: string[] = [];
    for (const f of scored.findings) {
      const { action, event } = await openAction(
        tx,
        {
          tenantId: audit.tenantId,
          centreId: audit.centreId,
          source: 'audit-finding',
          sourceRef: `${audit.id}:${f.code}`,
          title: `${template.name}: ${f.label}`.slice(0, 200),
          ownerId: input.actionOwnerId ?? ctx.defaults.quality.actionOwnerId,
          dueAt: input.actionDueAt ?? defaultDueAt(ctx.defaults, now),
          indicator: {
            name: `audit:${template.id}:${f.code}`,
            value: Math.round((f.score / f.maxScore) * 10_000) / 100,
          },
          createdBy: identity.userId,
        },
        now,
        completed.id,
      );
      actionIds.push(action.id);
      events.push(event);
    }
    await enqueueEvents(tx, events);
    return { audit, actionIds };
  }, TX_OPTIONS);
  ctx.onEvents?.();
  return result;
}
