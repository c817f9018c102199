// The outcome of a repair when it passes QC (repair.order.completed): time spent per stage, SLA
// breaches, labour and parts cost, and whether it is a comeback (the same vehicle and fault
// within the warranty, days and km, of an earlier repair's delivery: domain/comeback.ts).
import { type Tx } from '../../db/client';
import { findComeback } from '../../domain/comeback';
import { warrantyRulesOf } from '../warranty-rules';
import { minorOf } from '../../domain/money';
import { breachesOf, stageDurations } from '../../domain/sla';
import { type TimeBasis } from '../../domain/working-time';
import { type Status } from '../../domain/state-machine';
import { type ServiceOutcome } from '../../events/order-events';
import { calendarOf, standardsOf, type OrderWithCentre } from './lifecycle';
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
  // Measured on the centre's calendar: working time for stages whose standard says so.
  const calendar = await calendarOf(tx, order);
  const durations = stageDurations(history, now, await standardsOf(tx, order.tenantId), calendar).filter(
    (d) => d.stage !== 'READY',
  );
  const clocks = await tx.slaClock.findMany({
    where: { repairOrderId: order.id },
    orderBy: { startedAt: 'asc' },
  });
  const breaches = breachesOf(
    clocks
      .filter((c) => c.stage !== 'READY')
      .map((c) => ({ ...c, stage: c.stage as Status, timeBasis: c.timeBasis as TimeBasis })),
    now,
    calendar,
  );
  const quote = await approvedQuoteOf(tx, order);
  return {
    stageDurations: durations,
    slaBreaches: breaches,
    labourHours: quote?.labourHours ?? 0,
    labourNetMinor: minorOf(quote?.labourNetMinor ?? 0),
    partsCostMinor: minorOf(order.partsCostMinor > 0 ? order.partsCostMinor : (quote?.partsNetMinor ?? 0)),
    totalGrossMinor: minorOf(quote?.grossMinor ?? 0),
    comebackOfRepairOrderId: await comebackOf(tx, order),
  };
}

/** The vehicle's earlier repairs that were delivered, against the tenant's warranty rules. */
async function comebackOf(tx: Tx, order: OrderWithCentre): Promise<string | null> {
  const past = await tx.repairOrder.findMany({
    where: {
      tenantId: order.tenantId,
      vehicleId: order.vehicleId,
      id: { not: order.id },
      status: { in: ['DELIVERED', 'CLOSED'] }, // CLOSED after a decline was never delivered: no delivery
    },
    select: {
      id: true,
      vehicleId: true,
      serviceType: true,
      faultCodes: true,
      faultSystems: true,
      delivery: true,
    },
  });
  const delivered = past.flatMap((p) => {
    const d = p.delivery as { at?: string; mileageKm?: number } | null;
    if (!d?.at || typeof d.mileageKm !== 'number') return [];
    return [
      {
        repairOrderId: p.id,
        vehicleId: p.vehicleId,
        serviceType: p.serviceType,
        faultCodes: p.faultCodes,
        systems: p.faultSystems,
        deliveredAt: new Date(d.at),
        deliveryMileageKm: d.mileageKm,
      },
    ];
  });
  if (delivered.length === 0) return null;
  return findComeback(
    {
      repairOrderId: order.id,
      vehicleId: order.vehicleId,
      faultCodes: order.faultCodes,
      systems: order.faultSystems,
      receivedAt: order.receivedAt,
      mileageKm: order.mileageKm,
    },
    delivered,
    await warrantyRulesOf(tx, order.tenantId),
  );
}
