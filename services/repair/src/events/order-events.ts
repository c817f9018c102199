// The events of a repair order, mapped from the order and what the command decided: one function
// per event type, each adding its event to the unit of work (emit: contract-validated, keyed and
// correlated by the order id). The order of calls in a command is the order on the topic.
import { CentreHours, type EventData } from '@aftersales/contracts';
import { type UnitOfWork } from '@aftersales/service-kit';
import { type RepairOrder, type RepairQuote } from '../db/client';
import { type PricedLine, type PricedQuote } from '../domain/quote';
import { type SlaBreach, type StageDuration } from '../domain/sla';
import { type Status } from '../domain/state-machine';
import { emit, iso, money } from './emit';

type Uow = UnitOfWork<unknown>;
type Data<T extends Parameters<typeof emit>[1]> = EventData<T>;
type CentreType = Data<'repair.order.opened'>['centreType'];
type ServiceType = Data<'repair.order.opened'>['serviceType'];
type VehicleSystem = Data<'repair.order.opened'>['symptomSystems'][number];

/** The id of a quote line in events: the quote's id and the line number. */
export const quoteLineId = (quoteId: string, line: Pick<PricedLine, 'lineNo'>) => `${quoteId}:${line.lineNo}`;

export function orderOpened(uow: Uow, order: RepairOrder): void {
  emit(uow, 'repair.order.opened', order.id, {
    repairOrderId: order.id,
    orderNumber: order.orderNumber,
    centreId: order.centreId,
    centreType: order.centreType as CentreType,
    regionId: order.regionId,
    customerId: order.customerId,
    vehicleId: order.vehicleId,
    origin: order.origin as Data<'repair.order.opened'>['origin'],
    bookingId: order.bookingId,
    rescueId: order.rescueId,
    serviceType: order.serviceType as ServiceType,
    mileageKm: order.mileageKm,
    fuelLevelPercent: order.fuelLevelPercent,
    symptomSystems: order.symptomSystems as VehicleSystem[],
    damageNoted: !!order.damageNotes,
    emergencyMode: order.emergencyMode,
  });
}

export interface DiagnosisOutcome {
  technicianId: string;
  faultCodes: string[];
  findings: {
    system: string;
    severity: 'advisory' | 'required' | 'safety-critical';
    faultCode?: string | null;
  }[];
  estimatedLabourHours: number;
  partsRequired: boolean;
}

export function orderDiagnosed(uow: Uow, order: RepairOrder, d: DiagnosisOutcome): void {
  emit(uow, 'repair.order.diagnosed', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    technicianId: d.technicianId,
    faultCodes: d.faultCodes,
    findings: d.findings.map((f) => ({
      system: f.system as VehicleSystem,
      severity: f.severity,
      faultCode: f.faultCode ?? null,
    })),
    estimatedLabourHours: d.estimatedLabourHours,
    partsRequired: d.partsRequired,
  });
}

export function orderQuoted(
  uow: Uow,
  order: RepairOrder,
  quote: { id: string; version: number; reason: Data<'repair.order.quoted'>['reason']; validUntil: Date },
  priced: PricedQuote,
): void {
  const c = priced.currency;
  emit(uow, 'repair.order.quoted', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    quoteVersion: quote.version,
    reason: quote.reason,
    lines: priced.lines.map((l) => ({
      lineId: quoteLineId(quote.id, l),
      kind: l.kind,
      partId: l.partId,
      operationCode: l.operationCode,
      quantity: l.quantity,
      unitPrice: money(l.unitPriceMinor, c),
      discount: money(l.discountMinor, c),
      taxRateBasisPoints: l.taxRateBasisPoints,
      netTotal: money(l.netMinor, c),
    })),
    totals: {
      net: money(priced.totals.netMinor, c),
      discount: money(priced.totals.discountMinor, c),
      tax: money(priced.totals.taxMinor, c),
      gross: money(priced.totals.grossMinor, c),
    },
    validUntil: iso(quote.validUntil),
  });
}

export function orderApproved(
  uow: Uow,
  order: RepairOrder,
  quote: RepairQuote,
  decision: { method: Data<'repair.order.approved'>['method']; approvedByCustomerId?: string | null },
): void {
  emit(uow, 'repair.order.approved', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    quoteVersion: quote.version,
    approvedTotal: money(quote.grossMinor, quote.currency),
    method: decision.method,
    approvedByCustomerId: decision.approvedByCustomerId ?? null,
    recordedBy: uow.actor,
  });
}

/** Parts an approved version needs on top of the order's earlier requests (which stay in force). */
export function partsRequested(
  uow: Uow,
  order: RepairOrder,
  locationId: string,
  request: Omit<Data<'repair.parts.requested'>, 'repairOrderId' | 'centreId' | 'locationId' | 'scope'>,
): void {
  emit(uow, 'repair.parts.requested', order.id, {
    repairOrderId: order.id,
    requestId: request.requestId,
    centreId: order.centreId,
    locationId,
    quoteVersion: request.quoteVersion,
    priority: request.priority,
    neededBy: request.neededBy,
    lines: request.lines,
    scope: 'addition',
  });
}

/** Parts the previously approved version needed and the approved one no longer does. */
export function partsDropped(
  uow: Uow,
  order: RepairOrder,
  locationId: string,
  drop: Pick<Data<'repair.parts.dropped'>, 'quoteVersion' | 'lines'>,
): void {
  emit(uow, 'repair.parts.dropped', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    locationId,
    quoteVersion: drop.quoteVersion,
    lines: drop.lines,
  });
}

