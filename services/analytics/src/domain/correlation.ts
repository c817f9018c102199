// Correlation between two per-order measures (e.g. satisfaction vs waiting time). Pearson measures a
// linear relation, Spearman a monotonic one (robust to outliers); both come from simple-statistics.
// Below the minimum sample, or when one side does not vary, no coefficient is claimed.
import type * as SimpleStatistics from 'simple-statistics' with { 'resolution-mode': 'import' };

// simple-statistics ships CommonJS for require() but ESM-only type declarations, so TypeScript
// (CommonJS output) is given the types explicitly and Node loads the package's .cjs build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sampleCorrelation, sampleRankCorrelation } = require('simple-statistics') as typeof SimpleStatistics;

export const DEFAULT_MIN_SAMPLES = 10;

export type CorrelationResult =
  | { status: 'ok'; n: number; pearson: number; spearman: number; strength: Strength }
  | { status: 'insufficient-data'; n: number; minSamples: number; reason: string };

export type Strength = 'none' | 'weak' | 'moderate' | 'strong';

/** Conventional reading of |r|: < 0.1 none, < 0.3 weak, < 0.5 moderate, otherwise strong. */
export function strengthOf(r: number): Strength {
  const a = Math.abs(r);
  return a < 0.1 ? 'none' : a < 0.3 ? 'weak' : a < 0.5 ? 'moderate' : 'strong';
}

const variance = (xs: readonly number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - m) ** 2, 0);
};

export function correlate(
  pairs: readonly (readonly [number, number])[],
  minSamples = DEFAULT_MIN_SAMPLES,
): CorrelationResult {
  const clean = pairs.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const n = clean.length;
  if (n < minSamples)
    return { status: 'insufficient-data', n, minSamples, reason: `fewer than ${minSamples} samples` };
  const xs = clean.map(([x]) => x);
  const ys = clean.map(([, y]) => y);
  if (variance(xs) === 0 || variance(ys) === 0)
    return { status: 'insufficient-data', n, minSamples, reason: 'one of the measures does not vary' };
  const pearson = round(sampleCorrelation(xs, ys));
  const spearman = round(sampleRankCorrelation(xs, ys));
  return { status: 'ok', n, pearson, spearman, strength: strengthOf(pearson) };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
