// Commands on one complaint. Each is one unit of work (application/aggregate.ts): lock the row,
// load it in the caller's tenant and scope, check If-Match and the state machine, write the
// change (version + 1, deadline columns derived) with its history, and emit its events, so the
// outbox order equals the commit order per complaint.
import { randomUUID } from 'node:crypto';
import { canAccessCentre, type Identity } from '@aftersales/service-kit';
import { type Complaint, type Prisma } from '../db/client';
import { assertCan, closureOf, type Command, type LifecycleState } from '../domain/lifecycle';
import { route } from '../domain/routing';
import { deadlinesFor } from '../domain/time-limits';
import {
  type ComplaintCategory,
  type ComplaintSeverity,
  type ComplaintStatus,
  type NotificationChannel,
  type Remedy,
  type Verdict,
} from '../domain/types';
import { emitAssigned, emitClassified, emitClosed, emitReopened, emitResolved } from '../events/factories';
import { detectComplaintPattern } from './actions';
import { onAggregate, saveVersioned, type Aggregate, type Target } from './aggregate';
import { derivedClock } from './clock';
import { type ComplaintContext } from './context';
import { loadRules, type TenantSettings, loadSettings } from './settings';
import { actorIdOf, type Work } from './unit-of-work';

export type ComplaintChange = Partial<Prisma.ComplaintUncheckedUpdateInput>;

/** Complaints of a centre are visible to those who may act for that centre; others to the tenant. */
export function canSee(identity: Identity, c: Pick<Complaint, 'centreId'>): boolean {
  return c.centreId === null || canAccessCentre(identity, c.centreId);
}

export const complaints: Aggregate<Complaint, ComplaintChange> = {
  table: 'complaint',
  name: 'Complaint',
  find: (db, tenantId, id) => db.complaint.findFirst({ where: { id, tenantId } }),
  visibleTo: canSee,
  // The deadline columns (escalate_at, due_at) are derived from the state on every write.
  update: (tx, c, data) =>
    tx.complaint.update({
      where: { id: c.id, version: c.version },
      data: { ...data, ...derivedClock({ ...c, ...data } as Complaint), version: c.version + 1 },
    }),
};

export function lifecycleOf(c: Complaint): LifecycleState {
  return {
    status: c.status as ComplaintStatus,
    category: c.category as ComplaintCategory | null,
    severity: c.severity as ComplaintSeverity | null,
    acknowledgedAt: c.acknowledgedAt,
    notifiedAt: c.notifiedAt,
    verdict: c.verdict as Verdict | null,
  };
}

export interface HistoryEntry {
  kind: string;
  data: Prisma.InputJsonValue;
}

/** Writes the change and its history (by the unit of work's actor, at its time). */
export async function recordChange(
  uow: Work,
  c: Complaint,
  data: ComplaintChange,
  history: HistoryEntry[],
): Promise<Complaint> {
  const updated = await saveVersioned(uow.tx, complaints, c, data);
  if (history.length > 0) {
    await uow.tx.complaintHistory.createMany({
      data: history.map((h) => ({
        complaintId: c.id,
        kind: h.kind,
        data: h.data,
        actorId: actorIdOf(uow),
        at: uow.now,
      })),
    });
  }
  return updated;
}

/** A command the complaint's state machine must allow; `fn` decides and writes the change. */
function complaintCommand<R>(
  ctx: ComplaintContext,
  target: Target,
  command: Command,
  fn: (uow: Work, c: Complaint, settings: TenantSettings) => Promise<R>,
): Promise<R> {
  return onAggregate(ctx, complaints, target, async (uow, c) => {
    const settings = await loadSettings(uow.tx, c.tenantId, ctx.defaults);
    assertCan(lifecycleOf(c), command);
    return fn(uow, c, settings);
  });
}

