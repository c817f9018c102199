// Training and certification rules, pure: exam results, certification validity and which
// certifications an order's job types require of the technicians assigned to it.
//
// Job types of an order are the vehicle systems its diagnosis found (fault_systems: diagnosis
// findings plus extra findings of re-quotes), e.g. `battery-ev`. A tenant maps a job type to the
// certification codes it requires (certification_requirement); without a mapping a job type needs
// none, so centres that never configured requirements assign as before.

export interface CourseRule {
  /** Minimum exam score 0-100; null: attendance alone passes. */
  passScore: number | null;
}

export interface ExamResult {
  attended: boolean;
  examScore?: number | null;
}

/** Passed = attended and, where the course has an exam, scored at least its pass mark. */
export function hasPassed(course: CourseRule, result: ExamResult): boolean {
  if (!result.attended) return false;
  if (course.passScore === null) return true;
  return result.examScore !== null && result.examScore !== undefined && result.examScore >= course.passScore;
}

/** A certification granted at `from` for `months` calendar months (UTC). */
export function validUntilOf(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export interface HeldCertification {
  technicianId: string;
  code: string;
  validUntil: Date;
}

export interface Requirement {
  jobType: string;
  certificationCode: string;
}

export interface MissingCertification {
  technicianId: string;
  certificationCode: string;
  jobType: string;
  /** 'missing': never held; 'expired': held, validity ended at `expiredAt`. */
  problem: 'missing' | 'expired';
  expiredAt: Date | null;
}

/**
 * Every (technician, certification) the order's job types require and the technician does not
 * hold validly at `at`. Empty: the assignment may go ahead.
 */
export function missingCertifications(
  technicianIds: readonly string[],
  jobTypes: readonly string[],
  requirements: readonly Requirement[],
  held: readonly HeldCertification[],
  at: Date,
): MissingCertification[] {
  const needed = requirements.filter((r) => jobTypes.includes(r.jobType));
  const missing: MissingCertification[] = [];
  for (const technicianId of technicianIds) {
    for (const req of needed) {
      const cert = held.find((h) => h.technicianId === technicianId && h.code === req.certificationCode);
      if (cert && cert.validUntil.getTime() > at.getTime()) continue;
      if (
        missing.some((m) => m.technicianId === technicianId && m.certificationCode === req.certificationCode)
      )
        continue;
      missing.push({
        technicianId,
        certificationCode: req.certificationCode,
        jobType: req.jobType,
        problem: cert ? 'expired' : 'missing',
        expiredAt: cert ? cert.validUntil : null,
      });
    }
  }
  return missing;
}

export interface PlanCoverage {
  technicians: number;
  /** Technicians who passed every course of the plan (in the plan's year). */
  fullyTrained: number;
  /** fullyTrained / technicians; null without technicians. */
  coverage: number | null;
  byCourse: { courseId: string; trained: number; share: number | null }[];
}

/** Coverage of a training plan: who of the centre's technicians passed which plan course. */
export function planCoverage(
  technicianIds: readonly string[],
  courseIds: readonly string[],
  passed: readonly { technicianId: string; courseId: string }[],
): PlanCoverage {
  const techs = new Set(technicianIds);
  const passedBy = (courseId: string) =>
    new Set(
      passed.filter((p) => p.courseId === courseId && techs.has(p.technicianId)).map((p) => p.technicianId),
    );
  const byCourse = courseIds.map((courseId) => {
    const trained = passedBy(courseId).size;
    return { courseId, trained, share: techs.size ? trained / techs.size : null };
  });
  const fullyTrained = [...techs].filter((t) => courseIds.every((c) => passedBy(c).has(t))).length;
  return {
    technicians: techs.size,
    fullyTrained,
    coverage: techs.size ? fullyTrained / techs.size : null,
    byCourse,
  };
}
