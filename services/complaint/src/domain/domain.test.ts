import { route, specificity, type RoutingRule } from './routing';
import { deadlinesFor, DEFAULT_TIME_LIMITS, TimeLimit } from './time-limits';
import { DEFAULT_CALENDAR } from './calendar';
import { currentDeadline, escalationStep, nextEscalation, type ClockState } from './escalation';
import { assertCan, closureOf, type LifecycleState } from './lifecycle';
import { CommandRefused } from '@aftersales/service-kit/domain';
import { comebackComplaint, defaultProactiveSettings, qcFailedComplaint, surveyComplaint } from './proactive';

const t0 = new Date('2026-01-01T00:00:00Z');
const rule = (id: string, over: Partial<RoutingRule>, createdAt = t0): RoutingRule => ({
  id,
  category: null,
  severity: null,
  centreId: null,
  teamId: `team-${id}`,
  createdAt,
  ...over,
});

describe('routing rules', () => {
  const rules = [
    rule('any-critical', { severity: 'critical' }),
    rule('billing', { category: 'billing' }),
    rule('billing-critical', { category: 'billing', severity: 'critical' }),
    rule('centre-1', { centreId: 'c1' }),
    rule('centre-1-billing-critical', { centreId: 'c1', category: 'billing', severity: 'critical' }),
  ];

  it('falls back to the default team when no rule matches', () => {
    expect(route(rules, { category: 'parts', severity: 'low', centreId: 'c9' }, 'desk')).toEqual({
      teamId: 'desk',
      ruleId: null,
    });
  });

  it('picks the most specific matching rule', () => {
    expect(route(rules, { category: 'billing', severity: 'low', centreId: 'c9' }, 'desk').ruleId).toBe(
      'billing',
    );
    expect(route(rules, { category: 'billing', severity: 'critical', centreId: 'c9' }, 'desk').ruleId).toBe(
      'billing-critical',
    );
    expect(route(rules, { category: 'parts', severity: 'critical', centreId: 'c9' }, 'desk').ruleId).toBe(
      'any-critical',
    );
    expect(route(rules, { category: 'billing', severity: 'critical', centreId: 'c1' }, 'desk')).toEqual({
      teamId: 'team-centre-1-billing-critical',
      ruleId: 'centre-1-billing-critical',
    });
  });

  it('ranks a centre rule above category and severity rules', () => {
    expect(route(rules, { category: 'billing', severity: 'critical', centreId: 'c1' }, 'd').ruleId).not.toBe(
      'centre-1',
    );
    expect(
      route(rules.slice(0, 4), { category: 'billing', severity: 'critical', centreId: 'c1' }, 'd').ruleId,
    ).toBe('centre-1');
  });

  it('does not match a rule that names a value the complaint lacks', () => {
    expect(
      specificity(rule('x', { category: 'billing' }), { category: null, severity: null, centreId: null }),
    ).toBe(-1);
    expect(route(rules, { category: null, severity: null, centreId: null }, 'desk').ruleId).toBeNull();
  });

  it('breaks ties between equally specific rules by age, then id', () => {
    const older = rule('b-older', { category: 'parts' }, new Date('2025-01-01T00:00:00Z'));
    const newer = rule('a-newer', { category: 'parts' }, new Date('2026-06-01T00:00:00Z'));
    expect(route([newer, older], { category: 'parts', severity: 'low', centreId: null }, 'd').ruleId).toBe(
      'b-older',
    );
    const twin = rule('a-twin', { category: 'parts' }, older.createdAt);
    expect(route([older, twin], { category: 'parts', severity: 'low', centreId: null }, 'd').ruleId).toBe(
      'a-twin',
    );
  });
});

describe('time limits', () => {
  it('computes both deadlines in working time', () => {
    // Friday 16:30 UTC, critical: acknowledge within 60 working minutes -> 30 min Fri + 30 min Mon
    const d = deadlinesFor(
      new Date('2026-11-27T16:30:00Z'),
      'critical',
      DEFAULT_TIME_LIMITS,
      DEFAULT_CALENDAR,
    );
    expect(d.acknowledgeBy.toISOString()).toBe('2026-11-30T08:30:00.000Z');
    // resolve within one working day (540 min): 30 Fri + 510 Mon -> Mon 16:30
    expect(d.resolveBy.toISOString()).toBe('2026-11-30T16:30:00.000Z');
  });
  it('refuses an acknowledgement limit longer than the resolution limit', () => {
    expect(TimeLimit.safeParse({ acknowledgeMinutes: 100, resolveMinutes: 50 }).success).toBe(false);
  });
});

