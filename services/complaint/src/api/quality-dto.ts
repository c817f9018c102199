// What the inquiry and quality APIs return, as zod schemas (documented in the OpenAPI document
// and checked against every answer while tests run) and the functions that render them, typed
// by the schemas. Texts (question, answer, evidence, report descriptions) are shown to staff
// with access; events never carry them.
import { z } from 'zod';
import { Id, Timestamp } from '@aftersales/contracts';
import {
  type Audit,
  type AuditTemplate,
  type ImprovementAction,
  type Inquiry,
  type SupervisionReport,
} from '../db/client';
import { ActionSource, ActionStatus } from '../domain/action';
import { AuditKind, AuditStatus, ChecklistItem, type ScoredItem } from '../domain/audit';
import { BookingRequest, InquiryChannel, InquiryStatus } from '../domain/inquiry';
import { ReportStatus, SupervisionCategory, SupervisionOutcome } from '../domain/supervision';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const Team = z.string();
const User = z.string();
const Escalation = z.strictObject({
  level: z.int().nonnegative(),
  toTeamId: Team.nullable(),
  escalatedAt: Timestamp.nullable(),
});

export const InquiryView = z.strictObject({
  id: z.uuid(),
  status: InquiryStatus,
  channel: InquiryChannel,
  customerId: Id.nullable(),
  vehicleId: Id.nullable(),
  centreId: Id.nullable(),
  question: z.string(),
  teamId: Team,
  receivedAt: Timestamp,
  answerBy: Timestamp,
  answer: z
    .strictObject({ text: z.string(), answeredAt: Timestamp.nullable(), answeredBy: User.nullable() })
    .nullable(),
  escalation: Escalation,
  conversion: z
    .strictObject({
      into: z.enum(['complaint', 'booking']),
      at: Timestamp.nullable(),
      complaintId: z.uuid().nullable(),
      bookingRequest: BookingRequest.nullable(),
    })
    .nullable(),
  version: z.int().positive(),
});
export type InquiryView = z.infer<typeof InquiryView>;

export function inquiryDto(i: Inquiry): InquiryView {
  return {
    id: i.id,
    status: i.status as InquiryView['status'],
    channel: i.channel as InquiryView['channel'],
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
          into: i.convertedInto as 'complaint' | 'booking',
          at: iso(i.convertedAt),
          complaintId: i.complaintId,
          bookingRequest: i.bookingRequest as BookingRequest | null,
        }
      : null,
    version: i.version,
  };
}

export const TemplateView = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  kind: AuditKind,
  items: z.array(ChecklistItem),
  findingThreshold: z.number().min(0).max(1),
  createdAt: Timestamp,
});
export type TemplateView = z.infer<typeof TemplateView>;

export function templateDto(t: AuditTemplate): TemplateView {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind as TemplateView['kind'],
    items: t.items as ChecklistItem[],
    findingThreshold: t.findingThreshold,
    createdAt: t.createdAt.toISOString(),
  };
}

export const AuditView = z.strictObject({
  id: z.uuid(),
  status: AuditStatus,
  centreId: Id,
  templateId: z.uuid(),
  adHoc: z.boolean(),
  scheduledFor: Timestamp,
  auditorId: User.nullable(),
  employeeIds: z.array(User),
  results: z
    .array(
      z.strictObject({
        code: z.string(),
        label: z.string(),
        score: z.number(),
        maxScore: z.number(),
        finding: z.boolean(),
        note: z.string().nullable().describe('Evidence: what the auditor saw'),
      }),
    )
    .nullable(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  scorePercent: z.number().nullable(),
  findingCount: z.int().nullable(),
  completedAt: Timestamp.nullable(),
  completedBy: User.nullable(),
  version: z.int().positive(),
});
export type AuditView = z.infer<typeof AuditView>;

export function auditDto(a: Audit): AuditView {
  return {
    id: a.id,
    status: a.status as AuditView['status'],
    centreId: a.centreId,
    templateId: a.templateId,
    adHoc: a.adHoc,
    scheduledFor: a.scheduledFor.toISOString(),
    auditorId: a.auditorId,
    employeeIds: a.employeeIds,
    results: a.results as ScoredItem[] | null,
    score: a.score,
    maxScore: a.maxScore,
    scorePercent: a.score !== null && a.maxScore ? Math.round((a.score / a.maxScore) * 10_000) / 100 : null,
    findingCount: a.findingCount,
    completedAt: iso(a.completedAt),
    completedBy: a.completedBy,
    version: a.version,
  };
}

/** A scored audit and the improvement actions its findings opened. */
export const CompletedAuditView = AuditView.extend({ actionIds: z.array(z.uuid()) });

export const ActionView = z.strictObject({
  id: z.uuid(),
  status: ActionStatus,
  centreId: Id,
  source: ActionSource,
  sourceRef: z.string(),
  title: z.string(),
  ownerId: User,
  dueAt: Timestamp,
  indicator: z.strictObject({
    name: z.string().nullable(),
    before: z.number().nullable(),
    after: z.number().nullable(),
  }),
  rootCause: z.string().nullable(),
  plan: z.string().nullable(),
  implementedAt: Timestamp.nullable(),
  verifyFrom: Timestamp.nullable(),
  verification: z
    .strictObject({
      effective: z.boolean().nullable(),
      verifiedAt: Timestamp.nullable(),
      verifiedBy: User.nullable(),
    })
    .nullable(),
  closedAt: Timestamp.nullable(),
  escalation: Escalation,
  version: z.int().positive(),
});
export type ActionView = z.infer<typeof ActionView>;

export function actionDto(a: ImprovementAction): ActionView {
  return {
    id: a.id,
    status: a.status as ActionView['status'],
    centreId: a.centreId,
    source: a.source as ActionView['source'],
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

export const ReportView = z.strictObject({
  id: z.uuid(),
  status: ReportStatus,
  centreId: Id.nullable(),
  anonymous: z.boolean(),
  reporterKind: z.enum(['staff', 'customer']),
  reporterId: User.nullable().describe('Null for an anonymous report'),
  category: SupervisionCategory,
  description: z.string(),
  investigatorId: User.nullable(),
  findings: z.string().nullable(),
  outcome: SupervisionOutcome.nullable(),
  actionId: z.uuid().nullable(),
  resolvedAt: Timestamp.nullable(),
  resolvedBy: User.nullable(),
  createdAt: Timestamp,
  version: z.int().positive(),
});
export type ReportView = z.infer<typeof ReportView>;

export function reportDto(r: SupervisionReport): ReportView {
  return {
    id: r.id,
    status: r.status as ReportView['status'],
    centreId: r.centreId,
    anonymous: r.anonymous,
    reporterKind: r.reporterKind as ReportView['reporterKind'],
    reporterId: r.reporterId,
    category: r.category as ReportView['category'],
    description: r.description,
    investigatorId: r.investigatorId,
    findings: r.findings,
    outcome: r.outcome as ReportView['outcome'],
    actionId: r.actionId,
    resolvedAt: iso(r.resolvedAt),
    resolvedBy: r.resolvedBy,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}

/** What a reporter gets back: a receipt, not the stored record. */
export const ReportReceiptView = z.strictObject({
  id: z.uuid(),
  status: ReportStatus,
  anonymous: z.boolean(),
  createdAt: Timestamp,
});
export type ReportReceiptView = z.infer<typeof ReportReceiptView>;

export function reportReceiptDto(r: SupervisionReport): ReportReceiptView {
  return {
    id: r.id,
    status: r.status as ReportReceiptView['status'],
    anonymous: r.anonymous,
    createdAt: r.createdAt.toISOString(),
  };
}
