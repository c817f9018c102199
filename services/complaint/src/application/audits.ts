// Audits as the quality context: templates (checklists with a maximum score per item), audits
// of a centre scheduled ahead or started ad hoc, and their scoring. Scoring validates every
// item against the template (0..max, each item once), stores the results with evidence notes,
// and opens one improvement action per finding, all in one unit of work with audit.completed.
import { randomUUID } from 'node:crypto';
import { canAccessCentre } from '@aftersales/service-kit';
import { type Audit, type AuditTemplate, type Prisma } from '../db/client';
import {
  assertAuditCan,
  Checklist,
  scoreAudit,
  type AuditKind,
  type AuditStatus,
  type ChecklistItem,
  type ItemResult,
} from '../domain/audit';
import { unknownTemplate } from '../domain/errors';
import { emitFor } from '../events/emit';
import { onAggregate, saveVersioned, type Aggregate, type Target } from './aggregate';
import { defaultDueAt, openAction } from './actions';
import { type ComplaintContext } from './context';
import { type Work } from './unit-of-work';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuditChange = Partial<Prisma.AuditUncheckedUpdateInput>;

export const audits: Aggregate<Audit, AuditChange> = {
  table: 'audit',
  name: 'Audit',
  find: (db, tenantId, id) => db.audit.findFirst({ where: { id, tenantId } }),
  // Audits always belong to a centre: only those who may act for it see them.
  visibleTo: (identity, a) => canAccessCentre(identity, a.centreId),
  update: (tx, a, data) =>
    tx.audit.update({ where: { id: a.id, version: a.version }, data: { ...data, version: a.version + 1 } }),
};

/** Templates are the tenant's (no centre); they are created, never changed. */
export const auditTemplates: Aggregate<AuditTemplate> = {
  table: 'audit_template',
  name: 'Audit template',
  find: (db, tenantId, id) => db.auditTemplate.findFirst({ where: { id, tenantId } }),
  visibleTo: () => true,
};

export function checklistOf(t: AuditTemplate): ChecklistItem[] {
  return Checklist.parse(t.items);
}

export async function createTemplate(
  uow: Work,
  input: { name: string; kind: AuditKind; items: ChecklistItem[]; findingThreshold: number },
): Promise<AuditTemplate> {
  return uow.tx.auditTemplate.create({
    data: { id: randomUUID(), tenantId: uow.tenantId, ...input, items: input.items, createdBy: uow.actor },
  });
}

/** Schedules an audit (or starts one ad hoc, scheduled for now); an unknown template is a 422. */
export async function scheduleAudit(
  uow: Work,
  input: {
    centreId: string;
    templateId: string;
    scheduledFor: Date | null;
    auditorId: string | null;
    employeeIds: string[];
  },
): Promise<Audit> {
  const { tx, tenantId, now } = uow;
  // An id that is no uuid cannot name a template: the same 422 as a miss.
  const template = UUID.test(input.templateId)
    ? await tx.auditTemplate.findFirst({ where: { id: input.templateId.toLowerCase(), tenantId } })
    : null;
  if (!template) throw unknownTemplate(input.templateId);
  const audit = await tx.audit.create({
    data: {
      id: randomUUID(),
      tenantId,
      centreId: input.centreId,
      templateId: template.id,
      status: 'scheduled',
      adHoc: input.scheduledFor === null,
      scheduledFor: input.scheduledFor ?? now,
      auditorId: input.auditorId,
      employeeIds: input.employeeIds,
      createdBy: uow.actor,
    },
  });
  emitFor(uow, 'audit.scheduled', audit.id, {
    auditId: audit.id,
    centreId: audit.centreId,
    templateId: template.id,
    kind: template.kind as AuditKind,
    scheduledFor: audit.scheduledFor.toISOString(),
  });
  return audit;
}

export interface CompletionInput {
  results: ItemResult[];
  employeeIds?: string[];
  /** Owner and due date of the actions opened for findings (defaults from the service settings). */
  actionOwnerId?: string;
  actionDueAt?: Date;
}

export function completeAudit(
  ctx: ComplaintContext,
  target: Target,
  input: CompletionInput,
): Promise<{ audit: Audit; actionIds: string[] }> {
  return onAggregate(ctx, audits, target, async (uow, a) => {
    const { tx, now } = uow;
    assertAuditCan(a.status as AuditStatus, 'complete');
    const template = await tx.auditTemplate.findFirstOrThrow({ where: { id: a.templateId } });
    const scored = scoreAudit(checklistOf(template), template.findingThreshold, input.results);
    const employeeIds = input.employeeIds ?? a.employeeIds;
    const audit = await saveVersioned(tx, audits, a, {
      status: 'completed',
      results: scored.items as object[],
      score: scored.score,
      maxScore: scored.maxScore,
      findingCount: scored.findings.length,
      employeeIds,
      completedAt: now,
      completedBy: uow.actor,
    });
    const completed = emitFor(uow, 'audit.completed', audit.id, {
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
    });
    // Each finding opens an action, caused by the audit's completion.
    const actionIds: string[] = [];
    for (const f of scored.findings) {
      const action = await openAction(
        uow,
        {
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
          createdBy: uow.actor,
        },
        completed.id,
      );
      actionIds.push(action.id);
    }
    return { audit, actionIds };
  });
}
