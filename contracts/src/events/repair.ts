// Repair service events: bookings, the repair-order lifecycle, SLA clocks, roadside rescue
// and emergency mode. Every repair.order.* event is keyed by the order id, so consumers see
// one order's events in the order they happened.
import { z } from 'zod';
import {
  CalendarDate,
  CentreType,
  ContactChannel,
  Hours,
  Id,
  MileageKm,
  Money,
  Quantity,
  Seconds,
  Timestamp,
  UserId,
} from '../primitives';

/** The repair-order state machine; the repair service's domain/state-machine.ts holds its transitions. */
export const RepairOrderStatus = z.enum([
  'RECEIVED',
  'DIAGNOSED',
  'QUOTED',
  'APPROVED',
  'DECLINED',
  'IN_PROGRESS',
  'WAITING_PARTS',
  'QC',
  'READY',
  'DELIVERED',
  'CLOSED',
  'CANCELLED',
]);

export const ServiceType = z.enum([
  'maintenance',
  'repair',
  'diagnosis',
  'warranty',
  'recall',
  'bodywork',
  'tyres',
  'inspection',
]);

export const VehicleSystem = z.enum([
  'engine',
  'transmission',
  'brakes',
  'suspension',
  'steering',
  'electrical',
  'hvac',
  'body',
  'tyres',
  'battery-ev',
  'other',
]);

/** How the customer answered a quote (recorded by staff). */
// customer-link: the customer decided in self-service (/my/), signed in by a one-time code.
export const ApprovalMethod = z.enum([
  'in-person',
  'phone',
  'email',
  'sms',
  'online',
  'signature',
  'customer-link',
]);

/** Time spent in one status, against the tenant's standard for it (null when none is set). */
export const StageDuration = z.object({
  stage: RepairOrderStatus,
  seconds: Seconds,
  standardSeconds: Seconds.nullable(),
});

export const SlaBreach = z.object({
  stage: RepairOrderStatus,
  standardSeconds: Seconds,
  elapsedSeconds: Seconds,
});

const BookingRef = {
  bookingId: Id,
  centreId: Id,
};

export const BookingCreated = z
  .object({
    ...BookingRef,
    regionId: Id,
    customerId: Id,
    vehicleId: Id,
    channel: z.enum(['online', 'phone', 'walk-in', 'app', 'follow-up']),
    serviceType: ServiceType,
    slotStart: Timestamp,
    slotEnd: Timestamp,
    bayId: Id.nullable(),
    estimatedLabourHours: Hours,
    overflowFromCentreId: Id.nullable().describe(
      'Set when emergency mode routed the booking to this partner',
    ),
  })
  .describe('A service booking was made against centre capacity.');

export const BookingCancelled = z
  .object({
    ...BookingRef,
    slotStart: Timestamp,
    cancelledBy: z.enum(['customer', 'staff', 'system']),
    reason: z.enum(['customer-request', 'rescheduled', 'no-capacity', 'emergency', 'duplicate', 'other']),
  })
  .describe('A booking was cancelled.');

export const BookingNoShow = z
  .object({
    ...BookingRef,
    customerId: Id,
    vehicleId: Id,
    slotStart: Timestamp,
  })
  .describe('The customer did not turn up for a booking.');

export const RepairOrderOpened = z
  .object({
    repairOrderId: Id,
    orderNumber: z.string().min(1).max(32).describe('Reference the customer can quote'),
    centreId: Id,
    centreType: CentreType,
    regionId: Id,
    customerId: Id,
    vehicleId: Id,
    origin: z.enum(['booking', 'walk-in', 'rescue', 'overflow']),
    bookingId: Id.nullable(),
    rescueId: Id.nullable(),
    serviceType: ServiceType,
    mileageKm: MileageKm,
    fuelLevelPercent: z.int().min(0).max(100),
    symptomSystems: z
      .array(VehicleSystem)
      .describe('Systems named in the reported symptoms (text stays in repair)'),
    damageNoted: z.boolean(),
    emergencyMode: z.boolean().describe('Region was in emergency mode at reception'),
  })
  .describe('A vehicle was received and a repair order opened (status RECEIVED).');

