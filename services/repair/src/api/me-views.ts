// Success bodies of self-service (/v1/me): what a signed-in customer sees of their own repair
// orders, quotes and bookings. Customer-facing on purpose: no staff notes, no technician or staff
// ids, no bay numbers or workshop capacity. Times are ISO-8601 UTC; money is integer minor units
// with a currency.
import { z } from 'zod';
import { RepairOrderStatus } from '@aftersales/contracts';
import { Time } from './views';

const CentreRef = z.object({ id: z.uuid(), name: z.string() });
const VehicleRef = z
  .object({ id: z.string() })
  .describe('The vehicle by id (plate, make and model live in the customer service)');

export const MyQuoteSummary = z.object({
  version: z.int(),
  status: z.enum(['ISSUED', 'APPROVED', 'DECLINED', 'SUPERSEDED']),
  grossMinor: z.int(),
  currency: z.string(),
  validUntil: Time,
});

export const MyOrderSummaryView = z.object({
  id: z.uuid(),
  orderNumber: z.string().describe('The reference to quote to the workshop'),
  status: RepairOrderStatus,
  serviceType: z.string(),
  vehicle: VehicleRef,
  centre: CentreRef,
  openedAt: Time,
  statusChangedAt: Time,
  readyAt: Time.nullable().describe('When the vehicle passed quality control and was ready'),
  deliveredAt: Time.nullable(),
  currentQuote: MyQuoteSummary.nullable(),
  awaitingDecision: z
    .boolean()
    .describe('The current quote waits for your approval or decline (see the order detail)'),
});
export type MyOrderSummaryView = z.infer<typeof MyOrderSummaryView>;

const MyQuoteLine = z.object({
  lineNo: z.int(),
  kind: z.enum(['labour', 'part', 'fee']),
  description: z.string().nullable(),
  quantity: z.number().describe('Hours on labour lines, units on part and fee lines'),
  unitPriceMinor: z.int(),
  lineGrossMinor: z.int().describe('quantity x unitPriceMinor, rounded half up'),
  discountMinor: z.int(),
  netMinor: z.int(),
  taxRateBasisPoints: z.int().describe('1900 = 19 %'),
});

export const MyQuoteView = z.object({
  version: z.int(),
  reason: z.enum(['initial', 'extra-findings', 'revision']),
  status: z.enum(['ISSUED', 'APPROVED', 'DECLINED', 'SUPERSEDED']),
  currency: z.string(),
  validUntil: Time,
  lines: z.array(MyQuoteLine),
  totals: z.object({ netMinor: z.int(), discountMinor: z.int(), taxMinor: z.int(), grossMinor: z.int() }),
  labourHours: z.number(),
  quoteHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of this version as shown; send it back with an approval or decline'),
  decidable: z.boolean().describe('This version can be approved or declined now'),
  decision: z
    .object({
      at: Time,
      outcome: z.enum(['approved', 'declined']),
      method: z.string().nullable().describe('customer-link when you decided here'),
      declineReason: z.string().nullable(),
    })
    .nullable(),
  issuedAt: Time,
});
export type MyQuoteView = z.infer<typeof MyQuoteView>;

export const MyOrderView = MyOrderSummaryView.extend({
  timeline: z
    .array(z.object({ at: Time, from: RepairOrderStatus.nullable(), to: RepairOrderStatus }))
    .describe('Every status change, oldest first'),
  quotes: z.array(MyQuoteView).describe('Every quote version, oldest first'),
});
export type MyOrderView = z.infer<typeof MyOrderView>;

export const MyBookingView = z.object({
  id: z.uuid(),
  customerId: z.string(),
  centre: CentreRef,
  vehicle: VehicleRef,
  serviceType: z.string(),
  slotStart: Time,
  slotEnd: Time,
  status: z.enum(['BOOKED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW']),
  overflowFromCentre: CentreRef.nullable().describe(
    'The centre you asked for when emergency mode moved the booking to a partner workshop',
  ),
  notes: z.string().nullable(),
  cancelledBy: z.enum(['customer', 'staff']).nullable(),
  endedAt: Time.nullable(),
  createdAt: Time,
  cancellable: z.boolean().describe('BOOKED: you can still cancel it'),
});
export type MyBookingView = z.infer<typeof MyBookingView>;

export const MyCentreView = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.string(),
  address: z.object({
    line1: z.string(),
    line2: z.string().nullish(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
  }),
  timeZone: z.string(),
  openingHours: z
    .record(z.string(), z.array(z.object({ open: z.string(), close: z.string() })))
    .describe('Local hours per weekday (mon..sun)'),
});
export type MyCentreView = z.infer<typeof MyCentreView>;

export const MyBookingSlotsView = z.object({
  centreId: z.uuid(),
  date: z.iso.date(),
  timeZone: z.string(),
  durationMinutes: z.int(),
  slots: z.array(z.object({ start: Time, end: Time })).describe('Free slots only, in time order'),
});
