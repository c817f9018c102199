// Customer-voice KPIs: CSI from survey scores, NPS, and complaints.
import { mean, ratio } from './stats';
import { within, type ComplaintFacts, type Period, type SurveyFacts } from './types';

const answeredIn = (surveys: readonly SurveyFacts[], p: Period) =>
  surveys.filter((s) => within(s.answeredAt, p));

/** Customer satisfaction index: mean of the three 1-5 scores of every survey answered in the period. */
export function csi(surveys: readonly SurveyFacts[], p: Period): number | null {
  return mean(answeredIn(surveys, p).map((s) => (s.product + s.service + s.purchase) / 3));
}

/** Net promoter score: % promoters (9-10) minus % detractors (0-6), -100..100. */
export function nps(surveys: readonly SurveyFacts[], p: Period): number | null {
  const answers = answeredIn(surveys, p).map((s) => s.nps);
  if (answers.length === 0) return null;
  const promoters = answers.filter((a) => a >= 9).length;
  const detractors = answers.filter((a) => a <= 6).length;
  return ((promoters - detractors) / answers.length) * 100;
}

const registeredIn = (complaints: readonly ComplaintFacts[], p: Period) =>
  complaints.filter((c) => within(c.registeredAt, p));

/** Complaints registered in the period per order completed in it (all categories). */
export function complaintRate(complaints: readonly ComplaintFacts[], completedOrders: number, p: Period) {
  return ratio(registeredIn(complaints, p).length, completedOrders);
}

/** Complaint rate per category ("unclassified" for those not classified yet), sorted by category. */
export function complaintRateByCategory(
  complaints: readonly ComplaintFacts[],
  completedOrders: number,
  p: Period,
): { category: string; complaints: number; rate: number | null }[] {
  const counts = new Map<string, number>();
  for (const c of registeredIn(complaints, p)) {
    const k = c.category ?? 'unclassified';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, n]) => ({ category, complaints: n, rate: ratio(n, completedOrders) }));
}

/** Mean seconds from registration to resolution, over complaints resolved in the period. */
export function complaintResolutionSeconds(complaints: readonly ComplaintFacts[], p: Period): number | null {
  return mean(
    complaints
      .filter((c) => within(c.resolvedAt, p) && c.resolutionSeconds !== null)
      .map((c) => c.resolutionSeconds as number),
  );
}

export const surveysAnswered = (s: readonly SurveyFacts[], p: Period) => answeredIn(s, p).length;
export const complaintsRegistered = (c: readonly ComplaintFacts[], p: Period) => registeredIn(c, p).length;
