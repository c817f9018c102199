// Improvement actions (CAPA). Opened by an audit finding, a complaint pattern (detected when a
// complaint is registered or classified), a supervision report, or by hand (e.g. a KPI breach);
// then analysed, implemented, verified after a set period and closed. Every change is one unit of
// work (application/aggregate.ts): row lock, If-Match, state check, update (version + 1), history
// and events. Overdue actions escalate through the same sweep and escalation chain as complaints.
import { randomUUID } from 'node:crypto';
import { type EventOf } from '@aftersales/contracts';
import { canAccessCentre, type Identity } from '@aftersales/service-kit';
import { type ImprovementAction, type Prisma, type Tx } from '../db/client';
import {
  actionEscalateAt,
  assertActionCan,
  patternRef,
  type ActionCommand,
  type ActionSource,
  type ActionStatus,
} from '../domain/action';
import { escalationStep } from '../domain/escalation';
import { commandRefused } from '../domain/errors';
import { kpiBreaches } from '../domain/kpi-breach';
import { emitFor } from '../events/emit';
import { onAggregate, saveVersioned, type Aggregate, type Target } from './aggregate';
import { type ComplaintContext } from './context';
import { claimDue, type SweepResult } from './deadlines';
import { loadSettings, type ServiceDefaults } from './settings';
import { actorIdOf, systemWork, withinWork, type Work } from './unit-of-work';

const DAY_MS = 24 * 60 * 60 * 1000;

export type ActionChange = Partial<Prisma.ImprovementActionUncheckedUpdateInput>;

export function canSeeAction(identity: Identity, a: Pick<ImprovementAction, 'centreId'>): boolean {
  return canAccessCentre(identity, a.centreId);
}

export const improvementActions: Aggregate<ImprovementAction, ActionChange> = {
  table: 'improvement_action',
  name: 'Improvement action',
  find: (db, tenantId, id) => db.improvementAction.findFirst({ where: { id, tenantId } }),
  visibleTo: canSeeAction,
  // escalate_at is derived from the state on every write.
  update: (tx, a, data) =>
    tx.improvementAction.update({
      where: { id: a.id, version: a.version },
      data: {
        ...data,
        escalateAt: actionEscalateAt({ ...a, ...data } as ImprovementAction),
        version: a.version + 1,
      },
    }),
};

export interface OpenActionInput {
  centreId: string;
  source: ActionSource;
  sourceRef: string;
  title: string;
  ownerId: string;
  dueAt: Date;
  indicator?: { name: string; value: number | null };
  createdBy: string | null;
}

