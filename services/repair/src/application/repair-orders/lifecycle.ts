// Shared machinery of every repair-order state change: the order in the caller's scope, the
// version-guarded save, and the record of a transition: status history, SLA clocks (stop the one
// of the stage left, reporting a breach if it ran late; start the one of the stage entered) and
// the status-changed event. A command checks the transition first (planTransition: a refused one
// is a 409 before anything else), emits its own event, then records the transition, so
// status-changed always follows the command's event on the topic.
import { randomUUID } from 'node:crypto';
import { NotFound, type Identity } from '@aftersales/service-kit';
import { type Db, type RepairOrder, type ServiceCentre, type Tx } from '../../db/client';
import { concurrentChange } from '../../domain/errors';
import { resumeCredit, startClock, usedSeconds, type SlaStandard } from '../../domain/sla';
import { centreCalendar, type TimeBasis, type WorkingCalendar } from '../../domain/working-time';
import { assertRecordReachable } from '../customer-scope';
import { activeEmergency } from '../emergency-mode';
import { transition, type Command, type Status, type TransitionResult } from '../../domain/state-machine';
import { slaBreached, statusChanged } from '../../events/order-events';
import { type Uow } from '../unit-of-work';

export type OrderWithCentre = RepairOrder & { centre: ServiceCentre };
export type StatusCause = 'command' | 'parts-backordered' | 'parts-available' | 'qc-failed' | 'system';
/** Columns a command writes (besides the version, which saveOrder increments). */
export type OrderChanges = Record<string, unknown>;

export async function findOrder(db: Db, tenantId: string, id: string): Promise<OrderWithCentre | null> {
  return db.repairOrder.findFirst({ where: { id, tenantId }, include: { centre: true } });
}

/**
 * The order of the caller's tenant, in the caller's centre scope (a customer: their own order);
 * 404 otherwise (no existence leak).
 */
export async function orderForIdentity(db: Db, identity: Identity, id: string): Promise<OrderWithCentre> {
  const notFound = () => new NotFound(`Repair order ${id} not found.`);
  const order = await findOrder(db, identity.tenantId, id);
  if (!order) throw notFound();
  assertRecordReachable(identity, order, notFound);
  return order;
}

export async function standardsOf(db: Db, tenantId: string): Promise<SlaStandard[]> {
  const rows = await db.slaStandard.findMany({ where: { tenantId } });
  return rows.map((r) => ({
    stage: r.stage as Status,
    standardSeconds: r.standardSeconds,
    timeBasis: r.timeBasis as TimeBasis,
  }));
}

/** The working calendar of the order's centre now: its hours, plus the region's emergency extra hours. */
export async function calendarOf(
  db: Db,
  order: Pick<RepairOrder, 'tenantId' | 'regionId'> & { centre: ServiceCentre },
): Promise<WorkingCalendar> {
  const emergency = await activeEmergency(db, order.tenantId, order.regionId);
  return centreCalendar(order.centre, emergency?.extraHours ?? 0);
}

/** Where `command` takes the order; throws TransitionRefused (409) when its status refuses it. Pure. */
export function planTransition(order: RepairOrder, command: Command): TransitionResult {
  return transition(
    { status: order.status as Status, resumeStatus: order.resumeStatus as Status | null },
    command,
  );
}

/** The status columns to save with the command's own changes. */
export interface StatusColumns {
  status: Status;
  resumeStatus: Status | null;
  statusChangedAt?: Date;
}

/**
 * Records a planned transition: when the status changes, its history row, the status-changed
 * event and the SLA clocks (breach events of the stage left). Returns the status columns.
 */
export async function recordTransition(
  uow: Uow,
  order: OrderWithCentre,
  plan: TransitionResult,
  opts: { cause?: StatusCause; changedBy?: string | null; technicianId?: string | null } = {},
): Promise<StatusColumns> {
  const columns: StatusColumns = { status: plan.status, resumeStatus: plan.resumeStatus };
  if (!plan.changed) return columns;
  const cause = opts.cause ?? 'command';
  const changedBy = opts.changedBy === undefined ? uow.actor : opts.changedBy;
  columns.statusChangedAt = uow.now;
  await uow.tx.repairOrderTransition.create({
    data: {
      repairOrderId: order.id,
      fromStatus: plan.from,
      toStatus: plan.status,
      cause,
      changedBy,
      at: uow.now,
    },
  });
  statusChanged(uow, order, {
    from: plan.from,
    to: plan.status,
    cause,
    changedBy,
    technicianId: opts.technicianId ?? order.technicianIds[0] ?? null,
  });
  // One calendar for both clocks of the transition (one emergency lookup).
  const calendar = await calendarOf(uow.tx, order);
  await stopClocks(uow, order, calendar);
  await startStageClock(uow.tx, order, plan.status, uow.now, plan.from, calendar);
  return columns;
}

