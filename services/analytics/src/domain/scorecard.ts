// Quarterly service-quality evaluation: each centre's KPIs are turned into 0-100 indicator scores,
// combined with configurable weights into one score, ranked within the region, compared with the
// previous quarter, and the three weakest indicators named.
import { type KpiValues } from './kpis';

export const SCORECARD_INDICATORS = [
  'csi',
  'nps',
  'firstTimeFixRate',
  'comebackRate',
  'slaBreachRate',
  'complaintRate',
  'responseTimeSeconds',
  'completionRate',
] as const;
export type Indicator = (typeof SCORECARD_INDICATORS)[number];
export type ScorecardWeights = Record<Indicator, number>;

/** Default weights (sum 1): customer voice 35 %, fix quality 25 %, timeliness 30 %, complaints 10 %. */
export const DEFAULT_WEIGHTS: ScorecardWeights = {
  csi: 0.2,
  nps: 0.15,
  firstTimeFixRate: 0.15,
  comebackRate: 0.1,
  slaBreachRate: 0.1,
  complaintRate: 0.1,
  responseTimeSeconds: 0.1,
  completionRate: 0.1,
};

export interface ScoringTargets {
  /** Response time that still scores 100; slower scores target/actual x 100. */
  responseTimeTargetSeconds: number;
  /** Complaint rate that scores 0 (linear from 0 complaints = 100). */
  complaintRateCeiling: number;
}

export const DEFAULT_TARGETS: ScoringTargets = {
  responseTimeTargetSeconds: 4 * 3600,
  complaintRateCeiling: 0.2,
};

const clamp = (x: number) => Math.max(0, Math.min(100, x));

/** 0-100 score of one indicator (100 best), null when the KPI had no samples. */
export function indicatorScore(
  name: Indicator,
  k: KpiValues,
  t: ScoringTargets = DEFAULT_TARGETS,
): number | null {
  const v = k[name];
  if (v === null) return null;
  switch (name) {
    case 'csi':
      return clamp(((v - 1) / 4) * 100);
    case 'nps':
      return clamp((v + 100) / 2);
    case 'firstTimeFixRate':
    case 'completionRate':
      return clamp(v * 100);
    case 'comebackRate':
    case 'slaBreachRate':
      return clamp((1 - v) * 100);
    case 'complaintRate':
      return clamp((1 - v / t.complaintRateCeiling) * 100);
    case 'responseTimeSeconds':
      return v <= t.responseTimeTargetSeconds ? 100 : clamp((t.responseTimeTargetSeconds / v) * 100);
  }
}

export interface CentreInput {
  centreId: string;
  regionId: string | null;
  kpis: KpiValues;
  previousKpis: KpiValues | null;
}

export interface Scorecard {
  centreId: string;
  regionId: string | null;
  score: number | null;
  rankInRegion: number | null;
  centresInRegion: number;
  previousScore: number | null;
  change: number | null;
  indicators: { indicator: Indicator; value: number | null; score: number | null; weight: number }[];
  worstIndicators: Indicator[];
}

/** Weighted mean of the indicator scores that have data (weights renormalised over them). */
export function weightedScore(
  k: KpiValues,
  weights: ScorecardWeights = DEFAULT_WEIGHTS,
  t: ScoringTargets = DEFAULT_TARGETS,
): number | null {
  let total = 0;
  let w = 0;
  for (const name of SCORECARD_INDICATORS) {
    const s = indicatorScore(name, k, t);
    if (s === null || weights[name] <= 0) continue;
    total += s * weights[name];
    w += weights[name];
  }
  return w > 0 ? Math.round((total / w) * 100) / 100 : null;
}

export function buildScorecards(
  centres: readonly CentreInput[],
  weights: ScorecardWeights = DEFAULT_WEIGHTS,
  t: ScoringTargets = DEFAULT_TARGETS,
): Scorecard[] {
  const cards = centres.map((c) => {
    const indicators = SCORECARD_INDICATORS.map((indicator) => ({
      indicator,
      value: c.kpis[indicator],
      score: indicatorScore(indicator, c.kpis, t),
      weight: weights[indicator],
    }));
    const score = weightedScore(c.kpis, weights, t);
    const previousScore = c.previousKpis ? weightedScore(c.previousKpis, weights, t) : null;
    const worstIndicators = indicators
      .filter((i) => i.score !== null)
      .sort((a, b) => (a.score as number) - (b.score as number) || a.indicator.localeCompare(b.indicator))
      .slice(0, 3)
      .map((i) => i.indicator);
    return {
      centreId: c.centreId,
      regionId: c.regionId,
      score,
      rankInRegion: null as number | null,
      centresInRegion: 0,
      previousScore,
      change:
        score !== null && previousScore !== null ? Math.round((score - previousScore) * 100) / 100 : null,
      indicators,
      worstIndicators,
    };
  });
  const regions = new Map<string, Scorecard[]>();
  for (const card of cards) {
    const key = card.regionId ?? '';
    regions.set(key, [...(regions.get(key) ?? []), card]);
  }
  for (const members of regions.values()) {
    const ranked = members
      .filter((m) => m.score !== null)
      .sort((a, b) => (b.score as number) - (a.score as number) || a.centreId.localeCompare(b.centreId));
    for (const m of members) m.centresInRegion = members.length;
    // Equal scores share a rank (1, 2, 2, 4).
    ranked.forEach((m, i) => {
      const prev = ranked[i - 1];
      m.rankInRegion = prev && prev.score === m.score ? prev.rankInRegion : i + 1;
    });
  }
  return cards.sort(
    (a, b) =>
      (a.regionId ?? '').localeCompare(b.regionId ?? '') ||
      (a.rankInRegion ?? 1e9) - (b.rankInRegion ?? 1e9) ||
      a.centreId.localeCompare(b.centreId),
  );
}

/** Parses SCORECARD_WEIGHTS (JSON, partial allowed) over the defaults. */
export function weightsFrom(partial: Partial<Record<string, number>>): ScorecardWeights {
  const w = { ...DEFAULT_WEIGHTS };
  for (const [k, v] of Object.entries(partial)) {
    if (!(SCORECARD_INDICATORS as readonly string[]).includes(k))
      throw new Error(`unknown scorecard indicator ${k}`);
    if (typeof v !== 'number' || v < 0) throw new Error(`weight of ${k} must be a non-negative number`);
    w[k as Indicator] = v;
  }
  return w;
}
