// zod request schemas of the public API. Enums come from the contracts so the API and the events
// accept the same values. Unknown keys are stripped; numbers in query strings are coerced.
import { z } from 'zod';
import {
  ApprovalMethod,
  CentreType,
  ContactChannel,
  RepairOrderStatus,
  RescueProblem,
  ServiceType,
  VehicleSystem,
} from '@aftersales/contracts';
import { paginationQuerySchema, safeIdSchema, timeZoneSchema } from '@aftersales/service-kit';

// Client-chosen ids (regions, dealers, technicians, ...) reach events and analytics' CSV
// exports: no formula start, no control characters (service-kit's safeIdSchema).
const Id = safeIdSchema;
const Uuid = z.uuid();
const Hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM');
const Interval = z.object({ open: Hhmm, close: Hhmm });
const DateOnly = z.iso.date();
const Instant = z.iso.datetime({ offset: true });
// Whole minor units. No upper bound here: an amount above Number.MAX_SAFE_INTEGER is a 422
// (amount-too-large, domain/money.ts) from the use case, not a 400.
const Minor = z.number().min(0).multipleOf(1);

export const idParams = z.object({ id: Uuid });
export const quoteVersionParams = z.object({ id: Uuid, version: z.coerce.number().int().min(1) });
export const stageParams = z.object({ stage: RepairOrderStatus });

const OpeningHoursBody = z
  .object({
    mon: z.array(Interval),
    tue: z.array(Interval),
    wed: z.array(Interval),
    thu: z.array(Interval),
    fri: z.array(Interval),
    sat: z.array(Interval),
    sun: z.array(Interval),
  })
  .partial();
const HoursExceptionsBody = z.array(
  z.object({ date: DateOnly, closed: z.boolean().optional(), hours: z.array(Interval).optional() }),
);

/** Each technician works the centre's open hours, at most `hoursPerDay`, not on `absences`. */
const TechniciansBody = z.array(
  z.object({
    id: Id,
    name: z.string().min(1).max(200),
    skills: z.array(z.string().min(1).max(64)).default([]),
    hoursPerDay: z.number().min(0).max(24).nullish(),
    absences: z.array(DateOnly).max(366).nullish(),
  }),
);

export const createCentreBody = z.object({
  name: z.string().min(1).max(200),
  type: CentreType,
  regionId: Id,
  dealerId: Id.nullish(),
  address: z.object({
    line1: z.string().min(1).max(200),
    line2: z.string().max(200).nullish(),
    postalCode: z.string().min(1).max(20),
    city: z.string().min(1).max(100),
    country: z.string().length(2),
  }),
  location: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .nullish(),
  /** IANA zone of the centre's wall clock; opening hours and exception dates are local to it. */
  timeZone: timeZoneSchema.default('UTC'),
  openingHours: OpeningHoursBody,
  hoursExceptions: HoursExceptionsBody.default([]),
  bays: z.int().min(1).max(500),
  technicians: TechniciansBody.default([]),
  labourRateMinor: Minor,
  currency: z.string().regex(/^[A-Z]{3}$/),
  taxRateBasisPoints: z.int().min(0).max(10_000),
  stockLocationId: Id,
});

/** PATCH: the centre's name and calendar (zone, hours, exceptions); at least one field. */
export const updateCentreBody = z
  .object({
    name: z.string().min(1).max(200),
    timeZone: timeZoneSchema,
    openingHours: OpeningHoursBody,
    hoursExceptions: HoursExceptionsBody,
    /** The whole list (working hours and absences change; ids keep certifications attached). */
    technicians: TechniciansBody,
  })
  .partial()
  .refine(
    (b) => Object.keys(b).length > 0,
    'name, timeZone, openingHours, hoursExceptions or technicians is required',
  );

export const listCentresQuery = paginationQuerySchema.extend({
  regionId: Id.optional(),
  type: CentreType.optional(),
});

export const availabilityQuery = z.object({
  date: DateOnly,
  /** The estimated labour a slot is for (a slot lasts it, walked over breaks). */
  durationMinutes: z.coerce
    .number()
    .int()
    .min(15)
    .max(24 * 60)
    .default(60),
  stepMinutes: z.coerce.number().int().min(5).max(240).default(30),
});

