// Improvement actions (CAPA). Opened by an audit finding, a complaint pattern (detected when a
// complaint is registered or classified), a supervision report, or by hand (e.g. a KPI breach);
// then analysed, implemented, verified after a set period and closed. Every change is one
// transaction: row lock, If-Match, state check, update (version + 1), history and events.
// Overdue actions escalate through the same sweep and escalation chain as complaints.
import { randomUUID } from 'node:crypto';
import { type AnyEvent, type EventOf } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { assertVersion, canAccessCentre, notFound, type Identity } from '@aftersales/service-kit';
import { TX_OPTIONS, type ImprovementAction, type Prisma, type Tx } from '../db/client';
import {
  actionEscalateAt,
  assertActionCan,
  patternRef,
  type ActionCommand,
  type ActionSource,
  type ActionStatus,
} from '../domain/action';
import { escalationStep } from '../domain/escalation';
import { CommandRefused } from '../domain/errors';
import { kpiBreaches } from '../domain/kpi-breach';
import { qualityEvent } from '../events/quality-factories';
import { type ComplaintContext } from './context';
import { claimDue, lockRow, type SweepResult } from './deadlines';
import { loadSettings, type ServiceDefaults } from './settings';

export const ACTION_NOT_FOUND = 'Improvement action not found.';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface OpenActionInput {
  tenantId: string;
  centreId: string;
  source: ActionSource;
  sourceRef: string;
  title: string;
  ownerId: string;
  dueAt: Date;
  indicator?: { name: string; value: number | null };
  createdBy: string | null;
}

/** Creates an action with its history in the caller's transaction; returns its action.opened event. */
export async function openAction(
  tx: Tx,
  input: OpenActionInput,
  now: Date,
  causationId: string | null = null,
): Promise<{ action: ImprovementAction; event: AnyEvent }> {
  const clock = { status: 'open', dueAt: input.dueAt, dueEscalatedAt: null };
  const action = await tx.improvementAction.create({
    data: {
      id: randomUUID(),
      tenantId: input.tenantId,
      centreId: input.centreId,
      source: input.source,
      sourceRef: input.sourceRef,
      title: input.title,
      ownerId: input.ownerId,
      status: 'open',
      dueAt: input.dueAt,
      indicatorName: input.indicator?.name ?? null,
      indicatorBefore: input.indicator?.value ?? null,
      escalateAt: actionEscalateAt(clock),
      createdBy: input.createdBy,
    },
  });
  await tx.improvementActionHistory.create({
    data: {
      actionId: action.id,
      kind: 'opened',
      actorId: input.createdBy,
      at: now,
      data: { source: input.source, sourceRef: input.sourceRef, ownerId: input.ownerId },
    },
  });
  const event = qualityEvent(
    'action.opened',
    action,
    { occurredAt: now, causationId },
    {
      actionId: action.id,
      centreId: action.centreId,
      source: input.source,
      sourceRef: input.sourceRef,
      title: input.title,
      ownerId: input.ownerId,
      dueAt: input.dueAt.toISOString(),
      ...(input.indicator ? { indicator: input.indicator } : {}),
    },
  );
  return { action, event };
}

/** Default due date of an action the service opens itself. */
export const defaultDueAt = (defaults: ServiceDefaults, now: Date) =>
  new Date(now.getTime() + defaults.quality.actionDueDays * DAY_MS);

/**
 * Opens an action for a recurring source (a complaint pattern, a KPI of a centre) unless one for
 * the same source is still unclosed. A transaction-scoped advisory lock on the source serialises
 * concurrent callers, so two complaints or snapshots cannot open two actions.
 */
async function openUnlessUnclosed(
  tx: Tx,
  input: OpenActionInput,
  now: Date,
  causationId: string | null,
): Promise<AnyEvent[]> {
  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtext($1))',
    `${input.tenantId}|${input.sourceRef}`,
  );
  const unclosed = await tx.improvementAction.count({
    where: { tenantId: input.tenantId, sourceRef: input.sourceRef, status: { not: 'closed' } },
  });
  if (unclosed > 0) return [];
  return [(await openAction(tx, input, now, causationId)).event];
}

/**
 * Complaint pattern: when a complaint of a category at a centre is registered or classified and
 * the centre now has at least `threshold` of them within the window, open one action for that
 * centre and category.
 */
