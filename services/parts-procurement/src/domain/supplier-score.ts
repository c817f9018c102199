// Supplier selection and rating.
//
// Selection (per requisition): each candidate offering the part gets four components in 0..1,
//   price     = cheapest offered price / this price      (the cheapest scores 1)
//   leadTime  = shortest offered lead time / this one    (0 days counts as 1 day)
//   quality   = quality score / 100                      (from inspections and feedback)
//   onTime    = on-time delivery rate
// and score = Σ wᵢ·componentᵢ / Σ wᵢ with the tenant's weights. Highest score wins; ties go to
// the lower price, then the supplier id (deterministic).
import { rule } from './errors';
import { type ReturnReason, type ReturnSource } from './supplier-return';

export interface ScoreWeights {
  quality: number;
  price: number;
  leadTime: number;
  onTime: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = { quality: 0.35, price: 0.3, leadTime: 0.15, onTime: 0.2 };

export interface Candidate {
  supplierId: string;
  unitPriceMinor: number;
  leadTimeDays: number;
  qualityScore: number; // 0..100
  onTimeRate: number; // 0..1
  blocked?: boolean;
}

export interface ScoredCandidate extends Candidate {
  score: number;
  components: { quality: number; price: number; leadTime: number; onTime: number };
}

export function scoreCandidates(
  candidates: readonly Candidate[],
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): ScoredCandidate[] {
  const total = weights.quality + weights.price + weights.leadTime + weights.onTime;
  if (!(total > 0)) throw rule('invalid-weights', 'Supplier score weights must add up to more than zero.');
  const eligible = candidates.filter((c) => !c.blocked);
  if (eligible.length === 0) return [];
  const minPrice = Math.min(...eligible.map((c) => c.unitPriceMinor));
  const minLead = Math.max(1, Math.min(...eligible.map((c) => c.leadTimeDays)));
  return eligible
    .map((c) => {
      const components = {
        price: c.unitPriceMinor === 0 ? 1 : minPrice / c.unitPriceMinor,
        leadTime: minLead / Math.max(1, c.leadTimeDays),
        quality: clamp01(c.qualityScore / 100),
        onTime: clamp01(c.onTimeRate),
      };
      const score =
        (weights.quality * components.quality +
          weights.price * components.price +
          weights.leadTime * components.leadTime +
          weights.onTime * components.onTime) /
        total;
      return { ...c, components, score: Math.round(score * 10_000) / 10_000 };
    })
    .sort(
      (a, b) =>
        b.score - a.score || a.unitPriceMinor - b.unitPriceMinor || a.supplierId.localeCompare(b.supplierId),
    );
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

// Rating (supplier.rated): over a period,
//   quality  = 100 · accepted / received across inspections, blended 70/30 with customer feedback
//              (1..5 stars mapped to 0..100) when there is feedback
//   onTime   = 100 · on-time receipts / receipts
//   price    = 100 · mean over the supplier's offers of (cheapest offer for that part / its offer)
//   leadTime = 100 · mean of (shortest lead time for that part / its lead time)
//   overall  = weighted like selection; grade: >= 85 preferred, >= 70 approved, >= 50 conditional, else blocked.
// With no receipts yet a supplier keeps neutral quality and on-time scores of 80.
//
// Returns to the supplier (domain/supplier-return.ts) weigh in quality. Goods returned from stock
// passed inspection and failed later, so they count against the goods accepted:
//   F        = sum over returns from stock of weight(reason) x quantity,
//              weight: defective 1, wrong-part 1, damaged 0.5, comeback 2 (a customer's car came back)
//   field    = 100 x (1 - min(1, F / max(accepted, quantity returned from stock)))   (100 without such returns)
//   quality  = inspection x field / 100, then blended 70/30 with feedback as above.
// Returns of goods rejected at inspection weigh nothing here: the inspection already counted them
// (accepted / received); they are listed in the period's counts.
export const RETURN_WEIGHTS: Readonly<Record<ReturnReason, number>> = {
  defective: 1,
  'wrong-part': 1,
  damaged: 0.5,
  comeback: 2,
};

export interface RatingInput {
  receipts: readonly { received: number; accepted: number; onTime: boolean }[];
  /** Returns to the supplier in the period (absent: none). */
  returns?: readonly { source: ReturnSource; reason: ReturnReason; quantity: number }[];
  feedbackStars: readonly number[];
  priceRatios: readonly number[];
  leadTimeRatios: readonly number[];
  weights?: ScoreWeights;
}

export type Grade = 'preferred' | 'approved' | 'conditional' | 'blocked';

export interface Rating {
  scores: { quality: number; price: number; leadTime: number; onTime: number };
  overall: number;
  grade: Grade;
  receipts: number;
}

const NEUTRAL = 80;
const r1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function rateSupplier(input: RatingInput): Rating {
  const received = input.receipts.reduce((a, r) => a + r.received, 0);
  const accepted = input.receipts.reduce((a, r) => a + r.accepted, 0);
  const inspection = received > 0 ? (100 * accepted) / received : NEUTRAL;
  const goods = (inspection * fieldScore(input.returns ?? [], accepted)) / 100;
  const feedback = input.feedbackStars.length ? ((mean(input.feedbackStars) - 1) / 4) * 100 : undefined;
  const quality = feedback === undefined ? goods : 0.7 * goods + 0.3 * feedback;
  const onTime = input.receipts.length
    ? (100 * input.receipts.filter((r) => r.onTime).length) / input.receipts.length
    : NEUTRAL;
  const price = input.priceRatios.length ? 100 * mean(input.priceRatios) : NEUTRAL;
  const leadTime = input.leadTimeRatios.length ? 100 * mean(input.leadTimeRatios) : NEUTRAL;
  const w = input.weights ?? DEFAULT_WEIGHTS;
  const overall =
    (w.quality * quality + w.price * price + w.leadTime * leadTime + w.onTime * onTime) /
    (w.quality + w.price + w.leadTime + w.onTime);
  const grade: Grade =
    overall >= 85 ? 'preferred' : overall >= 70 ? 'approved' : overall >= 50 ? 'conditional' : 'blocked';
  return {
    scores: { quality: r1(quality), price: r1(price), leadTime: r1(leadTime), onTime: r1(onTime) },
    overall: r1(overall),
    grade,
    receipts: input.receipts.length,
  };
}

/** 100 x (1 - min(1, F / base)): the share of accepted goods that did not come back (see above). */
export function fieldScore(returns: NonNullable<RatingInput['returns']>, accepted: number): number {
  const fromStock = returns.filter((r) => r.source === 'stock');
  if (!fromStock.length) return 100;
  const failures = fromStock.reduce((a, r) => a + RETURN_WEIGHTS[r.reason] * r.quantity, 0);
  const base = Math.max(
    accepted,
    fromStock.reduce((a, r) => a + r.quantity, 0),
  );
  return 100 * (1 - Math.min(1, failures / base));
}
