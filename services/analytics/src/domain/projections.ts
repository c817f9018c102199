// Pure reducers from an aggregate's stored facts to its view row. They sort the facts by
// (occurredAt, eventId) first and use only order-free rules (earliest/latest by event time,
// unions, sums over distinct events), so the row is the same whatever order the events arrived
// in, and a redelivered event (same id, already stored) cannot change it.
import { type EventData, type EventType } from '@aftersales/contracts';
import { dayOf } from './periods';

export interface Fact {
  eventId: string;
  type: EventType;
  occurredAt: Date;
  data: unknown;
}

/** Which view an event feeds and under which aggregate id; null for events analytics ignores. */
export function streamOf(type: EventType, data: unknown): { stream: Stream; aggregateId: string } | null {
  const d = data as Record<string, unknown>;
  const id = (k: string) => String(d[k]);
  switch (type) {
    case 'repair.order.opened':
    case 'repair.order.diagnosed':
    case 'repair.order.qc-failed':
    case 'repair.order.completed':
    case 'repair.order.delivered':
    case 'repair.order.closed':
    case 'repair.order.cancelled':
    case 'repair.sla.breached':
      return { stream: 'order', aggregateId: id('repairOrderId') };
    case 'repair.parts.requested':
    case 'parts.reserved':
    case 'parts.backordered':
      return { stream: 'parts-request', aggregateId: id('requestId') };
    case 'survey.completed':
      return { stream: 'survey', aggregateId: id('surveyId') };
    case 'complaint.registered':
    case 'complaint.classified':
    case 'complaint.resolved':
    case 'complaint.closed':
    case 'complaint.reopened':
      return { stream: 'complaint', aggregateId: id('complaintId') };
    case 'rescue.requested':
    case 'rescue.dispatched':
    case 'rescue.completed':
      return { stream: 'rescue', aggregateId: id('rescueId') };
    case 'emergency.mode.entered':
    case 'emergency.mode.left':
      return { stream: 'emergency', aggregateId: id('emergencyId') };
    case 'procurement.po.received':
      return { stream: 'receipt', aggregateId: id('receiptId') };
    // Quality management: the facts themselves are the read model (queried per period).
    case 'technician.training-completed':
    case 'technician.certified':
    case 'technician.certification-expired':
      return { stream: 'workforce', aggregateId: id('technicianId') };
    case 'audit.completed':
      return { stream: 'audit', aggregateId: id('auditId') };
    case 'safety.inspection-completed':
    case 'safety.hazard-rectified':
      return { stream: 'safety', aggregateId: id('inspectionId') };
    default:
      return null;
  }
}

export type Stream =
  | 'order'
  | 'parts-request'
  | 'survey'
  | 'complaint'
  | 'rescue'
  | 'emergency'
  | 'receipt'
  | 'workforce'
  | 'audit'
  | 'safety';

const sorted = (facts: readonly Fact[]) =>
  [...facts].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.eventId.localeCompare(b.eventId),
  );

const ofType = <T extends EventType>(facts: readonly Fact[], type: T) =>
  facts.filter((f) => f.type === type) as (Fact & { data: EventData<T> })[];
const first = <T>(xs: readonly T[]) => xs[0];
const last = <T>(xs: readonly T[]) => xs[xs.length - 1];
const firstDefined = <T>(xs: readonly (T | null | undefined)[]) =>
  xs.find((x) => x !== null && x !== undefined) ?? null;
const sumQty = (lines: readonly { quantity: number }[]) => lines.reduce((a, l) => a + l.quantity, 0);

export interface OrderRow {
  repairOrderId: string;
  centreId: string | null;
  regionId: string | null;
  centreType: string | null;
  customerId: string | null;
  vehicleId: string | null;
  serviceType: string | null;
  day: Date | null;
  openedAt: Date | null;
  diagnosedAt: Date | null;
  completedAt: Date | null;
  deliveredAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
  qcFailures: number;
  reworkCount: number | null;
  comeback: boolean | null;
  slaBreachedStages: string[];
  completion: EventData<'repair.order.completed'> | null;
}

