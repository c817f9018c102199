import { RuleViolation } from '@aftersales/service-kit/domain';
import { assertIndependentInspector } from './qc-independence';

const order = { id: 'o-1', technicianIds: ['tech-1', 'tech-2'] };

describe('independent QC', () => {
  it('accepts an inspector who did not work on the order', () => {
    expect(() => assertIndependentInspector(order, 'insp-1', 'advisor@a')).not.toThrow();
  });

  it('refuses a technician of the order as inspector, or as the one recording', () => {
    for (const [inspector, by] of [
      ['tech-2', 'advisor@a'],
      ['insp-1', 'tech-1'],
    ] as const) {
      let caught: unknown;
      try {
        assertIndependentInspector(order, inspector, by);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(RuleViolation);
      expect((caught as RuleViolation).code).toBe('self-inspection');
    }
  });
});
