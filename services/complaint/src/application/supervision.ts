// Supervision reports: anyone in the tenant (staff, or staff filing for a customer) reports a
// service-quality problem; an anonymous report stores no reporter identity at all (not even
// the caller's user id). Quality managers investigate and resolve it with an outcome; a
// substantiated report may open an improvement action in the same unit of work.
import { randomUUID } from 'node:crypto';
import { canAccessCentre, type Identity } from '@aftersales/service-kit';
import { type ImprovementAction, type Prisma, type SupervisionReport } from '../db/client';
import { commandRefused } from '../domain/errors';
import {
  assertReportCan,
  type ReportCommand,
  type ReportStatus,
  type SupervisionCategory,
  type SupervisionOutcome,
} from '../domain/supervision';
import { emitFor } from '../events/emit';
import { createAction, defaultDueAt, emitActionOpened, type OpenActionInput } from './actions';
import { onAggregate, saveVersioned, type Aggregate, type Target } from './aggregate';
import { type ComplaintContext } from './context';
import { type Work } from './unit-of-work';

export type ReportChange = Partial<Prisma.SupervisionReportUncheckedUpdateInput>;

export function canSeeReport(identity: Identity, r: Pick<SupervisionReport, 'centreId'>): boolean {
  return r.centreId === null || canAccessCentre(identity, r.centreId);
}

export const supervisionReports: Aggregate<SupervisionReport, ReportChange> = {
  table: 'supervision_report',
  name: 'Supervision report',
  find: (db, tenantId, id) => db.supervisionReport.findFirst({ where: { id, tenantId } }),
  visibleTo: canSeeReport,
  update: (tx, r, data) =>
    tx.supervisionReport.update({
      where: { id: r.id, version: r.version },
      data: { ...data, version: r.version + 1 },
    }),
};

export interface ReportInput {
  centreId: string | null;
  anonymous: boolean;
  reporterKind: 'staff' | 'customer';
  category: SupervisionCategory;
  description: string;
}

/** Files a report of the unit of work's tenant; the actor is stored unless it is anonymous. */
export async function fileReport(uow: Work, input: ReportInput): Promise<SupervisionReport> {
  const report = await uow.tx.supervisionReport.create({
    data: {
      id: randomUUID(),
      tenantId: uow.tenantId,
      centreId: input.centreId,
      anonymous: input.anonymous,
      reporterKind: input.reporterKind,
      reporterId: input.anonymous ? null : uow.actor,
      category: input.category,
      description: input.description,
      status: 'open',
    },
  });
  emitFor(uow, 'supervision.reported', report.id, {
    reportId: report.id,
    ...(report.centreId ? { centreId: report.centreId } : {}),
    anonymous: report.anonymous,
    category: input.category,
  });
  return report;
}

/** A command the report's state machine must allow; `fn` decides and writes the change. */
function reportCommand(
  ctx: ComplaintContext,
  target: Target,
  command: ReportCommand,
  fn: (uow: Work, r: SupervisionReport) => Promise<SupervisionReport>,
): Promise<SupervisionReport> {
  return onAggregate(ctx, supervisionReports, target, (uow, r) => {
    assertReportCan(r.status as ReportStatus, command);
    return fn(uow, r);
  });
}

export function investigate(
  ctx: ComplaintContext,
  target: Target,
  input: { investigatorId?: string; findings?: string },
): Promise<SupervisionReport> {
  return reportCommand(ctx, target, 'investigate', (uow, r) =>
    saveVersioned(uow.tx, supervisionReports, r, {
      status: 'investigating',
      investigatorId: input.investigatorId ?? uow.actor,
      findings: input.findings ?? r.findings,
    }),
  );
}

export interface ResolutionInput {
  outcome: SupervisionOutcome;
  findings: string;
  /** Opens an improvement action (source supervision-report); needs the report's centre. */
  action?: { title: string; ownerId?: string; dueAt?: Date };
}

export function resolveReport(
  ctx: ComplaintContext,
  target: Target,
  input: ResolutionInput,
): Promise<SupervisionReport> {
  return reportCommand(ctx, target, 'resolve', async (uow, r) => {
    let opened: { action: ImprovementAction; input: OpenActionInput } | null = null;
    if (input.action) {
      if (!r.centreId || input.outcome !== 'substantiated') {
        throw commandRefused(
          'supervision report',
          r.status,
          'resolve',
          ['resolve'],
          'an improvement action needs a substantiated report about a centre',
        );
      }
      const actionInput: OpenActionInput = {
        centreId: r.centreId,
        source: 'supervision-report',
        sourceRef: r.id,
        title: input.action.title,
        ownerId: input.action.ownerId ?? ctx.defaults.quality.actionOwnerId,
        dueAt: input.action.dueAt ?? defaultDueAt(ctx.defaults, uow.now),
        createdBy: uow.actor,
      };
      opened = { action: await createAction(uow, actionInput), input: actionInput };
    }
    const actionId = opened?.action.id ?? null;
    const updated = await saveVersioned(uow.tx, supervisionReports, r, {
      status: 'resolved',
      outcome: input.outcome,
      findings: input.findings,
      actionId,
      resolvedAt: uow.now,
      resolvedBy: uow.actor,
    });
    // The report's resolution first, then the action it opened.
    emitFor(uow, 'supervision.resolved', r.id, {
      reportId: r.id,
      ...(r.centreId ? { centreId: r.centreId } : {}),
      outcome: input.outcome,
      ...(actionId ? { actionId } : {}),
    });
    if (opened) emitActionOpened(uow, opened.action, opened.input, null);
    return updated;
  });
}
