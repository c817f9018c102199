// Training effectiveness, pure: for each course, the comeback and first-time-fix rates of the
// orders its trained technicians completed in a window before their session versus the same
// window after it, with the sample sizes behind every rate. Also exam pass rates and training
// coverage. Definitions match the KPIs: first-time fix = no QC rework and not a comeback.
//
// A technician counts for a course from their first attended session of it (passed or not: the
// question is what the training changed). An order worked by two technicians counts for each.

const DAY_MS = 86_400_000;

export interface TrainingCompletion {
  technicianId: string;
  centreId: string;
  courseId: string;
  courseCode: string;
  attended: boolean;
  passed: boolean;
  examScore: number | null;
  completedAt: Date;
}

export interface TechnicianOrder {
  repairOrderId: string;
  technicianIds: readonly string[];
  completedAt: Date;
  reworkCount: number;
  comeback: boolean;
}

export interface OutcomeRates {
  /** Orders in the window (the sample size of both rates). */
  orders: number;
  comebacks: number;
  firstTimeFixes: number;
  comebackRate: number | null;
  firstTimeFixRate: number | null;
}

export interface CourseEffectiveness {
  courseId: string;
  courseCode: string;
  /** Technicians who attended the course (each compared against themselves). */
  technicians: number;
  before: OutcomeRates;
  after: OutcomeRates;
  /** after - before; null when either side has no orders. */
  change: { comebackRate: number | null; firstTimeFixRate: number | null };
  byTechnician: { technicianId: string; trainedAt: string; before: OutcomeRates; after: OutcomeRates }[];
}

export function rates(orders: readonly Pick<TechnicianOrder, 'reworkCount' | 'comeback'>[]): OutcomeRates {
  const comebacks = orders.filter((o) => o.comeback).length;
  const firstTimeFixes = orders.filter((o) => o.reworkCount === 0 && !o.comeback).length;
  const n = orders.length;
  return {
    orders: n,
    comebacks,
    firstTimeFixes,
    comebackRate: n ? comebacks / n : null,
    firstTimeFixRate: n ? firstTimeFixes / n : null,
  };
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The first attended session of each (course, technician). */
function trainedAt(completions: readonly TrainingCompletion[]): Map<string, Map<string, TrainingCompletion>> {
  const byCourse = new Map<string, Map<string, TrainingCompletion>>();
  for (const c of completions) {
    if (!c.attended) continue;
    const techs = byCourse.get(c.courseId) ?? new Map<string, TrainingCompletion>();
    const prev = techs.get(c.technicianId);
    if (!prev || c.completedAt.getTime() < prev.completedAt.getTime()) techs.set(c.technicianId, c);
    byCourse.set(c.courseId, techs);
  }
  return byCourse;
}

export function trainingEffectiveness(
  completions: readonly TrainingCompletion[],
  orders: readonly TechnicianOrder[],
  windowDays: number,
): CourseEffectiveness[] {
  const window = windowDays * DAY_MS;
  const result: CourseEffectiveness[] = [];
  for (const [courseId, techs] of trainedAt(completions)) {
    const allBefore: TechnicianOrder[] = [];
    const allAfter: TechnicianOrder[] = [];
    const byTechnician: CourseEffectiveness['byTechnician'] = [];
    for (const [technicianId, c] of [...techs].sort(([a], [b]) => a.localeCompare(b))) {
      const t = c.completedAt.getTime();
      const own = orders.filter((o) => o.technicianIds.includes(technicianId));
      const before = own.filter((o) => o.completedAt.getTime() >= t - window && o.completedAt.getTime() < t);
      const after = own.filter((o) => o.completedAt.getTime() > t && o.completedAt.getTime() <= t + window);
      allBefore.push(...before);
      allAfter.push(...after);
      byTechnician.push({
        technicianId,
        trainedAt: c.completedAt.toISOString(),
        before: rates(before),
        after: rates(after),
      });
    }
    const before = rates(allBefore);
    const after = rates(allAfter);
    result.push({
      courseId,
      courseCode: [...techs.values()][0]!.courseCode,
      technicians: techs.size,
      before,
      after,
      change: {
        comebackRate: diff(after.comebackRate, before.comebackRate),
        firstTimeFixRate: diff(after.firstTimeFixRate, before.firstTimeFixRate),
      },
      byTechnician,
    });
  }
  return result.sort((a, b) => a.courseCode.localeCompare(b.courseCode));
}

export interface CourseStatistics {
  courseId: string;
  courseCode: string;
  /** Results recorded (a technician's repeat sessions each count). */
  results: number;
  attended: number;
  /** Attended with an exam score. */
  examsTaken: number;
  passed: number;
  /** passed / attended; null without attendance. */
  passRate: number | null;
  meanExamScore: number | null;
}

export function courseStatistics(completions: readonly TrainingCompletion[]): CourseStatistics[] {
  const byCourse = new Map<string, TrainingCompletion[]>();
  for (const c of completions) byCourse.set(c.courseId, [...(byCourse.get(c.courseId) ?? []), c]);
  return [...byCourse]
    .map(([courseId, cs]) => {
      const attended = cs.filter((c) => c.attended);
      const scores = attended.flatMap((c) => (c.examScore === null ? [] : [c.examScore]));
      const passed = attended.filter((c) => c.passed).length;
      return {
        courseId,
        courseCode: cs[0]!.courseCode,
        results: cs.length,
        attended: attended.length,
        examsTaken: scores.length,
        passed,
        passRate: attended.length ? passed / attended.length : null,
        meanExamScore: scores.length ? scores.reduce((a, s) => a + s, 0) / scores.length : null,
      };
    })
    .sort((a, b) => a.courseCode.localeCompare(b.courseCode));
}

export interface CoverageOfCentre {
  centreId: string;
  /** Technicians seen in the period: on completed orders or in training. */
  technicians: number;
  /** Of those, technicians who attended at least one session in the period. */
  trained: number;
  coverage: number | null;
}

/**
 * Training coverage per centre. Analytics knows technicians only from events, so the roster is
 * those seen on orders completed at the centre or trained there in the period.
 */
export function trainingCoverage(
  completions: readonly TrainingCompletion[],
  orders: readonly (TechnicianOrder & { centreId: string | null })[],
): CoverageOfCentre[] {
  const roster = new Map<string, Set<string>>();
  const trained = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, centre: string, tech: string) =>
    m.set(centre, (m.get(centre) ?? new Set()).add(tech));
  for (const o of orders) if (o.centreId) for (const t of o.technicianIds) add(roster, o.centreId, t);
  for (const c of completions) {
    add(roster, c.centreId, c.technicianId);
    if (c.attended) add(trained, c.centreId, c.technicianId);
  }
  return [...roster]
    .map(([centreId, techs]) => {
      const n = [...techs].filter((t) => trained.get(centreId)?.has(t)).length;
      return { centreId, technicians: techs.size, trained: n, coverage: techs.size ? n / techs.size : null };
    })
    .sort((a, b) => a.centreId.localeCompare(b.centreId));
}
