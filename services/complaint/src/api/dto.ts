// What the API returns for a complaint. The description is the customer's own words: staff with
// access to the complaint may read it; events never carry it.
import { type Complaint } from '../db/client';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function complaintDto(c: Complaint) {
  return {
    id: c.id,
    referenceNumber: c.referenceNumber,
    status: c.status,
    channel: c.channel,
    trigger: c.trigger,
    sourceEventId: c.sourceEventId,
    customerId: c.customerId,
    vehicleId: c.vehicleId,
    repairOrderId: c.repairOrderId,
    centreId: c.centreId,
    description: c.description,
    category: c.category,
    severity: c.severity,
    teamId: c.teamId,
    assigneeId: c.assigneeId,
    teamSource: c.teamSource,
    routingRuleId: c.routingRuleId,
    deadlines:
      c.acknowledgeBy && c.resolveBy
        ? { acknowledgeBy: iso(c.acknowledgeBy), resolveBy: iso(c.resolveBy) }
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
          resolvedAt: iso(c.resolvedAt),
          resolvedBy: c.resolvedBy,
          remedy: c.remedy,
          summary: c.resolutionSummary,
          goodwill:
            c.goodwillMinor !== null ? { amountMinor: c.goodwillMinor, currency: c.goodwillCurrency } : null,
        }
      : null,
    notification: c.notifiedAt ? { notifiedAt: iso(c.notifiedAt), via: c.notifiedVia } : null,
    verdict: c.verdict ? { verdict: c.verdict, at: iso(c.verdictAt) } : null,
    closure: c.closure,
    closedAt: iso(c.closedAt),
    reopenCount: c.reopenCount,
    registeredAt: c.registeredAt.toISOString(),
    version: c.version,
  };
}

export type ComplaintDto = ReturnType<typeof complaintDto>;
