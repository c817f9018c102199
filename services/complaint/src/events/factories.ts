// The complaint events, emitted into a unit of work from a complaint row. Events carry ids,
// category, severity, team and deadlines only: the complaint text and notes may hold PII and
// stay in this service. One complaint is one business flow: its events share the complaint id
// as correlation id.
import { type EventData } from '@aftersales/contracts';
import { type UnitOfWork } from '@aftersales/service-kit';
import { type Complaint } from '../db/client';
import { type DeadlineKind } from '../domain/escalation';
import {
  type ComplaintCategory,
  type ComplaintSeverity,
  type NotificationChannel,
  type Remedy,
} from '../domain/types';
import { emitFor } from './emit';

type Uow = UnitOfWork<unknown>;

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

export function emitRegistered(uow: Uow, c: Complaint): void {
  emitFor(uow, 'complaint.registered', c.id, {
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

export function emitClassified(
  uow: Uow,
  c: Complaint,
  previous: { category: ComplaintCategory; severity: ComplaintSeverity } | null,
  classifiedBy: string | null,
): void {
  emitFor(uow, 'complaint.classified', c.id, {
    complaintId: c.id,
    category: c.category as ComplaintCategory,
    severity: c.severity as ComplaintSeverity,
    previous,
    classifiedBy,
    deadlines: requireDeadlines(c),
  });
}

export function emitAssigned(
  uow: Uow,
  c: Complaint,
  previousTeamId: string | null,
  reason: 'routing-rule' | 'reassignment' | 'escalation',
): void {
  emitFor(uow, 'complaint.assigned', c.id, {
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

export function emitEscalated(uow: Uow, c: Complaint, e: Escalation): void {
  emitFor(uow, 'complaint.escalated', c.id, {
    complaintId: c.id,
    level: e.level,
    missedDeadline: e.missedDeadline,
    dueAt: e.dueAt.toISOString(),
    overdueSeconds: seconds(e.dueAt, uow.now),
    fromTeamId: c.teamId,
    toTeamId: e.toTeamId,
    escalatedTo: null,
    category: c.category as ComplaintCategory,
    severity: c.severity as ComplaintSeverity,
  });
}

export function emitResolved(uow: Uow, c: Complaint): void {
  const resolvedAt = c.resolvedAt ?? uow.now;
  emitFor(uow, 'complaint.resolved', c.id, {
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

export function emitClosed(uow: Uow, c: Complaint, closure: 'verdict-accepted' | 'verdict-timeout'): void {
  emitFor(uow, 'complaint.closed', c.id, {
    complaintId: c.id,
    closure,
    totalOpenSeconds: seconds(c.registeredAt, uow.now),
    reopenCount: c.reopenCount,
  });
}

export function emitReopened(
  uow: Uow,
  c: Complaint,
  reason: 'verdict-rejected' | 'recurrence' | 'new-evidence',
): void {
  emitFor(uow, 'complaint.reopened', c.id, {
    complaintId: c.id,
    reason,
    reopenCount: c.reopenCount,
    deadlines: requireDeadlines(c),
  });
}
