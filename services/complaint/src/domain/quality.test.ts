// The pure rules of the quality loop: audit scoring against a checklist, the CAPA state
// machine, and which deadline of an inquiry or action the sweep escalates.
import { actionEscalateAt, assertActionCan, patternRef } from './action';
import { scoreAudit } from './audit';
import { CommandRefused, RuleViolation } from '@aftersales/service-kit/domain';
import { assertInquiryCan, complaintChannelOf, inquiryEscalateAt } from './inquiry';
import { KpiLimits, kpiBreaches } from './kpi-breach';

const checklist = [
  { code: 'greeting', label: 'Greeting', maxScore: 10 },
  { code: 'clean', label: 'Clean', maxScore: 4 },
];

describe('scoreAudit', () => {
  it('sums scores, computes the percentage and finds items below the threshold or marked', () => {
    const s = scoreAudit(checklist, 0.6, [
      { code: 'greeting', score: 5, note: 'slow' },
      { code: 'clean', score: 4, finding: true },
    ]);
    expect(s).toMatchObject({ score: 9, maxScore: 14, scorePercent: 64.29 });
    expect(s.findings.map((f) => f.code)).toEqual(['greeting', 'clean']);
    expect(s.items[0]).toMatchObject({ note: 'slow', finding: true });
    expect(
      scoreAudit(checklist, 0.5, [
        { code: 'greeting', score: 5 },
        { code: 'clean', score: 2 },
      ]).findings,
    ).toEqual([]);
  });

  it.each([
    [11, 'greeting'],
    [-0.5, 'clean'],
    [Number.NaN, 'clean'],
  ])('refuses score %p on %s as out of range', (score, code) => {
    const results = checklist.map((i) => ({ code: i.code, score: i.code === code ? score : 1 }));
    expect(() => scoreAudit(checklist, 0.6, results)).toThrow(RuleViolation);
    try {
      scoreAudit(checklist, 0.6, results);
    } catch (e) {
      expect((e as RuleViolation).code).toBe('score-out-of-range');
    }
  });

  it('refuses unknown, doubled and missing items', () => {
    const codeOf = (results: { code: string; score: number }[]) => {
      try {
        scoreAudit(checklist, 0.6, results);
        return null;
      } catch (e) {
        return (e as RuleViolation).code;
      }
    };
    expect(codeOf([{ code: 'nope', score: 1 }])).toBe('checklist-mismatch');
    expect(
      codeOf([
        { code: 'greeting', score: 1 },
        { code: 'greeting', score: 2 },
      ]),
    ).toBe('checklist-mismatch');
    expect(codeOf([{ code: 'greeting', score: 1 }])).toBe('checklist-mismatch');
  });
});

describe('improvement action state machine', () => {
  it('closes only a verified action', () => {
    expect(() => assertActionCan('verified', 'close')).not.toThrow();
    for (const status of ['open', 'planned', 'implemented', 'closed'] as const) {
      expect(() => assertActionCan(status, 'close')).toThrow(CommandRefused);
    }
    expect(() => assertActionCan('planned', 'verify')).toThrow(/implemented before its effect/);
  });

  it('escalates the due date only before implementation and once', () => {
    const dueAt = new Date('2026-11-10T00:00:00Z');
    expect(actionEscalateAt({ status: 'open', dueAt, dueEscalatedAt: null })).toEqual(dueAt);
    expect(actionEscalateAt({ status: 'planned', dueAt, dueEscalatedAt: null })).toEqual(dueAt);
    expect(actionEscalateAt({ status: 'planned', dueAt, dueEscalatedAt: dueAt })).toBeNull();
    expect(actionEscalateAt({ status: 'implemented', dueAt, dueEscalatedAt: null })).toBeNull();
    expect(patternRef('c-1', 'billing')).toBe('pattern:c-1:billing');
  });
});

describe('inquiry', () => {
  it('answers and converts an open inquiry, converts an answered one, nothing after conversion', () => {
    expect(() => assertInquiryCan('open', 'answer')).not.toThrow();
    expect(() => assertInquiryCan('answered', 'convert')).not.toThrow();
    expect(() => assertInquiryCan('answered', 'answer')).toThrow(CommandRefused);
    expect(() => assertInquiryCan('converted', 'convert')).toThrow(/an inquiry that is converted/);
  });

  it('escalates an open inquiry at its answer deadline, once', () => {
    const answerBy = new Date('2026-11-02T09:30:00Z');
    expect(inquiryEscalateAt({ status: 'open', answerBy, answerEscalatedAt: null })).toEqual(answerBy);
    expect(inquiryEscalateAt({ status: 'open', answerBy, answerEscalatedAt: answerBy })).toBeNull();
    expect(inquiryEscalateAt({ status: 'answered', answerBy, answerEscalatedAt: null })).toBeNull();
    expect(complaintChannelOf('chat')).toBe('web');
    expect(complaintChannelOf('phone')).toBe('phone');
  });
});

describe('kpiBreaches', () => {
  const limits = KpiLimits.parse({
    firstTimeFixRate: { min: 0.85 },
    comebackRate: { max: 0.05 },
    csi: { min: 4, max: 5 },
  });

  it('reports values below a floor or above a ceiling, and ignores KPIs without samples', () => {
    expect(kpiBreaches(limits, { firstTimeFixRate: 0.8, comebackRate: 0.05, csi: null })).toEqual([
      { kpi: 'firstTimeFixRate', value: 0.8, limit: { min: 0.85 } },
    ]);
    expect(kpiBreaches(limits, { firstTimeFixRate: 0.85, comebackRate: 0.06 }).map((b) => b.kpi)).toEqual([
      'comebackRate',
    ]);
    expect(kpiBreaches({}, { firstTimeFixRate: 0 })).toEqual([]);
  });

  it('refuses limits without a bound or for unknown KPIs', () => {
    expect(KpiLimits.safeParse({ csi: {} }).success).toBe(false);
    expect(KpiLimits.safeParse({ happiness: { min: 1 } }).success).toBe(false);
  });
});
