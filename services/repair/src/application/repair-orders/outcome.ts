// The outcome of a repair when it passes QC (repair.order.completed): time spent per stage, SLA
// breaches, labour and parts cost, and whether it is a comeback (the same vehicle and fault
// within 30 days of an earlier completed repair).
import { type Tx } from '../../db/client';
import { findComeback } from '../../domain/comeback';
import { seconds, stageDurations } from '../../domain/sla';
import { type Status } from '../../domain/state-machine';
import { type ServiceOutcome } from '../../events/order-events';
import { standardsOf, type OrderWithCentre } from './lifecycle';
import { approvedQuoteOf } from './quotes';

/** Measured up to `now`, the moment the order leaves QC. */
export async function serviceOutcome(tx: Tx, order: OrderWithCentre, now: Date): Promise<ServiceOutcome> {
  const transitions = await tx.repairOrderTransition.findMany({
    where: { repairOrderId: order.id },
    orderBy: { seq: 'asc' },
  });
  const history = transitions.map((x) => ({
    from: x.fromStatus as Status | null,
    to: x.toStatus as Status,
    at: x.at,
  }));
  const durations = stageDurations(history, now, await standardsOf(tx, order.tenantId)).filter(
    (d) => d.stage !== 'READY',
  );
  const clocks = await tx.slaClock.findMany({
    where: { repairOrderId: order.id },
    orderBy: { startedAt: 'asc' },
  });
  const breaches = clocks
    .filter((c) => c.stage !== 'READY')
    .map((c) => ({
      stage: c.stage as Status,
      standardSeconds: c.standardSeconds,
      elapsedSeconds: seconds(c.startedAt, c.stoppedAt ?? now),
    }))
    .filter((b) => b.elapsedSeconds > b.standardSeconds);
  const quote = await approvedQuoteOf(tx, order);
  return {
    stageDurations: durations,
    slaBreaches: breaches,
    labourHours: quote?.labourHours ?? 0,
    labourNetMinor: quote?.labourNetMinor ?? 0,
    partsCostMinor: order.partsCostMinor > 0 ? order.partsCostMinor : (quote?.partsNetMinor ?? 0),
    totalGrossMinor: quote?.grossMinor ?? 0,
    comebackOfRepairOrderId: await comebackOf(tx, order),
  };
}

async function comebackOf(tx: Tx, order: OrderWithCentre): Promise<string | null> {
  const since = new Date(order.receivedAt.getTime() - 31 * 86_400_000);
  const past = await tx.repairOrder.findMany({
    where: {
      tenantId: order.tenantId,
      vehicleId: order.vehicleId,
      id: { not: order.id },
      completedAt: { not: null, gte: since },
    },
    select: { id: true, vehicleId: true, faultCodes: true, faultSystems: true, completedAt: true },
  });
  return findComeback(
    {
      repairOrderId: order.id,
      vehicleId: order.vehicleId,
      faultCodes: order.faultCodes,
      systems: order.faultSystems,
      receivedAt: order.receivedAt,
    },
    past.map((p) => ({
      repairOrderId: p.id,
      vehicleId: p.vehicleId,
      faultCodes: p.faultCodes,
      systems: p.faultSystems,
      completedAt: p.completedAt!,
    })),
  );
}