export function reduceOrder(repairOrderId: string, input: readonly Fact[], timeZone: string): OrderRow {
  const facts = sorted(input);
  const opened = first(ofType(facts, 'repair.order.opened'));
  const completed = last(ofType(facts, 'repair.order.completed'));
  const at = (type: EventType, pick: typeof first = first) =>
    pick(facts.filter((f) => f.type === type))?.occurredAt ?? null;
  const any = (k: string) =>
    firstDefined(facts.map((f) => (f.data as Record<string, unknown>)[k] as string | undefined));
  const openedAt = opened?.occurredAt ?? (completed ? new Date(completed.data.receivedAt) : null);
  const breached = new Set<string>([
    ...ofType(facts, 'repair.sla.breached').map((f) => f.data.stage),
    ...(completed?.data.slaBreaches.map((b) => b.stage) ?? []),
  ]);
  return {
    repairOrderId,
    centreId: opened?.data.centreId ?? completed?.data.centreId ?? any('centreId'),
    regionId: opened?.data.regionId ?? completed?.data.regionId ?? any('regionId'),
    centreType: opened?.data.centreType ?? completed?.data.centreType ?? null,
    customerId: opened?.data.customerId ?? completed?.data.customerId ?? any('customerId'),
    vehicleId: opened?.data.vehicleId ?? completed?.data.vehicleId ?? any('vehicleId'),
    serviceType: opened?.data.serviceType ?? completed?.data.serviceType ?? null,
    day: openedAt ? dayOf(openedAt, timeZone) : null,
    openedAt,
    diagnosedAt: at('repair.order.diagnosed'),
    completedAt: completed?.occurredAt ?? null,
    deliveredAt: at('repair.order.delivered', last),
    closedAt: at('repair.order.closed', last),
    cancelledAt: at('repair.order.cancelled', last),
    qcFailures: ofType(facts, 'repair.order.qc-failed').length,
    reworkCount: completed?.data.reworkCount ?? null,
    comeback: completed?.data.comeback ?? null,
    slaBreachedStages: [...breached].sort(),
    completion: completed?.data ?? null,
  };
}

export interface PartsRequestRow {
  requestId: string;
  repairOrderId: string;
  centreId: string | null;
  locationId: string | null;
  day: Date | null;
  requestedAt: Date | null;
  reservedFromStock: number;
  backordered: number;
  backorderedAt: Date | null;
  backorderFulfilledAt: Date | null;
}

export function reducePartsRequest(
  requestId: string,
  input: readonly Fact[],
  timeZone: string,
): PartsRequestRow {
  const facts = sorted(input);
  const requested = first(ofType(facts, 'repair.parts.requested'));
  const reserved = ofType(facts, 'parts.reserved');
  const backorders = ofType(facts, 'parts.backordered');
  const backordered = backorders.reduce((a, f) => a + sumQty(f.data.lines), 0);
  // Fulfilled when this request's backordered quantity has arrived (openBackorderLines counts the
  // whole order, so another request of the same order still waiting must not hold this one open).
  let arrived = 0;
  const fulfilment = reserved
    .filter((f) => f.data.source === 'backorder-fulfilment')
    .filter((f) => (arrived += sumQty(f.data.lines)) >= backordered - 1e-9);
  const requestedAt = requested?.occurredAt ?? first(facts)?.occurredAt ?? null;
  const anyOf = (k: 'repairOrderId' | 'locationId') =>
    firstDefined(facts.map((f) => (f.data as Record<string, string | undefined>)[k]));
  return {
    requestId,
    repairOrderId: requested?.data.repairOrderId ?? anyOf('repairOrderId') ?? '',
    centreId: requested?.data.centreId ?? null,
    locationId: requested?.data.locationId ?? anyOf('locationId'),
    day: requestedAt ? dayOf(requestedAt, timeZone) : null,
    requestedAt,
    reservedFromStock: reserved
      .filter((f) => f.data.source === 'stock')
      .reduce((a, f) => a + sumQty(f.data.lines), 0),
    backordered,
    backorderedAt: first(backorders)?.occurredAt ?? null,
    backorderFulfilledAt: backordered > 0 ? (first(fulfilment)?.occurredAt ?? null) : null,
  };
}

export interface ComplaintRow {
  complaintId: string;
  centreId: string | null;
  repairOrderId: string | null;
  category: string | null;
  severity: string | null;
  status: 'open' | 'resolved' | 'closed';
  day: Date | null;
  registeredAt: Date | null;
  resolvedAt: Date | null;
  resolutionSeconds: number | null;
  closedAt: Date | null;
}