export const RepairOrderDiagnosed = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    technicianId: UserId,
    faultCodes: z.array(z.string().min(1).max(32)).describe('Diagnostic trouble codes, e.g. P0301'),
    findings: z.array(
      z.object({
        system: VehicleSystem,
        severity: z.enum(['advisory', 'required', 'safety-critical']),
        faultCode: z.string().min(1).max(32).nullable(),
      }),
    ),
    estimatedLabourHours: Hours,
    partsRequired: z.boolean(),
  })
  .describe('The vehicle was diagnosed (status DIAGNOSED).');

export const QuoteLine = z.object({
  lineId: Id,
  kind: z.enum(['labour', 'part', 'fee']),
  partId: Id.nullable().describe('Set for part lines'),
  operationCode: z.string().min(1).max(32).nullable().describe('Labour operation code for labour lines'),
  quantity: Quantity.describe('Hours for labour lines, units for part lines'),
  unitPrice: Money,
  discount: Money,
  taxRateBasisPoints: z.int().min(0).max(10000).describe('1900 = 19 %'),
  netTotal: Money.describe('quantity x unitPrice - discount, before tax'),
});

export const RepairOrderQuoted = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    quoteVersion: z.int().min(1).describe('Increments on every re-quote; approval names the version'),
    reason: z.enum(['initial', 'extra-findings', 'revision']),
    lines: z.array(QuoteLine).min(1),
    totals: z.object({ net: Money, discount: Money, tax: Money, gross: Money }),
    validUntil: Timestamp,
  })
  .describe('A quotation (or a re-quote) was issued to the customer (status QUOTED).');

export const RepairOrderApproved = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    quoteVersion: z.int().min(1),
    approvedTotal: Money,
    method: ApprovalMethod,
    approvedByCustomerId: Id.nullable().describe('Null when a fleet manager or insurer approved'),
    recordedBy: UserId,
  })
  .describe('The customer approved a quote version (status APPROVED).');

export const RepairOrderDeclined = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    quoteVersion: z.int().min(1),
    method: ApprovalMethod,
    reason: z.enum(['price', 'time', 'second-opinion', 'not-needed', 'other']),
    recordedBy: UserId,
  })
  .describe('The customer declined a quote version (status DECLINED).');

export const RepairOrderStatusChanged = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    from: RepairOrderStatus,
    to: RepairOrderStatus,
    cause: z.enum(['command', 'parts-backordered', 'parts-available', 'qc-failed', 'system']),
    changedBy: UserId.nullable().describe('Null when an event or the system caused the change'),
    technicianId: UserId.nullable(),
  })
  .describe('Every status transition of a repair order, including those with a dedicated event.');

export const RepairOrderQcFailed = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    inspectorId: UserId,
    technicianIds: z.array(UserId),
    attempt: z.int().min(1).describe('QC attempt number for this order'),
    failedChecks: z.array(z.string().min(1).max(64)).min(1).describe('Checklist item codes that failed'),
    reworkCount: z.int().min(1).describe('Rework rounds so far, this one included'),
  })
  .describe('Quality control failed; the order goes back to IN_PROGRESS for rework.');

export const RepairOrderCompleted = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    centreType: CentreType,
    regionId: Id,
    customerId: Id,
    vehicleId: Id,
    serviceType: ServiceType,
    technicianIds: z.array(UserId),
    receivedAt: Timestamp,
    stageDurations: z.array(StageDuration),
    labourHours: Hours.describe('Labour hours actually booked'),
    labourCost: Money,
    partsCost: Money,
    totalGross: Money.describe('Invoice total including tax'),
    reworkCount: z.int().nonnegative(),
    qcAttempts: z.int().min(1),
    slaBreaches: z.array(SlaBreach),
    comeback: z.boolean().describe('Repeat repair of the same fault on the same vehicle within 30 days'),
    comebackOfRepairOrderId: Id.nullable(),
  })
  .describe('Work passed QC and the vehicle is READY: the service outcome of the order.');

