import {
  breachesOf,
  isBreached,
  resumeCredit,
  stageDurations,
  startClock,
  type SlaStandard,
  type Transition,
} from './sla';
import { centreCalendar } from './working-time';

// Monday 2 March 2026; the centre works 08:00-18:00 UTC on weekdays.
const t0 = new Date('2026-03-02T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const day = [{ open: '08:00', close: '18:00' }];
const calendar = centreCalendar({
  timeZone: 'UTC',
  openingHours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  hoursExceptions: [],
});
const standards: SlaStandard[] = [
  { stage: 'RECEIVED', standardSeconds: 3_600, timeBasis: 'working' },
  { stage: 'QC', standardSeconds: 1_800, timeBasis: 'working' },
  { stage: 'QUOTED', standardSeconds: 86_400, timeBasis: 'elapsed' },
];

describe('SLA clocks', () => {
  it('starts a clock only for stages with a standard', () => {
    expect(startClock('RECEIVED', t0, standards, calendar)).toEqual({
      stage: 'RECEIVED',
      startedAt: t0,
      dueAt: at(60),
      standardSeconds: 3_600,
      timeBasis: 'working',
      creditSeconds: 0,
    });
    expect(startClock('DIAGNOSED', t0, standards, calendar)).toBeNull();
  });

  it('is breached only after the due time', () => {
    const clock = startClock('RECEIVED', t0, standards, calendar)!;
    expect(isBreached(clock, at(60))).toBe(false);
    expect(isBreached(clock, new Date(at(60).getTime() + 1))).toBe(true);
  });

  it('runs a working-time clock started after closing from the next opening', () => {
    const evening = new Date('2026-03-02T17:30:00Z');
    expect(startClock('RECEIVED', evening, standards, calendar)!.dueAt.toISOString()).toBe(
      '2026-03-03T08:30:00.000Z',
    );
    // The customer's clock (QUOTED) is elapsed time: it runs through the night.
    expect(startClock('QUOTED', evening, standards, calendar)!.dueAt.toISOString()).toBe(
      '2026-03-03T17:30:00.000Z',
    );
  });

  it('resumes a clock paused for parts with the time it had already used', () => {
    const paused = {
      startedAt: at(0),
      stoppedAt: at(40),
      timeBasis: 'working' as const,
      creditSeconds: 0,
    };
    const credit = resumeCredit('WAITING_PARTS', paused, calendar);
    expect(credit).toBe(2_400);
    expect(startClock('RECEIVED', at(300), standards, calendar, credit)!.dueAt).toEqual(at(320));
    // Rework after a failed QC, or any other entry, starts afresh.
    expect(resumeCredit('QC', paused, calendar)).toBe(0);
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
    expect(stageDurations(history, at(300), standards, calendar)).toEqual([
      { stage: 'RECEIVED', seconds: 5_400, standardSeconds: 3_600 },
      { stage: 'DIAGNOSED', seconds: 600, standardSeconds: null },
      { stage: 'QC', seconds: 600 + 2_700, standardSeconds: 1_800 },
      { stage: 'IN_PROGRESS', seconds: 1_200, standardSeconds: null },
      { stage: 'READY', seconds: 1_500, standardSeconds: null },
    ]);
  });

  it('counts the current stage up to now, in working time overnight', () => {
    expect(stageDurations(history.slice(0, 1), at(10), standards, calendar)).toEqual([
      { stage: 'RECEIVED', seconds: 600, standardSeconds: 3_600 },
    ]);
    // Received at 17:30, still there at 08:30 next morning: one working hour.
    const evening: Transition[] = [{ from: null, to: 'RECEIVED', at: new Date('2026-03-02T17:30:00Z') }];
    expect(stageDurations(evening, new Date('2026-03-03T08:30:00Z'), standards, calendar)).toEqual([
      { stage: 'RECEIVED', seconds: 3_600, standardSeconds: 3_600 },
    ]);
  });

  it('reports each breached clock with its used time, once per pause', () => {
    const clock = (stage: 'RECEIVED' | 'QC', from: number, to: number | null, creditSeconds = 0) => ({
      stage,
      startedAt: at(from),
      stoppedAt: to === null ? null : at(to),
      standardSeconds: standards.find((s) => s.stage === stage)!.standardSeconds,
      timeBasis: 'working' as const,
      creditSeconds,
    });
    expect(
      breachesOf(
        [
          clock('RECEIVED', 0, 90),
          clock('QC', 100, 110),
          clock('QC', 130, 175),
          clock('QC', 200, null, 1_900), // resumed after its own breach: not reported again
        ],
        at(300),
        calendar,
      ),
    ).toEqual([
      { stage: 'RECEIVED', standardSeconds: 3_600, elapsedSeconds: 5_400 },
      { stage: 'QC', standardSeconds: 1_800, elapsedSeconds: 2_700 },
    ]);
  });
});
