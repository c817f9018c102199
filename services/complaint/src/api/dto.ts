// What the API returns for a complaint, as zod schemas (documented in the OpenAPI document and
// checked against every answer while tests run) and the functions that render them, typed by
// the schemas so the compiler keeps the two in step. The description is the customer's own
// words: staff with access to the complaint may read it; events never carry it.
import { z } from 'zod';
import { Id, Timestamp } from '@aftersales/contracts';
import { type Complaint, type ComplaintHistory, type ComplaintNote } from '../db/client';
import {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintStatus,
  NotificationChannel,
  Remedy,
  Trigger,
  Verdict,
} from '../domain/types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const Team = z.string();
const User = z.string();

/** A page of a list: the items and the cursor of the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });

/** An unpaged list. */
export const listOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item) });

export const ComplaintView = z.strictObject({
  id: z.uuid(),
  referenceNumber: z.string().describe('C-<year>-<6 digits>, per tenant and year'),
  status: ComplaintStatus,
  channel: ComplaintChannel,
  trigger: Trigger,
  sourceEventId: z.string().nullable().describe('Event that opened a proactive complaint'),
  customerId: Id.nullable(),
  vehicleId: Id.nullable(),
  repairOrderId: Id.nullable(),
  centreId: Id.nullable(),
  description: z.string(),
  category: ComplaintCategory.nullable(),
  severity: ComplaintSeverity.nullable(),
  teamId: Team,
  assigneeId: User.nullable(),
  teamSource: z.enum(['routing-rule', 'default', 'reassignment']),
  routingRuleId: z.string().nullable(),
  deadlines: z.strictObject({ acknowledgeBy: Timestamp, resolveBy: Timestamp }).nullable(),
  dueAt: Timestamp.nullable().describe('The deadline being worked against'),
  acknowledgedAt: Timestamp.nullable(),
  acknowledgedBy: User.nullable(),
  escalation: z.strictObject({
    level: z.int().nonnegative(),
    toTeamId: Team.nullable(),
    acknowledgeEscalatedAt: Timestamp.nullable(),
    resolveEscalatedAt: Timestamp.nullable(),
  }),
  resolution: z
    .strictObject({
      resolvedAt: Timestamp,
      resolvedBy: User.nullable(),
      remedy: Remedy.nullable(),
      summary: z.string().nullable(),
      goodwill: z.strictObject({ amountMinor: z.int(), currency: z.string().nullable() }).nullable(),
    })
    .nullable(),
  notification: z.strictObject({ notifiedAt: Timestamp, via: NotificationChannel.nullable() }).nullable(),
  verdict: z.strictObject({ verdict: Verdict, at: Timestamp.nullable() }).nullable(),
  closure: z.enum(['verdict-accepted', 'verdict-timeout']).nullable(),
  closedAt: Timestamp.nullable(),
  reopenCount: z.int().nonnegative(),
  registeredAt: Timestamp,
  version: z.int().positive(),
});
export type ComplaintView = z.infer<typeof ComplaintView>;

