// Rows to response bodies, typed by the view schemas (views.ts) so the compiler keeps the DTOs and
// the documented, test-checked schemas in step. JSON columns are cast to the shapes the use cases
// write. Times are ISO-8601 UTC; money is integer minor units with a currency.
import {
  type Booking,
  type Emergency,
  type RepairOrder,
  type RepairQuote,
  type Rescue,
  type ServiceCentre,
  type SlaStandard,
  type WarrantyRule,
} from '../db/client';
import { minorOf } from '../domain/money';
import { allowedCommands, type Status } from '../domain/state-machine';
import {
  type BookingView,
  type CentreView,
  type EmergencyView,
  type OrderView,
  type QuoteView,
  type RescueView,
  type SlaStandardView,
  type WarrantyRuleView,
} from './views';

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export function centreDto(c: ServiceCentre): CentreView {
  return {
    id: c.id,
    name: c.name,
    type: c.type as CentreView['type'],
    regionId: c.regionId,
    dealerId: c.dealerId,
    address: c.address as CentreView['address'],
    location:
      c.latitude !== null && c.longitude !== null ? { latitude: c.latitude, longitude: c.longitude } : null,
    timeZone: c.timeZone,
    openingHours: c.openingHours as CentreView['openingHours'],
    hoursExceptions: c.hoursExceptions as CentreView['hoursExceptions'],
    bays: c.bays,
    technicians: c.technicians as CentreView['technicians'],
    labourRateMinor: minorOf(c.labourRateMinor),
    currency: c.currency,
    taxRateBasisPoints: c.taxRateBasisPoints,
    stockLocationId: c.stockLocationId,
    version: c.version,
    createdAt: iso(c.createdAt),
  };
}

export function bookingDto(b: Booking): BookingView {
  return {
    id: b.id,
    centreId: b.centreId,
    customerId: b.customerId,
    vehicleId: b.vehicleId,
    channel: b.channel,
    serviceType: b.serviceType,
    slotStart: iso(b.slotStart),
    slotEnd: iso(b.slotEnd),
    bay: b.bay,
    estimatedLabourHours: b.estimatedLabourHours,
    status: b.status,
    overflowFromCentreId: b.overflowFromCentreId,
    notes: b.notes,
    cancelledBy: b.cancelledBy,
    cancelReason: b.cancelReason,
    endedAt: isoOrNull(b.endedAt),
    version: b.version,
    createdAt: iso(b.createdAt),
  };
}

export function quoteDto(q: RepairQuote): QuoteView {
  return {
    version: q.version,
    reason: q.reason as QuoteView['reason'],
    status: q.status,
    lines: q.lines as QuoteView['lines'],
    currency: q.currency,
    quoteDiscountMinor: minorOf(q.quoteDiscountMinor),
    totals: {
      netMinor: minorOf(q.netMinor),
      discountMinor: minorOf(q.discountMinor),
      taxMinor: minorOf(q.taxMinor),
      grossMinor: minorOf(q.grossMinor),
    },
    labourHours: q.labourHours,
    validUntil: iso(q.validUntil),
    decision: q.decidedAt
      ? {
          at: iso(q.decidedAt),
          recordedBy: q.decidedBy,
          method: q.decisionMethod,
          approvedByCustomerId: q.approvedByCustomerId,
          declineReason: q.declineReason,
        }
      : null,
    createdBy: q.createdBy,
    createdAt: iso(q.createdAt),
  };
}

/** The recorded arrival; orders from before it was recorded: from their origin. */
export function arrivalOf(o: Pick<RepairOrder, 'arrival' | 'origin'>): OrderView['arrival'] {
  if (o.arrival === 'walk-in' || o.arrival === 'booked' || o.arrival === 'towed') return o.arrival;
  return o.origin === 'rescue' ? 'towed' : o.origin === 'walk-in' ? 'walk-in' : 'booked';
}

