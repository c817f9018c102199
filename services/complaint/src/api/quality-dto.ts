// What the inquiry and quality APIs return. Texts (question, answer, evidence, report
// descriptions) are shown to staff with access; events never carry them.
import {
  type Audit,
  type AuditTemplate,
  type ImprovementAction,
  type Inquiry,
  type SupervisionReport,
} from '../db/client';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function inquiryDto(i: Inquiry) {
  return {
    id: i.id,
    status: i.status,
    channel: i.channel,
    customerId: i.customerId,
    vehicleId: i.vehicleId,
    centreId: i.centreId,
    question: i.question,
    teamId: i.teamId,
    receivedAt: i.receivedAt.toISOString(),
    answerBy: i.answerBy.toISOString(),
    answer: i.answer ? { text: i.answer, answeredAt: iso(i.answeredAt), answeredBy: i.answeredBy } : null,
    escalation: {
      level: i.escalationLevel,
      toTeamId: i.escalatedToTeamId,
      escalatedAt: iso(i.answerEscalatedAt),
    },
    conversion: i.convertedInto
      ? {
          into: i.convertedInto,
          at: iso(i.convertedAt),
          complaintId: i.complaintId,
          bookingRequest: i.bookingRequest,
        }
      : null,
    version: i.version,
  };
}

export function templateDto(t: AuditTemplate) {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    items: t.items,
    findingThreshold: t.findingThreshold,
    createdAt: t.createdAt.toISOString(),
  };
}

export function auditDto(a: Audit) {
  return {
    id: a.id,
    status: a.status,
    centreId: a.centreId,
    templateId: a.templateId,
    adHoc: a.adHoc,
    scheduledFor: a.scheduledFor.toISOString(),
    auditorId: a.auditorId,
    employeeIds: a.employeeIds,
    results: a.results,
    score: a.score,
    maxScore: a.maxScore,
    scorePercent: a.score !== null && a.maxScore ? Math.round((a.score / a.maxScore) * 10_000) / 100 : null,
    findingCount: a.findingCount,
    completedAt: iso(a.completedAt),
    completedBy: a.completedBy,
    version: a.version,
  };
}

export function actionDto(a: ImprovementAction) {
  return {
    id: a.id,
    status: a.status,
    centreId: a.centreId,
    source: a.source,
    sourceRef: a.sourceRef,
    title: a.title,
    ownerId: a.ownerId,
    dueAt: a.dueAt.toISOString(),
    indicator: { name: a.indicatorName, before: a.indicatorBefore, after: a.indicatorAfter },
    rootCause: a.rootCause,
    plan: a.plan,
    implementedAt: iso(a.implementedAt),
    verifyFrom: iso(a.verifyFrom),
    verification: a.verifiedAt
      ? { effective: a.effective, verifiedAt: iso(a.verifiedAt), verifiedBy: a.verifiedBy }
      : null,
    closedAt: iso(a.closedAt),
    escalation: {
      level: a.escalationLevel,
      toTeamId: a.escalatedToTeamId,
      escalatedAt: iso(a.dueEscalatedAt),
    },
    version: a.version,
  };
}

export function reportDto(r: SupervisionReport) {
  return {
    id: r.id,
    status: r.status,
    centreId: r.centreId,
    anonymous: r.anonymous,
    reporterKind: r.reporterKind,
    reporterId: r.reporterId,
    category: r.category,
    description: r.description,
    investigatorId: r.investigatorId,
    findings: r.findings,
    outcome: r.outcome,
    actionId: r.actionId,
    resolvedAt: iso(r.resolvedAt),
    resolvedBy: r.resolvedBy,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}
