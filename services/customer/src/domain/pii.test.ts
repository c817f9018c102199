import { MASK, maskedPii, mayReadPii } from './pii';

describe('PII access by role', () => {
  it('lets admin, service advisors and complaint handlers read contact data', () => {
    expect(mayReadPii(['admin'])).toBe(true);
    expect(mayReadPii(['service-advisor'])).toBe(true);
    expect(mayReadPii(['technician', 'complaint-handler'])).toBe(true);
  });

  it('masks for technicians, analysts, parts clerks and no roles', () => {
    expect(mayReadPii(['technician'])).toBe(false);
    expect(mayReadPii(['analyst', 'parts-clerk', 'procurement-officer'])).toBe(false);
    expect(mayReadPii([])).toBe(false);
    expect(Object.values(maskedPii()).every((v) => v === MASK)).toBe(true);
  });
});
