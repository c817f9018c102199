// Builds the complaint events from a complaint row. Events carry ids, category, severity, team
// and deadlines only: the complaint text and notes may hold PII and stay in this service.
import { createEvent, type AnyEvent, type EventData } from '@aftersales/contracts';
import { type Complaint } from '../db/client';
import {
  type ComplaintCategory,
  type ComplaintSeverity,
  type NotificationChannel,
  type Remedy,
} from '../domain/types';
import { type DeadlineKind } from '../domain/escalation';

export const PRODUCER = 'complaint';

export interface EventContext {
  occurredAt: Date;
  /** The event or request that caused this one. */
  causationId?: string | null;
}

function make<T extends Parameters<typeof createEvent>[0]>(
  type: T,
  c: Complaint,
  ctx: EventContext,
  data: EventData<T>,
): AnyEvent {
  return createEvent(type, {
    producer: PRODUCER,
    tenantId: c.tenantId,
    subject: c.id,
    // One complaint is one business flow: its events share the complaint id as correlation.
    correlationId: c.id,
    causationId: ctx.causationId ?? null,
    occurredAt: ctx.occurredAt,
    data,
  } as never) as AnyEvent;
}

export function deadlinesOf(c: Pick<Complaint, 'acknowledgeBy' | 'resolveBy'>) {
  return c.acknowledgeBy && c.resolveBy
    ? { acknowledgeBy: c.acknowledgeBy.toISOString(), resolveBy: c.resolveBy.toISOString() }
    : null;
}

function requireDeadlines(c: Complaint) {
  const d = deadlinesOf(c);
  if (!d) throw new Error(`complaint ${c.id} has no deadlines (not classified)`);
  return d;
}

const seconds = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));

export function registeredEvent(c: Complaint, ctx: EventContext): AnyEvent {
  return make('complaint.registered', c, ctx, {
    complaintId: c.id,
    referenceNumber: c.referenceNumber,
    channel: c.channel as EventData<'complaint.registered'>['channel'],
    trigger: c.trigger as EventData<'complaint.registered'>['trigger'],
    sourceEventId: c.sourceEventId,
    customerId: c.customerId,
    vehicleId: c.vehicleId,
    repairOrderId: c.repairOrderId,
    centreId: c.centreId,
    category: c.category as ComplaintCategory | null,
    severity: c.severity as ComplaintSeverity | null,
    deadlines: deadlinesOf(c),
  });
}

export function classifiedEvent(
  c: Complaint,
  previous: { category: ComplaintCategory; severity: ComplaintSeverity } | null,
  classifiedBy: string | null,
  ctx: EventContext,
): AnyEvent {
  return make('complaint.classified', c, ctx, {
    complaintId: c.id,
    category: c.category as ComplaintCategory,
    severity: c.severity as ComplaintSeverity,
    previous,
    classifiedBy,
    deadlines: requireDeadlines(c),
  });
}

export function assignedEvent(
  c: Complaint,
  previousTeamId: string | null,
  reason: 'routing-rule' | 'reassignment' | 'escalation',
  ctx: EventContext,
): AnyEvent {
  return make('complaint.assigned', c, ctx, {
    complaintId: c.id,
    teamId: c.teamId,
    assigneeId: c.assigneeId,
    previousTeamId,
    reason,
    ruleId: c.routingRuleId,
    deadlines: requireDeadlines(c),
  });
}

export interface Escalation {
  level: number;
  missedDeadline: DeadlineKind;
  dueAt: Date;
  toTeamId: string;
}

export function escalatedEvent(c: Complaint, e: Escalation, ctx: EventContext): AnyEvent {
  return make('complaint.escalated', c, ctx, {
    complaintId: c.id,
    level: e.level,
    missedDeadline: e.missedDeadline,
    dueAt: e.dueAt.toISOString(),
    overdueSeconds: seconds(e.dueAt, ctx.occurredAt),
    fromTeamId: c.teamId,
    toTeamId: e.toTeamId,
    escalatedTo: null,
    category: c.category as ComplaintCategory,
    severity: c.severity as ComplaintSeverity,
  });
}

export function resolvedEvent(c: Complaint, ctx: EventContext): AnyEvent {
  const resolvedAt = c.resolvedAt ?? ctx.occurredAt;
  return make('complaint.resolved', c, ctx, {
    complaintId: c.id,
    resolvedBy: c.resolvedBy!,
    remedy: c.remedy as Remedy,
    goodwill:
      c.goodwillMinor !== null && c.goodwillCurrency
        ? { amountMinor: c.goodwillMinor, currency: c.goodwillCurrency }
        : null,
    resolutionSeconds: seconds(c.registeredAt, resolvedAt),
    withinDeadline: c.resolveBy !== null && resolvedAt <= c.resolveBy,
    customerNotifiedVia: c.notifiedVia as NotificationChannel | null,
  });
}

export function closedEvent(
  c: Complaint,
  closure: 'verdict-accepted' | 'verdict-timeout',
  ctx: EventContext,
): AnyEvent {
  return make('complaint.closed', c, ctx, {
    complaintId: c.id,
    closure,
    totalOpenSeconds: seconds(c.registeredAt, ctx.occurredAt),
    reopenCount: c.reopenCount,
  });
}

export function reopenedEvent(
  c: Complaint,
  reason: 'verdict-rejected' | 'recurrence' | 'new-evidence',
  ctx: EventContext,
): AnyEvent {
  return make('complaint.reopened', c, ctx, {
    complaintId: c.id,
    reason,
    reopenCount: c.reopenCount,
    deadlines: requireDeadlines(c),
  });
}
