// Complaint service events: intake, classification, routing, escalation on time limits,
// resolution, customer verdict, closure and reopening. Keyed by complaint id.
import { z } from 'zod';
import { Id, Money, Seconds, Timestamp, UserId } from '../primitives';

export const ComplaintCategory = z.enum([
  'repair-quality',
  'service-attitude',
  'waiting-time',
  'parts',
  'billing',
  'product-quality',
  'other',
]);

export const ComplaintSeverity = z.enum(['low', 'medium', 'high', 'critical']);

export const ComplaintChannel = z.enum(['phone', 'email', 'web', 'walk-in', 'survey', 'system']);

/** Time limits per severity (working-hours aware, computed by the complaint service). */
export const ComplaintDeadlines = z.object({
  acknowledgeBy: Timestamp,
  resolveBy: Timestamp,
});

export const ComplaintRegistered = z
  .object({
    complaintId: Id,
    referenceNumber: z.string().min(1).max(32).describe('Reference the customer can quote'),
    channel: ComplaintChannel,
    trigger: z.enum(['customer', 'low-survey-score', 'qc-failed', 'comeback']),
    sourceEventId: z.uuid().nullable().describe('Event that opened a proactive complaint'),
    customerId: Id.nullable(),
    vehicleId: Id.nullable(),
    repairOrderId: Id.nullable(),
    centreId: Id.nullable(),
    category: ComplaintCategory.nullable().describe('Null until classified'),
    severity: ComplaintSeverity.nullable(),
    deadlines: ComplaintDeadlines.nullable(),
  })
  .describe('A complaint was taken in from any channel, or opened proactively.');

export const ComplaintClassified = z
  .object({
    complaintId: Id,
    category: ComplaintCategory,
    severity: ComplaintSeverity,
    previous: z.object({ category: ComplaintCategory, severity: ComplaintSeverity }).nullable(),
    classifiedBy: UserId.nullable().describe('Null when rules classified it'),
    deadlines: ComplaintDeadlines,
  })
  .describe('A complaint was classified or reclassified; deadlines follow the severity.');

export const ComplaintAssigned = z
  .object({
    complaintId: Id,
    teamId: Id.describe('Responsible department or team'),
    assigneeId: UserId.nullable(),
    previousTeamId: Id.nullable(),
    reason: z.enum(['routing-rule', 'reassignment', 'escalation']),
    ruleId: Id.nullable(),
    deadlines: ComplaintDeadlines,
  })
  .describe('A complaint was routed or reassigned to a team.');

export const ComplaintEscalated = z
  .object({
    complaintId: Id,
    level: z.int().min(1).describe('Step up the escalation chain'),
    missedDeadline: z.enum(['acknowledge', 'resolve']),
    dueAt: Timestamp,
    overdueSeconds: Seconds,
    fromTeamId: Id,
    toTeamId: Id,
    escalatedTo: UserId.nullable(),
    category: ComplaintCategory,
    severity: ComplaintSeverity,
  })
  .describe('A time limit passed and the complaint went up the escalation chain.');

export const ComplaintResolved = z
  .object({
    complaintId: Id,
    resolvedBy: UserId,
    remedy: z.enum([
      'repair-redone',
      'parts-replaced',
      'refund',
      'goodwill',
      'apology',
      'explanation',
      'no-action',
      'other',
    ]),
    goodwill: Money.nullable(),
    resolutionSeconds: Seconds.describe('From registration to resolution'),
    withinDeadline: z.boolean(),
    customerNotifiedVia: z.enum(['phone', 'email', 'sms', 'letter', 'in-person']).nullable(),
  })
  .describe('A resolution was decided and the customer notified; awaiting their verdict.');

export const ComplaintClosed = z
  .object({
    complaintId: Id,
    closure: z.enum(['verdict-accepted', 'verdict-timeout', 'withdrawn', 'duplicate']),
    totalOpenSeconds: Seconds,
    reopenCount: z.int().nonnegative(),
  })
  .describe('A complaint was closed after the customer accepted, a verdict timeout, or withdrawal.');

export const ComplaintReopened = z
  .object({
    complaintId: Id,
    reason: z.enum(['verdict-rejected', 'recurrence', 'new-evidence']),
    reopenCount: z.int().min(1),
    deadlines: ComplaintDeadlines,
  })
  .describe('A resolved complaint was reopened (e.g. the customer rejected the resolution).');

export const complaintEvents = {
  'complaint.registered': ComplaintRegistered,
  'complaint.classified': ComplaintClassified,
  'complaint.assigned': ComplaintAssigned,
  'complaint.escalated': ComplaintEscalated,
  'complaint.resolved': ComplaintResolved,
  'complaint.closed': ComplaintClosed,
  'complaint.reopened': ComplaintReopened,
} as const;