export function orderDeclined(
  uow: Uow,
  order: RepairOrder,
  quoteVersion: number,
  decision: Pick<Data<'repair.order.declined'>, 'method' | 'reason'>,
): void {
  emit(uow, 'repair.order.declined', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    quoteVersion,
    method: decision.method,
    reason: decision.reason,
    recordedBy: uow.actor,
  });
}

export function qcFailed(
  uow: Uow,
  order: RepairOrder,
  qc: { inspectorId: string; attempt: number; failedChecks: string[]; reworkCount: number },
): void {
  emit(uow, 'repair.order.qc-failed', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    inspectorId: qc.inspectorId,
    technicianIds: order.technicianIds,
    attempt: qc.attempt,
    failedChecks: qc.failedChecks,
    reworkCount: qc.reworkCount,
  });
}

/** What a repair came to when it passed QC (application/repair-orders/outcome.ts computes it). */
export interface ServiceOutcome {
  stageDurations: StageDuration[];
  slaBreaches: SlaBreach[];
  labourHours: number;
  labourNetMinor: number;
  partsCostMinor: number;
  totalGrossMinor: number;
  comebackOfRepairOrderId: string | null;
}

/** `order` carries the QC attempt's counters (reworkCount, qcAttempts). */
export function orderCompleted(uow: Uow, order: RepairOrder, outcome: ServiceOutcome): void {
  const c = order.currency;
  emit(uow, 'repair.order.completed', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    centreType: order.centreType as CentreType,
    regionId: order.regionId,
    customerId: order.customerId,
    vehicleId: order.vehicleId,
    serviceType: order.serviceType as ServiceType,
    technicianIds: order.technicianIds,
    receivedAt: iso(order.receivedAt),
    stageDurations: outcome.stageDurations,
    labourHours: outcome.labourHours,
    labourCost: money(outcome.labourNetMinor, c),
    partsCost: money(outcome.partsCostMinor, c),
    totalGross: money(outcome.totalGrossMinor, c),
    reworkCount: order.reworkCount,
    qcAttempts: Math.max(1, order.qcAttempts),
    slaBreaches: outcome.slaBreaches,
    comeback: outcome.comebackOfRepairOrderId !== null,
    comebackOfRepairOrderId: outcome.comebackOfRepairOrderId,
  });
}

/**
 * The centre's calendar as repair.order.delivered carries it; null when the stored hours do not
 * fit the contract (a delivery never fails over its follow-up hint).
 */
export function centreHoursOf(centre: {
  timeZone: string;
  openingHours: unknown;
  hoursExceptions: unknown;
}): Data<'repair.order.delivered'>['centreHours'] {
  const parsed = CentreHours.safeParse({
    timeZone: centre.timeZone,
    openingHours: centre.openingHours ?? {},
    hoursExceptions: Array.isArray(centre.hoursExceptions) ? centre.hoursExceptions : [],
  });
  return parsed.success ? parsed.data : null;
}

export function orderDelivered(
  uow: Uow,
  order: RepairOrder,
  delivery: Pick<Data<'repair.order.delivered'>, 'mileageKm' | 'nextMaintenance' | 'centreHours'>,
): void {
  emit(uow, 'repair.order.delivered', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    customerId: order.customerId,
    vehicleId: order.vehicleId,
    mileageKm: delivery.mileageKm,
    nextMaintenance: delivery.nextMaintenance,
    deliveredBy: uow.actor,
    // The customer service puts the follow-up calls in these hours (it keeps no centre calendar).
    centreHours: delivery.centreHours ?? null,
  });
}

export function orderClosed(
  uow: Uow,
  order: RepairOrder,
  closure: { invoiceTotalMinor: number; payer: Data<'repair.order.closed'>['payer'] },
): void {
  emit(uow, 'repair.order.closed', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    regionId: order.regionId,
    invoiceTotal: money(closure.invoiceTotalMinor, order.currency),
    payer: closure.payer,
  });
}

export function orderCancelled(
  uow: Uow,
  order: RepairOrder,
  cancellation: Pick<Data<'repair.order.cancelled'>, 'fromStatus' | 'cancelledBy' | 'reason'>,
): void {
  emit(uow, 'repair.order.cancelled', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    fromStatus: cancellation.fromStatus,
    cancelledBy: cancellation.cancelledBy,
    reason: cancellation.reason,
  });
}

export function statusChanged(
  uow: Uow,
  order: Pick<RepairOrder, 'id' | 'centreId'>,
  change: Omit<Data<'repair.order.status-changed'>, 'repairOrderId' | 'centreId'>,
): void {
  emit(uow, 'repair.order.status-changed', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    ...change,
  });
}

/** An SLA clock of the order ran past its standard (reported once, by a transition or the sweep). */
export function slaBreached(
  uow: Uow,
  order: Pick<RepairOrder, 'id' | 'centreId' | 'regionId'>,
  clock: { stage: string; standardSeconds: number; dueAt: Date; usedSeconds: number },
): void {
  emit(uow, 'repair.sla.breached', order.id, {
    repairOrderId: order.id,
    centreId: order.centreId,
    regionId: order.regionId,
    stage: clock.stage as Status,
    standardSeconds: clock.standardSeconds,
    elapsedSeconds: clock.usedSeconds,
    dueAt: iso(clock.dueAt),
  });
}