export function orderDto(o: RepairOrder, quotes?: RepairQuote[], sla: OrderView['sla'] = null): OrderView {
  return {
    sla,
    id: o.id,
    orderNumber: o.orderNumber,
    status: o.status,
    version: o.version,
    allowedCommands: allowedCommands(o.status as Status),
    centreId: o.centreId,
    regionId: o.regionId,
    customerId: o.customerId,
    vehicleId: o.vehicleId,
    origin: o.origin as OrderView['origin'],
    arrival: arrivalOf(o),
    bookingId: o.bookingId,
    rescueId: o.rescueId,
    serviceType: o.serviceType,
    emergencyMode: o.emergencyMode,
    reception: {
      mileageKm: o.mileageKm,
      fuelLevelPercent: o.fuelLevelPercent,
      symptoms: o.symptoms,
      symptomSystems: o.symptomSystems as OrderView['reception']['symptomSystems'],
      damageNotes: o.damageNotes,
      receivedAt: iso(o.receivedAt),
    },
    diagnosis: o.diagnosis as OrderView['diagnosis'],
    faultCodes: o.faultCodes,
    estimatedLabourHours: o.estimatedLabourHours,
    currentQuoteVersion: o.currentQuoteVersion || null,
    approvedQuoteVersion: o.approvedQuoteVersion,
    technicianIds: o.technicianIds,
    progressNotes: o.progressNotes as OrderView['progressNotes'],
    qcResults: o.qcResults as OrderView['qcResults'],
    reworkCount: o.reworkCount,
    qcAttempts: o.qcAttempts,
    parts: {
      requestId: o.partsRequestId,
      status: o.partsStatus as OrderView['parts']['status'],
      issuedCostMinor: minorOf(o.partsCostMinor),
    },
    delivery: o.delivery as OrderView['delivery'],
    closure: o.closure as OrderView['closure'],
    cancellation: o.cancellation as OrderView['cancellation'],
    comebackOfRepairOrderId: o.comebackOfRepairOrderId,
    currency: o.currency,
    statusChangedAt: iso(o.statusChangedAt),
    completedAt: isoOrNull(o.completedAt),
    createdAt: iso(o.createdAt),
    ...(quotes ? { quotes: quotes.map(quoteDto) } : {}),
  };
}

export function slaStandardDto(s: SlaStandard): SlaStandardView {
  return {
    stage: s.stage,
    standardSeconds: s.standardSeconds,
    timeBasis: s.timeBasis as SlaStandardView['timeBasis'],
    version: s.version,
    updatedBy: s.updatedBy,
    updatedAt: iso(s.updatedAt),
  };
}

export function rescueDto(r: Rescue): RescueView {
  return {
    id: r.id,
    regionId: r.regionId,
    customerId: r.customerId,
    vehicleId: r.vehicleId,
    problem: r.problem,
    channel: r.channel,
    priority: r.priority as RescueView['priority'],
    description: r.description,
    location:
      r.latitude !== null && r.longitude !== null ? { latitude: r.latitude, longitude: r.longitude } : null,
    status: r.status,
    centreId: r.centreId,
    technicianId: r.technicianId,
    distanceKm: r.distanceKm,
    etaAt: isoOrNull(r.etaAt),
    requestedAt: iso(r.requestedAt),
    dispatchedAt: isoOrNull(r.dispatchedAt),
    arrivedAt: isoOrNull(r.arrivedAt),
    endedAt: isoOrNull(r.endedAt),
    resolution: r.resolution,
    repairOrderId: r.repairOrderId,
    version: r.version,
  };
}

export function emergencyDto(e: Emergency): EmergencyView {
  return {
    id: e.id,
    regionId: e.regionId,
    active: e.endedAt === null,
    trigger: e.trigger as EmergencyView['trigger'],
    cause: e.cause,
    declaredBy: e.declaredBy,
    backlogHours: e.backlogHours,
    capacityHours: e.capacityHours,
    extraHours: e.extraHours,
    overflowCentreIds: e.overflowCentreIds,
    note: e.note,
    startedAt: iso(e.startedAt),
    endedAt: isoOrNull(e.endedAt),
    endedBy: e.endedBy,
    version: e.version,
  };
}

export function warrantyRuleDto(r: WarrantyRule): WarrantyRuleView {
  return {
    serviceType: r.serviceType,
    days: r.days,
    km: r.km,
    version: r.version,
    updatedBy: r.updatedBy,
    updatedAt: iso(r.updatedAt),
  };
}
