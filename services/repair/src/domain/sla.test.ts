import { breachesOf, isBreached, stageDurations, startClock, type SlaStandard, type Transition } from './sla';

const t0 = new Date('2026-03-02T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const standards: SlaStandard[] = [
  { stage: 'RECEIVED', standardSeconds: 3_600 },
  { stage: 'QC', standardSeconds: 1_800 },
];

describe('SLA clocks', () => {
  it('starts a clock only for stages with a standard', () => {
    expect(startClock('RECEIVED', t0, standards)).toEqual({
      stage: 'RECEIVED',
      startedAt: t0,
      dueAt: at(60),
      standardSeconds: 3_600,
    });
    expect(startClock('DIAGNOSED', t0, standards)).toBeNull();
  });

  it('is breached only after the due time', () => {
    const clock = startClock('RECEIVED', t0, standards)!;
    expect(isBreached(clock, at(60))).toBe(false);
    expect(isBreached(clock, new Date(at(60).getTime() + 1))).toBe(true);
  });
});

describe('stage durations and breaches', () => {
  const history: Transition[] = [
    { from: null, to: 'RECEIVED', at: t0 },
    { from: 'RECEIVED', to: 'DIAGNOSED', at: at(90) }, // 90 min > 60: breach
    { from: 'DIAGNOSED', to: 'QC', at: at(100) },
    { from: 'QC', to: 'IN_PROGRESS', at: at(110) },
    { from: 'IN_PROGRESS', to: 'QC', at: at(130) },
    { from: 'QC', to: 'READY', at: at(175) }, // second QC visit 45 min > 30: breach
    { from: 'READY', to: 'CLOSED', at: at(200) },
  ];

  it('sums time per stage over every visit, in order of first entry', () => {
    expect(stageDurations(history, at(300), standards)).toEqual([
      { stage: 'RECEIVED', seconds: 5_400, standardSeconds: 3_600 },
      { stage: 'DIAGNOSED', seconds: 600, standardSeconds: null },
      { stage: 'QC', seconds: 600 + 2_700, standardSeconds: 1_800 },
      { stage: 'IN_PROGRESS', seconds: 1_200, standardSeconds: null },
      { stage: 'READY', seconds: 1_500, standardSeconds: null },
    ]);
  });

  it('counts the current stage up to now', () => {
    expect(stageDurations(history.slice(0, 1), at(10), standards)).toEqual([
      { stage: 'RECEIVED', seconds: 600, standardSeconds: 3_600 },
    ]);
  });

  it('reports each breached visit with its elapsed time', () => {
    expect(breachesOf(history, at(300), standards)).toEqual([
      { stage: 'RECEIVED', standardSeconds: 3_600, elapsedSeconds: 5_400 },
      { stage: 'QC', standardSeconds: 1_800, elapsedSeconds: 2_700 },
    ]);
  });
});
