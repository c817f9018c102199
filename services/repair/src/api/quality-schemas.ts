// zod request schemas of the quality-management routes (training, certification, partner
// qualification, safety inspections). Exam scores and audit scores are percentages 0-100.
import { z } from 'zod';
import { CertificationCode, ExamScore, VehicleSystem } from '@aftersales/contracts';
import { paginationQuerySchema, safeIdSchema } from '@aftersales/service-kit';
import { QC_INSPECTION_JOB } from '../domain/qc-independence';

// Client-chosen ids (regions, dealers, technicians, ...) reach events and analytics' CSV
// exports: no formula start, no control characters (service-kit's safeIdSchema).
const Id = safeIdSchema;
const Uuid = z.uuid();
const Instant = z.iso.datetime({ offset: true });
const Percent = z.number().min(0).max(100);

export const courseBody = z.object({
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/, 'expected a short code like HV-101'),
  title: z.string().min(1).max(200),
  category: z.enum(['new-technology', 'equipment', 'case-study', 'safety', 'soft-skills']),
  passScore: Percent.nullish().describe('Minimum exam score to pass; absent: attendance passes'),
  certificationCode: CertificationCode.nullish().describe('Certification a pass grants'),
  certificationValidMonths: z.int().min(1).max(120).nullish(),
});

export const sessionBody = z.object({
  courseId: Uuid,
  centreId: Uuid,
  startsAt: Instant,
  trainer: z.string().min(1).max(200).nullish(),
  invitees: z.array(Id).max(200).default([]),
});

export const resultsBody = z.object({
  results: z
    .array(
      z.object({
        technicianId: Id,
        attended: z.boolean(),
        examScore: ExamScore.nullish().describe('Percent, 0-100'),
      }),
    )
    .min(1)
    .max(200),
});

export const certificationBody = z.object({
  technicianId: Id,
  centreId: Uuid,
  certificationCode: CertificationCode,
  validUntil: Instant,
});

export const listCertificationsQuery = paginationQuerySchema.extend({
  technicianId: Id.optional(),
  centreId: Uuid.optional(),
});

/** A vehicle system (assignment) or qc-inspection (who may record quality control). */
export const jobTypeParams = z.object({ jobType: z.union([VehicleSystem, z.literal(QC_INSPECTION_JOB)]) });
export const requirementBody = z.object({ certificationCodes: z.array(CertificationCode).max(20) });

export const planBody = z.object({
  centreId: Uuid,
  year: z.int().min(2000).max(2100),
  courseIds: z.array(Uuid).min(1).max(100),
});

export const centreParams = z.object({ centreId: Uuid });
export const documentBody = z.object({
  kind: z.string().min(1).max(64).describe('e.g. manufacturer-accreditation, liability-insurance'),
  reference: z.string().min(1).max(128),
  validUntil: Instant,
});
export const auditBody = z.object({ score: Percent, auditedAt: Instant.nullish() });

export const inspectionBody = z.object({
  centreId: Uuid,
  inspectedAt: Instant.nullish(),
  checklist: z
    .array(
      z.object({
        code: z.string().min(1).max(64),
        passed: z.boolean(),
        note: z.string().max(2000).nullish(),
      }),
    )
    .min(1)
    .max(200),
  hazards: z
    .array(
      z.object({
        description: z.string().min(1).max(2000),
        severity: z.enum(['low', 'medium', 'high', 'critical']),
        rectifyBy: Instant,
      }),
    )
    .max(100)
    .default([]),
});
export const listInspectionsQuery = paginationQuerySchema.extend({
  centreId: Uuid.optional(),
  status: z.enum(['OPEN', 'CLOSED']).optional(),
});
export const hazardParams = z.object({ id: Uuid, hazardId: Uuid });
export const rectificationBody = z.object({ note: z.string().min(1).max(2000) });
export const verificationBody = z.object({ passed: z.boolean(), note: z.string().max(2000).nullish() });
