// Success bodies of the service network, booking, repair-order, SLA, rescue and emergency routes
// as zod schemas: documented in /openapi.json, checked against every answer while tests run, and
// (z.infer) the return types of the DTO functions in dto.ts, so the three cannot drift apart.
// Times are ISO-8601 UTC; money is integer minor units with a currency.
import { z } from 'zod';
import { CentreType, RepairOrderStatus, VehicleSystem } from '@aftersales/contracts';

export const Time = z.iso.datetime();
const Interval = z.object({ open: z.string(), close: z.string() });
const Location = z.object({ latitude: z.number(), longitude: z.number() });

export const CentreView = z.object({
  id: z.uuid(),
  name: z.string(),
  type: CentreType,
  regionId: z.string(),
  dealerId: z.string().nullable(),
  address: z.object({
    line1: z.string(),
    line2: z.string().nullish(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
  }),
  location: Location.nullable(),
  timeZone: z.string(),
  openingHours: z.record(z.string(), z.array(Interval)).describe('Local hours per weekday (mon..sun)'),
  hoursExceptions: z.array(
    z.object({ date: z.iso.date(), closed: z.boolean().optional(), hours: z.array(Interval).optional() }),
  ),
  bays: z.int(),
  technicians: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      skills: z.array(z.string()),
      hoursPerDay: z.number().nullish().describe('At most this many hours a day (default: all open hours)'),
      absences: z.array(z.iso.date()).nullish().describe('Local dates the technician does not work'),
    }),
  ),
  labourRateMinor: z.int(),
  currency: z.string(),
  taxRateBasisPoints: z.int(),
  stockLocationId: z.string(),
  version: z.int(),
  createdAt: Time,
});
export type CentreView = z.infer<typeof CentreView>;

export const AvailabilityView = z.object({
  centreId: z.uuid(),
  date: z.iso.date(),
  timeZone: z.string(),
  durationMinutes: z.int().describe('The estimated labour a slot is for; a slot lasts it, over breaks'),
  bays: z.int(),
  emergencyMode: z.boolean(),
  technicianHours: z.number().describe("The day's technician hours (today: from now on)"),
  bookedLabourHours: z.number().describe("Labour of the day's bookings"),
  workshopLabourHours: z
    .number()
    .describe('The share of the workshop backlog (orders in it) worked on this day'),
  freeTechnicianHours: z.number(),
  slots: z.array(
    z.object({
      start: Time,
      end: Time,
      freeBays: z.int(),
      available: z.boolean().describe('A bay is free and the free technician hours cover the labour'),
    }),
  ),
});

export const BookingView = z.object({
  id: z.uuid(),
  centreId: z.uuid(),
  customerId: z.string(),
  vehicleId: z.string(),
  channel: z.string(),
  serviceType: z.string(),
  slotStart: Time,
  slotEnd: Time,
  bay: z.int(),
  estimatedLabourHours: z.number(),
  status: z.enum(['BOOKED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW']),
  overflowFromCentreId: z.uuid().nullable(),
  notes: z.string().nullable(),
  cancelledBy: z.string().nullable(),
  cancelReason: z.string().nullable(),
  endedAt: Time.nullable(),
  version: z.int(),
  createdAt: Time,
});
export type BookingView = z.infer<typeof BookingView>;

const QuoteLineView = z.object({
  lineNo: z.int(),
  kind: z.enum(['labour', 'part', 'fee']),
  partId: z.string().nullable(),
  operationCode: z.string().nullable(),
  description: z.string().nullable(),
  quantity: z.number(),
  unitPriceMinor: z.int(),
  lineGrossMinor: z.int(),
  discountMinor: z.int().describe('Line discount plus its share of the quote discount'),
  netMinor: z.int(),
  taxRateBasisPoints: z.int(),
});

