import { checklistScore, inspectionStatusOf, nextDeadline, rectify, verify, type Hazard } from './safety';
import { RuleViolation } from '@aftersales/service-kit/domain';

const now = new Date('2026-06-01T10:00:00.000Z');
const hazard = (id: string, rectifyBy: string): Hazard => ({
  id,
  description: 'x',
  severity: 'high',
  rectifyBy,
  status: 'OPEN',
  rectification: null,
  verifications: [],
});

describe('safety inspections', () => {
  it('scores the checklist in percent', () => {
    expect(checklistScore([{ passed: true }, { passed: false }, { passed: true }])).toBe(66.67);
    expect(checklistScore([])).toBe(100);
  });

  it('rectify then verify; a failed verification reopens; wrong order is refused', () => {
    const h = hazard('h1', '2026-06-05T00:00:00.000Z');
    expect(() => verify(h, 'qm', true, null, now)).toThrow(RuleViolation);
    const r = rectify(h, 'adv', 'fixed', now);
    expect(r.status).toBe('RECTIFIED');
    expect(() => rectify(r, 'adv', 'again', now)).toThrow(/only an OPEN hazard/);
    const reopened = verify(r, 'qm', false, 'not really', now);
    expect(reopened).toMatchObject({
      status: 'OPEN',
      verifications: [{ passed: false, note: 'not really' }],
    });
    expect(verify(rectify(reopened, 'adv', 'now', now), 'qm', true, null, now).status).toBe('VERIFIED');
  });

  it('closes when every hazard is verified and reports the next open deadline', () => {
    const a = hazard('a', '2026-06-09T00:00:00.000Z');
    const b = { ...hazard('b', '2026-06-03T00:00:00.000Z'), status: 'VERIFIED' as const };
    expect(inspectionStatusOf([a, b])).toBe('OPEN');
    expect(nextDeadline([a, b])).toBe(a.rectifyBy);
    expect(inspectionStatusOf([b])).toBe('CLOSED');
    expect(nextDeadline([b])).toBeNull();
    expect(inspectionStatusOf([])).toBe('CLOSED');
  });
});