/** Creates an action of the unit of work's tenant with its history; action.opened is emitted apart. */
export async function createAction(uow: Work, input: OpenActionInput): Promise<ImprovementAction> {
  const clock = { status: 'open', dueAt: input.dueAt, dueEscalatedAt: null };
  const action = await uow.tx.improvementAction.create({
    data: {
      id: randomUUID(),
      tenantId: uow.tenantId,
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
  await uow.tx.improvementActionHistory.create({
    data: {
      actionId: action.id,
      kind: 'opened',
      actorId: input.createdBy,
      at: uow.now,
      data: { source: input.source, sourceRef: input.sourceRef, ownerId: input.ownerId },
    },
  });
  return action;
}

/** action.opened for an action `createAction` made; `causationId` is what opened it. */
export function emitActionOpened(
  uow: Work,
  action: ImprovementAction,
  input: OpenActionInput,
  causationId: string | null,
): void {
  emitFor(
    uow,
    'action.opened',
    action.id,
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
    causationId,
  );
}

/** Creates an action and emits action.opened (caused by `causationId`, default the unit of work's). */
export async function openAction(
  uow: Work,
  input: OpenActionInput,
  causationId: string | null = uow.causationId,
): Promise<ImprovementAction> {
  const action = await createAction(uow, input);
  emitActionOpened(uow, action, input, causationId);
  return action;
}

/** Default due date of an action the service opens itself. */
export const defaultDueAt = (defaults: ServiceDefaults, now: Date) =>
  new Date(now.getTime() + defaults.quality.actionDueDays * DAY_MS);

/**
 * Opens an action for a recurring source (a complaint pattern, a KPI of a centre) unless one for
 * the same source is still unclosed. A transaction-scoped advisory lock on the source serialises
 * concurrent callers, so two complaints or snapshots cannot open two actions. True if opened.
 */
async function openUnlessUnclosed(
  uow: Work,
  input: OpenActionInput,
  causationId: string | null,
): Promise<boolean> {
  await uow.tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtext($1))',
    `${uow.tenantId}|${input.sourceRef}`,
  );
  const unclosed = await uow.tx.improvementAction.count({
    where: { tenantId: uow.tenantId, sourceRef: input.sourceRef, status: { not: 'closed' } },
  });
  if (unclosed > 0) return false;
  await openAction(uow, input, causationId);
  return true;
}

/**
 * Complaint pattern: when a complaint of a category at a centre is registered or classified and
 * the centre now has at least `threshold` of them within the window, open one action for that
 * centre and category.
 */
export async function detectComplaintPattern(
  uow: Work,
  defaults: ServiceDefaults,
  complaint: { centreId: string | null; category: string | null },
): Promise<void> {
  const { centreId, category } = complaint;
  if (!centreId || !category) return;
  const { threshold, windowDays } = defaults.quality.pattern;
  const since = new Date(uow.now.getTime() - windowDays * DAY_MS);
  const count = await uow.tx.complaint.count({
    where: { tenantId: uow.tenantId, centreId, category, registeredAt: { gte: since } },
  });
  if (count < threshold) return;
  // No causation: the pattern, not one complaint, opens the action.
  await openUnlessUnclosed(
    uow,
    {
      centreId,
      source: 'complaint-pattern',
      sourceRef: patternRef(centreId, category),
      title: `${count} "${category}" complaints within ${windowDays} days`,
      ownerId: defaults.quality.actionOwnerId,
      dueAt: defaultDueAt(defaults, uow.now),
      indicator: { name: `complaints:${category}:${windowDays}d`, value: count },
      createdBy: null,
    },
    null,
  );
}

/** KPI breach: each KPI of a centre snapshot outside the configured limits opens one action. */
export async function openKpiBreachActions(
  uow: Work,
  defaults: ServiceDefaults,
  snapshot: EventOf<'analytics.kpi.snapshot'>,
): Promise<number> {
  const d = snapshot.data;
  if (d.scope !== 'centre') return 0;
  let opened = 0;
  for (const b of kpiBreaches(defaults.quality.kpiLimits, d.kpis)) {
    const bound =
      b.limit.min !== undefined && b.value < b.limit.min ? `below ${b.limit.min}` : `above ${b.limit.max}`;
    const didOpen = await openUnlessUnclosed(
      uow,
      {
        centreId: d.scopeId,
        source: 'kpi-breach',
        sourceRef: `kpi:${d.scopeId}:${b.kpi}`,
        title: `${b.kpi} ${b.value} ${bound} (${d.periodStart}..${d.periodEnd})`,
        ownerId: defaults.quality.actionOwnerId,
        dueAt: defaultDueAt(defaults, uow.now),
        indicator: { name: b.kpi, value: b.value },
        createdBy: null,
      },
      snapshot.id,
    );
    if (didOpen) opened += 1;
  }
  return opened;
}

/** Writes the change and its history entry (by the unit of work's actor, at its time). */
async function recordActionChange(
  uow: Work,
  a: ImprovementAction,
  data: ActionChange,
  history: { kind: string; data: Prisma.InputJsonValue },
): Promise<ImprovementAction> {
  const updated = await saveVersioned(uow.tx, improvementActions, a, data);
  await uow.tx.improvementActionHistory.create({
    data: { actionId: a.id, ...history, actorId: actorIdOf(uow), at: uow.now },
  });
  return updated;
}

/** A command the action's state machine must allow; `fn` decides and writes the change. */
function actionCommand(
  ctx: ComplaintContext,
  target: Target,
  command: ActionCommand,
  fn: (uow: Work, a: ImprovementAction) => Promise<ImprovementAction>,
): Promise<ImprovementAction> {
  return onAggregate(ctx, improvementActions, target, (uow, a) => {
    assertActionCan(a.status as ActionStatus, command);
    return fn(uow, a);
  });
}

/** Root cause and plan; a new owner or due date may be set (a new due date escalates afresh). */
export function analyse(
  ctx: ComplaintContext,
  target: Target,
  input: { rootCause: string; plan: string; ownerId?: string; dueAt?: Date },
): Promise<ImprovementAction> {
  return actionCommand(ctx, target, 'analyse', (uow, a) => {
    const newDue = input.dueAt && input.dueAt.getTime() !== a.dueAt.getTime() ? input.dueAt : null;
    return recordActionChange(
      uow,
      a,
      {
        status: 'planned',
        rootCause: input.rootCause,
        plan: input.plan,
        ownerId: input.ownerId ?? a.ownerId,
        ...(newDue ? { dueAt: newDue, dueEscalatedAt: null } : {}),
      },
      {
        kind: 'analysis',
        data: { ownerId: input.ownerId ?? a.ownerId, dueAt: (newDue ?? a.dueAt).toISOString() },
      },
    );
  });
}

/** The plan is carried out; the effect may be verified after the set period. */
export function implement(
  ctx: ComplaintContext,
  target: Target,
  input: { verifyAfterDays?: number },
): Promise<ImprovementAction> {
  return actionCommand(ctx, target, 'implement', (uow, a) => {
    const days = input.verifyAfterDays ?? ctx.defaults.quality.verifyAfterDays;
    const verifyFrom = new Date(uow.now.getTime() + days * DAY_MS);
    return recordActionChange(
      uow,
      a,
      { status: 'implemented', implementedAt: uow.now, verifyFrom },
      { kind: 'implementation', data: { verifyFrom: verifyFrom.toISOString() } },
    );
  });
}

/**
 * Did the indicator improve? Records before/after and the verdict. Refused before the set period
 * has passed. Effective -> verified (may close); not effective -> back to open for a new analysis.
 */
export function verify(
  ctx: ComplaintContext,
  target: Target,
  input: { effective: boolean; indicatorBefore?: number; indicatorAfter?: number },
): Promise<ImprovementAction> {
  return actionCommand(ctx, target, 'verify', async (uow, a) => {
    if (a.verifyFrom && uow.now < a.verifyFrom) {
      throw commandRefused(
        'improvement action',
        a.status,
        'verify',
        [],
        `its effect can be verified from ${a.verifyFrom.toISOString()}`,
      );
    }
    const before = input.indicatorBefore ?? a.indicatorBefore ?? undefined;
    const updated = await recordActionChange(
      uow,
      a,
      {
        status: input.effective ? 'verified' : 'open',
        effective: input.effective,
        indicatorBefore: before ?? null,
        indicatorAfter: input.indicatorAfter ?? null,
        verifiedAt: uow.now,
        verifiedBy: uow.actor,
      },
      {
        kind: 'verification',
        data: {
          effective: input.effective,
          indicatorBefore: before ?? null,
          indicatorAfter: input.indicatorAfter ?? null,
        },
      },
    );
    emitFor(uow, 'action.verified', updated.id, {
      actionId: updated.id,
      centreId: updated.centreId,
      effective: input.effective,
      ...(before !== undefined ? { indicatorBefore: before } : {}),
      ...(input.indicatorAfter !== undefined ? { indicatorAfter: input.indicatorAfter } : {}),
    });
    return updated;
  });
}

export function close(ctx: ComplaintContext, target: Target): Promise<ImprovementAction> {
  return actionCommand(ctx, target, 'close', async (uow, a) => {
    const updated = await recordActionChange(
      uow,
      a,
      { status: 'closed', closedAt: uow.now },
      { kind: 'closed', data: {} },
    );
    emitFor(uow, 'action.closed', updated.id, {
      actionId: updated.id,
      centreId: updated.centreId,
      closedAt: uow.now.toISOString(),
    });
    return updated;
  });
}

/** One step up the tenant's escalation chain for an action whose due date passed unimplemented. */
async function escalateAction(uow: Work, a: ImprovementAction, defaults: ServiceDefaults): Promise<void> {
  const settings = await loadSettings(uow.tx, a.tenantId, defaults);
  const step = escalationStep(settings.escalationChain, a.escalationLevel);
  await recordActionChange(
    uow,
    a,
    {
      dueEscalatedAt: uow.now,
      escalationLevel: step.level,
      escalatedToTeamId: step.toTeamId,
    },
    {
      kind: 'escalation',
      data: { level: step.level, dueAt: a.dueAt.toISOString(), toTeamId: step.toTeamId },
    },
  );
  emitFor(uow, 'action.escalated', a.id, {
    actionId: a.id,
    centreId: a.centreId,
    level: step.level,
    dueAt: a.dueAt.toISOString(),
    toTeamId: step.toTeamId,
  });
}

/** Escalates up to `limit` actions whose due date passed unimplemented, one step up the chain. */
export async function sweepActionEscalations(
  ctx: ComplaintContext,
  now: Date,
  limit = 100,
): Promise<SweepResult> {
  const result = await ctx.prisma.$transaction(async (tx: Tx) => {
    const ids = await claimDue(tx, 'improvement_action', now, limit);
    if (ids.length === 0) return { claimed: 0, handled: 0 };
    const rows = await tx.improvementAction.findMany({ where: { id: { in: ids } } });
    let handled = 0;
    for (const a of rows) {
      const due = actionEscalateAt(a);
      if (!due || due > now) {
        await tx.improvementAction.update({ where: { id: a.id }, data: { escalateAt: due } });
        continue;
      }
      await withinWork(tx, systemWork(a.tenantId, now), (uow) => escalateAction(uow, a, ctx.defaults));
      handled += 1;
    }
    return { claimed: ids.length, handled };
  });
  if (result.handled > 0) ctx.onEvents?.();
  return result;
}
