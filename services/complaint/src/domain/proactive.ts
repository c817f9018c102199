// Proactive complaints: a poor survey, a failed quality check or a comeback repair opens a
// complaint without the customer calling. Each trigger is switched per tenant; the rules also
// classify the complaint so it gets deadlines and a team at once (classifiedBy = null).
import { z } from 'zod';
import { type ComplaintCategory, type ComplaintSeverity, type Trigger } from './types';

export const ProactiveSettings = z.object({
  survey: z.object({
    enabled: z.boolean(),
    /** An NPS answer at or below this opens a complaint (detractors are 0-6). */
    npsAtMost: z.int().min(0).max(10),
    /** Any 1-5 score at or below this opens a complaint. */
    scoreAtMost: z.int().min(1).max(5),
  }),
  qcFailed: z.object({ enabled: z.boolean() }),
  comeback: z.object({ enabled: z.boolean() }),
});
export type ProactiveSettings = z.infer<typeof ProactiveSettings>;

export function defaultProactiveSettings(npsAtMost = 6, scoreAtMost = 2): ProactiveSettings {
  return {
    survey: { enabled: true, npsAtMost, scoreAtMost },
    qcFailed: { enabled: false },
    comeback: { enabled: true },
  };
}

export interface SurveyAnswers {
  scores: { product: number; service: number; purchase: number };
  nps: number;
}

export interface ProactiveDecision {
  trigger: Exclude<Trigger, 'customer'>;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
}

/** Null when the survey is fine (or survey complaints are off). */
export function surveyComplaint(
  settings: ProactiveSettings,
  survey: SurveyAnswers,
): ProactiveDecision | null {
  const rule = settings.survey;
  if (!rule.enabled) return null;
  const { product, service, purchase } = survey.scores;
  const lowScore = Math.min(product, service, purchase) <= rule.scoreAtMost;
  if (!lowScore && survey.nps > rule.npsAtMost) return null;
  // The lowest score says what the customer is unhappy about; the service experience is
  // named first because that is what the dealer controls.
  const category: ComplaintCategory =
    service <= product && service <= purchase && lowScore
      ? 'service-attitude'
      : product <= purchase && lowScore
        ? 'product-quality'
        : 'other';
  const severity: ComplaintSeverity =
    Math.min(product, service, purchase) === 1 || survey.nps <= 2 ? 'high' : 'medium';
  return { trigger: 'low-survey-score', category, severity };
}

export function qcFailedComplaint(settings: ProactiveSettings): ProactiveDecision | null {
  return settings.qcFailed.enabled
    ? { trigger: 'qc-failed', category: 'repair-quality', severity: 'medium' }
    : null;
}

/** A comeback (same fault again within 30 days) is a repair that did not hold: high severity. */
export function comebackComplaint(settings: ProactiveSettings, comeback: boolean): ProactiveDecision | null {
  return comeback && settings.comeback.enabled
    ? { trigger: 'comeback', category: 'repair-quality', severity: 'high' }
    : null;
}