export function complaintDto(c: Complaint): ComplaintView {
  return {
    id: c.id,
    referenceNumber: c.referenceNumber,
    status: c.status as ComplaintView['status'],
    channel: c.channel as ComplaintView['channel'],
    trigger: c.trigger as ComplaintView['trigger'],
    sourceEventId: c.sourceEventId,
    customerId: c.customerId,
    vehicleId: c.vehicleId,
    repairOrderId: c.repairOrderId,
    centreId: c.centreId,
    description: c.description,
    category: c.category as ComplaintView['category'],
    severity: c.severity as ComplaintView['severity'],
    teamId: c.teamId,
    assigneeId: c.assigneeId,
    teamSource: c.teamSource as ComplaintView['teamSource'],
    routingRuleId: c.routingRuleId,
    deadlines:
      c.acknowledgeBy && c.resolveBy
        ? { acknowledgeBy: c.acknowledgeBy.toISOString(), resolveBy: c.resolveBy.toISOString() }
        : null,
    dueAt: iso(c.dueAt),
    acknowledgedAt: iso(c.acknowledgedAt),
    acknowledgedBy: c.acknowledgedBy,
    escalation: {
      level: c.escalationLevel,
      toTeamId: c.escalatedToTeamId,
      acknowledgeEscalatedAt: iso(c.acknowledgeEscalatedAt),
      resolveEscalatedAt: iso(c.resolveEscalatedAt),
    },
    resolution: c.resolvedAt
      ? {
          resolvedAt: c.resolvedAt.toISOString(),
          resolvedBy: c.resolvedBy,
          remedy: c.remedy as Remedy | null,
          summary: c.resolutionSummary,
          goodwill:
            c.goodwillMinor !== null ? { amountMinor: c.goodwillMinor, currency: c.goodwillCurrency } : null,
        }
      : null,
    notification: c.notifiedAt
      ? { notifiedAt: c.notifiedAt.toISOString(), via: c.notifiedVia as NotificationChannel | null }
      : null,
    verdict: c.verdict ? { verdict: c.verdict as Verdict, at: iso(c.verdictAt) } : null,
    closure: c.closure as ComplaintView['closure'],
    closedAt: iso(c.closedAt),
    reopenCount: c.reopenCount,
    registeredAt: c.registeredAt.toISOString(),
    version: c.version,
  };
}

/** One entry of an aggregate's history (complaint or improvement action). */
export const HistoryEntryView = z.strictObject({
  kind: z.string(),
  data: z.unknown().describe('What changed (kind-specific; no customer texts)'),
  actorId: User.nullable().describe('Null where the service acted'),
  at: Timestamp,
});
export type HistoryEntryView = z.infer<typeof HistoryEntryView>;

export function historyDto(h: Pick<ComplaintHistory, 'kind' | 'data' | 'actorId' | 'at'>): HistoryEntryView {
  return { kind: h.kind, data: h.data, actorId: h.actorId, at: h.at.toISOString() };
}

export const NoteView = z.strictObject({
  id: z.uuid(),
  authorId: User,
  text: z.string(),
  createdAt: Timestamp,
});
export type NoteView = z.infer<typeof NoteView>;

export function noteDto(n: ComplaintNote): NoteView {
  return { id: n.id, authorId: n.authorId, text: n.text, createdAt: n.createdAt.toISOString() };
}

/** The answer to a new note: its id and the complaint (acknowledged by a first note). */
export const NoteCreatedView = z.strictObject({ id: z.uuid(), complaint: ComplaintView });

/** A complaint in a team's queue, with the deadline being worked against and the time left. */
export const QueueItemView = ComplaintView.extend({
  nextDeadline: z
    .strictObject({
      kind: z.enum(['acknowledge', 'resolve']),
      dueAt: Timestamp,
      timeLeftSeconds: z.int().describe('Negative when overdue'),
    })
    .nullable(),
});
export const QueueView = z.strictObject({
  team: Team,
  items: z.array(QueueItemView),
  nextCursor: z.string().nullable(),
});
export type QueueView = z.infer<typeof QueueView>;

export const RoutingRuleView = z.strictObject({
  id: z.uuid(),
  category: ComplaintCategory.nullable(),
  severity: ComplaintSeverity.nullable(),
  centreId: Id.nullable(),
  teamId: Team,
  createdAt: Timestamp,
});
export type RoutingRuleView = z.infer<typeof RoutingRuleView>;

export function routingRuleDto(r: {
  id: string;
  category: string | null;
  severity: string | null;
  centreId: string | null;
  teamId: string;
  createdAt: Date;
}): RoutingRuleView {
  return {
    id: r.id,
    category: r.category as RoutingRuleView['category'],
    severity: r.severity as RoutingRuleView['severity'],
    centreId: r.centreId,
    teamId: r.teamId,
    createdAt: r.createdAt.toISOString(),
  };
}