describe('escalation', () => {
  const clock = (over: Partial<ClockState> = {}): ClockState => ({
    status: 'open',
    acknowledgedAt: null,
    acknowledgeBy: new Date('2026-11-27T10:00:00Z'),
    resolveBy: new Date('2026-11-30T10:00:00Z'),
    acknowledgeEscalatedAt: null,
    resolveEscalatedAt: null,
    ...over,
  });

  it('watches the acknowledgement first, then the resolution, each once', () => {
    expect(nextEscalation(clock())?.kind).toBe('acknowledge');
    expect(nextEscalation(clock({ acknowledgeEscalatedAt: t0 }))?.kind).toBe('resolve');
    expect(nextEscalation(clock({ acknowledgedAt: t0 }))?.kind).toBe('resolve');
    expect(nextEscalation(clock({ acknowledgedAt: t0, resolveEscalatedAt: t0 }))).toBeNull();
  });

  it('watches nothing on resolved or unclassified complaints', () => {
    expect(nextEscalation(clock({ status: 'resolved' }))).toBeNull();
    expect(nextEscalation(clock({ acknowledgeBy: null, resolveBy: null }))).toBeNull();
  });

  it('keeps a missed deadline in the queue order after it escalated', () => {
    expect(currentDeadline(clock({ acknowledgeEscalatedAt: t0 }))?.kind).toBe('acknowledge');
    expect(currentDeadline(clock({ acknowledgedAt: t0 }))?.kind).toBe('resolve');
  });

  it('climbs the chain one step at a time and stays at the top', () => {
    const chain = ['lead', 'manager', 'regional'];
    expect(escalationStep(chain, 0)).toEqual({ level: 1, toTeamId: 'lead' });
    expect(escalationStep(chain, 2)).toEqual({ level: 3, toTeamId: 'regional' });
    expect(escalationStep(chain, 3)).toEqual({ level: 3, toTeamId: 'regional' });
  });
});

describe('lifecycle', () => {
  const state = (over: Partial<LifecycleState> = {}): LifecycleState => ({
    status: 'open',
    category: 'billing',
    severity: 'low',
    acknowledgedAt: null,
    notifiedAt: null,
    verdict: null,
    ...over,
  });
  const refused = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(CommandRefused);
      return (err as CommandRefused).message;
    }
    throw new Error('expected a refusal');
  };

  it('refuses closing an open complaint and a verdict on an open complaint', () => {
    expect(refused(() => closureOf(state(), t0, 60))).toMatch(/resolved complaint/);
    expect(refused(() => assertCan(state(), 'verdict'))).toMatch(/verdict on a resolution/);
  });

  it('needs a classification before resolving', () => {
    expect(refused(() => assertCan(state({ category: null }), 'resolve'))).toMatch(/classify it first/);
    expect(refused(() => assertCan(state({ severity: null }), 'assign'))).toMatch(/classify it first/);
    expect(() => assertCan(state(), 'resolve')).not.toThrow();
  });

  it('acknowledges once and takes one verdict', () => {
    expect(refused(() => assertCan(state({ acknowledgedAt: t0 }), 'acknowledge'))).toMatch(/already/);
    expect(refused(() => assertCan(state({ status: 'resolved', verdict: 'accepted' }), 'verdict'))).toMatch(
      /already/,
    );
  });

  it('closes after acceptance, or after the verdict timeout counted from the notification', () => {
    const notifiedAt = new Date('2026-11-27T10:00:00Z');
    expect(closureOf(state({ status: 'resolved', verdict: 'accepted' }), t0, 60)).toBe('verdict-accepted');
    const waiting = state({ status: 'resolved', notifiedAt });
    expect(refused(() => closureOf(waiting, new Date('2026-11-27T10:59:00Z'), 60))).toMatch(/timeout/);
    expect(closureOf(waiting, new Date('2026-11-27T11:00:00Z'), 60)).toBe('verdict-timeout');
    expect(
      refused(() => closureOf(state({ status: 'resolved' }), new Date('2027-01-01T00:00:00Z'), 60)),
    ).toMatch(/not been notified/);
  });

  it('reopens resolved and closed complaints only', () => {
    expect(() => assertCan(state({ status: 'resolved' }), 'reopen')).not.toThrow();
    expect(() => assertCan(state({ status: 'closed' }), 'reopen')).not.toThrow();
    expect(refused(() => assertCan(state(), 'reopen'))).toMatch(/open/);
    expect(refused(() => assertCan(state({ status: 'closed' }), 'note'))).toMatch(/closed/);
  });
});

describe('proactive triggers', () => {
  const settings = defaultProactiveSettings(6, 2);
  const survey = (nps: number, product = 5, service = 5, purchase = 5) => ({
    nps,
    scores: { product, service, purchase },
  });

  it('opens a complaint for a detractor NPS or any low score, not for a happy customer', () => {
    expect(surveyComplaint(settings, survey(7))).toBeNull();
    expect(surveyComplaint(settings, survey(6))).toMatchObject({
      trigger: 'low-survey-score',
      category: 'other',
      severity: 'medium',
    });
    expect(surveyComplaint(settings, survey(9, 5, 2, 5))).toMatchObject({ category: 'service-attitude' });
    expect(surveyComplaint(settings, survey(9, 1, 4, 5))).toMatchObject({
      category: 'product-quality',
      severity: 'high',
    });
  });

  it('follows the tenant thresholds and switches', () => {
    expect(
      surveyComplaint(
        { ...settings, survey: { enabled: true, npsAtMost: 3, scoreAtMost: 1 } },
        survey(5, 2, 2, 2),
      ),
    ).toBeNull();
    expect(
      surveyComplaint({ ...settings, survey: { ...settings.survey, enabled: false } }, survey(0, 1, 1, 1)),
    ).toBeNull();
    expect(qcFailedComplaint(settings)).toBeNull();
    expect(qcFailedComplaint({ ...settings, qcFailed: { enabled: true } })).toMatchObject({
      trigger: 'qc-failed',
    });
    expect(comebackComplaint(settings, true)).toMatchObject({ trigger: 'comeback', severity: 'high' });
    expect(comebackComplaint(settings, false)).toBeNull();
    expect(comebackComplaint({ ...settings, comeback: { enabled: false } }, true)).toBeNull();
  });
});