export async function detectComplaintPattern(
  tx: Tx,
  defaults: ServiceDefaults,
  complaint: { tenantId: string; centreId: string | null; category: string | null },
  now: Date,
): Promise<AnyEvent[]> {
  const { centreId, category, tenantId } = complaint;
  if (!centreId || !category) return [];
  const { threshold, windowDays } = defaults.quality.pattern;
  const since = new Date(now.getTime() - windowDays * DAY_MS);
  const count = await tx.complaint.count({
    where: { tenantId, centreId, category, registeredAt: { gte: since } },
  });
  if (count < threshold) return [];
  return openUnlessUnclosed(
    tx,
    {
      tenantId,
      centreId,
      source: 'complaint-pattern',
      sourceRef: patternRef(centreId, category),
      title: `${count} "${category}" complaints within ${windowDays} days`,
      ownerId: defaults.quality.actionOwnerId,
      dueAt: defaultDueAt(defaults, now),
      indicator: { name: `complaints:${category}:${windowDays}d`, value: count },
      createdBy: null,
    },
    now,
    null,
  );
}

/** KPI breach: each KPI of a centre snapshot outside the configured limits opens one action. */
export async function openKpiBreachActions(
  tx: Tx,
  defaults: ServiceDefaults,
  snapshot: EventOf<'analytics.kpi.snapshot'>,
  now: Date,
): Promise<AnyEvent[]> {
  const d = snapshot.data;
  if (d.scope !== 'centre') return [];
  const events: AnyEvent[] = [];
  for (const b of kpiBreaches(defaults.quality.kpiLimits, d.kpis)) {
    const bound =
      b.limit.min !== undefined && b.value < b.limit.min ? `below ${b.limit.min}` : `above ${b.limit.max}`;
    events.push(
      ...(await openUnlessUnclosed(
        tx,
        {
          tenantId: snapshot.tenantId,
          centreId: d.scopeId,
          source: 'kpi-breach',
          sourceRef: `kpi:${d.scopeId}:${b.kpi}`,
          title: `${b.kpi} ${b.value} ${bound} (${d.periodStart}..${d.periodEnd})`,
          ownerId: defaults.quality.actionOwnerId,
          dueAt: defaultDueAt(defaults, now),
          indicator: { name: b.kpi, value: b.value },
          createdBy: null,
        },
        now,
        snapshot.id,
      )),
    );
  }
  return events;
}

export interface ActionTarget {
  identity: Identity;
  actionId: string;
  expectedVersion?: number;
}

interface ActionChange {
  data: Partial<Prisma.ImprovementActionUncheckedUpdateInput>;
  history: { kind: string; data: Prisma.InputJsonValue };
  events?: (updated: ImprovementAction, now: Date) => AnyEvent[];
}

export function canSeeAction(identity: Identity, a: Pick<ImprovementAction, 'centreId'>): boolean {
  return canAccessCentre(identity, a.centreId);
}

async function runActionCommand(
  ctx: ComplaintContext,
  target: ActionTarget,
  command: ActionCommand,
  decide: (a: ImprovementAction, now: Date) => ActionChange,
): Promise<ImprovementAction> {
  const now = ctx.now();
  let emitted = false;
  const result = await ctx.prisma.$transaction(async (tx) => {
    await lockRow(tx, 'improvement_action', target.actionId, target.identity.tenantId);
    const a = await tx.improvementAction.findFirst({
      where: { id: target.actionId, tenantId: target.identity.tenantId },
    });
    if (!a || !canSeeAction(target.identity, a)) throw notFound(ACTION_NOT_FOUND);
    assertVersion(target.expectedVersion, a.version);
    assertActionCan(a.status as ActionStatus, command);
    const change = decide(a, now);
    const merged = { ...a, ...change.data } as ImprovementAction;
    const updated = await tx.improvementAction.update({
      where: { id: a.id },
      data: { ...change.data, escalateAt: actionEscalateAt(merged), version: a.version + 1 },
    });
    await tx.improvementActionHistory.create({
      data: { actionId: a.id, ...change.history, actorId: target.identity.userId, at: now },
    });
    const events = change.events?.(updated, now) ?? [];
    await enqueueEvents(tx, events);
    emitted = events.length > 0;
    return updated;
  }, TX_OPTIONS);
  if (emitted) ctx.onEvents?.();
  return result;
}

/** Root cause and plan; a new owner or due date may be set (a new due date escalates afresh). */
export function analyse(
  ctx: ComplaintContext,
  target: ActionTarget,
  input: { rootCause: string; plan: string; ownerId?: string; dueAt?: Date },
): Promise<ImprovementAction> {
  return runActionCommand(ctx, target, 'analyse', (a) => {
    const newDue = input.dueAt && input.dueAt.getTime() !== a.dueAt.getTime() ? input.dueAt : null;
    return {
      data: {
        status: 'planned',
        rootCause: input.rootCause,
        plan: input.plan,
        ownerId: input.ownerId ?? a.ownerId,
        ...(newDue ? { dueAt: newDue, dueEscalatedAt: null } : {}),
      },
      history: {
        kind: 'analysis',
        data: { ownerId: input.ownerId ?? a.ownerId, dueAt: (newDue ?? a.dueAt).toISOString() },
      },
    };
  });
}

