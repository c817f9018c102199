// Which supplier gets a purchase order for a set of requisitioned parts: only suppliers that
// offer every part (and are not blocked) take part; each is scored per part (supplier-score.ts)
// and its order score is the mean over the parts. The highest score wins; ties go to the lower
// supplier id, so the choice is deterministic. Pure: the caller loads offers and settings.
import { rule } from './errors';
import { scoreCandidates, type ScoreWeights } from './supplier-score';

export interface Offer {
  supplierId: string;
  partId: string;
  unitPriceMinor: number;
  currency: string;
  leadTimeDays: number;
  qualityScore: number;
  onTimeRate: number;
  blocked: boolean;
}

export interface Selection {
  supplierId: string;
  /** Mean score over the parts, 0..1, rounded to 4 places. */
  score: number;
  /** The winner's offer per part. */
  offers: Map<string, Offer>;
}

export function selectSupplier(
  partIds: readonly string[],
  offers: readonly Offer[],
  weights: ScoreWeights,
  onlySupplierId?: string,
): Selection {
  const bySupplier = new Map<string, Offer[]>();
  for (const o of offers) bySupplier.set(o.supplierId, [...(bySupplier.get(o.supplierId) ?? []), o]);
  const complete = [...bySupplier.entries()].filter(
    ([sid, os]) => os.length === partIds.length && (!onlySupplierId || sid === onlySupplierId),
  );
  const scores = new Map<string, number>();
  for (const partId of partIds) {
    const candidates = complete.map(([, os]) => os.find((o) => o.partId === partId)!);
    for (const s of scoreCandidates(candidates, weights))
      scores.set(s.supplierId, (scores.get(s.supplierId) ?? 0) + s.score / partIds.length);
  }
  const [winner] = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!winner)
    throw rule(
      'no-supplier',
      onlySupplierId
        ? 'That supplier does not offer every part of the requisitions (or is blocked).'
        : 'No eligible supplier offers every part of the requisitions.',
      { partIds },
    );
  const [supplierId, score] = winner;
  return {
    supplierId,
    score: Math.round(score * 10_000) / 10_000,
    offers: new Map(bySupplier.get(supplierId)!.map((o) => [o.partId, o])),
  };
}
