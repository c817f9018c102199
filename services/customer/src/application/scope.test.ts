import { type Identity } from '@aftersales/service-kit';
import { centreScope, customerScope, registrationCentre, vehicleScope } from './scope';

const me = (centreIds: Identity['centreIds'], dealerIds: Identity['dealerIds'] = []): Identity => ({
  userId: 'u',
  tenantId: 't',
  centreIds,
  dealerIds,
  roles: ['service-advisor'],
});

describe('registrationCentre', () => {
  it('takes a named centre of the caller, and refuses one outside its scope', () => {
    expect(registrationCentre(me(['a', 'b']), 'b', false)).toBe('b');
    expect(registrationCentre(me('*'), 'z', false)).toBe('z');
    expect(() => registrationCentre(me(['a']), 'b', false)).toThrow(/No such service centre/);
  });

  it("defaults to a centre-limited caller's only centre, and needs one named among several", () => {
    expect(registrationCentre(me(['a']), undefined, false)).toBe('a');
    expect(() => registrationCentre(me(['a', 'b']), undefined, false)).toThrow(/Name the service centre/);
    expect(() => registrationCentre(me([], ['d']), undefined, false)).toThrow(/Name the service centre/);
  });

  it('records no centre for tenant-wide callers or when a dealer grant already covers the record', () => {
    expect(registrationCentre(me('*'), undefined, false)).toBeNull();
    expect(registrationCentre(me(['a', 'b'], ['d']), undefined, true)).toBeNull();
  });
});

describe('scope filters', () => {
  it('leave tenant-wide callers unfiltered (customers keep the dealer rule)', () => {
    expect(vehicleScope(me('*', ['d']))).toEqual({});
    expect(centreScope(me('*'))).toEqual({});
    expect(customerScope(me('*', '*'))).toEqual({});
    expect(customerScope(me('*', ['d']))).toEqual({ OR: [{ dealerId: null }, { dealerId: { in: ['d'] } }] });
  });

  it("narrow centre-limited callers to their centres' records and their dealers' customers", () => {
    expect(centreScope(me(['a']))).toEqual({ centreId: { in: ['a'] } });
    expect(customerScope(me(['a'], ['d']))).toEqual({
      OR: [{ dealerId: { in: ['d'] } }, { centres: { some: { centreId: { in: ['a'] } } } }],
    });
    expect(vehicleScope(me(['a'], '*'))).toEqual({
      OR: [{ centres: { some: { centreId: { in: ['a'] } } } }, { owner: { dealerId: { not: null } } }],
    });
  });
});
