// Supervision reports: anyone in the tenant (staff, or staff filing for a customer) reports a
// service-quality problem; an anonymous report stores no reporter identity at all (not even
// the caller's user id). Quality managers investigate and resolve it with an outcome; a
// substantiated report may open an improvement action in the same transaction.
import { randomUUID } from 'node:crypto';
import { type AnyEvent } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { assertVersion, canAccessCentre, notFound, type Identity } from '@aftersales/service-kit';
import { TX_OPTIONS, type Prisma, type SupervisionReport, type Tx } from '../db/client';
import { CommandRefused } from '../domain/errors';
import {
  assertReportCan,
  type ReportCommand,
  type ReportStatus,
  type SupervisionCategory,
  type SupervisionOutcome,
} from '../domain/supervision';
import { qualityEvent } from '../events/quality-factories';
import { defaultDueAt, openAction } from './actions';
import { type ComplaintContext } from './context';
import { lockRow } from './deadlines';

export const REPORT_NOT_FOUND = 'Supervision report not found.';

export interface ReportInput {
  tenantId: string;
  centreId: string | null;
  anonymous: boolean;
  reporterKind: 'staff' | 'customer';
  /** The caller; dropped when the report is anonymous. */
  reporterId: string;
  category: SupervisionCategory;
  description: string;
}

export async function fileReport(tx: Tx, input: ReportInput, now: Date): Promise<SupervisionReport> {
  const report = await tx.supervisionReport.create({
    data: {
      id: randomUUID(),
      tenantId: input.tenantId,
      centreId: input.centreId,
      anonymous: input.anonymous,
      reporterKind: input.reporterKind,
      reporterId: input.anonymous ? null : input.reporterId,
      category: input.category,
      description: input.description,
      status: 'open',
    },
  });
  await enqueueEvents(tx, [
    qualityEvent(
      'supervision.reported',
      report,
      { occurredAt: now },
      {
        reportId: report.id,
        ...(report.centreId ? { centreId: report.centreId } : {}),
        anonymous: report.anonymous,
        category: input.category,
      },
    ),
  ]);
  return report;
}

export function canSeeReport(identity: Identity, r: Pick<SupervisionReport, 'centreId'>): boolean {
  return r.centreId === null || canAccessCentre(identity, r.centreId);
}

export interface ReportTarget {
  identity: Identity;
  reportId: string;
  expectedVersion?: number;
}

async function runReportCommand(
  ctx: ComplaintContext,
  target: ReportTarget,
  command: ReportCommand,
  decide: (
    r: SupervisionReport,
    tx: Tx,
    now: Date,
  ) => Promise<{ data: Partial<Prisma.SupervisionReportUncheckedUpdateInput>; events: AnyEvent[] }>,
): Promise<SupervisionReport> {
  const now = ctx.now();
  const result = await ctx.prisma.$transaction(async (tx) => {
    await lockRow(tx, 'supervision_report', target.reportId, target.identity.tenantId);
    const r = await tx.supervisionReport.findFirst({
      where: { id: target.reportId, tenantId: target.identity.tenantId },
    });
    if (!r || !canSeeReport(target.identity, r)) throw notFound(REPORT_NOT_FOUND);
    assertVersion(target.expectedVersion, r.version);
    assertReportCan(r.status as ReportStatus, command);
    const change = await decide(r, tx, now);
    const updated = await tx.supervisionReport.update({
      where: { id: r.id },
      data: { ...change.data, version: r.version + 1 },
    });
    await enqueueEvents(tx, change.events);
    return updated;
  }, TX_OPTIONS);
  ctx.onEvents?.();
  return result;
}

export function investigate(
  ctx: ComplaintContext,
  target: ReportTarget,
  input: { investigatorId?: string; findings?: string },
): Promise<SupervisionReport> {
  return runReportCommand(ctx, target, 'investigate', async (r) => ({
    data: {
      status: 'investigating',
      investigatorId: input.investigatorId ?? target.identity.userId,
      findings: input.findings ?? r.findings,
    },
    events: [],
  }));
}

export interface ResolutionInput {
  outcome: SupervisionOutcome;
  findings: string;
  /** Opens an improvement action (source supervision-report); needs the report's centre. */
  action?: { title: string; ownerId?: string; dueAt?: Date };
}

export function resolveReport(
  ctx: ComplaintContext,
  target: ReportTarget,
  input: ResolutionInput,
): Promise<SupervisionReport> {
  return runReportCommand(ctx, target, 'resolve', async (r, tx, now) => {
    const events: AnyEvent[] = [];
    let actionId: string | null = null;
    if (input.action) {
      if (!r.centreId || input.outcome !== 'substantiated') {
        throw new CommandRefused(
          r.status,
          'resolve',
          'an improvement action needs a substantiated report about a centre',
          ['resolve'],
          'supervision report',
        );
      }
      const opened = await openAction(
        tx,
        {
          tenantId: r.tenantId,
          centreId: r.centreId,
          source: 'supervision-report',
          sourceRef: r.id,
          title: input.action.title,
          ownerId: input.action.ownerId ?? ctx.defaults.quality.actionOwnerId,
          dueAt: input.action.dueAt ?? defaultDueAt(ctx.defaults, now),
          createdBy: target.identity.userId,
        },
        now,
      );
      actionId = opened.action.id;
      events.push(opened.event);
    }
    events.unshift(
      qualityEvent(
        'supervision.resolved',
        r,
        { occurredAt: now },
        {
          reportId: r.id,
          ...(r.centreId ? { centreId: r.centreId } : {}),
          outcome: input.outcome,
          ...(actionId ? { actionId } : {}),
        },
      ),
    );
    return {
      data: {
        status: 'resolved',
        outcome: input.outcome,
        findings: input.findings,
        actionId,
        resolvedAt: now,
        resolvedBy: target.identity.userId,
      },
      events,
    };
  });
}
