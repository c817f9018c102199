// Customer self-service (/v1/me): a signed-in customer files complaints and inquiries and follows
// their own. Filing goes through the staff intake's use cases (registerComplaint, receiveInquiry),
// so routing, time limits, history and events are the same; every read filters by the customer id
// taken from the token, so someone else's record is the same 404 as one that does not exist.
import { type Complaint, type Inquiry, type Tx } from '../db/client';
import { type ComplaintChannel } from '../domain/types';
import { type InquiryChannel } from '../domain/inquiry';
import { notFound } from './aggregate';
import { complaints } from './commands';
import { inquiries, receiveInquiry } from './inquiries';
import { registerComplaint } from './register';
import { type ServiceDefaults } from './settings';
import { type Work } from './unit-of-work';

/** The signed-in customer: the token's tenant and subject. */
export interface Customer {
  tenantId: string;
  customerId: string;
}

/** A customer files online. */
export const SELF_SERVICE_COMPLAINT_CHANNEL: ComplaintChannel = 'web';
export const SELF_SERVICE_INQUIRY_CHANNEL: InquiryChannel = 'web';

/**
 * The complaints a customer made, by any channel. Proactive ones (opened by the service from a low
 * survey score, a failed quality check or a comeback) are the staff's follow-up, not the customer's.
 */
export const ownComplaints = (me: Customer) => ({
  tenantId: me.tenantId,
  customerId: me.customerId,
  trigger: 'customer',
});

export const ownInquiries = (me: Customer) => ({ tenantId: me.tenantId, customerId: me.customerId });

export async function findOwnComplaint(db: Tx, me: Customer, id: string): Promise<Complaint> {
  const c = await db.complaint.findFirst({ where: { id, ...ownComplaints(me) } });
  if (!c) throw notFound(complaints);
  return c;
}

export async function findOwnInquiry(db: Tx, me: Customer, id: string): Promise<Inquiry> {
  const i = await db.inquiry.findFirst({ where: { id, ...ownInquiries(me) } });
  if (!i) throw notFound(inquiries);
  return i;
}

/** What a customer writes when filing a complaint; the rest is the intake's. */
export interface CustomerComplaintInput {
  description: string;
  vehicleId: string | null;
  repairOrderId: string | null;
}

/**
 * Registers the customer's complaint as the staff intake would an unclassified one: the default
 * routing applies, and the time limits start when a handler classifies it (category and severity
 * are the desk's judgement, not the customer's).
 */
export function fileComplaint(
  uow: Work,
  defaults: ServiceDefaults,
  me: Customer,
  input: CustomerComplaintInput,
): Promise<Complaint> {
  return registerComplaint(uow, defaults, {
    channel: SELF_SERVICE_COMPLAINT_CHANNEL,
    trigger: 'customer',
    sourceEventId: null,
    customerId: me.customerId,
    vehicleId: input.vehicleId,
    repairOrderId: input.repairOrderId,
    centreId: null,
    description: input.description,
    category: null,
    severity: null,
    createdBy: uow.actor,
  });
}

export function fileInquiry(
  uow: Work,
  defaults: ServiceDefaults,
  me: Customer,
  input: { question: string; vehicleId: string | null },
): Promise<Inquiry> {
  return receiveInquiry(uow, defaults, {
    channel: SELF_SERVICE_INQUIRY_CHANNEL,
    customerId: me.customerId,
    vehicleId: input.vehicleId,
    centreId: null,
    question: input.question,
    createdBy: uow.actor,
  });
}

// ---------------------------------------------------------------------------------------------
// The customer's timeline of a complaint

export const CUSTOMER_EVENTS = [
  'filed',
  'acknowledged',
  'resolved',
  'verdict-accepted',
  'verdict-rejected',
  'reopened',
  'closed',
] as const;
export type CustomerEvent = (typeof CUSTOMER_EVENTS)[number];

export interface TimelineEntry {
  event: CustomerEvent;
  at: Date;
}

/**
 * What the customer may know of one history entry, or null: classification, assignment,
 * escalation, notes and notifications are the desk's own business (teams, handlers, routing).
 */
export function customerEventOf(kind: string, data: unknown): CustomerEvent | null {
  switch (kind) {
    case 'registered':
      return 'filed';
    case 'acknowledged':
      return 'acknowledged';
    case 'resolution':
      return 'resolved';
    case 'verdict':
      return (data as { verdict?: unknown } | null)?.verdict === 'rejected'
        ? 'verdict-rejected'
        : 'verdict-accepted';
    case 'reopened':
      return 'reopened';
    case 'closed':
      return 'closed';
    default:
      return null;
  }
}

/** The complaint's history as the customer sees it, oldest first. */
export async function customerTimeline(db: Tx, complaintId: string): Promise<TimelineEntry[]> {
  const rows = await db.complaintHistory.findMany({
    where: { complaintId },
    orderBy: { seq: 'asc' },
    select: { kind: true, data: true, at: true },
  });
  return rows.flatMap((h) => {
    const event = customerEventOf(h.kind, h.data);
    return event ? [{ event, at: h.at }] : [];
  });
}
