// What a signed-in customer sees of their complaints and inquiries (/v1/me): their own words, the
// reference, the category, the status and its times, the outcome meant for them and a timeline of
// milestones. Never teams, handlers, routing, severity, deadlines, escalation or internal notes.
// customerId is in every view: a customer's erasure deletes the stored idempotent responses that
// carry it (application/erasure.ts), so a replay cannot bring the erased texts back.
import { z } from 'zod';
import { Id, Timestamp } from '@aftersales/contracts';
import { CUSTOMER_EVENTS, type TimelineEntry } from '../application/self-service';
import { type Complaint, type Inquiry } from '../db/client';
import { InquiryChannel, InquiryStatus } from '../domain/inquiry';
import { ComplaintCategory, ComplaintChannel, ComplaintStatus, Remedy, Verdict } from '../domain/types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const MyComplaintView = z.strictObject({
  id: z.uuid(),
  referenceNumber: z.string().describe('C-<year>-<6 digits>: quote it when calling the desk'),
  customerId: Id,
  status: ComplaintStatus,
  channel: ComplaintChannel,
  category: ComplaintCategory.nullable().describe('Null until the desk has classified it'),
  description: z.string().describe("The customer's own words"),
  vehicleId: Id.nullable(),
  repairOrderId: Id.nullable(),
  filedAt: Timestamp,
  acknowledgedAt: Timestamp.nullable(),
  resolvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  resolution: z
    .strictObject({
      remedy: Remedy.nullable(),
      summary: z.string().nullable(),
      goodwill: z.strictObject({ amountMinor: z.int(), currency: z.string().nullable() }).nullable(),
    })
    .nullable()
    .describe('Set while the complaint is resolved or closed; cleared when it is reopened'),
  verdict: Verdict.nullable().describe("The customer's verdict on the resolution"),
});
export type MyComplaintView = z.infer<typeof MyComplaintView>;

export const TimelineEntryView = z.strictObject({ event: z.enum(CUSTOMER_EVENTS), at: Timestamp });

export const MyComplaintDetailView = MyComplaintView.extend({
  timeline: z.array(TimelineEntryView).describe('Milestones, oldest first'),
});
export type MyComplaintDetailView = z.infer<typeof MyComplaintDetailView>;

export function myComplaintDto(c: Complaint): MyComplaintView {
  return {
    id: c.id,
    referenceNumber: c.referenceNumber,
    customerId: c.customerId!,
    status: c.status as MyComplaintView['status'],
    channel: c.channel as MyComplaintView['channel'],
    category: c.category as MyComplaintView['category'],
    description: c.description,
    vehicleId: c.vehicleId,
    repairOrderId: c.repairOrderId,
    filedAt: c.registeredAt.toISOString(),
    acknowledgedAt: iso(c.acknowledgedAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    resolution: c.resolvedAt
      ? {
          remedy: c.remedy as Remedy | null,
          summary: c.resolutionSummary,
          goodwill:
            c.goodwillMinor !== null ? { amountMinor: c.goodwillMinor, currency: c.goodwillCurrency } : null,
        }
      : null,
    verdict: c.verdict as Verdict | null,
  };
}

export function myComplaintDetailDto(c: Complaint, timeline: TimelineEntry[]): MyComplaintDetailView {
  return {
    ...myComplaintDto(c),
    timeline: timeline.map((t) => ({ event: t.event, at: t.at.toISOString() })),
  };
}

export const MyInquiryView = z.strictObject({
  id: z.uuid(),
  customerId: Id,
  status: InquiryStatus,
  channel: InquiryChannel,
  question: z.string().describe("The customer's own words"),
  vehicleId: Id.nullable(),
  receivedAt: Timestamp,
  answer: z
    .strictObject({ text: z.string(), answeredAt: Timestamp.nullable() })
    .nullable()
    .describe('Null until the desk has answered'),
  conversion: z
    .strictObject({
      into: z.enum(['complaint', 'booking']),
      at: Timestamp.nullable(),
      complaintId: z.uuid().nullable().describe('The complaint it became (see /v1/me/complaints)'),
    })
    .nullable(),
});
export type MyInquiryView = z.infer<typeof MyInquiryView>;

export function myInquiryDto(i: Inquiry): MyInquiryView {
  return {
    id: i.id,
    customerId: i.customerId!,
    status: i.status as MyInquiryView['status'],
    channel: i.channel as MyInquiryView['channel'],
    question: i.question,
    vehicleId: i.vehicleId,
    receivedAt: i.receivedAt.toISOString(),
    answer: i.answer ? { text: i.answer, answeredAt: iso(i.answeredAt) } : null,
    conversion: i.convertedInto
      ? {
          into: i.convertedInto as 'complaint' | 'booking',
          at: iso(i.convertedAt),
          complaintId: i.complaintId,
        }
      : null,
  };
}
