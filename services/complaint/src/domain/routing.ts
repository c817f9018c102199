// Routing: which team answers for a complaint. Rules are per tenant and may leave any of
// category, severity and centre open (a wildcard); the most specific matching rule wins, and
// with no match the tenant's default team takes it. Pure, so the rule table is unit-tested.
import { type ComplaintCategory, type ComplaintSeverity } from './types';

export interface RoutingRule {
  id: string;
  category: ComplaintCategory | null;
  severity: ComplaintSeverity | null;
  centreId: string | null;
  teamId: string;
  /** Tie-break between rules of equal specificity: the older rule wins (stable, predictable). */
  createdAt: Date;
}

export interface RoutingSubject {
  category: ComplaintCategory | null;
  severity: ComplaintSeverity | null;
  centreId: string | null;
}

export interface RoutingDecision {
  teamId: string;
  /** Null when no rule matched and the default team took it. */
  ruleId: string | null;
}

// A centre-specific rule beats any centre-wide one, category beats severity: the weights make
// every combination of named fields rank differently (4 + 2 + 1).
const WEIGHT = { centreId: 4, category: 2, severity: 1 } as const;

/** How specific a rule is, or -1 if it does not match the subject. */
export function specificity(rule: RoutingRule, subject: RoutingSubject): number {
  let score = 0;
  for (const field of ['centreId', 'category', 'severity'] as const) {
    const wanted = rule[field];
    if (wanted === null) continue;
    if (wanted !== subject[field]) return -1;
    score += WEIGHT[field];
  }
  return score;
}

export function route(
  rules: readonly RoutingRule[],
  subject: RoutingSubject,
  defaultTeamId: string,
): RoutingDecision {
  let best: { rule: RoutingRule; score: number } | undefined;
  for (const rule of rules) {
    const score = specificity(rule, subject);
    if (score < 0) continue;
    if (
      !best ||
      score > best.score ||
      (score === best.score &&
        (rule.createdAt < best.rule.createdAt ||
          (rule.createdAt.getTime() === best.rule.createdAt.getTime() && rule.id < best.rule.id)))
    ) {
      best = { rule, score };
    }
  }
  return best ? { teamId: best.rule.teamId, ruleId: best.rule.id } : { teamId: defaultTeamId, ruleId: null };
}
