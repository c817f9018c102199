import { type KpiValues } from './kpis';
import { buildScorecards, DEFAULT_WEIGHTS, indicatorScore, weightedScore, weightsFrom } from './scorecard';
import { parseQuarter, previousQuarter, quarterPeriod, weekStart, bucketCounts, addDays } from './periods';

const none: KpiValues = {
  responseTimeSeconds: null,
  completionRate: null,
  firstTimeFixRate: null,
  comebackRate: null,
  slaBreachRate: null,
  complaintRate: null,
  complaintResolutionSeconds: null,
  csi: null,
  nps: null,
  partsFillRate: null,
  backorderAgeSeconds: null,
  supplierOnTimeRate: null,
  supplierQualityRate: null,
  rescueResponseSeconds: null,
  emergencyModeHours: null,
};
const k = (over: Partial<KpiValues>): KpiValues => ({ ...none, ...over });

describe('indicator scores', () => {
  it('map each KPI onto 0-100 with 100 best', () => {
    expect(indicatorScore('csi', k({ csi: 4 }))).toBe(75);
    expect(indicatorScore('nps', k({ nps: 20 }))).toBe(60);
    expect(indicatorScore('firstTimeFixRate', k({ firstTimeFixRate: 0.9 }))).toBe(90);
    expect(indicatorScore('comebackRate', k({ comebackRate: 0.05 }))).toBe(95);
    expect(indicatorScore('complaintRate', k({ complaintRate: 0.05 }))).toBe(75);
    expect(indicatorScore('complaintRate', k({ complaintRate: 0.5 }))).toBe(0);
    expect(indicatorScore('responseTimeSeconds', k({ responseTimeSeconds: 3600 }))).toBe(100);
    expect(indicatorScore('responseTimeSeconds', k({ responseTimeSeconds: 8 * 3600 }))).toBe(50);
    expect(indicatorScore('csi', none)).toBeNull();
  });

  it('the weighted score renormalises over indicators with data', () => {
    expect(weightedScore(k({ csi: 5, nps: 100 }))).toBe(100);
    // csi 75 (w .2), ftf 50 (w .15): (15 + 7.5) / .35
    expect(weightedScore(k({ csi: 4, firstTimeFixRate: 0.5 }))).toBeCloseTo(64.29, 2);
    expect(weightedScore(none)).toBeNull();
  });

  it('weights are configurable and validated', () => {
    expect(weightsFrom({ csi: 1 })).toEqual({ ...DEFAULT_WEIGHTS, csi: 1 });
    expect(() => weightsFrom({ nope: 1 })).toThrow('unknown');
    expect(() => weightsFrom({ csi: -1 })).toThrow('non-negative');
    expect(weightedScore(k({ csi: 5, nps: -100 }), weightsFrom({ nps: 0 }))).toBe(100);
  });
});

describe('buildScorecards', () => {
  it('ranks within region, reports the quarter-over-quarter change and the worst three indicators', () => {
    const cards = buildScorecards([
      {
        centreId: 'a',
        regionId: 'north',
        kpis: k({ csi: 5, firstTimeFixRate: 1 }),
        previousKpis: k({ csi: 3, firstTimeFixRate: 1 }),
      },
      {
        centreId: 'b',
        regionId: 'north',
        kpis: k({ csi: 3, firstTimeFixRate: 0.5, nps: -20, slaBreachRate: 0.3 }),
        previousKpis: null,
      },
      { centreId: 'c', regionId: 'south', kpis: k({ csi: 2 }), previousKpis: null },
      { centreId: 'd', regionId: 'north', kpis: none, previousKpis: null },
    ]);
    const a = cards.find((c) => c.centreId === 'a')!;
    const b = cards.find((c) => c.centreId === 'b')!;
    expect(a).toMatchObject({
      score: 100,
      rankInRegion: 1,
      centresInRegion: 3,
      previousScore: 71.43,
      change: 28.57,
    });
    expect(a.previousScore).toBeCloseTo((50 * 0.2 + 100 * 0.15) / 0.35, 1);
    expect(b.rankInRegion).toBe(2);
    expect(b.worstIndicators).toEqual(['nps', 'csi', 'firstTimeFixRate']);
    expect(cards.find((c) => c.centreId === 'c')).toMatchObject({ rankInRegion: 1, centresInRegion: 1 });
    expect(cards.find((c) => c.centreId === 'd')).toMatchObject({
      score: null,
      rankInRegion: null,
      worstIndicators: [],
    });
    expect(cards.map((c) => c.centreId)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('equal scores share a rank', () => {
    const cards = buildScorecards([
      { centreId: 'x', regionId: 'r', kpis: k({ csi: 4 }), previousKpis: null },
      { centreId: 'y', regionId: 'r', kpis: k({ csi: 4 }), previousKpis: null },
      { centreId: 'z', regionId: 'r', kpis: k({ csi: 3 }), previousKpis: null },
    ]);
    expect(cards.map((c) => c.rankInRegion)).toEqual([1, 1, 3]);
  });
});

describe('periods', () => {
  it('quarters parse, span three months and step back across years', () => {
    expect(quarterPeriod(parseQuarter('2026-Q3'), 'UTC')).toEqual({
      from: new Date('2026-07-01T00:00:00Z'),
      to: new Date('2026-10-01T00:00:00Z'),
    });
    expect(previousQuarter(parseQuarter('2026-Q1'))).toEqual({ year: 2025, q: 4 });
    expect(() => parseQuarter('2026-Q5')).toThrow();
  });

  it('weeks start on Monday; bucket counts ignore times outside the range', () => {
    expect(weekStart(new Date('2026-11-29T23:00:00Z'), 'UTC').toISOString()).toBe('2026-11-23T00:00:00.000Z'); // Sunday
    const start = new Date('2026-11-02T00:00:00Z');
    const b = bucketCounts(
      [
        { at: new Date('2026-11-02T10:00:00Z') },
        { at: new Date('2026-11-10T10:00:00Z'), quantity: 3 },
        { at: new Date('2026-12-01T00:00:00Z') },
        { at: new Date('2026-10-01T00:00:00Z') },
      ],
      start,
      addDays(start, 14, 'UTC'),
      (d) => addDays(d, 7, 'UTC'),
    );
    expect(b.map((x) => x.value)).toEqual([1, 3]);
  });
});
