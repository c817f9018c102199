// Success bodies of the quality-management routes (training, certification, partner
// qualification, safety inspections) as zod schemas: documented, checked under tests, and the
// return types of the DTO functions in quality-dto.ts. Scores are percentages 0-100.
import { z } from 'zod';
import { Time } from './views';

export const CourseView = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  category: z.enum(['new-technology', 'equipment', 'case-study', 'safety', 'soft-skills']),
  passScore: z.number().nullable(),
  certificationCode: z.string().nullable(),
  certificationValidMonths: z.int().nullable(),
  createdAt: Time,
});
export type CourseView = z.infer<typeof CourseView>;

export const SessionView = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  centreId: z.uuid(),
  startsAt: Time,
  trainer: z.string().nullable(),
  invitees: z.array(z.string()),
  resultedAt: Time.nullable(),
  version: z.int(),
});
export type SessionView = z.infer<typeof SessionView>;

export const SessionWithResultsView = SessionView.extend({
  results: z.array(
    z.object({
      technicianId: z.string(),
      attended: z.boolean(),
      examScore: z.number().nullable(),
      passed: z.boolean(),
    }),
  ),
});
export type SessionWithResultsView = z.infer<typeof SessionWithResultsView>;

export const CertificationView = z.object({
  id: z.uuid(),
  technicianId: z.string(),
  centreId: z.uuid(),
  certificationCode: z.string(),
  validUntil: Time,
  valid: z.boolean().describe('Valid now'),
  courseId: z.uuid().nullable(),
});
export type CertificationView = z.infer<typeof CertificationView>;

export const RequirementView = z.object({ jobType: z.string(), certificationCodes: z.array(z.string()) });
export const RequirementsView = z.object({ items: z.array(RequirementView) });

export const PlanView = z.object({
  id: z.uuid(),
  centreId: z.uuid(),
  year: z.int(),
  courseIds: z.array(z.uuid()),
  version: z.int(),
});
export type PlanView = z.infer<typeof PlanView>;

export const PlanCoverageView = z.object({
  id: z.uuid(),
  centreId: z.uuid(),
  year: z.int(),
  courseIds: z.array(z.uuid()),
  coverage: z.object({
    technicians: z.int(),
    fullyTrained: z.int().describe('Technicians who passed every course of the plan in its year'),
    coverage: z.number().nullable(),
    byCourse: z.array(z.object({ courseId: z.uuid(), trained: z.int(), share: z.number().nullable() })),
  }),
});
export type PlanCoverageView = z.infer<typeof PlanCoverageView>;

export const QualificationView = z.object({
  centreId: z.uuid(),
  documents: z.array(z.object({ id: z.uuid(), kind: z.string(), reference: z.string(), validUntil: Time })),
  auditScore: z.number().nullable(),
  auditedAt: Time.nullable(),
  qualified: z.boolean().describe('May receive overflow work now'),
  reason: z.enum([
    'qualified',
    'document-expired',
    'document-missing',
    'audit-below-threshold',
    'audit-missing',
  ]),
  validUntil: Time.nullable(),
  expiredDocumentIds: z.array(z.uuid()),
  version: z.int(),
});

export const InspectionView = z.object({
  id: z.uuid(),
  centreId: z.uuid(),
  inspectorId: z.string(),
  inspectedAt: Time,
  checklist: z.array(z.object({ code: z.string(), passed: z.boolean(), note: z.string().nullable() })),
  score: z.number(),
  status: z.enum(['OPEN', 'CLOSED']),
  nextRectifyBy: Time.nullable(),
  hazards: z.array(
    z.object({
      id: z.uuid(),
      description: z.string(),
      severity: z.enum(['low', 'medium', 'high', 'critical']),
      rectifyBy: Time,
      status: z.enum(['OPEN', 'RECTIFIED', 'VERIFIED']),
      rectification: z.object({ at: Time, by: z.string(), note: z.string() }).nullable(),
      verifications: z.array(
        z.object({ at: Time, by: z.string(), passed: z.boolean(), note: z.string().nullable() }),
      ),
    }),
  ),
  version: z.int(),
});
export type InspectionView = z.infer<typeof InspectionView>;
