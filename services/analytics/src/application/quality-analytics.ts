// Loads the quality-management facts (training results, audits, safety inspections) and the
// order, complaint and survey views for the appraisal and training-effectiveness analyses.
import { type PrismaClient } from '../db/client';
import {
  centreScorecards,
  employeeScorecards,
  type AppraisalOrder,
  type AuditFact,
  type CentreScorecard,
  type EmployeeScorecard,
} from '../domain/appraisal';
import { type Period } from '../domain/kpis';
import {
  courseStatistics,
  trainingCoverage,
  trainingEffectiveness,
  type CourseEffectiveness,
  type CourseStatistics,
  type CoverageOfCentre,
  type TechnicianOrder,
  type TrainingCompletion,
} from '../domain/training-effectiveness';

const DAY_MS = 86_400_000;

async function factsOfType<T>(
  prisma: PrismaClient,
  tenantId: string,
  eventType: string,
  p?: Period,
): Promise<{ occurredAt: Date; data: T }[]> {
  const rows = await prisma.eventFact.findMany({
    where: { tenantId, eventType, ...(p ? { occurredAt: { gte: p.from, lt: p.to } } : {}) },
    orderBy: [{ occurredAt: 'asc' }, { eventId: 'asc' }],
  });
  return rows.map((r) => ({ occurredAt: r.occurredAt, data: r.data as T }));
}

async function completions(
  prisma: PrismaClient,
  tenantId: string,
  p?: Period,
): Promise<TrainingCompletion[]> {
  const facts = await factsOfType<{
    technicianId: string;
    centreId: string;
    courseId: string;
    courseCode: string;
    attended: boolean;
    passed: boolean;
    examScore?: number;
    completedAt: string;
  }>(prisma, tenantId, 'technician.training-completed', p);
  return facts.map(({ data: d }) => ({
    technicianId: d.technicianId,
    centreId: d.centreId,
    courseId: d.courseId,
    courseCode: d.courseCode,
    attended: d.attended,
    passed: d.passed,
    examScore: d.examScore ?? null,
    completedAt: new Date(d.completedAt),
  }));
}

/** Completed orders with the technicians repair.order.completed named. */
async function completedOrders(
  prisma: PrismaClient,
  tenantId: string,
  from: Date,
  to: Date,
): Promise<(TechnicianOrder & AppraisalOrder)[]> {
  const rows = await prisma.orderView.findMany({
    where: { tenantId, completedAt: { gte: from, lt: to } },
    select: {
      repairOrderId: true,
      centreId: true,
      completedAt: true,
      reworkCount: true,
      comeback: true,
      completion: true,
    },
  });
  return rows.map((r) => ({
    repairOrderId: r.repairOrderId,
    centreId: r.centreId,
    completedAt: r.completedAt!,
    technicianIds: ((r.completion as { technicianIds?: string[] } | null)?.technicianIds ?? []) as string[],
    reworkCount: r.reworkCount ?? 0,
    comeback: r.comeback === true,
  }));
}

export async function effectivenessOf(
  prisma: PrismaClient,
  tenantId: string,
  opts: { windowDays: number; courseId?: string; centreId?: string },
): Promise<CourseEffectiveness[]> {
  const all = (await completions(prisma, tenantId)).filter(
    (c) =>
      (!opts.courseId || c.courseId === opts.courseId) && (!opts.centreId || c.centreId === opts.centreId),
  );
  if (all.length === 0) return [];
  const times = all.map((c) => c.completedAt.getTime());
  const window = opts.windowDays * DAY_MS;
  const orders = await completedOrders(
    prisma,
    tenantId,
    new Date(Math.min(...times) - window),
    new Date(Math.max(...times) + window + 1),
  );
  return trainingEffectiveness(all, orders, opts.windowDays);
}

export async function trainingStatisticsOf(
  prisma: PrismaClient,
  tenantId: string,
  p: Period,
  centreId?: string,
): Promise<{ courses: CourseStatistics[]; coverage: CoverageOfCentre[] }> {
  const cs = (await completions(prisma, tenantId, p)).filter((c) => !centreId || c.centreId === centreId);
  const orders = (await completedOrders(prisma, tenantId, p.from, p.to)).filter(
    (o) => !centreId || o.centreId === centreId,
  );
  return { courses: courseStatistics(cs), coverage: trainingCoverage(cs, orders) };
}

async function appraisalInputs(prisma: PrismaClient, tenantId: string, p: Period) {
  const audits: AuditFact[] = (
    await factsOfType<{
      auditId: string;
      centreId: string;
      kind: string;
      scorePercent: number;
      employeeIds: string[];
      findingCount: number;
    }>(prisma, tenantId, 'audit.completed', p)
  ).map(({ data: d }) => ({
    auditId: d.auditId,
    centreId: d.centreId,
    kind: d.kind,
    scorePercent: d.scorePercent,
    employeeIds: d.employeeIds,
    findingCount: d.findingCount,
  }));
  const orders = await completedOrders(prisma, tenantId, p.from, p.to);
  const complaintRows = await prisma.complaintView.findMany({
    where: { tenantId, registeredAt: { gte: p.from, lt: p.to } },
    select: { complaintId: true, centreId: true, repairOrderId: true },
  });
  // Complaints without a centre count where their order was done (as the KPIs do).
  const orderIds = complaintRows.flatMap((c) => (c.repairOrderId ? [c.repairOrderId] : []));
  const orderCentres = new Map(
    (
      await prisma.orderView.findMany({
        where: { tenantId, repairOrderId: { in: orderIds } },
        select: { repairOrderId: true, centreId: true },
      })
    ).map((o) => [o.repairOrderId, o.centreId]),
  );
  const complaints = complaintRows.map((c) => ({
    complaintId: c.complaintId,
    repairOrderId: c.repairOrderId,
    centreId: c.centreId ?? (c.repairOrderId ? (orderCentres.get(c.repairOrderId) ?? null) : null),
  }));
  const surveys = (
    await prisma.surveyView.findMany({ where: { tenantId, answeredAt: { gte: p.from, lt: p.to } } })
  ).map((s) => ({
    repairOrderId: s.repairOrderId,
    centreId: s.centreId,
    csi: (s.product + s.service + s.purchase) / 3,
  }));
  const hazards = (
    await factsOfType<{ centreId: string; hazardCount: number }>(
      prisma,
      tenantId,
      'safety.inspection-completed',
      p,
    )
  ).map(({ data: d }) => ({ centreId: d.centreId, hazardCount: d.hazardCount }));
  return { audits, orders, complaints, surveys, hazards };
}

export async function employeeAppraisalsOf(
  prisma: PrismaClient,
  tenantId: string,
  p: Period,
  centreId?: string,
): Promise<EmployeeScorecard[]> {
  const i = await appraisalInputs(prisma, tenantId, p);
  const at = <T extends { centreId: string | null }>(xs: T[]) =>
    centreId ? xs.filter((x) => x.centreId === centreId) : xs;
  return employeeScorecards(at(i.audits), at(i.orders), at(i.complaints), at(i.surveys));
}

export async function centreAppraisalsOf(
  prisma: PrismaClient,
  tenantId: string,
  p: Period,
): Promise<CentreScorecard[]> {
  const i = await appraisalInputs(prisma, tenantId, p);
  return centreScorecards(i.audits, i.orders, i.complaints, i.surveys, i.hazards);
}