export const QuoteView = z.object({
  version: z.int(),
  reason: z.enum(['initial', 'extra-findings', 'revision']),
  status: z.enum(['ISSUED', 'APPROVED', 'DECLINED', 'SUPERSEDED']),
  lines: z.array(QuoteLineView),
  currency: z.string(),
  quoteDiscountMinor: z.int(),
  totals: z.object({ netMinor: z.int(), discountMinor: z.int(), taxMinor: z.int(), grossMinor: z.int() }),
  labourHours: z.number(),
  validUntil: Time,
  decision: z
    .object({
      at: Time,
      recordedBy: z.string().nullable(),
      method: z.string().nullable(),
      approvedByCustomerId: z.string().nullable(),
      declineReason: z.string().nullable(),
    })
    .nullable(),
  createdBy: z.string(),
  createdAt: Time,
});
export type QuoteView = z.infer<typeof QuoteView>;

const Checklist = z.array(z.object({ code: z.string(), passed: z.boolean(), note: z.string().nullish() }));

export const TimeBasis = z
  .enum(['working', 'elapsed'])
  .describe("working: the centre's opening hours in its time zone; elapsed: wall time");

export const SlaReadingView = z.object({
  stage: RepairOrderStatus,
  standardSeconds: z.int(),
  timeBasis: TimeBasis,
  startedAt: Time,
  dueAt: Time,
  leftSeconds: z.int().describe('Time left on the standard, on its basis; negative once overdue'),
  breached: z.boolean(),
  ticking: z.boolean().describe('False while a working-time clock stands still (the centre is closed)'),
});
export type SlaReadingView = z.infer<typeof SlaReadingView>;

export const OrderView = z.object({
  id: z.uuid(),
  orderNumber: z.string(),
  status: RepairOrderStatus,
  version: z.int(),
  allowedCommands: z.array(z.string()).describe('Commands the current status takes'),
  centreId: z.uuid(),
  regionId: z.string(),
  customerId: z.string(),
  vehicleId: z.string(),
  origin: z.enum(['booking', 'walk-in', 'rescue', 'overflow']),
  arrival: z.enum(['walk-in', 'booked', 'towed']).describe('How the car came in, as reception recorded it'),
  bookingId: z.uuid().nullable(),
  rescueId: z.uuid().nullable(),
  serviceType: z.string(),
  emergencyMode: z.boolean(),
  reception: z.object({
    mileageKm: z.int(),
    fuelLevelPercent: z.int(),
    symptoms: z.string(),
    symptomSystems: z.array(VehicleSystem),
    damageNotes: z.string().nullable(),
    receivedAt: Time,
  }),
  diagnosis: z
    .object({
      at: Time,
      by: z.string(),
      technicianId: z.string(),
      findings: z.array(
        z.object({
          system: VehicleSystem,
          severity: z.enum(['advisory', 'required', 'safety-critical']),
          faultCode: z.string().nullish(),
          description: z.string().nullish(),
        }),
      ),
      notes: z.string().nullable(),
      partsRequired: z.boolean(),
    })
    .nullable(),
  faultCodes: z.array(z.string()),
  estimatedLabourHours: z.number().nullable(),
  currentQuoteVersion: z.int().nullable(),
  approvedQuoteVersion: z.int().nullable(),
  technicianIds: z.array(z.string()),
  progressNotes: z.array(z.object({ at: Time, by: z.string(), note: z.string(), workComplete: z.boolean() })),
  qcResults: z.array(
    z.object({
      attempt: z.int(),
      at: Time,
      inspectorId: z.string(),
      passed: z.boolean(),
      checklist: Checklist,
    }),
  ),
  reworkCount: z.int(),
  qcAttempts: z.int(),
  parts: z.object({
    requestId: z.string().nullable(),
    status: z.enum(['requested', 'backordered', 'reserved', 'issued']).nullable(),
    issuedCostMinor: z.int(),
  }),
  delivery: z
    .object({
      at: Time,
      by: z.string(),
      mileageKm: z.int(),
      notes: z.string().nullable(),
      nextMaintenance: z.object({ dueMileageKm: z.int().nullable(), dueOn: z.iso.date().nullable() }),
    })
    .nullable(),
  closure: z.object({ at: Time, by: z.string(), payer: z.string(), invoiceTotalMinor: z.int() }).nullable(),
  cancellation: z
    .object({
      at: Time,
      by: z.string(),
      cancelledBy: z.enum(['customer', 'staff']),
      reason: z.string(),
      note: z.string().nullish(),
    })
    .nullable(),
  comebackOfRepairOrderId: z.uuid().nullable(),
  currency: z.string(),
  statusChangedAt: Time,
  completedAt: Time.nullable(),
  createdAt: Time,
  quotes: z.array(QuoteView).optional().describe('Every quote version (reads of one order)'),
  sla: SlaReadingView.nullable().describe("The running clock of the current stage's standard, read now"),
});
export type OrderView = z.infer<typeof OrderView>;

