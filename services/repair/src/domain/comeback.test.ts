import { findComeback, type PastRepair } from './comeback';

const day = 24 * 3600 * 1000;
const received = new Date('2026-05-31T09:00:00Z');
const current = {
  repairOrderId: 'ro-now',
  vehicleId: 'v1',
  faultCodes: ['P0301'],
  systems: ['engine'],
  receivedAt: received,
};
const past = (id: string, daysAgo: number, over: Partial<PastRepair> = {}): PastRepair => ({
  repairOrderId: id,
  vehicleId: 'v1',
  faultCodes: ['P0301'],
  systems: ['engine'],
  completedAt: new Date(received.getTime() - daysAgo * day),
  ...over,
});

describe('comeback rule', () => {
  it('flags the same fault code on the same vehicle within 30 days', () => {
    expect(findComeback(current, [past('ro-1', 10)])).toBe('ro-1');
  });
  it('matches on the same system when codes differ, and codes case-insensitively', () => {
    expect(findComeback(current, [past('ro-1', 10, { faultCodes: ['P0420'] })])).toBe('ro-1');
    expect(findComeback(current, [past('ro-1', 10, { faultCodes: ['p0301'], systems: [] })])).toBe('ro-1');
  });
  it('ignores other vehicles, other faults, and repairs older than 30 days', () => {
    expect(findComeback(current, [past('a', 10, { vehicleId: 'v2' })])).toBeNull();
    expect(findComeback(current, [past('b', 10, { faultCodes: ['B1000'], systems: ['body'] })])).toBeNull();
    expect(findComeback(current, [past('c', 30.01)])).toBeNull();
    expect(findComeback(current, [past('d', 30)])).toBe('d');
  });
  it('ignores the order itself and repairs completed after reception', () => {
    expect(findComeback(current, [past('ro-now', 1), past('later', -1)])).toBeNull();
  });
  it('names the most recent matching order', () => {
    expect(findComeback(current, [past('old', 20), past('recent', 3), past('mid', 8)])).toBe('recent');
  });
});