export function reduceComplaint(complaintId: string, input: readonly Fact[], timeZone: string): ComplaintRow {
  const facts = sorted(input);
  const registered = first(ofType(facts, 'complaint.registered'));
  const classified = last(ofType(facts, 'complaint.classified'));
  const resolved = last(ofType(facts, 'complaint.resolved'));
  const closed = last(ofType(facts, 'complaint.closed'));
  const statusEvent = last(facts.filter((f) => f.type !== 'complaint.classified'));
  const status =
    statusEvent?.type === 'complaint.closed'
      ? 'closed'
      : statusEvent?.type === 'complaint.resolved'
        ? 'resolved'
        : 'open';
  const registeredAt = registered?.occurredAt ?? null;
  return {
    complaintId,
    centreId: registered?.data.centreId ?? null,
    repairOrderId: registered?.data.repairOrderId ?? null,
    category: classified?.data.category ?? registered?.data.category ?? null,
    severity: classified?.data.severity ?? registered?.data.severity ?? null,
    status,
    day: registeredAt ? dayOf(registeredAt, timeZone) : null,
    registeredAt,
    resolvedAt: resolved?.occurredAt ?? null,
    resolutionSeconds: resolved?.data.resolutionSeconds ?? null,
    closedAt: status === 'closed' ? (closed?.occurredAt ?? null) : null,
  };
}

export interface RescueRow {
  rescueId: string;
  regionId: string | null;
  centreId: string | null;
  day: Date | null;
  requestedAt: Date | null;
  arrivedAt: Date | null;
  completedAt: Date | null;
  responseSeconds: number | null;
  resolution: string | null;
}

export function reduceRescue(rescueId: string, input: readonly Fact[], timeZone: string): RescueRow {
  const facts = sorted(input);
  const requested = first(ofType(facts, 'rescue.requested'));
  const dispatched = last(ofType(facts, 'rescue.dispatched'));
  const completed = last(ofType(facts, 'rescue.completed'));
  const requestedAt = requested?.occurredAt ?? null;
  return {
    rescueId,
    regionId: requested?.data.regionId ?? dispatched?.data.regionId ?? completed?.data.regionId ?? null,
    centreId: completed?.data.centreId ?? dispatched?.data.centreId ?? null,
    day: requestedAt ? dayOf(requestedAt, timeZone) : null,
    requestedAt,
    arrivedAt: completed?.data.arrivedAt ? new Date(completed.data.arrivedAt) : null,
    completedAt: completed?.occurredAt ?? null,
    responseSeconds: completed?.data.responseSeconds ?? null,
    resolution: completed?.data.resolution ?? null,
  };
}

export interface EmergencyRow {
  emergencyId: string;
  regionId: string;
  enteredAt: Date | null;
  leftAt: Date | null;
}

export function reduceEmergency(emergencyId: string, input: readonly Fact[]): EmergencyRow {
  const facts = sorted(input);
  const entered = first(ofType(facts, 'emergency.mode.entered'));
  const left = last(ofType(facts, 'emergency.mode.left'));
  return {
    emergencyId,
    regionId: entered?.data.regionId ?? left?.data.regionId ?? '',
    enteredAt: entered?.occurredAt ?? (left ? new Date(left.data.enteredAt) : null),
    leftAt: left?.occurredAt ?? null,
  };
}

export interface SurveyRow {
  surveyId: string;
  repairOrderId: string;
  centreId: string;
  day: Date;
  product: number;
  service: number;
  purchase: number;
  nps: number;
  answeredAt: Date;
}

/** One event per survey: the row is its earliest fact (null without one). */
export function reduceSurvey(surveyId: string, input: readonly Fact[], timeZone: string): SurveyRow | null {
  const f = first(sorted(input));
  if (!f) return null;
  const d = f.data as EventData<'survey.completed'>;
  return {
    surveyId,
    repairOrderId: d.repairOrderId,
    centreId: d.centreId,
    day: dayOf(f.occurredAt, timeZone),
    ...d.scores,
    nps: d.nps,
    answeredAt: f.occurredAt,
  };
}

export interface ReceiptRow {
  receiptId: string;
  purchaseOrderId: string;
  supplierId: string;
  locationId: string;
  day: Date;
  onTime: boolean;
  receivedQuantity: number;
  acceptedQuantity: number;
  receivedAt: Date;
}

/** One event per goods receipt: the row is its earliest fact (null without one). */
export function reduceReceipt(
  receiptId: string,
  input: readonly Fact[],
  timeZone: string,
): ReceiptRow | null {
  const f = first(sorted(input));
  if (!f) return null;
  const d = f.data as EventData<'procurement.po.received'>;
  return {
    receiptId,
    purchaseOrderId: d.purchaseOrderId,
    supplierId: d.supplierId,
    locationId: d.locationId,
    day: dayOf(f.occurredAt, timeZone),
    onTime: d.onTime,
    receivedQuantity: d.lines.reduce((a, l) => a + l.receivedQuantity, 0),
    acceptedQuantity: d.lines.reduce((a, l) => a + l.acceptedQuantity, 0),
    receivedAt: f.occurredAt,
  };
}
