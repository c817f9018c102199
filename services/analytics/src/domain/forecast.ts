// Seasonal demand forecasting: additive Holt-Winters (triple exponential smoothing) with a
// small documented implementation, because npm has no well-kept Holt-Winters package (the
// candidates are unmaintained or WebAssembly ports; see README "Forecasts").
//
// Method, chosen by the history available:
// - n >= 2 seasons: Holt-Winters additive. Initial level = mean of season 1, trend = mean
//   per-step change between seasons 1 and 2, seasonal indices = season-1 deviations from the
//   level. alpha, beta, gamma are picked from a grid (0.05..0.95) minimising the one-step-ahead
//   squared error over the history.
// - n >= 4: Holt's linear trend (no seasonality), alpha and beta by the same grid search.
// - otherwise: the mean of the history.
// The prediction band is +-1.96 x the standard deviation of one-step errors x sqrt(steps ahead).
// Back-test: the last h points are held out (h = one season, at most a quarter of the history,
// and few enough that two full seasons remain to fit the seasonal model on; 4 points for the
// non-seasonal methods), the same method is fitted on the rest and forecast h steps; MAPE over
// held-out points with a non-zero actual is reported (null when no hold-out is possible).

export type ForecastMethod = 'holt-winters-additive' | 'holt-linear' | 'mean';

export interface ForecastPoint {
  step: number;
  value: number;
  lower: number;
  upper: number;
}

export interface Forecast {
  method: ForecastMethod;
  seasonLength: number;
  params: { alpha: number; beta: number; gamma: number } | null;
  points: ForecastPoint[];
  /** Back-tested mean absolute percentage error (0.08 = 8 %), null without a usable hold-out. */
  mape: number | null;
  backtestHorizon: number;
}

interface Fit {
  sse: number;
  residualSd: number;
  predict(steps: number): number[];
}

const GRID = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95];

function holtWinters(y: readonly number[], m: number, alpha: number, beta: number, gamma: number): Fit {
  const mean = (a: readonly number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const s1 = y.slice(0, m);
  const s2 = y.slice(m, 2 * m);
  let level = mean(s1);
  let trend = (mean(s2) - mean(s1)) / m;
  const season = s1.map((v) => v - level);
  let sse = 0;
  let count = 0;
  for (let t = m; t < y.length; t++) {
    const obs = y[t] as number;
    const si = t % m;
    const st = season[si] as number;
    const predicted = level + trend + st;
    sse += (obs - predicted) ** 2;
    count++;
    const prevLevel = level;
    level = alpha * (obs - st) + (1 - alpha) * (level + trend);
    trend = beta * (level - prevLevel) + (1 - beta) * trend;
    season[si] = gamma * (obs - level) + (1 - gamma) * st;
  }
  const n = y.length;
  return {
    sse,
    residualSd: Math.sqrt(sse / Math.max(1, count)),
    predict: (steps) =>
      Array.from({ length: steps }, (_, k) => level + (k + 1) * trend + (season[(n + k) % m] as number)),
  };
}

function holtLinear(y: readonly number[], alpha: number, beta: number): Fit {
  let level = y[0] as number;
  let trend = (y[1] as number) - (y[0] as number);
  let sse = 0;
  let count = 0;
  for (let t = 1; t < y.length; t++) {
    const obs = y[t] as number;
    sse += (obs - (level + trend)) ** 2;
    count++;
    const prev = level;
    level = alpha * obs + (1 - alpha) * (level + trend);
    trend = beta * (level - prev) + (1 - beta) * trend;
  }
  return {
    sse,
    residualSd: Math.sqrt(sse / Math.max(1, count)),
    predict: (steps) => Array.from({ length: steps }, (_, k) => level + (k + 1) * trend),
  };
}

function meanFit(y: readonly number[]): Fit {
  const m = y.length ? y.reduce((a, b) => a + b, 0) / y.length : 0;
  const sse = y.reduce((a, v) => a + (v - m) ** 2, 0);
  return {
    sse,
    residualSd: Math.sqrt(sse / Math.max(1, y.length)),
    predict: (steps) => Array(steps).fill(m),
  };
}

function bestFit(y: readonly number[], m: number) {
  if (m >= 2 && y.length >= 2 * m) {
    let best: { fit: Fit; params: { alpha: number; beta: number; gamma: number } } | null = null;
    for (const alpha of GRID)
      for (const beta of GRID)
        for (const gamma of GRID) {
          const fit = holtWinters(y, m, alpha, beta, gamma);
          if (!best || fit.sse < best.fit.sse) best = { fit, params: { alpha, beta, gamma } };
        }
    return { method: 'holt-winters-additive' as const, ...best! };
  }
  if (y.length >= 4) {
    let best: { fit: Fit; params: { alpha: number; beta: number; gamma: number } } | null = null;
    for (const alpha of GRID)
      for (const beta of GRID) {
        const fit = holtLinear(y, alpha, beta);
        if (!best || fit.sse < best.fit.sse) best = { fit, params: { alpha, beta, gamma: 0 } };
      }
    return { method: 'holt-linear' as const, ...best! };
  }
  return { method: 'mean' as const, fit: meanFit(y), params: null };
}

/** Mean absolute percentage error over pairs with a non-zero actual; null when there are none. */
export function mape(actual: readonly number[], predicted: readonly number[]): number | null {
  const terms = actual
    .map((a, i) => (a === 0 ? null : Math.abs(a - (predicted[i] as number)) / Math.abs(a)))
    .filter((x): x is number => x !== null);
  return terms.length ? terms.reduce((a, b) => a + b, 0) / terms.length : null;
}

/** Forecasts `horizon` steps after `history` (oldest first) with season length `m`. Values never go below 0. */
export function forecast(history: readonly number[], m: number, horizon: number): Forecast {
  const { method, fit, params } = bestFit(history, m);
  const points = fit.predict(horizon).map((v, k) => {
    const band = 1.96 * fit.residualSd * Math.sqrt(k + 1);
    const value = Math.max(0, v);
    return {
      step: k + 1,
      value: r3(value),
      lower: r3(Math.max(0, v - band)),
      upper: r3(Math.max(value, v + band)),
    };
  });
  // The hold-out must leave the training part enough history for the same method.
  const n = history.length;
  const h =
    method === 'holt-winters-additive'
      ? Math.min(m, n - 2 * m, Math.floor(n / 4))
      : Math.min(4, Math.floor(n / 4));
  let error: number | null = null;
  if (h >= 1 && n - h >= 2) {
    const train = history.slice(0, history.length - h);
    const held = history.slice(history.length - h);
    error = mape(
      held,
      bestFit(train, m)
        .fit.predict(h)
        .map((v) => Math.max(0, v)),
    );
  }
  return {
    method,
    seasonLength: m,
    params,
    points,
    mape: error === null ? null : r3(error),
    backtestHorizon: h,
  };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