export function classify(
  ctx: ComplaintContext,
  target: Target,
  input: { category: ComplaintCategory; severity: ComplaintSeverity },
): Promise<Complaint> {
  return complaintCommand(ctx, target, 'classify', async (uow, c, settings) => {
    if (c.category === input.category && c.severity === input.severity) return c; // nothing changes
    const previous =
      c.category && c.severity
        ? { category: c.category as ComplaintCategory, severity: c.severity as ComplaintSeverity }
        : null;
    // Deadlines follow the severity but keep counting from when the clock started.
    const deadlines = deadlinesFor(c.clockStartedAt, input.severity, settings.timeLimits, settings.calendar);
    const data: ComplaintChange = {
      ...input,
      acknowledgeBy: deadlines.acknowledgeBy,
      resolveBy: deadlines.resolveBy,
    };
    const history: HistoryEntry[] = [{ kind: 'classification', data: { ...input, previous } }];
    // A team picked by hand stays; otherwise the rules decide again for the new classification.
    let rerouted = false;
    if (c.teamSource !== 'reassignment') {
      const routing = route(
        await loadRules(uow.tx, c.tenantId),
        { ...input, centreId: c.centreId },
        settings.defaultTeamId,
      );
      rerouted = routing.teamId !== c.teamId;
      Object.assign(data, {
        teamId: routing.teamId,
        routingRuleId: routing.ruleId,
        teamSource: routing.ruleId ? 'routing-rule' : 'default',
      });
      if (rerouted)
        history.push({
          kind: 'assignment',
          data: {
            teamId: routing.teamId,
            previousTeamId: c.teamId,
            reason: 'routing-rule',
            ruleId: routing.ruleId,
          },
        });
    }
    const updated = await recordChange(uow, c, data, history);
    emitClassified(uow, updated, previous, uow.actor);
    // The first classification announces the team too (complaint.assigned needs deadlines).
    if (rerouted || previous === null) emitAssigned(uow, updated, rerouted ? c.teamId : null, 'routing-rule');
    // A new category may complete a complaint pattern at the centre.
    if (previous?.category !== input.category)
      await detectComplaintPattern(uow, ctx.defaults, { ...c, category: input.category });
    return updated;
  });
}

export function assign(
  ctx: ComplaintContext,
  target: Target,
  input: { teamId: string; assigneeId: string | null; reason: string },
): Promise<Complaint> {
  return complaintCommand(ctx, target, 'assign', async (uow, c) => {
    const updated = await recordChange(
      uow,
      c,
      { teamId: input.teamId, assigneeId: input.assigneeId, teamSource: 'reassignment', routingRuleId: null },
      [
        {
          kind: 'assignment',
          data: {
            teamId: input.teamId,
            assigneeId: input.assigneeId,
            previousTeamId: c.teamId,
            reason: 'reassignment',
            note: input.reason,
          },
        },
      ],
    );
    emitAssigned(uow, updated, c.teamId, 'reassignment');
    return updated;
  });
}

export function acknowledge(ctx: ComplaintContext, target: Target): Promise<Complaint> {
  return complaintCommand(ctx, target, 'acknowledge', (uow, c) =>
    recordChange(uow, c, { acknowledgedAt: uow.now, acknowledgedBy: uow.actor }, [
      { kind: 'acknowledged', data: {} },
    ]),
  );
}

/** An investigation note; the first one from a handler also acknowledges the complaint. */
export function addNote(
  ctx: ComplaintContext,
  target: Target,
  text: string,
): Promise<{ complaint: Complaint; noteId: string }> {
  const noteId = randomUUID();
  return complaintCommand(ctx, target, 'note', async (uow, c) => {
    const acknowledges = c.status === 'open' && c.acknowledgedAt === null;
    const complaint = await recordChange(
      uow,
      c,
      acknowledges ? { acknowledgedAt: uow.now, acknowledgedBy: uow.actor } : {},
      [
        { kind: 'note', data: { noteId } },
        ...(acknowledges ? [{ kind: 'acknowledged', data: { by: 'note' } }] : []),
      ],
    );
    await uow.tx.complaintNote.create({
      data: { id: noteId, complaintId: c.id, authorId: uow.actor, text, createdAt: uow.now },
    });
    return { complaint, noteId };
  });
}

export interface ResolutionInput {
  remedy: Remedy;
  summary: string;
  goodwill: { amountMinor: number; currency: string } | null;
  /** When the customer was told the result together with the resolution. */
  notifiedVia: NotificationChannel | null;
}

