// Repair-side quality management (issue 13): technician training and certification, partner
// workshop qualification and safety inspections of service centres. Workforce events are keyed
// by technician id (one technician's training history stays in order); qualification and safety
// events by centre id.
import { z } from 'zod';
import { Id, Timestamp, UserId } from '../primitives';

/** A certification such as "HV-EV" (high-voltage systems) that job types can require. */
export const CertificationCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, 'expected an upper-case code like "HV-EV"');

/** Exam scores are percentages. */
export const ExamScore = z.number().min(0).max(100);

export const TechnicianTrainingCompleted = z
  .object({
    technicianId: UserId,
    centreId: Id,
    courseId: Id,
    courseCode: z.string().min(1).max(32),
    sessionId: Id,
    attended: z.boolean(),
    examScore: ExamScore.optional().describe(
      'Absent when the course has no exam or the technician missed it',
    ),
    passed: z.boolean().describe('Attended and, where the course has an exam, scored at least its pass mark'),
    completedAt: Timestamp,
  })
  .describe('A technician’s result of a training session (attendance and exam) was recorded.');

export const TechnicianCertified = z
  .object({
    technicianId: UserId,
    centreId: Id,
    certificationCode: CertificationCode,
    validUntil: Timestamp,
    courseId: Id.optional().describe(
      'The course whose passed exam granted it; absent when recorded directly',
    ),
  })
  .describe('A technician holds a certification (new or renewed) until validUntil.');

export const TechnicianCertificationExpired = z
  .object({
    technicianId: UserId,
    centreId: Id,
    certificationCode: CertificationCode,
    expiredAt: Timestamp,
  })
  .describe('A technician’s certification passed its validUntil without renewal.');

export const PartnerQualificationChanged = z
  .object({
    centreId: Id,
    qualified: z.boolean().describe('Only qualified partner workshops receive overflow work'),
    reason: z
      .enum(['qualified', 'document-expired', 'document-missing', 'audit-below-threshold', 'audit-missing'])
      .describe('Why the partner is (un)qualified now'),
    validUntil: Timestamp.optional().describe(
      'While qualified: when the first accreditation document expires',
    ),
    auditScore: z.number().min(0).max(100).optional(),
  })
  .describe('A partner workshop became qualified or unqualified for overflow work.');

export const SafetyInspectionCompleted = z
  .object({
    inspectionId: Id,
    centreId: Id,
    hazardCount: z.int().nonnegative(),
    score: z.number().min(0).max(100).optional().describe('Share of checklist items passed, in percent'),
    rectifyBy: Timestamp.optional().describe('Earliest rectification deadline of the hazards found'),
    inspectorId: UserId.optional(),
  })
  .describe('A safety inspection of a service centre was completed, with the hazards it found.');

export const SafetyHazardRectified = z
  .object({
    inspectionId: Id,
    centreId: Id,
    hazardId: Id,
    verifiedAt: Timestamp,
    verifiedBy: UserId.optional(),
    late: z.boolean().optional().describe('Verified after the rectification deadline'),
  })
  .describe('A hazard found by a safety inspection was rectified and the fix verified.');

export const workforceEvents = {
  'technician.training-completed': TechnicianTrainingCompleted,
  'technician.certified': TechnicianCertified,
  'technician.certification-expired': TechnicianCertificationExpired,
  'partner.qualification-changed': PartnerQualificationChanged,
  'safety.inspection-completed': SafetyInspectionCompleted,
  'safety.hazard-rectified': SafetyHazardRectified,
} as const;