/** The plan is carried out; the effect may be verified after the set period. */
export function implement(
  ctx: ComplaintContext,
  target: ActionTarget,
  input: { verifyAfterDays?: number },
): Promise<ImprovementAction> {
  return runActionCommand(ctx, target, 'implement', (a, now) => {
    const days = input.verifyAfterDays ?? ctx.defaults.quality.verifyAfterDays;
    const verifyFrom = new Date(now.getTime() + days * DAY_MS);
    return {
      data: { status: 'implemented', implementedAt: now, verifyFrom },
      history: { kind: 'implementation', data: { verifyFrom: verifyFrom.toISOString() } },
    };
  });
}

/**
 * Did the indicator improve? Records before/after and the verdict. Refused before the set period
 * has passed. Effective -> verified (may close); not effective -> back to open for a new analysis.
 */
export function verify(
  ctx: ComplaintContext,
  target: ActionTarget,
  input: { effective: boolean; indicatorBefore?: number; indicatorAfter?: number },
): Promise<ImprovementAction> {
  return runActionCommand(ctx, target, 'verify', (a, now) => {
    if (a.verifyFrom && now < a.verifyFrom) {
      throw new CommandRefused(
        a.status,
        'verify',
        `its effect can be verified from ${a.verifyFrom.toISOString()}`,
        [],
        'improvement action',
      );
    }
    const before = input.indicatorBefore ?? a.indicatorBefore ?? undefined;
    return {
      data: {
        status: input.effective ? 'verified' : 'open',
        effective: input.effective,
        indicatorBefore: before ?? null,
        indicatorAfter: input.indicatorAfter ?? null,
        verifiedAt: now,
        verifiedBy: target.identity.userId,
      },
      history: {
        kind: 'verification',
        data: {
          effective: input.effective,
          indicatorBefore: before ?? null,
          indicatorAfter: input.indicatorAfter ?? null,
        },
      },
      events: (u) => [
        qualityEvent(
          'action.verified',
          u,
          { occurredAt: now },
          {
            actionId: u.id,
            centreId: u.centreId,
            effective: input.effective,
            ...(before !== undefined ? { indicatorBefore: before } : {}),
            ...(input.indicatorAfter !== undefined ? { indicatorAfter: input.indicatorAfter } : {}),
          },
        ),
      ],
    };
  });
}

export function close(ctx: ComplaintContext, target: ActionTarget): Promise<ImprovementAction> {
  return runActionCommand(ctx, target, 'close', (_a, now) => ({
    data: { status: 'closed', closedAt: now },
    history: { kind: 'closed', data: {} },
    events: (u) => [
      qualityEvent(
        'action.closed',
        u,
        { occurredAt: now },
        { actionId: u.id, centreId: u.centreId, closedAt: now.toISOString() },
      ),
    ],
  }));
}

/** Escalates up to `limit` actions whose due date passed unimplemented, one step up the chain. */
export async function sweepActionEscalations(
  ctx: ComplaintContext,
  now: Date,
  limit = 100,
): Promise<SweepResult> {
  const result = await ctx.prisma.$transaction(async (tx) => {
    const ids = await claimDue(tx, 'improvement_action', now, limit);
    if (ids.length === 0) return { claimed: 0, handled: 0 };
    const rows = await tx.improvementAction.findMany({ where: { id: { in: ids } } });
    const events: AnyEvent[] = [];
    for (const a of rows) {
      const due = actionEscalateAt(a);
      if (!due || due > now) {
        await tx.improvementAction.update({ where: { id: a.id }, data: { escalateAt: due } });
        continue;
      }
      const settings = await loadSettings(tx, a.tenantId, ctx.defaults);
      const step = escalationStep(settings.escalationChain, a.escalationLevel);
      await tx.improvementAction.update({
        where: { id: a.id },
        data: {
          dueEscalatedAt: now,
          escalateAt: null,
          escalationLevel: step.level,
          escalatedToTeamId: step.toTeamId,
          version: a.version + 1,
        },
      });
      await tx.improvementActionHistory.create({
        data: {
          actionId: a.id,
          kind: 'escalation',
          actorId: null,
          at: now,
          data: { level: step.level, dueAt: a.dueAt.toISOString(), toTeamId: step.toTeamId },
        },
      });
      events.push(
        qualityEvent(
          'action.escalated',
          a,
          { occurredAt: now },
          {
            actionId: a.id,
            centreId: a.centreId,
            level: step.level,
            dueAt: a.dueAt.toISOString(),
            toTeamId: step.toTeamId,
          },
        ),
      );
    }
    await enqueueEvents(tx, events);
    return { claimed: ids.length, handled: events.length };
  });
  if (result.handled > 0) ctx.onEvents?.();
  return result;
}