export const SlaStandardView = z.object({
  stage: RepairOrderStatus,
  standardSeconds: z.int(),
  timeBasis: TimeBasis,
  version: z.int(),
  updatedBy: z.string(),
  updatedAt: Time,
});
export type SlaStandardView = z.infer<typeof SlaStandardView>;

export const RescueView = z.object({
  id: z.uuid(),
  regionId: z.string(),
  customerId: z.string().nullable(),
  vehicleId: z.string().nullable(),
  problem: z.string(),
  channel: z.string(),
  priority: z.enum(['normal', 'urgent', 'life-safety']),
  description: z.string().nullable(),
  location: Location.nullable().describe('null once erased with the customer'),
  status: z.enum(['REQUESTED', 'DISPATCHED', 'ON_SITE', 'RESOLVED', 'TOWED_IN', 'CANCELLED']),
  centreId: z.uuid().nullable(),
  technicianId: z.string().nullable(),
  distanceKm: z.number().nullable(),
  etaAt: Time.nullable(),
  requestedAt: Time,
  dispatchedAt: Time.nullable(),
  arrivedAt: Time.nullable(),
  endedAt: Time.nullable(),
  resolution: z.string().nullable(),
  repairOrderId: z.uuid().nullable(),
  version: z.int(),
});
export type RescueView = z.infer<typeof RescueView>;

export const EmergencyView = z.object({
  id: z.uuid(),
  regionId: z.string(),
  active: z.boolean(),
  trigger: z.enum(['backlog', 'declared']),
  cause: z.string(),
  declaredBy: z.string().nullable(),
  backlogHours: z.number().nullable(),
  capacityHours: z.number().nullable(),
  extraHours: z.number(),
  overflowCentreIds: z.array(z.uuid()),
  note: z.string().nullable(),
  startedAt: Time,
  endedAt: Time.nullable(),
  endedBy: z.string().nullable(),
  version: z.int(),
});
export type EmergencyView = z.infer<typeof EmergencyView>;

export const RescueRosterView = z.object({
  regionId: z.string(),
  escalation: z.object({ name: z.string(), phone: z.string() }),
  onCall: z.array(
    z.object({
      centreId: z.uuid(),
      technicianId: z.string().nullable(),
      weekly: z.array(z.object({ day: z.string(), from: z.string(), to: z.string() })),
      dated: z.array(z.object({ from: Time, to: Time })),
    }),
  ),
  version: z.int(),
  updatedBy: z.string(),
  updatedAt: Time,
});
export type RescueRosterView = z.infer<typeof RescueRosterView>;

export const WarrantyRuleView = z.object({
  serviceType: z.string().describe('A service type or "default" (the tenant-wide rule)'),
  days: z.int().describe('Days after delivery'),
  km: z.int().nullable().describe('Kilometres driven since delivery; null: no limit'),
  version: z.int(),
  updatedBy: z.string(),
  updatedAt: Time,
});
export type WarrantyRuleView = z.infer<typeof WarrantyRuleView>;