export function resolve(ctx: ComplaintContext, target: Target, input: ResolutionInput): Promise<Complaint> {
  return complaintCommand(ctx, target, 'resolve', async (uow, c) => {
    const now = uow.now;
    const updated = await recordChange(
      uow,
      c,
      {
        status: 'resolved',
        resolvedAt: now,
        resolvedBy: uow.actor,
        remedy: input.remedy,
        resolutionSummary: input.summary,
        goodwillMinor: input.goodwill?.amountMinor ?? null,
        goodwillCurrency: input.goodwill?.currency ?? null,
        notifiedAt: input.notifiedVia ? now : null,
        notifiedVia: input.notifiedVia,
        verdict: null,
        verdictAt: null,
      },
      [
        {
          kind: 'resolution',
          data: {
            remedy: input.remedy,
            goodwill: input.goodwill,
            withinDeadline: c.resolveBy !== null && now <= c.resolveBy,
          },
        },
        ...(input.notifiedVia ? [{ kind: 'notification', data: { via: input.notifiedVia } }] : []),
      ],
    );
    emitResolved(uow, updated);
    return updated;
  });
}

export function recordNotification(
  ctx: ComplaintContext,
  target: Target,
  via: NotificationChannel,
): Promise<Complaint> {
  return complaintCommand(ctx, target, 'notify', (uow, c) =>
    recordChange(uow, c, { notifiedAt: uow.now, notifiedVia: via }, [
      { kind: 'notification', data: { via } },
    ]),
  );
}

/** Fresh deadlines and a fresh escalation cycle: someone must pick the complaint up again. */
function reopening(c: Complaint, settings: TenantSettings, now: Date): ComplaintChange {
  const deadlines = deadlinesFor(
    now,
    c.severity as ComplaintSeverity,
    settings.timeLimits,
    settings.calendar,
  );
  return {
    status: 'open',
    reopenCount: c.reopenCount + 1,
    clockStartedAt: now,
    acknowledgeBy: deadlines.acknowledgeBy,
    resolveBy: deadlines.resolveBy,
    acknowledgedAt: null,
    acknowledgedBy: null,
    acknowledgeEscalatedAt: null,
    resolveEscalatedAt: null,
    escalationLevel: 0,
    escalatedToTeamId: null,
    resolvedAt: null,
    resolvedBy: null,
    remedy: null,
    resolutionSummary: null,
    goodwillMinor: null,
    goodwillCurrency: null,
    notifiedAt: null,
    notifiedVia: null,
    verdict: null,
    verdictAt: null,
    closedAt: null,
    closure: null,
  };
}

/** The customer's verdict on the resolution; a rejection reopens the complaint. */
export function recordVerdict(ctx: ComplaintContext, target: Target, verdict: Verdict): Promise<Complaint> {
  return complaintCommand(ctx, target, 'verdict', async (uow, c, settings) => {
    if (verdict === 'accepted') {
      return recordChange(uow, c, { verdict, verdictAt: uow.now }, [{ kind: 'verdict', data: { verdict } }]);
    }
    const updated = await recordChange(uow, c, reopening(c, settings, uow.now), [
      { kind: 'verdict', data: { verdict } },
      { kind: 'reopened', data: { reason: 'verdict-rejected', reopenCount: c.reopenCount + 1 } },
    ]);
    emitReopened(uow, updated, 'verdict-rejected');
    return updated;
  });
}

export function reopen(
  ctx: ComplaintContext,
  target: Target,
  reason: 'recurrence' | 'new-evidence',
): Promise<Complaint> {
  return complaintCommand(ctx, target, 'reopen', async (uow, c, settings) => {
    const updated = await recordChange(uow, c, reopening(c, settings, uow.now), [
      { kind: 'reopened', data: { reason, reopenCount: c.reopenCount + 1 } },
    ]);
    emitReopened(uow, updated, reason);
    return updated;
  });
}

/** Closes a resolved complaint the customer accepted, or that waited out the verdict timeout. */
export async function closeComplaint(uow: Work, c: Complaint, settings: TenantSettings): Promise<Complaint> {
  const closure = closureOf(lifecycleOf(c), uow.now, settings.verdictTimeoutMinutes);
  const updated = await recordChange(uow, c, { status: 'closed', closedAt: uow.now, closure }, [
    { kind: 'closed', data: { closure } },
  ]);
  emitClosed(uow, updated, closure);
  return updated;
}

export function close(ctx: ComplaintContext, target: Target): Promise<Complaint> {
  return complaintCommand(ctx, target, 'close', (uow, c, settings) => closeComplaint(uow, c, settings));
}
