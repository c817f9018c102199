import {
  type CourseEffectiveness,
  type ImprovementAction,
  type Inquiry,
  type SafetyInspection,
} from '../api/types';
import {
  actionRowsOf,
  effectivenessBarsOf,
  indicatorChange,
  inquiryQueueOf,
  nextStepOf,
  openHazardsOf,
  scoreTone,
  timeLeftTone,
} from './quality';

const now = new Date('2026-11-27T12:00:00Z');
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

const action = (id: string, status: ImprovementAction['status'], dueInHours: number, extra = {}) =>
  ({
    id,
    status,
    dueAt: inHours(dueInHours),
    verifyFrom: null,
    verification: null,
    escalation: { level: 0, toTeamId: null, escalatedAt: null },
    ...extra,
  }) as ImprovementAction;

describe('improvement actions', () => {
  it('lists unclosed actions by due date, marks overdue ones not yet implemented and escalated ones', () => {
    const rows = actionRowsOf(
      [
        action('later', 'open', 48),
        action('closed', 'closed', -100),
        action('late-planned', 'planned', -2, {
          escalation: { level: 1, toTeamId: 'quality-board', escalatedAt: inHours(-1) },
        }),
        action('late-implemented', 'implemented', -5),
        action('soon', 'open', 1),
      ],
      now,
    );
    expect(rows.map((r) => r.action.id)).toEqual([
      'late-implemented',
      'late-planned',
      'soon',
      'later',
      'closed',
    ]);
    const byId = Object.fromEntries(rows.map((r) => [r.action.id, r]));
    expect(byId['late-planned']).toMatchObject({ overdue: true, escalated: true, dueInSeconds: -7_200 });
    // Implemented in time counts: the due date is for implementing, not for verifying.
    expect(byId['late-implemented']).toMatchObject({ overdue: false, escalated: false });
    expect(byId['closed']!.overdue).toBe(false);
    expect(byId['soon']!.overdue).toBe(false);
  });

  it('names the next CAPA step of each status', () => {
    expect(nextStepOf(action('a', 'open', 1), now)).toEqual({
      step: 'analyse',
      label: 'Analyse and plan',
      notBefore: null,
    });
    const reopened = action('a', 'open', 1, {
      verification: { effective: false, verifiedAt: inHours(-1), verifiedBy: 'q' },
    });
    expect(nextStepOf(reopened, now).label).toMatch(/again/);
    expect(nextStepOf(action('a', 'planned', 1), now).step).toBe('implement');
    expect(nextStepOf(action('a', 'verified', 1), now).step).toBe('close');
    expect(nextStepOf(action('a', 'closed', 1), now).step).toBeNull();
  });

  it('says from when an implemented action may be verified', () => {
    const waiting = action('a', 'implemented', 1, { verifyFrom: inHours(24) });
    expect(nextStepOf(waiting, now)).toEqual({
      step: 'verify',
      label: 'Verify the effect',
      notBefore: inHours(24),
    });
    const due = action('a', 'implemented', 1, { verifyFrom: inHours(-1) });
    expect(nextStepOf(due, now).notBefore).toBeNull();
  });

  it('compares the indicator before and after', () => {
    expect(indicatorChange(40, 85.5)).toEqual({ delta: 45.5, improved: true });
    expect(indicatorChange(0.2, 0.1, false)).toEqual({ delta: -0.1, improved: true });
    expect(indicatorChange(80, 70)).toEqual({ delta: -10, improved: false });
    expect(indicatorChange(null, 70)).toBeNull();
  });
});

describe('safety hazards', () => {
  it('lists hazards not yet verified across inspections, nearest deadline first', () => {
    const inspection = (
      id: string,
      hazards: [string, SafetyInspection['hazards'][number]['status'], number][],
    ) =>
      ({
        id,
        centreId: `c-${id}`,
        version: 2,
        hazards: hazards.map(([hid, status, h]) => ({
          id: hid,
          status,
          description: hid,
          severity: 'high',
          rectifyBy: inHours(h),
        })),
      }) as SafetyInspection;
    const rows = openHazardsOf(
      [
        inspection('i1', [
          ['done', 'VERIFIED', -10],
          ['week', 'OPEN', 168],
        ]),
        inspection('i2', [
          ['late', 'RECTIFIED', -3],
          ['tomorrow', 'OPEN', 24],
        ]),
      ],
      now,
    );
    expect(rows.map((r) => r.hazardId)).toEqual(['late', 'tomorrow', 'week']);
    expect(rows[0]).toMatchObject({ inspectionId: 'i2', centreId: 'c-i2', leftSeconds: -10_800 });
    expect(timeLeftTone(rows[0]!.leftSeconds)).toBe('bad');
    expect(timeLeftTone(1_800)).toBe('warn');
    expect(timeLeftTone(rows[1]!.leftSeconds, 86_400)).toBe('ok');
  });
});

describe('training effectiveness chart', () => {
  it('gives each course its rates in percent before and after, with the sample sizes in the label', () => {
    const course = {
      courseId: 'c1',
      courseCode: 'EV-HV-1',
      technicians: 3,
      before: { orders: 20, comebacks: 3, comebackRate: 0.15, firstTimeFixes: 14, firstTimeFixRate: 0.7 },
      after: { orders: 0, comebacks: 0, comebackRate: null, firstTimeFixes: 0, firstTimeFixRate: null },
      change: { comebackRate: null, firstTimeFixRate: null },
      byTechnician: [],
    } satisfies CourseEffectiveness;
    expect(effectivenessBarsOf([course])).toEqual([
      {
        course: 'EV-HV-1 (n=20/0)',
        ftfBefore: 70,
        ftfAfter: null,
        comebackBefore: 15,
        comebackAfter: null,
        ordersBefore: 20,
        ordersAfter: 0,
        technicians: 3,
      },
    ]);
  });
});

describe('inquiry queue', () => {
  it('keeps open inquiries, least time left to answer first', () => {
    const inquiry = (id: string, status: Inquiry['status'], answerInHours: number) =>
      ({ id, status, answerBy: inHours(answerInHours) }) as Inquiry;
    const rows = inquiryQueueOf(
      [
        inquiry('later', 'open', 4),
        inquiry('answered', 'answered', -10),
        inquiry('overdue', 'open', -0.5),
        inquiry('soon', 'open', 1),
      ],
      now,
    );
    expect(rows.map((r) => [r.inquiry.id, r.leftSeconds])).toEqual([
      ['overdue', -1_800],
      ['soon', 3_600],
      ['later', 14_400],
    ]);
  });
});

describe('audit scores', () => {
  it('colours a score by its percentage', () => {
    expect(scoreTone(92)).toBe('ok');
    expect(scoreTone(75)).toBe('warn');
    expect(scoreTone(40)).toBe('bad');
    expect(scoreTone(null)).toBe('info');
  });
});
