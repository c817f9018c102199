// Quality events of the complaint service (issue 13): online inquiries (topic
// complaint.inquiry, keyed by inquiry id) and the quality loop: audits, improvement actions
// (CAPA) and supervision reports (topic complaint.quality, keyed by the aggregate's id).
// Like complaint events they carry ids and facts only: questions, answers, findings and report
// texts may hold PII and stay in the complaint service.
import { z } from 'zod';
import { Id, Seconds, Timestamp, UserId } from '../primitives';
import { ServiceType } from './repair';

export const InquiryChannel = z.enum(['web', 'phone', 'chat']);

export const InquiryReceived = z
  .object({
    inquiryId: Id,
    channel: InquiryChannel,
    customerId: Id.nullable(),
    vehicleId: Id.nullable(),
    centreId: Id.nullable(),
    teamId: Id.describe('Team the routing rules chose to answer it'),
    answerBy: Timestamp.describe('Time limit for the answer (working hours of the tenant calendar)'),
  })
  .describe('A customer question arrived by web, phone or chat.');

export const InquiryAnswered = z
  .object({
    inquiryId: Id,
    answeredBy: UserId,
    answerSeconds: Seconds.describe('From receipt to answer'),
    withinLimit: z.boolean(),
  })
  .describe('An advisor answered an inquiry.');

export const InquiryEscalated = z
  .object({
    inquiryId: Id,
    level: z.int().min(1).describe('Step up the escalation chain'),
    dueAt: Timestamp,
    overdueSeconds: Seconds,
    fromTeamId: Id,
    toTeamId: Id,
  })
  .describe('An inquiry was not answered within its time limit and went up the escalation chain.');

export const BookingRequest = z
  .object({
    customerId: Id.nullable(),
    vehicleId: Id.nullable(),
    centreId: Id.nullable(),
    serviceType: ServiceType.nullable(),
    preferredFrom: Timestamp.nullable().describe('Earliest slot the customer would like'),
  })
  .describe('What the customer asked to book; repair (or the console) creates the booking.');

export const InquiryConverted = z
  .object({
    inquiryId: Id,
    into: z.enum(['complaint', 'booking']),
    complaintId: Id.optional().describe('The complaint it became (into = complaint)'),
    bookingRequest: BookingRequest.optional().describe('The booking asked for (into = booking)'),
  })
  .describe('An inquiry became a complaint (created here) or a booking request (to be booked by repair).');

export const AuditKind = z.enum(['mystery-shopper', 'process-audit', 'safety-walk', 'other']);

export const AuditScheduled = z
  .object({
    auditId: Id,
    centreId: Id,
    templateId: Id,
    kind: AuditKind,
    scheduledFor: Timestamp,
  })
  .describe('An audit of a service centre was scheduled (or started ad hoc).');

export const AuditCompleted = z
  .object({
    auditId: Id,
    centreId: Id,
    templateId: Id,
    templateName: z.string().min(1).max(200),
    kind: AuditKind,
    score: z.number().nonnegative(),
    maxScore: z.number().positive(),
    scorePercent: z.number().min(0).max(100),
    employeeIds: z.array(UserId).describe('Staff the audit covered; may be empty'),
    findingCount: z.int().nonnegative(),
    completedAt: Timestamp,
  })
  .describe('An audit was scored; each finding opened an improvement action.');

export const ActionSource = z.enum([
  'audit-finding',
  'complaint-pattern',
  'kpi-breach',
  'supervision-report',
]);

export const ActionIndicator = z.object({
  name: z.string().min(1).max(200).describe('What measures the effect, e.g. "complaints:waiting-time"'),
  value: z.number().nullable().describe('Value when the action opened, if known'),
});

export const ActionOpened = z
  .object({
    actionId: Id,
    centreId: Id,
    source: ActionSource,
    sourceRef: Id.describe('The audit item, pattern, KPI or report that caused it'),
    title: z.string().min(1).max(200),
    ownerId: UserId,
    dueAt: Timestamp,
    indicator: ActionIndicator.optional(),
  })
  .describe('An improvement action (CAPA) was opened.');

export const ActionEscalated = z
  .object({
    actionId: Id,
    centreId: Id,
    level: z.int().min(1),
    dueAt: Timestamp,
    toTeamId: Id.optional(),
  })
  .describe('An improvement action passed its due date unimplemented and went up the escalation chain.');

export const ActionVerified = z
  .object({
    actionId: Id,
    centreId: Id,
    effective: z.boolean(),
    indicatorBefore: z.number().optional(),
    indicatorAfter: z.number().optional(),
  })
  .describe('The effect of an implemented action was checked; an ineffective one goes back to planning.');

export const ActionClosed = z
  .object({
    actionId: Id,
    centreId: Id,
    closedAt: Timestamp,
  })
  .describe('A verified, effective improvement action was closed.');

export const SupervisionCategory = z.enum([
  'service-attitude',
  'misconduct',
  'overcharging',
  'safety',
  'process-violation',
  'other',
]);

export const SupervisionReported = z
  .object({
    reportId: Id,
    centreId: Id.optional(),
    anonymous: z.boolean(),
    category: SupervisionCategory,
  })
  .describe('Staff or a customer reported a service-quality problem (anonymous reports name nobody).');

export const SupervisionResolved = z
  .object({
    reportId: Id,
    centreId: Id.optional(),
    outcome: z.enum(['substantiated', 'not-substantiated', 'inconclusive']),
    actionId: Id.optional().describe('Improvement action opened from the report'),
  })
  .describe('A supervision report was investigated and resolved.');

export const inquiryEvents = {
  'inquiry.received': InquiryReceived,
  'inquiry.answered': InquiryAnswered,
  'inquiry.escalated': InquiryEscalated,
  'inquiry.converted': InquiryConverted,
} as const;

export const qualityEvents = {
  ...inquiryEvents,
  'audit.scheduled': AuditScheduled,
  'audit.completed': AuditCompleted,
  'action.opened': ActionOpened,
  'action.escalated': ActionEscalated,
  'action.verified': ActionVerified,
  'action.closed': ActionClosed,
  'supervision.reported': SupervisionReported,
  'supervision.resolved': SupervisionResolved,
} as const;
