// Quality-management rows to response bodies, typed by their view schemas (quality-views.ts).
import {
  type Course,
  type SafetyInspection,
  type TechnicianCertification,
  type TrainingPlan,
  type TrainingRecord,
  type TrainingSession,
} from '../db/client';
import { hazardsOf } from '../application/safety-inspections';
import { type PlanCoverage } from '../domain/certification';
import { nextDeadline } from '../domain/safety';
import {
  type CertificationView,
  type CourseView,
  type InspectionView,
  type PlanCoverageView,
  type PlanView,
  type SessionView,
  type SessionWithResultsView,
} from './quality-views';

export const courseDto = (c: Course): CourseView => ({
  id: c.id,
  code: c.code,
  title: c.title,
  category: c.category as CourseView['category'],
  passScore: c.passScore,
  certificationCode: c.certificationCode,
  certificationValidMonths: c.certificationValidMonths,
  createdAt: c.createdAt.toISOString(),
});

export const sessionDto = (s: TrainingSession): SessionView => ({
  id: s.id,
  courseId: s.courseId,
  centreId: s.centreId,
  startsAt: s.startsAt.toISOString(),
  trainer: s.trainer,
  invitees: s.invitees,
  resultedAt: s.resultedAt?.toISOString() ?? null,
  version: s.version,
});

export const sessionWithResultsDto = (
  s: TrainingSession,
  records: TrainingRecord[],
): SessionWithResultsView => ({
  ...sessionDto(s),
  results: records.map((x) => ({
    technicianId: x.technicianId,
    attended: x.attended,
    examScore: x.examScore,
    passed: x.passed,
  })),
});

export const certificationDto = (c: TechnicianCertification, now: Date): CertificationView => ({
  id: c.id,
  technicianId: c.technicianId,
  centreId: c.centreId,
  certificationCode: c.code,
  validUntil: c.validUntil.toISOString(),
  valid: c.validUntil.getTime() > now.getTime(),
  courseId: c.courseId,
});

export const planDto = (p: TrainingPlan): PlanView => ({
  id: p.id,
  centreId: p.centreId,
  year: p.year,
  courseIds: p.courseIds,
  version: p.version,
});

export const planCoverageDto = (p: TrainingPlan, coverage: PlanCoverage): PlanCoverageView => ({
  id: p.id,
  centreId: p.centreId,
  year: p.year,
  courseIds: p.courseIds,
  coverage,
});

export const inspectionDto = (i: SafetyInspection): InspectionView => {
  const hazards = hazardsOf(i);
  return {
    id: i.id,
    centreId: i.centreId,
    inspectorId: i.inspectorId,
    inspectedAt: i.inspectedAt.toISOString(),
    checklist: i.checklist as InspectionView['checklist'],
    score: i.score,
    status: i.status as InspectionView['status'],
    nextRectifyBy: nextDeadline(hazards),
    hazards,
    version: i.version,
  };
};