/**
 * Stops the order's running clocks in one statement; a clock stopped after its due time that the
 * sweep has not reported yet is a breach now. Atomic, so a sweep running at the same moment and
 * this transition never both report one clock (the sweep skips rows locked here, and this
 * statement keeps a breached_at the sweep committed first).
 */
async function stopClocks(
  uow: Uow,
  order: Pick<RepairOrder, 'id' | 'centreId' | 'regionId'>,
  calendar: WorkingCalendar,
): Promise<void> {
  const stopped = await uow.tx.$queryRawUnsafe<(ClockRow & { newly_breached: boolean })[]>(
    `WITH running AS (
       SELECT id, breached_at IS NULL AND due_at < $2 AS late FROM sla_clock
        WHERE repair_order_id = $1::uuid AND stopped_at IS NULL FOR UPDATE)
     UPDATE sla_clock c SET stopped_at = $2, breached_at = CASE WHEN r.late AND c.breached_at IS NULL THEN $2 ELSE c.breached_at END
       FROM running r WHERE c.id = r.id
     RETURNING c.stage::text AS stage, c.standard_seconds, c.started_at, c.due_at, c.time_basis, c.credit_seconds,
               (r.late AND c.breached_at = $2) AS newly_breached`,
    order.id,
    uow.now,
  );
  for (const c of stopped.filter((x) => x.newly_breached))
    slaBreached(uow, order, breachOf(c, uow.now, calendar));
}

/** A clock row as the stop and the sweep read it. */
export interface ClockRow {
  stage: string;
  standard_seconds: number;
  started_at: Date;
  due_at: Date;
  time_basis: string;
  credit_seconds: number;
}

/** The breach a clock row reports at `at`: the time it used on its basis. */
export function breachOf(c: ClockRow, at: Date, calendar: WorkingCalendar) {
  return {
    stage: c.stage,
    standardSeconds: c.standard_seconds,
    dueAt: new Date(c.due_at),
    usedSeconds: usedSeconds(
      {
        startedAt: new Date(c.started_at),
        timeBasis: c.time_basis as TimeBasis,
        creditSeconds: c.credit_seconds,
      },
      at,
      calendar,
    ),
  };
}

/**
 * Starts the clock of the stage entered, on the centre's calendar. Coming back from a waiting
 * status (parts arrived), the stage's clock resumes with the time its paused visit had used; a
 * resumed clock that was already breached is not reported again.
 */
export async function startStageClock(
  tx: Tx,
  order: Pick<RepairOrder, 'id' | 'tenantId' | 'regionId'> & { centre: ServiceCentre },
  stage: Status,
  now: Date,
  from: Status | null = null,
  knownCalendar?: WorkingCalendar,
): Promise<void> {
  const standards = await standardsOf(tx, order.tenantId);
  if (!standards.some((s) => s.stage === stage)) return;
  const calendar = knownCalendar ?? (await calendarOf(tx, order));
  const paused = await tx.slaClock.findFirst({
    where: { repairOrderId: order.id, stage, stoppedAt: { not: null } },
    orderBy: { startedAt: 'desc' },
  });
  const credit = resumeCredit(
    from,
    paused && { ...paused, timeBasis: paused.timeBasis as TimeBasis, stoppedAt: paused.stoppedAt! },
    calendar,
  );
  const clock = startClock(stage, now, standards, calendar, credit)!;
  await tx.slaClock.create({
    data: {
      id: randomUUID(),
      tenantId: order.tenantId,
      repairOrderId: order.id,
      stage,
      standardSeconds: clock.standardSeconds,
      timeBasis: clock.timeBasis,
      creditSeconds: clock.creditSeconds,
      startedAt: clock.startedAt,
      dueAt: clock.dueAt,
      breachedAt: paused?.breachedAt && credit > 0 ? paused.breachedAt : null,
    },
  });
}

/** Writes the order's changes only if nobody else changed it since it was read (optimistic lock). */
export async function saveOrder(
  tx: Tx,
  order: Pick<RepairOrder, 'id' | 'version'>,
  changes: OrderChanges,
): Promise<void> {
  const { count } = await tx.repairOrder.updateMany({
    where: { id: order.id, version: order.version },
    data: { ...changes, version: { increment: 1 } },
  });
  if (count === 0) throw concurrentChange();
}
