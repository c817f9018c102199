// Request bodies and queries of the inquiry and quality APIs (zod). Enumerations come from the
// contracts, so an unknown channel, kind or category is a 400 before anything is stored.
import { z } from 'zod';
import { Timestamp } from '@aftersales/contracts';
import { paginationQuerySchema, safeIdSchema } from '@aftersales/service-kit';
import { ActionSource, ActionStatus } from '../domain/action';
import { AuditKind, Checklist } from '../domain/audit';
import { BookingRequest, InquiryChannel, InquiryStatus } from '../domain/inquiry';
import { ReportStatus, SupervisionCategory, SupervisionOutcome } from '../domain/supervision';
import { ComplaintCategory, ComplaintSeverity } from '../domain/types';

const Text = (max: number) => z.string().trim().min(1).max(max);
const Instant = Timestamp.transform((s) => new Date(s));
// Ids (centres, employees, owners) reach events and analytics' CSV exports: no formula start, no
// control characters (service-kit's safeIdSchema; the event contracts keep their looser Id).
const Id = safeIdSchema;
const User = safeIdSchema;

export const inquiryBody = z.strictObject({
  channel: InquiryChannel,
  customerId: Id.nullable().default(null),
  vehicleId: Id.nullable().default(null),
  centreId: Id.nullable().default(null),
  question: Text(10_000),
});

export const inquiryListQuery = paginationQuerySchema.extend({
  status: InquiryStatus.optional(),
  centreId: Id.optional(),
});

export const answerBody = z.strictObject({ answer: Text(10_000) });

export const conversionBody = z.discriminatedUnion('into', [
  z
    .strictObject({
      into: z.literal('complaint'),
      /** The complaint text; the inquiry's question when left out. */
      description: Text(10_000).optional(),
      category: ComplaintCategory.nullable().default(null),
      severity: ComplaintSeverity.nullable().default(null),
    })
    .refine((b) => (b.category === null) === (b.severity === null), {
      message: 'classify with both category and severity, or neither',
      path: ['severity'],
    }),
  z.strictObject({ into: z.literal('booking'), bookingRequest: BookingRequest }),
]);

export const templateBody = z.strictObject({
  name: Text(200),
  kind: AuditKind,
  items: Checklist,
  /** An item scoring below this share of its maximum is a finding. */
  findingThreshold: z.number().min(0).max(1).default(0.6),
});

export const auditBody = z.strictObject({
  templateId: z.string().min(1).max(64),
  centreId: Id,
  /** Leave out (or null) for an ad hoc audit starting now. */
  scheduledFor: Instant.nullable().default(null),
  auditorId: User.nullable().default(null),
  employeeIds: z.array(User).max(200).default([]),
});

export const auditListQuery = paginationQuerySchema.extend({
  centreId: Id.optional(),
  status: z.enum(['scheduled', 'completed']).optional(),
});

export const resultsBody = z.strictObject({
  results: z
    .array(
      z.strictObject({
        code: z.string().min(1).max(64),
        score: z.number(),
        finding: z.boolean().optional(),
        note: Text(5_000).nullable().optional(),
      }),
    )
    .min(1)
    .max(200),
  employeeIds: z.array(User).max(200).optional(),
  actionOwnerId: User.optional(),
  actionDueAt: Instant.optional(),
});

export const actionBody = z.strictObject({
  centreId: Id,
  /** Audit findings and complaint patterns open actions themselves. */
  source: ActionSource.extract(['kpi-breach', 'supervision-report']),
  sourceRef: Id,
  title: Text(200),
  ownerId: User,
  dueAt: Instant,
  indicator: z.strictObject({ name: Text(200), value: z.number().nullable().default(null) }).optional(),
});

export const actionListQuery = paginationQuerySchema.extend({
  status: ActionStatus.optional(),
  centreId: Id.optional(),
  source: ActionSource.optional(),
});

export const analysisBody = z.strictObject({
  rootCause: Text(10_000),
  plan: Text(10_000),
  ownerId: User.optional(),
  dueAt: Instant.optional(),
});

export const implementationBody = z
  .strictObject({ verifyAfterDays: z.int().min(0).max(365).optional() })
  .optional()
  .transform((b) => b ?? {});

export const verificationBody = z.strictObject({
  effective: z.boolean(),
  indicatorBefore: z.number().optional(),
  indicatorAfter: z.number().optional(),
});

export const reportBody = z.strictObject({
  centreId: Id.nullable().default(null),
  /** Anonymous: no reporter identity is stored. */
  anonymous: z.boolean().default(false),
  reporterKind: z.enum(['staff', 'customer']).default('staff'),
  category: SupervisionCategory,
  description: Text(10_000),
});

export const reportListQuery = paginationQuerySchema.extend({
  status: ReportStatus.optional(),
  centreId: Id.optional(),
});

export const investigationBody = z.strictObject({
  investigatorId: User.optional(),
  findings: Text(10_000).optional(),
});

export const reportResolutionBody = z.strictObject({
  outcome: SupervisionOutcome,
  findings: Text(10_000),
  action: z
    .strictObject({ title: Text(200), ownerId: User.optional(), dueAt: Instant.optional() })
    .optional(),
});
