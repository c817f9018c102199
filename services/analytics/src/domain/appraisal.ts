// Appraisal scorecards, pure: per employee and per centre, the inputs an appraisal weighs —
// audit results (audit.completed: the employees it covered, score in percent), complaints about
// their orders, comebacks and first-time fixes of the orders they completed, and the survey
// scores of those orders. Only facts: no weighting into one grade, since appraisal policy is
// the quality manager's, and every figure carries its sample size.

export interface AuditFact {
  auditId: string;
  centreId: string;
  kind: string;
  scorePercent: number;
  employeeIds: readonly string[];
  findingCount: number;
}

export interface AppraisalOrder {
  repairOrderId: string;
  centreId: string | null;
  technicianIds: readonly string[];
  reworkCount: number;
  comeback: boolean;
}

export interface AppraisalSurvey {
  repairOrderId: string;
  centreId: string;
  /** CSI of one survey: mean of product, service and purchase (1-5). */
  csi: number;
}

export interface AppraisalComplaint {
  complaintId: string;
  centreId: string | null;
  repairOrderId: string | null;
}

export interface AppraisalFigures {
  audits: number;
  meanAuditScore: number | null;
  auditFindings: number;
  ordersCompleted: number;
  comebacks: number;
  comebackRate: number | null;
  firstTimeFixRate: number | null;
  complaints: number;
  /** complaints / orders completed; null without orders. */
  complaintRate: number | null;
  surveys: number;
  csi: number | null;
}

export interface EmployeeScorecard extends AppraisalFigures {
  employeeId: string;
  centreIds: string[];
}

export interface CentreScorecard extends AppraisalFigures {
  centreId: string;
  safetyHazards: number;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, x) => a + x, 0) / xs.length : null);
const ratio = (a: number, b: number) => (b ? a / b : null);

function figures(
  audits: readonly AuditFact[],
  orders: readonly AppraisalOrder[],
  complaints: number,
  surveys: readonly AppraisalSurvey[],
): AppraisalFigures {
  const comebacks = orders.filter((o) => o.comeback).length;
  return {
    audits: audits.length,
    meanAuditScore: mean(audits.map((a) => a.scorePercent)),
    auditFindings: audits.reduce((n, a) => n + a.findingCount, 0),
    ordersCompleted: orders.length,
    comebacks,
    comebackRate: ratio(comebacks, orders.length),
    firstTimeFixRate: ratio(orders.filter((o) => o.reworkCount === 0 && !o.comeback).length, orders.length),
    complaints,
    complaintRate: ratio(complaints, orders.length),
    surveys: surveys.length,
    csi: mean(surveys.map((s) => s.csi)),
  };
}

export function employeeScorecards(
  audits: readonly AuditFact[],
  orders: readonly AppraisalOrder[],
  complaints: readonly AppraisalComplaint[],
  surveys: readonly AppraisalSurvey[],
): EmployeeScorecard[] {
  const employees = new Set<string>([
    ...audits.flatMap((a) => a.employeeIds),
    ...orders.flatMap((o) => o.technicianIds),
  ]);
  return [...employees].sort().map((employeeId) => {
    const theirAudits = audits.filter((a) => a.employeeIds.includes(employeeId));
    const theirOrders = orders.filter((o) => o.technicianIds.includes(employeeId));
    const orderIds = new Set(theirOrders.map((o) => o.repairOrderId));
    const theirComplaints = complaints.filter((c) => c.repairOrderId && orderIds.has(c.repairOrderId)).length;
    const theirSurveys = surveys.filter((s) => orderIds.has(s.repairOrderId));
    const centreIds = [
      ...new Set([
        ...theirAudits.map((a) => a.centreId),
        ...theirOrders.flatMap((o) => (o.centreId ? [o.centreId] : [])),
      ]),
    ].sort();
    return { employeeId, centreIds, ...figures(theirAudits, theirOrders, theirComplaints, theirSurveys) };
  });
}

export function centreScorecards(
  audits: readonly AuditFact[],
  orders: readonly AppraisalOrder[],
  complaints: readonly AppraisalComplaint[],
  surveys: readonly AppraisalSurvey[],
  hazards: readonly { centreId: string; hazardCount: number }[],
): CentreScorecard[] {
  const centres = new Set<string>([
    ...audits.map((a) => a.centreId),
    ...orders.flatMap((o) => (o.centreId ? [o.centreId] : [])),
    ...complaints.flatMap((c) => (c.centreId ? [c.centreId] : [])),
    ...surveys.map((s) => s.centreId),
    ...hazards.map((h) => h.centreId),
  ]);
  return [...centres].sort().map((centreId) => ({
    centreId,
    ...figures(
      audits.filter((a) => a.centreId === centreId),
      orders.filter((o) => o.centreId === centreId),
      complaints.filter((c) => c.centreId === centreId).length,
      surveys.filter((s) => s.centreId === centreId),
    ),
    safetyHazards: hazards.filter((h) => h.centreId === centreId).reduce((n, h) => n + h.hazardCount, 0),
  }));
}
