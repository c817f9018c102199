import { RuleViolation } from '@aftersales/service-kit/domain';
import { assertFourEyes, fourEyesConflict } from './four-eyes';

describe('four eyes', () => {
  it('bars the creator, any counter and the first approver, and nobody else', () => {
    expect(fourEyesConflict('ann', { createdBy: 'ann' })).toBe('createdBy');
    expect(fourEyesConflict('bob', { countedBy: ['ann', 'bob'] })).toBe('countedBy');
    expect(fourEyesConflict('cid', { approvedBy: 'cid' })).toBe('approvedBy');
    expect(fourEyesConflict('dan', { createdBy: 'ann', countedBy: ['bob'], approvedBy: 'cid' })).toBeNull();
    expect(fourEyesConflict('dan', { countedBy: [], approvedBy: null })).toBeNull();
  });

  it('answers a violation with a 422 naming the rule and who prepared the record', () => {
    expect(() => assertFourEyes('dan', { createdBy: 'ann' }, 'purchase order')).not.toThrow();
    let thrown: unknown;
    try {
      assertFourEyes('bob', { countedBy: ['ann', 'bob'] }, 'stocktake');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(RuleViolation); // 422
    expect(thrown).toMatchObject({
      code: 'four-eyes',
      details: { rule: 'four-eyes', countedBy: ['ann', 'bob'] },
    });
    expect(String((thrown as Error).message)).toMatch(/you counted this stocktake/);
  });
});
