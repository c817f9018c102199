// Shared machinery of every repair-order state change: version-checked update, status history,
// SLA clocks (stop the one of the stage left, emitting a breach if it ran late; start the one of
// the stage entered) and the status-changed event. Callers run it inside their transaction and
// enqueue the returned events with the entity change, so both commit together or not at all.
import { randomUUID } from 'node:crypto';
import { type AnyEvent } from '@aftersales/contracts';
import { notFound } from '@aftersales/service-kit';
import { type RepairOrder, type ServiceCentre, type Tx } from '../db/client';
import { seconds, startClock, type SlaStandard } from '../domain/sla';
import { transition, type Command, type Status } from '../domain/state-machine';
import { iso, repairEvent, type EventCause } from '../events/factories';
import { assertCentreAccess, type Identity } from '../api/identity';
import { concurrentChange } from '../api/problems';

export type OrderWithCentre = RepairOrder & { centre: ServiceCentre };
export type StatusCause = 'command' | 'parts-backordered' | 'parts-available' | 'qc-failed' | 'system';

export async function findOrder(tx: Tx, tenantId: string, id: string): Promise<OrderWithCentre | null> {
  return tx.repairOrder.findFirst({ where: { id, tenantId }, include: { centre: true } });
}

/** The order of the caller's tenant, in the caller's centre scope; 404 otherwise (no existence leak). */
export async function orderForIdentity(tx: Tx, identity: Identity, id: string): Promise<OrderWithCentre> {
  const order = await findOrder(tx, identity.tenantId, id);
  if (!order) throw notFound(`Repair order ${id} not found.`);
  assertCentreAccess(identity, order.centreId, order.centre.dealerId ?? undefined);
  return order;
}

export async function standardsOf(tx: Tx, tenantId: string): Promise<SlaStandard[]> {
  const rows = await tx.slaStandard.findMany({ where: { tenantId } });
  return rows.map((r) => ({ stage: r.stage as Status, standardSeconds: r.standardSeconds }));
}

export interface TransitionOutcome {
  from: Status;
  to: Status;
  changed: boolean;
  /** Columns to write with the command's own changes. */
  data: { status: Status; resumeStatus: Status | null; statusChangedAt?: Date };
  /** status-changed and any SLA breach of the stage left, in order. */
  events: AnyEvent[];
}

/** Applies a state-machine command; records history and SLA clocks when the status changes. */
export async function applyTransition(
  tx: Tx,
  order: OrderWithCentre,
  command: Command,
  opts: {
    now: Date;
    cause: StatusCause;
    changedBy: string | null;
    technicianId?: string | null;
    eventCause: EventCause;
  },
): Promise<TransitionOutcome> {
  const result = transition(
    { status: order.status as Status, resumeStatus: order.resumeStatus as Status | null },
    command,
  );
  const outcome: TransitionOutcome = {
    from: result.from,
    to: result.status,
    changed: result.changed,
    data: { status: result.status, resumeStatus: result.resumeStatus },
    events: [],
  };
  if (!result.changed) return outcome;

  outcome.data.statusChangedAt = opts.now;
  await tx.repairOrderTransition.create({
    data: {
      repairOrderId: order.id,
      fromStatus: result.from,
      toStatus: result.status,
      cause: opts.cause,
      changedBy: opts.changedBy,
      at: opts.now,
    },
  });
  outcome.events.push(
    repairEvent(
      'repair.order.status-changed',
      order.id,
      {
        repairOrderId: order.id,
        centreId: order.centreId,
        from: result.from,
        to: result.status,
        cause: opts.cause,
        changedBy: opts.changedBy,
        technicianId: opts.technicianId ?? order.technicianIds[0] ?? null,
      },
      opts.eventCause,
    ),
  );
  outcome.events.push(...(await stopClocks(tx, order, opts.now, opts.eventCause)));
  await startStageClock(tx, order, result.status, opts.now);
  return outcome;
}

/**
 * Stops the order's running clocks in one statement; a clock stopped after its due time that the
 * sweep has not reported yet is a breach now. Atomic, so a sweep running at the same moment and
 * this transition never both report one clock (the sweep skips rows locked here, and this
 * statement keeps a breached_at the sweep committed first).
 */
export async function stopClocks(
  tx: Tx,
  order: Pick<RepairOrder, 'id' | 'centreId' | 'regionId'>,
  now: Date,
  cause: EventCause,
): Promise<AnyEvent[]> {
  const stopped = await tx.$queryRawUnsafe<
    { stage: string; standard_seconds: number; started_at: Date; due_at: Date; newly_breached: boolean }[]
  >(
    `WITH running AS (
       SELECT id, breached_at IS NULL AND due_at < $2 AS late FROM sla_clock
        WHERE repair_order_id = $1::uuid AND stopped_at IS NULL FOR UPDATE)
     UPDATE sla_clock c SET stopped_at = $2, breached_at = CASE WHEN r.late AND c.breached_at IS NULL THEN $2 ELSE c.breached_at END
       FROM running r WHERE c.id = r.id
     RETURNING c.stage::text AS stage, c.standard_seconds, c.started_at, c.due_at, (r.late AND c.breached_at = $2) AS newly_breached`,
    order.id,
    now,
  );
  return stopped
    .filter((c) => c.newly_breached)
    .map((c) =>
      breachEvent(
        order,
        {
          stage: c.stage,
          standardSeconds: c.standard_seconds,
          startedAt: new Date(c.started_at),
          dueAt: new Date(c.due_at),
        },
        now,
        cause,
      ),
    );
}

export function breachEvent(
  order: Pick<RepairOrder, 'id' | 'centreId' | 'regionId'>,
  clock: { stage: string; standardSeconds: number; startedAt: Date; dueAt: Date },
  at: Date,
  cause: EventCause,
): AnyEvent {
  return repairEvent(
    'repair.sla.breached',
    order.id,
    {
      repairOrderId: order.id,
      centreId: order.centreId,
      regionId: order.regionId,
      stage: clock.stage as Status,
      standardSeconds: clock.standardSeconds,
      elapsedSeconds: seconds(clock.startedAt, at),
      dueAt: iso(clock.dueAt),
    },
    cause,
  );
}

export async function startStageClock(
  tx: Tx,
  order: Pick<RepairOrder, 'id' | 'tenantId'>,
  stage: Status,
  now: Date,
): Promise<void> {
  const clock = startClock(stage, now, await standardsOf(tx, order.tenantId));
  if (!clock) return;
  await tx.slaClock.create({
    data: {
      id: randomUUID(),
      tenantId: order.tenantId,
      repairOrderId: order.id,
      stage,
      standardSeconds: clock.standardSeconds,
      startedAt: clock.startedAt,
      dueAt: clock.dueAt,
    },
  });
}

/** Writes the order's changes only if nobody else changed it since it was read (optimistic lock). */
export async function saveOrder(
  tx: Tx,
  order: Pick<RepairOrder, 'id' | 'version'>,
  data: Parameters<Tx['repairOrder']['update']>[0]['data'],
): Promise<void> {
  const { count } = await tx.repairOrder.updateMany({
    where: { id: order.id, version: order.version },
    data: { ...(data as object), version: { increment: 1 } },
  });
  if (count === 0) throw concurrentChange();
}
