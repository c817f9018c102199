// Commands on one complaint. Each runs in one transaction: lock the row (FOR UPDATE), check the
// caller's If-Match version and the state machine, write the change (version + 1) with its
// history, and enqueue its events, so the outbox order equals the commit order per complaint.
import { randomUUID } from 'node:crypto';
import { type AnyEvent } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { assertVersion, canAccessCentre, notFound, type Identity } from '@aftersales/service-kit';
import { TX_OPTIONS, type Complaint, type Prisma, type Tx } from '../db/client';
import { assertCan, closureOf, type LifecycleState } from '../domain/lifecycle';
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
import {
  assignedEvent,
  classifiedEvent,
  closedEvent,
  reopenedEvent,
  resolvedEvent,
  type EventContext,
} from '../events/factories';
import { detectComplaintPattern } from './actions';
import { derivedClock } from './clock';
import { type ComplaintContext } from './context';
import { loadRules, loadSettings, type TenantSettings } from './settings';

export const COMPLAINT_NOT_FOUND = 'Complaint not found.';

export interface CommandTarget {
  identity: Identity;
  complaintId: string;
  /** From If-Match; undefined when the client sent none. */
  expectedVersion?: number;
}

interface Change {
  data: Partial<Prisma.ComplaintUncheckedUpdateInput>;
  history: { kind: string; data: Prisma.InputJsonValue }[];
  events?: (updated: Complaint, ctx: EventContext) => AnyEvent[];
  /** Runs after the update, inside the transaction (e.g. inserting a note). */
  also?: (tx: Tx) => Promise<void>;
}

/** Loads and locks a complaint of the caller's tenant and scope; 404 otherwise. */
export async function lockComplaint(tx: Tx, identity: Identity, id: string): Promise<Complaint> {
  await tx.$executeRawUnsafe(
    'SELECT 1 FROM complaint WHERE id = $1::uuid AND tenant_id = $2 FOR UPDATE',
    id,
    identity.tenantId,
  );
  const c = await tx.complaint.findFirst({ where: { id, tenantId: identity.tenantId } });
  if (!c || !canSee(identity, c)) throw notFound(COMPLAINT_NOT_FOUND);
  return c;
}

/** Complaints of a centre are visible to those who may act for that centre; others to the tenant. */
export function canSee(identity: Identity, c: Pick<Complaint, 'centreId'>): boolean {
  return c.centreId === null || canAccessCentre(identity, c.centreId);
}

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

async function runCommand(
  ctx: ComplaintContext,
  target: CommandTarget,
  decide: (c: Complaint, settings: TenantSettings, tx: Tx, now: Date) => Promise<Change | null>,
): Promise<Complaint> {
  const now = ctx.now();
  let emitted = false;
  const result = await ctx.prisma.$transaction(async (tx) => {
    const c = await lockComplaint(tx, target.identity, target.complaintId);
    assertVersion(target.expectedVersion, c.version);
    const settings = await loadSettings(tx, c.tenantId, ctx.defaults);
    const change = await decide(c, settings, tx, now);
    if (!change) return c; // nothing to change (e.g. the same classification again)
    const merged = { ...c, ...change.data } as Complaint;
    const updated = await tx.complaint.update({
      where: { id: c.id },
      data: { ...change.data, ...derivedClock(merged), version: c.version + 1 },
    });
    if (change.history.length > 0) {
      await tx.complaintHistory.createMany({
        data: change.history.map((h) => ({
          complaintId: c.id,
          kind: h.kind,
          data: h.data,
          actorId: target.identity.userId,
          at: now,
        })),
      });
    }
    await change.also?.(tx);
    const events = change.events?.(updated, { occurredAt: now }) ?? [];
    await enqueueEvents(tx, events);
    emitted = events.length > 0;
    return updated;
  }, TX_OPTIONS);
  if (emitted) ctx.onEvents?.();
  return result;
}

