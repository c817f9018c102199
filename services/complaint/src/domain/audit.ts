// Audits: a template's checklist (items each with a maximum score) scored for one centre.
// Scores must lie in 0..max of their item and every item is scored exactly once; an item
// below the template's threshold share of its maximum, or marked by the auditor, is a finding.
import { z } from 'zod';
import * as contracts from '@aftersales/contracts';
import { qualityRuleViolated } from './errors';
import { assertAllowed, type Transitions } from './state-machine';

export const AuditKind = contracts.AuditKind;
export type AuditKind = z.infer<typeof AuditKind>;

export const ChecklistItem = z.strictObject({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes'),
  label: z.string().trim().min(1).max(200),
  maxScore: z.number().positive().max(1000),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z
  .array(ChecklistItem)
  .min(1)
  .max(200)
  .refine((items) => new Set(items.map((i) => i.code)).size === items.length, 'item codes must be unique');

export const AuditStatus = z.enum(['scheduled', 'completed']);
export type AuditStatus = z.infer<typeof AuditStatus>;

const TRANSITIONS: Transitions<AuditStatus, 'complete'> = { scheduled: ['complete'], completed: [] };

export function assertAuditCan(status: AuditStatus, command: 'complete'): void {
  assertAllowed('audit', TRANSITIONS, status, command, 'an audit is scored once');
}

export interface ItemResult {
  code: string;
  score: number;
  /** The auditor marks a finding regardless of the score. */
  finding?: boolean;
  /** Evidence: what the auditor saw. */
  note?: string | null;
}

export interface ScoredItem {
  code: string;
  label: string;
  score: number;
  maxScore: number;
  finding: boolean;
  note: string | null;
}

export interface AuditScore {
  items: ScoredItem[];
  score: number;
  maxScore: number;
  scorePercent: number;
  findings: ScoredItem[];
}

/** Scores results against the checklist; throws a RuleViolation (422) for out-of-range or missing items. */
export function scoreAudit(
  checklist: readonly ChecklistItem[],
  findingThreshold: number,
  results: readonly ItemResult[],
): AuditScore {
  const byCode = new Map(checklist.map((i) => [i.code, i]));
  const seen = new Set<string>();
  for (const r of results) {
    const item = byCode.get(r.code);
    if (!item || seen.has(r.code)) {
      throw qualityRuleViolated(
        'checklist-mismatch',
        item ? `Item "${r.code}" is scored twice.` : `Item "${r.code}" is not on the template's checklist.`,
        { item: r.code },
      );
    }
    seen.add(r.code);
    if (!(r.score >= 0 && r.score <= item.maxScore)) {
      throw qualityRuleViolated(
        'score-out-of-range',
        `Item "${r.code}" scored ${r.score}, outside 0..${item.maxScore}.`,
        { item: r.code, score: r.score, min: 0, max: item.maxScore },
      );
    }
  }
  const missing = checklist.filter((i) => !seen.has(i.code)).map((i) => i.code);
  if (missing.length > 0) {
    throw qualityRuleViolated('checklist-mismatch', `Items not scored: ${missing.join(', ')}.`, {
      missing,
    });
  }
  const resultOf = new Map(results.map((r) => [r.code, r]));
  const items = checklist.map((i) => {
    const r = resultOf.get(i.code)!;
    return {
      code: i.code,
      label: i.label,
      score: r.score,
      maxScore: i.maxScore,
      finding: r.finding === true || r.score < findingThreshold * i.maxScore,
      note: r.note ?? null,
    };
  });
  const score = items.reduce((s, i) => s + i.score, 0);
  const maxScore = items.reduce((s, i) => s + i.maxScore, 0);
  return {
    items,
    score,
    maxScore,
    scorePercent: Math.round((score / maxScore) * 10_000) / 100,
    findings: items.filter((i) => i.finding),
  };
}