export const createBookingBody = z.object({
  centreId: Uuid,
  customerId: Id,
  vehicleId: Id,
  channel: z.enum(['online', 'phone', 'walk-in', 'app', 'follow-up']),
  serviceType: ServiceType,
  slotStart: Instant,
  /** Optional: a booking lasts its estimated labour; when sent, it must be where that labour ends. */
  slotEnd: Instant.nullish(),
  /** The slot's length: walked from slotStart over the day's breaks; must fit before closing. */
  estimatedLabourHours: z.number().positive().max(200),
  notes: z.string().max(2000).nullish(),
});
export const listBookingsQuery = paginationQuerySchema.extend({
  centreId: Uuid.optional(),
  status: z.enum(['BOOKED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW']).optional(),
  /** Slots starting at or after this instant (a calendar's first day). */
  slotFrom: Instant.optional(),
  /** Slots starting before this instant. */
  slotTo: Instant.optional(),
});
export const cancelBookingBody = z.object({
  cancelledBy: z.enum(['customer', 'staff']),
  reason: z.enum(['customer-request', 'rescheduled', 'no-capacity', 'emergency', 'duplicate', 'other']),
});

export const receptionBody = z.object({
  centreId: Uuid,
  customerId: Id,
  vehicleId: Id,
  bookingId: Uuid.nullish(),
  /** How the car came in; default: booked with a bookingId, else walk-in. booked needs a bookingId. */
  arrival: z.enum(['walk-in', 'booked', 'towed']).optional(),
  serviceType: ServiceType,
  mileageKm: z.int().min(0).max(5_000_000),
  fuelLevelPercent: z.int().min(0).max(100),
  symptoms: z.string().min(1).max(4000),
  symptomSystems: z.array(VehicleSystem).default([]),
  damageNotes: z.string().max(4000).nullish(),
});
export const listOrdersQuery = paginationQuerySchema.extend({
  centreId: Uuid.optional(),
  status: RepairOrderStatus.optional(),
  vehicleId: Id.optional(),
});

const FaultCode = z.string().min(1).max(32);
export const diagnosisBody = z.object({
  technicianId: Id,
  faultCodes: z.array(FaultCode).default([]),
  findings: z
    .array(
      z.object({
        system: VehicleSystem,
        severity: z.enum(['advisory', 'required', 'safety-critical']),
        faultCode: FaultCode.nullish(),
        description: z.string().max(2000).nullish(),
      }),
    )
    .min(1),
  estimatedLabourHours: z.number().min(0).max(500),
  partsRequired: z.boolean(),
  notes: z.string().max(4000).nullish(),
});

export const quoteBody = z.object({
  reason: z.enum(['initial', 'extra-findings', 'revision']).optional(),
  lines: z
    .array(
      z.object({
        kind: z.enum(['labour', 'part', 'fee']),
        partId: Id.nullish(),
        operationCode: z.string().min(1).max(32).nullish(),
        description: z.string().max(500).nullish(),
        quantity: z.number().positive('quantity must be positive').max(10_000),
        unitPriceMinor: Minor.nullish(),
        discountMinor: Minor.nullish(),
        taxRateBasisPoints: z.int().min(0).max(10_000).nullish(),
      }),
    )
    .min(1)
    .max(200),
  discountMinor: Minor.optional(),
  extraFindings: z.array(z.object({ system: VehicleSystem, faultCode: FaultCode.nullish() })).optional(),
});

/** How staff record a decision: `customer-link` is the customer's own, via /v1/me only. */
const StaffApprovalMethod = ApprovalMethod.exclude(['customer-link']);