export function classify(
  ctx: ComplaintContext,
  target: CommandTarget,
  input: { category: ComplaintCategory; severity: ComplaintSeverity },
): Promise<Complaint> {
  return runCommand(ctx, target, async (c, settings, tx, now) => {
    assertCan(lifecycleOf(c), 'classify');
    if (c.category === input.category && c.severity === input.severity) return null;
    const previous =
      c.category && c.severity
        ? { category: c.category as ComplaintCategory, severity: c.severity as ComplaintSeverity }
        : null;
    // Deadlines follow the severity but keep counting from when the clock started.
    const deadlines = deadlinesFor(c.clockStartedAt, input.severity, settings.timeLimits, settings.calendar);
    const data: Change['data'] = {
      ...input,
      acknowledgeBy: deadlines.acknowledgeBy,
      resolveBy: deadlines.resolveBy,
    };
    const history: Change['history'] = [{ kind: 'classification', data: { ...input, previous } }];
    // A team picked by hand stays; otherwise the rules decide again for the new classification.
    let rerouted = false;
    if (c.teamSource !== 'reassignment') {
      const routing = route(
        await loadRules(tx, c.tenantId),
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
    // A new category may complete a complaint pattern at the centre (runs after the update).
    let patternEvents: AnyEvent[] = [];
    const detectPattern = async (t: Tx) => {
      if (previous?.category === input.category) return;
      patternEvents = await detectComplaintPattern(t, ctx.defaults, { ...c, category: input.category }, now);
    };
    return {
      data,
      history,
      also: detectPattern,
      events: (u, ec) => [
        classifiedEvent(u, previous, target.identity.userId, ec),
        // The first classification announces the team too (complaint.assigned needs deadlines).
        ...(rerouted || previous === null
          ? [assignedEvent(u, rerouted ? c.teamId : null, 'routing-rule', ec)]
          : []),
        ...patternEvents,
      ],
    };
  });
}

export function assign(
  ctx: ComplaintContext,
  target: CommandTarget,
  input: { teamId: string; assigneeId: string | null; reason: string },
): Promise<Complaint> {
  return runCommand(ctx, target, async (c) => {
    assertCan(lifecycleOf(c), 'assign');
    return {
      data: {
        teamId: input.teamId,
        assigneeId: input.assigneeId,
        teamSource: 'reassignment',
        routingRuleId: null,
      },
      history: [
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
      events: (u, ec) => [assignedEvent(u, c.teamId, 'reassignment', ec)],
    };
  });
}

export function acknowledge(ctx: ComplaintContext, target: CommandTarget): Promise<Complaint> {
  return runCommand(ctx, target, async (c, _s, _tx, now) => {
    assertCan(lifecycleOf(c), 'acknowledge');
    return {
      data: { acknowledgedAt: now, acknowledgedBy: target.identity.userId },
      history: [{ kind: 'acknowledged', data: {} }],
    };
  });
}

/** An investigation note; the first one from a handler also acknowledges the complaint. */
export async function addNote(
  ctx: ComplaintContext,
  target: CommandTarget,
  text: string,
): Promise<{ complaint: Complaint; noteId: string }> {
  const noteId = randomUUID();
  const complaint = await runCommand(ctx, target, async (c, _s, _tx, now) => {
    assertCan(lifecycleOf(c), 'note');
    const acknowledges = c.status === 'open' && c.acknowledgedAt === null;
    return {
      data: acknowledges ? { acknowledgedAt: now, acknowledgedBy: target.identity.userId } : {},
      history: [
        { kind: 'note', data: { noteId } },
        ...(acknowledges ? [{ kind: 'acknowledged', data: { by: 'note' } }] : []),
      ],
      also: async (tx) => {
        await tx.complaintNote.create({
          data: { id: noteId, complaintId: c.id, authorId: target.identity.userId, text, createdAt: now },
        });
      },
    };
  });
  return { complaint, noteId };
}

export interface ResolutionInput {
  remedy: Remedy;
  summary: string;
  goodwill: { amountMinor: number; currency: string } | null;
  /** When the customer was told the result together with the resolution. */
  notifiedVia: NotificationChannel | null;
}

export function resolve(
  ctx: ComplaintContext,
  target: CommandTarget,
  input: ResolutionInput,
): Promise<Complaint> {
  return runCommand(ctx, target, async (c, _s, _tx, now) => {
    assertCan(lifecycleOf(c), 'resolve');
    return {
      data: {
        status: 'resolved',
        resolvedAt: now,
        resolvedBy: target.identity.userId,
        remedy: input.remedy,
        resolutionSummary: input.summary,
        goodwillMinor: input.goodwill?.amountMinor ?? null,
        goodwillCurrency: input.goodwill?.currency ?? null,
        notifiedAt: input.notifiedVia ? now : null,
        notifiedVia: input.notifiedVia,
        verdict: null,
        verdictAt: null,
      },
      history: [
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
      events: (u, ec) => [resolvedEvent(u, ec)],
    };
  });
}

export function recordNotification(
  ctx: ComplaintContext,
  target: CommandTarget,
  via: NotificationChannel,
): Promise<Complaint> {
  return runCommand(ctx, target, async (c, _s, _tx, now) => {
    assertCan(lifecycleOf(c), 'notify');
    return {
      data: { notifiedAt: now, notifiedVia: via },
      history: [{ kind: 'notification', data: { via } }],
    };
  });
}

/** Fresh deadlines and a fresh escalation cycle: someone must pick the complaint up again. */
function reopening(c: Complaint, settings: TenantSettings, now: Date): Change['data'] {
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
export function recordVerdict(
  ctx: ComplaintContext,
  target: CommandTarget,
  verdict: Verdict,
): Promise<Complaint> {
  return runCommand(ctx, target, async (c, settings, _tx, now) => {
    assertCan(lifecycleOf(c), 'verdict');
    if (verdict === 'accepted') {
      return { data: { verdict, verdictAt: now }, history: [{ kind: 'verdict', data: { verdict } }] };
    }
    return {
      data: reopening(c, settings, now),
      history: [
        { kind: 'verdict', data: { verdict } },
        { kind: 'reopened', data: { reason: 'verdict-rejected', reopenCount: c.reopenCount + 1 } },
      ],
      events: (u, ec) => [reopenedEvent(u, 'verdict-rejected', ec)],
    };
  });
}

export function reopen(
  ctx: ComplaintContext,
  target: CommandTarget,
  reason: 'recurrence' | 'new-evidence',
): Promise<Complaint> {
  return runCommand(ctx, target, async (c, settings, _tx, now) => {
    assertCan(lifecycleOf(c), 'reopen');
    return {
      data: reopening(c, settings, now),
      history: [{ kind: 'reopened', data: { reason, reopenCount: c.reopenCount + 1 } }],
      events: (u, ec) => [reopenedEvent(u, reason, ec)],
    };
  });
}

export function close(ctx: ComplaintContext, target: CommandTarget): Promise<Complaint> {
  return runCommand(ctx, target, async (c, settings, _tx, now) => {
    const closure = closureOf(lifecycleOf(c), now, settings.verdictTimeoutMinutes);
    return {
      data: { status: 'closed', closedAt: now, closure },
      history: [{ kind: 'closed', data: { closure } }],
      events: (u, ec) => [closedEvent(u, closure, ec)],
    };
  });
}
