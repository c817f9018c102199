// The quality manager's pure logic: improvement actions by due date and their next CAPA step,
// open safety hazards by deadline, the training-effectiveness chart rows, and the complaint
// handler's inquiry queue by time left. The services decide for real; this only orders and labels.
import {
  type ActionStatus,
  type CourseEffectiveness,
  type ImprovementAction,
  type Inquiry,
  type SafetyInspection,
} from '../api/types';

export interface ActionRow {
  action: ImprovementAction;
  /** Due date passed while still open or planned (the due date is for implementing it). */
  overdue: boolean;
  escalated: boolean;
  /** Seconds to the due date; negative once overdue. */
  dueInSeconds: number;
}

const NOT_YET_IMPLEMENTED: readonly ActionStatus[] = ['open', 'planned'];

/** Unclosed actions first, each group by due date (earliest first); closed ones last. */
export function actionRowsOf(actions: readonly ImprovementAction[], now: Date): ActionRow[] {
  return actions
    .map((action) => {
      const dueInSeconds = Math.round((Date.parse(action.dueAt) - now.getTime()) / 1000);
      return {
        action,
        overdue: NOT_YET_IMPLEMENTED.includes(action.status) && dueInSeconds < 0,
        escalated: action.escalation.level > 0,
        dueInSeconds,
      };
    })
    .sort(
      (a, b) =>
        Number(a.action.status === 'closed') - Number(b.action.status === 'closed') ||
        a.dueInSeconds - b.dueInSeconds,
    );
}

export type ActionStep = 'analyse' | 'implement' | 'verify' | 'close';

export interface NextStep {
  step: ActionStep | null;
  label: string;
  /** Verification is refused before this instant (the effect needs time to show). */
  notBefore: string | null;
}

/** What the action needs next, following the CAPA lifecycle of the complaint service. */
export function nextStepOf(action: ImprovementAction, now: Date): NextStep {
  switch (action.status) {
    case 'open':
      return {
        step: 'analyse',
        label: action.verification ? 'Analyse again (not effective) and plan' : 'Analyse and plan',
        notBefore: null,
      };
    case 'planned':
      return { step: 'implement', label: 'Implement the plan', notBefore: null };
    case 'implemented': {
      const waiting = action.verifyFrom !== null && Date.parse(action.verifyFrom) > now.getTime();
      return {
        step: 'verify',
        label: 'Verify the effect',
        notBefore: waiting ? action.verifyFrom : null,
      };
    }
    case 'verified':
      return { step: 'close', label: 'Close', notBefore: null };
    default:
      return { step: null, label: 'Closed', notBefore: null };
  }
}

/** The indicator's change after - before, and whether it moved the wanted way. */
export function indicatorChange(
  before: number | null,
  after: number | null,
  higherIsBetter = true,
): { delta: number; improved: boolean } | null {
  if (before === null || after === null) return null;
  const delta = Math.round((after - before) * 100) / 100;
  return { delta, improved: higherIsBetter ? delta > 0 : delta < 0 };
}

export interface HazardRow {
  inspectionId: string;
  inspectionVersion: number;
  centreId: string;
  hazardId: string;
  description: string;
  severity: string;
  status: string;
  rectifyBy: string;
  /** Negative once the rectification deadline passed. */
  leftSeconds: number;
}

/** Hazards not yet verified across inspections, nearest rectification deadline first. */
export function openHazardsOf(inspections: readonly SafetyInspection[], now: Date): HazardRow[] {
  return inspections
    .flatMap((i) =>
      i.hazards
        .filter((h) => h.status !== 'VERIFIED')
        .map((h) => ({
          inspectionId: i.id,
          inspectionVersion: i.version,
          centreId: i.centreId,
          hazardId: h.id,
          description: h.description,
          severity: h.severity,
          status: h.status,
          rectifyBy: h.rectifyBy,
          leftSeconds: Math.round((Date.parse(h.rectifyBy) - now.getTime()) / 1000),
        })),
    )
    .sort((a, b) => a.leftSeconds - b.leftSeconds);
}

export interface EffectivenessBar {
  course: string;
  /** Rates in percent (null when that side had no orders). */
  ftfBefore: number | null;
  ftfAfter: number | null;
  comebackBefore: number | null;
  comebackAfter: number | null;
  ordersBefore: number;
  ordersAfter: number;
  technicians: number;
}

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** One chart row per course: first-time-fix and comeback rates before vs after, with sample sizes. */
export function effectivenessBarsOf(items: readonly CourseEffectiveness[]): EffectivenessBar[] {
  return items.map((c) => ({
    course: `${c.courseCode} (n=${c.before.orders}/${c.after.orders})`,
    ftfBefore: percent(c.before.firstTimeFixRate),
    ftfAfter: percent(c.after.firstTimeFixRate),
    comebackBefore: percent(c.before.comebackRate),
    comebackAfter: percent(c.after.comebackRate),
    ordersBefore: c.before.orders,
    ordersAfter: c.after.orders,
    technicians: c.technicians,
  }));
}

export interface InquiryRow {
  inquiry: Inquiry;
  /** Seconds to the answer deadline; negative once overdue. */
  leftSeconds: number;
}

/** Open inquiries, least time left to answer first (overdue on top). */
export function inquiryQueueOf(inquiries: readonly Inquiry[], now: Date): InquiryRow[] {
  return inquiries
    .filter((i) => i.status === 'open')
    .map((inquiry) => ({
      inquiry,
      leftSeconds: Math.round((Date.parse(inquiry.answerBy) - now.getTime()) / 1000),
    }))
    .sort((a, b) => a.leftSeconds - b.leftSeconds);
}

/** Pill tone of a time left: overdue, within the warning window, or fine. */
export function timeLeftTone(leftSeconds: number, warnSeconds = 3_600): 'bad' | 'warn' | 'ok' {
  return leftSeconds < 0 ? 'bad' : leftSeconds < warnSeconds ? 'warn' : 'ok';
}

/** Pill tone of an audit score in percent. */
export function scoreTone(percent: number | null): 'ok' | 'warn' | 'bad' | 'info' {
  if (percent === null) return 'info';
  return percent >= 85 ? 'ok' : percent >= 70 ? 'warn' : 'bad';
}