export const approvalBody = z.object({
  method: StaffApprovalMethod,
  approvedByCustomerId: Id.nullish(),
  priority: z.enum(['normal', 'urgent']).optional(),
  neededBy: z.iso.datetime().nullish(),
});
export const declineBody = z.object({
  method: StaffApprovalMethod,
  reason: z.enum(['price', 'time', 'second-opinion', 'not-needed', 'other']),
});
export const assignmentBody = z.object({ technicianIds: z.array(Id).min(1).max(20) });
export const progressBody = z.object({
  note: z.string().min(1).max(4000),
  workComplete: z.boolean().optional(),
});
export const qcBody = z.object({
  inspectorId: Id,
  checklist: z
    .array(
      z.object({
        code: z.string().min(1).max(64),
        passed: z.boolean(),
        note: z.string().max(2000).nullish(),
      }),
    )
    .min(1)
    .max(200),
});
export const deliveryBody = z.object({
  mileageKm: z.int().min(0).max(5_000_000),
  notes: z.string().max(4000).nullish(),
  nextMaintenance: z.object({
    dueMileageKm: z.int().min(0).max(5_000_000).nullish(),
    dueOn: DateOnly.nullish(),
  }),
});
export const closureBody = z.object({
  payer: z.enum(['customer', 'warranty', 'insurance', 'internal', 'goodwill']),
  invoiceTotalMinor: Minor.nullish(),
});
export const cancellationBody = z.object({
  cancelledBy: z.enum(['customer', 'staff']),
  reason: z.enum(['customer-request', 'quote-declined', 'duplicate', 'vehicle-unavailable', 'other']),
  note: z.string().max(2000).nullish(),
});

export const slaStandardBody = z.object({
  standardSeconds: z
    .int()
    .min(60)
    .max(90 * 86_400),
  timeBasis: z
    .enum(['working', 'elapsed'])
    .default('working')
    .describe(
      "working (default): counted in the centre's opening hours, in its time zone; elapsed: wall time",
    ),
});

export const rescueBody = z.object({
  regionId: Id,
  customerId: Id.nullish(),
  vehicleId: Id.nullish(),
  problem: RescueProblem,
  channel: ContactChannel,
  priority: z.enum(['normal', 'urgent', 'life-safety']).default('normal'),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }),
  description: z.string().max(4000).nullish(),
});
export const listRescuesQuery = paginationQuerySchema.extend({
  status: z.enum(['REQUESTED', 'DISPATCHED', 'ON_SITE', 'RESOLVED', 'TOWED_IN', 'CANCELLED']).optional(),
});
export const dispatchBody = z.object({ centreId: Uuid.nullish(), technicianId: Id.nullish() });
export const regionParams = z.object({ regionId: Id });
const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export const rescueRosterBody = z.object({
  escalation: z
    .object({ name: z.string().min(1).max(200), phone: z.string().min(3).max(40) })
    .describe('Whom the dispatcher calls when no centre of the region is open or on call'),
  onCall: z
    .array(
      z.object({
        centreId: Uuid,
        technicianId: Id.nullish(),
        weekly: z
          .array(z.object({ day: Weekday, from: Hhmm, to: Hhmm }))
          .max(50)
          .default([])
          .describe("Local times of the centre's time zone; to <= from runs past midnight"),
        dated: z
          .array(z.object({ from: Instant, to: Instant }))
          .max(200)
          .default([]),
      }),
    )
    .max(100),
});
export const resolutionBody = z.object({ resolution: z.enum(['fixed-on-site', 'no-fault-found']) });
export const towInBody = z.object({
  customerId: Id.nullish(),
  vehicleId: Id.nullish(),
  serviceType: ServiceType.default('repair'),
  mileageKm: z.int().min(0).max(5_000_000),
  fuelLevelPercent: z.int().min(0).max(100),
  symptoms: z.string().min(1).max(4000),
  symptomSystems: z.array(VehicleSystem).default([]),
  damageNotes: z.string().max(4000).nullish(),
});

export const declareEmergencyBody = z.object({
  regionId: Id,
  cause: z.enum(['disaster', 'weather', 'epidemic', 'other']),
  extraHours: z.number().min(0).max(12).default(0),
  overflowCentreIds: z.array(Uuid).optional(),
  note: z.string().max(2000).nullish(),
});
export const listEmergenciesQuery = paginationQuerySchema.extend({
  regionId: Id.optional(),
  active: z.stringbool().optional(),
});

/** A service type's warranty rule, or the tenant-wide "default". */
export const warrantyRuleParams = z.object({ serviceType: z.union([ServiceType, z.literal('default')]) });
export const warrantyRuleBody = z.object({
  days: z.int().min(0).max(3_650),
  /** null or absent: no mileage limit */
  km: z.int().min(0).max(1_000_000).nullish(),
});
