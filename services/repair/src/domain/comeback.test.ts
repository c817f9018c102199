import {
  DEFAULT_WARRANTY,
  findComeback,
  warrantyRuleFor,
  withinWarranty,
  type DeliveredRepair,
} from './comeback';

const day = 24 * 3600 * 1000;
const received = new Date('2026-05-31T09:00:00Z');
const current = {
  repairOrderId: 'ro-now',
  vehicleId: 'v1',
  faultCodes: ['P0301'],
  systems: ['engine'],
  receivedAt: received,
  mileageKm: 50_000,
};
const past = (id: string, daysAgo: number, over: Partial<DeliveredRepair> = {}): DeliveredRepair => ({
  repairOrderId: id,
  vehicleId: 'v1',
  faultCodes: ['P0301'],
  systems: ['engine'],
  serviceType: 'repair',
  deliveredAt: new Date(received.getTime() - daysAgo * day),
  deliveryMileageKm: 49_500,
  ...over,
});

describe('comeback rule (warranty from delivery)', () => {
  it('flags the same fault code on the same vehicle within the default 30 days / 2,000 km', () => {
    expect(DEFAULT_WARRANTY).toEqual({ days: 30, km: 2_000 });
    expect(findComeback(current, [past('ro-1', 10)])).toBe('ro-1');
  });
  it('matches on the same system when codes differ, and codes case-insensitively', () => {
    expect(findComeback(current, [past('ro-1', 10, { faultCodes: ['P0420'] })])).toBe('ro-1');
    expect(findComeback(current, [past('ro-1', 10, { faultCodes: ['p0301'], systems: [] })])).toBe('ro-1');
  });
  it('ignores other vehicles, other faults, and deliveries older than the warranty days', () => {
    expect(findComeback(current, [past('a', 10, { vehicleId: 'v2' })])).toBeNull();
    expect(findComeback(current, [past('b', 10, { faultCodes: ['B1000'], systems: ['body'] })])).toBeNull();
    expect(findComeback(current, [past('c', 30.01)])).toBeNull();
    expect(findComeback(current, [past('d', 30)])).toBe('d');
  });
  it('ends the warranty after the kilometres driven since delivery', () => {
    expect(findComeback(current, [past('a', 5, { deliveryMileageKm: 48_000 })])).toBe('a'); // 2,000 km
    expect(findComeback(current, [past('b', 5, { deliveryMileageKm: 47_999 })])).toBeNull(); // 2,001 km
    // an odometer below the delivery reading counts as 0 km driven
    expect(findComeback(current, [past('c', 5, { deliveryMileageKm: 60_000 })])).toBe('c');
  });
  it('uses the rule of the earlier repair’s service type, then the tenant default, then the built-in one', () => {
    const rules = new Map([
      ['tyres', { days: 7, km: null }],
      ['default', { days: 90, km: 10_000 }],
    ]);
    expect(warrantyRuleFor('tyres', rules)).toEqual({ days: 7, km: null });
    expect(warrantyRuleFor('repair', rules)).toEqual({ days: 90, km: 10_000 });
    expect(warrantyRuleFor('repair', new Map())).toBe(DEFAULT_WARRANTY);
    expect(findComeback(current, [past('t', 8, { serviceType: 'tyres' })], rules)).toBeNull();
    expect(findComeback(current, [past('t', 6, { serviceType: 'tyres', deliveryMileageKm: 0 })], rules)).toBe(
      't',
    );
    expect(findComeback(current, [past('r', 60)], rules)).toBe('r');
    expect(findComeback(current, [past('r', 60)])).toBeNull();
  });
  it('counts from delivery, not from an earlier completion', () => {
    // delivered 25 days ago (completed long before): inside 30 days
    expect(withinWarranty(current, past('x', 25), DEFAULT_WARRANTY)).toBe(true);
    expect(withinWarranty(current, past('x', -1), DEFAULT_WARRANTY)).toBe(false); // delivered after reception
  });
  it('ignores the order itself and names the most recently delivered matching order', () => {
    expect(findComeback(current, [past('ro-now', 1)])).toBeNull();
    expect(findComeback(current, [past('old', 20), past('recent', 3), past('mid', 8)])).toBe('recent');
  });
});