/** A local wall-clock time of day, HH:MM (24:00 = the end of the day). */
const LocalTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected HH:MM');
const DailyHours = z
  .array(z.object({ open: LocalTime, close: LocalTime.describe('After open') }))
  .describe('Open intervals of a day, local wall-clock times');

/** A centre's opening hours as the repair service keeps them (local to the centre's zone). */
export const CentreHours = z
  .object({
    timeZone: z.string().min(1).max(64).describe('IANA time zone of the centre, e.g. Europe/Berlin'),
    openingHours: z
      .object({
        mon: DailyHours.optional(),
        tue: DailyHours.optional(),
        wed: DailyHours.optional(),
        thu: DailyHours.optional(),
        fri: DailyHours.optional(),
        sat: DailyHours.optional(),
        sun: DailyHours.optional(),
      })
      .describe('Open intervals per weekday; a missing weekday is closed'),
    hoursExceptions: z
      .array(
        z.object({
          date: CalendarDate.describe('Local date in the centre time zone'),
          closed: z.boolean().optional().describe('Closed all day'),
          hours: DailyHours.optional().describe('Other hours that day (instead of the weekday)'),
        }),
      )
      .describe('Dates with other hours or closed (holidays)'),
  })
  .describe(
    "The centre's opening hours: local wall-clock intervals per weekday in its IANA time zone, with date exceptions",
  );

export const RepairOrderDelivered = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    customerId: Id,
    vehicleId: Id,
    mileageKm: MileageKm,
    nextMaintenance: z.object({
      dueMileageKm: MileageKm.nullable(),
      dueOn: CalendarDate.nullable(),
    }),
    deliveredBy: UserId,
    centreHours: CentreHours.nullable()
      .optional()
      .describe(
        "Added later: the delivering centre's opening hours at delivery, so follow-up calls fall in them. Absent in older events; null when unknown",
      ),
  })
  .describe('The vehicle was handed back to the customer (status DELIVERED).');

export const RepairOrderClosed = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    regionId: Id,
    invoiceTotal: Money,
    payer: z.enum(['customer', 'warranty', 'insurance', 'internal', 'goodwill']),
  })
  .describe('The order was settled and closed (status CLOSED); no further changes.');

export const RepairOrderCancelled = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    fromStatus: RepairOrderStatus,
    cancelledBy: z.enum(['customer', 'staff', 'system']),
    reason: z.enum(['customer-request', 'quote-declined', 'duplicate', 'vehicle-unavailable', 'other']),
  })
  .describe('The order was cancelled; reserved parts are released.');

/**
 * What the lines of a parts request stand for. `addition`: parts needed on top of the order's
 * earlier requests, which stay in force (parts a re-quote no longer needs come as
 * repair.parts.dropped). `order` (or the field absent, as from producers before it existed): the
 * order's whole need, replacing its earlier requests.
 */
export const PartsRequestScope = z.enum(['order', 'addition']);

export const RepairPartsRequested = z
  .object({
    repairOrderId: Id,
    requestId: Id.describe(
      'Idempotency key of this request; every approval that needs more parts makes a new request',
    ),
    centreId: Id,
    locationId: Id.describe('Stock location serving the centre'),
    quoteVersion: z.int().min(1),
    priority: z.enum(['normal', 'urgent']),
    neededBy: Timestamp.nullable(),
    lines: z.array(z.object({ lineId: Id, partId: Id, quantity: Quantity })).min(1),
    scope: PartsRequestScope.optional().describe(
      "addition: these parts come on top of the order's earlier requests, which stay in force; " +
        "order, or absent: the order's whole need, replacing its earlier requests",
    ),
  })
  .describe(
    'An approved quote needs parts: reserve them, backorder the rest. The repair service sends ' +
      'scope addition: only what the approved version needs beyond the previously approved one.',
  );

export const RepairPartsDropped = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    locationId: Id.describe('Stock location serving the centre'),
    quoteVersion: z.int().min(1).describe('The approved quote version that needs less'),
    lines: z
      .array(
        z.object({
          partId: Id,
          quantity: Quantity.describe('How much less of the part the order needs'),
        }),
      )
      .min(1),
  })
  .describe(
    'An approved re-quote needs less of these parts than the previously approved version: free what ' +
      "the order's requests hold of them (open backorders first, then reserved stock; issued parts stay issued).",
  );

export const RepairSlaBreached = z
  .object({
    repairOrderId: Id,
    centreId: Id,
    regionId: Id,
    stage: RepairOrderStatus.describe('Status whose time standard passed'),
    standardSeconds: Seconds,
    elapsedSeconds: Seconds,
    dueAt: Timestamp,
  })
  .describe('A service-time standard (SLA clock) of a stage was exceeded.');

export const RescueProblem = z.enum([
  'breakdown',
  'flat-tyre',
  'battery',
  'accident',
  'lockout',
  'fuel',
  'overheating',
  'other',
]);

export const RescueRequested = z
  .object({
    rescueId: Id,
    regionId: Id,
    customerId: Id.nullable(),
    vehicleId: Id.nullable(),
    problem: RescueProblem,
    channel: ContactChannel,
    priority: z.enum(['normal', 'urgent', 'life-safety']),
  })
  .describe('A roadside rescue was requested (the exact location stays in the repair service).');

export const RescueDispatched = z
  .object({
    rescueId: Id,
    regionId: Id,
    centreId: Id,
    centreType: CentreType,
    technicianId: UserId.nullable(),
    distanceKm: z.number().nonnegative(),
    etaAt: Timestamp,
  })
  .describe('A centre or partner workshop was dispatched to a rescue.');

export const RescueCompleted = z
  .object({
    rescueId: Id,
    regionId: Id,
    centreId: Id,
    resolution: z.enum(['fixed-on-site', 'towed-in', 'no-fault-found', 'cancelled']),
    repairOrderId: Id.nullable().describe('Order opened when the vehicle was towed in'),
    arrivedAt: Timestamp.nullable(),
    responseSeconds: Seconds.nullable().describe('From request to arrival on site'),
  })
  .describe('A rescue ended: fixed on the spot, towed in (opens a repair order) or cancelled.');

export const EmergencyModeEntered = z
  .object({
    emergencyId: Id,
    regionId: Id,
    trigger: z.enum(['backlog', 'declared']),
    cause: z.enum(['backlog', 'disaster', 'weather', 'epidemic', 'other']),
    declaredBy: UserId.nullable().describe('Admin who declared it; null when the backlog triggered it'),
    backlogHours: Hours.nullable(),
    capacityHours: Hours.nullable(),
    extendedHours: z.boolean(),
    overflowCentreIds: z.array(Id).describe('Partner workshops receiving overflow bookings'),
  })
  .describe('A region entered emergency mode: extended hours, overflow to partner workshops.');

export const EmergencyModeLeft = z
  .object({
    emergencyId: Id,
    regionId: Id,
    enteredAt: Timestamp,
    durationSeconds: Seconds,
    endedBy: UserId.nullable(),
  })
  .describe('A region left emergency mode (always explicitly).');

export const repairEvents = {
  'repair.booking.created': BookingCreated,
  'repair.booking.cancelled': BookingCancelled,
  'repair.booking.no-show': BookingNoShow,
  'repair.order.opened': RepairOrderOpened,
  'repair.order.diagnosed': RepairOrderDiagnosed,
  'repair.order.quoted': RepairOrderQuoted,
  'repair.order.approved': RepairOrderApproved,
  'repair.order.declined': RepairOrderDeclined,
  'repair.order.status-changed': RepairOrderStatusChanged,
  'repair.order.qc-failed': RepairOrderQcFailed,
  'repair.order.completed': RepairOrderCompleted,
  'repair.order.delivered': RepairOrderDelivered,
  'repair.order.closed': RepairOrderClosed,
  'repair.order.cancelled': RepairOrderCancelled,
  'repair.parts.requested': RepairPartsRequested,
  'repair.parts.dropped': RepairPartsDropped,
  'repair.sla.breached': RepairSlaBreached,
  'rescue.requested': RescueRequested,
  'rescue.dispatched': RescueDispatched,
  'rescue.completed': RescueCompleted,
  'emergency.mode.entered': EmergencyModeEntered,
  'emergency.mode.left': EmergencyModeLeft,
} as const;
