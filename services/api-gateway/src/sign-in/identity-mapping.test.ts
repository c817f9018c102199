import { isClientToken } from './authenticate';
import { claimAt, identityMappingSchema, mapClaims, type IdentityMapping } from './identity-mapping';

const ISSUER = 'https://login.example/tenant-a/v2.0';

function mapping(overrides: Partial<IdentityMapping['tenants'][number]> = {}): IdentityMapping {
  return identityMappingSchema.parse({
    tenants: [
      {
        tenantId: 'dg-rhein',
        issuer: ISSUER,
        groups: [
          { group: 'ws-koeln-advisors', roles: ['service-advisor'], centreIds: ['c-koeln'], dealerIds: '*' },
          {
            group: 'ws-bonn-advisors',
            roles: ['service-advisor'],
            centreIds: ['c-bonn'],
            dealerIds: ['d-1'],
          },
          { group: 'quality', roles: ['quality-manager'], centreIds: '*', dealerIds: '*' },
        ],
        clients: [
          { clientId: 'procurement-erp', roles: ['procurement-officer'], centreIds: '*', dealerIds: '*' },
        ],
        ...overrides,
      },
    ],
  });
}

describe('mapClaims', () => {
  it('gives a user the union of the roles and centres of every group they are in', () => {
    const outcome = mapClaims(
      mapping(),
      { iss: ISSUER, sub: 'u1', name: 'Kim', groups: ['ws-koeln-advisors', 'ws-bonn-advisors', 'unrelated'] },
      'user',
    );
    expect(outcome).toEqual({
      ok: true,
      tenantId: 'dg-rhein',
      matched: ['ws-koeln-advisors', 'ws-bonn-advisors'],
      identity: {
        userId: 'u1',
        tenantId: 'dg-rhein',
        name: 'Kim',
        roles: ['service-advisor'],
        centreIds: ['c-koeln', 'c-bonn'],
        dealerIds: '*',
      },
    });
  });

  it("lets '*' win the union and keeps roles distinct", () => {
    const outcome = mapClaims(
      mapping(),
      { iss: ISSUER, sub: 'u2', groups: ['ws-bonn-advisors', 'quality'] },
      'user',
    );
    expect(outcome.ok && outcome.identity).toMatchObject({
      roles: ['service-advisor', 'quality-manager'],
      centreIds: '*',
      dealerIds: '*',
    });
  });

  it('refuses a user in no mapped group (no role) and a token of an unknown issuer (no tenant)', () => {
    expect(mapClaims(mapping(), { iss: ISSUER, sub: 'u3', groups: ['canteen'] }, 'user')).toMatchObject({
      ok: false,
      reason: 'no_role',
      tenantId: 'dg-rhein',
    });
    expect(
      mapClaims(mapping(), { iss: 'https://evil.example', sub: 'u3', groups: ['quality'] }, 'user'),
    ).toMatchObject({ ok: false, reason: 'no_tenant' });
  });

  it('maps machine clients by client id only, never by groups', () => {
    expect(
      mapClaims(mapping(), { iss: ISSUER, sub: 'procurement-erp', client_id: 'procurement-erp' }, 'client'),
    ).toMatchObject({
      ok: true,
      identity: { userId: 'client:procurement-erp', roles: ['procurement-officer'] },
    });
    expect(
      mapClaims(mapping(), { iss: ISSUER, sub: 'bi', client_id: 'bi', groups: ['quality'] }, 'client'),
    ).toMatchObject({ ok: false, reason: 'no_role' });
  });

  it('reads groups from a dot path and from a space-separated string', () => {
    const keycloak = mapping({ groupsClaim: 'realm_access.roles' });
    expect(
      mapClaims(keycloak, { iss: ISSUER, sub: 'u4', realm_access: { roles: ['quality'] } }, 'user').ok,
    ).toBe(true);
    expect(mapClaims(mapping(), { iss: ISSUER, sub: 'u5', groups: 'canteen quality' }, 'user').ok).toBe(true);
    expect(claimAt({ a: { b: 1 } }, 'a.b.c')).toBeUndefined();
  });

  it('tells tenants on one provider apart by the "when" claim', () => {
    const shared = identityMappingSchema.parse({
      tenants: ['dg-rhein', 'dg-main'].map((tenantId) => ({
        tenantId,
        issuer: ISSUER,
        when: { claim: 'org', equals: tenantId },
        groups: [{ group: 'quality', roles: ['quality-manager'], centreIds: '*', dealerIds: '*' }],
      })),
    });
    const as = (org: string) =>
      mapClaims(shared, { iss: ISSUER, sub: 'u', org, groups: ['quality'] }, 'user');
    expect(as('dg-main')).toMatchObject({ ok: true, tenantId: 'dg-main' });
    expect(as('dg-other')).toMatchObject({ ok: false, reason: 'no_tenant' });
  });
});

describe('identityMappingSchema', () => {
  const tenant = { tenantId: 't', issuer: ISSUER };
  const errorsOf = (value: unknown) => {
    const parsed = identityMappingSchema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses unknown roles, empty role lists, empty centre lists and unknown keys', () => {
    expect(
      errorsOf({
        tenants: [
          { ...tenant, groups: [{ group: 'g', roles: ['janitor'], centreIds: '*', dealerIds: '*' }] },
        ],
      }),
    ).toEqual([expect.stringContaining('tenants.0.groups.0.roles.0')]);
    expect(
      errorsOf({
        tenants: [{ ...tenant, groups: [{ group: 'g', roles: [], centreIds: [], dealerIds: '*' }] }],
      }),
    ).toHaveLength(2);
    expect(errorsOf({ tenants: [{ ...tenant, grups: [] }] })).toEqual([expect.stringContaining('grups')]);
  });

  it('refuses two tenants that would both claim the same tokens', () => {
    expect(errorsOf({ tenants: [tenant, { ...tenant, tenantId: 'u' }] })).toEqual([
      expect.stringContaining('matches the same tokens'),
    ]);
    expect(
      errorsOf({ tenants: [tenant, { ...tenant, tenantId: 'u', when: { claim: 'org', equals: 'u' } }] }),
    ).toEqual([expect.stringContaining('every token would match both')]);
  });
});

describe('isClientToken', () => {
  it('knows client-credentials tokens by subject, by idtyp, or by a client id the mapping lists', () => {
    const m = mapping();
    expect(isClientToken({ iss: ISSUER, sub: 'erp', client_id: 'erp' })).toBe(true);
    expect(isClientToken({ iss: ISSUER, sub: 'b8c1-principal', azp: 'bi', idtyp: 'app' })).toBe(true);
    // Keycloak service accounts: sub is the account's user id; the mapping names the client.
    expect(isClientToken({ iss: ISSUER, sub: 'f3a-user-id', azp: 'procurement-erp' }, m)).toBe(true);
    // A person's access token through the console client stays a person's.
    expect(isClientToken({ iss: ISSUER, sub: 'kim', azp: 'aftersales-console' }, m)).toBe(false);
    expect(isClientToken({ iss: 'https://other.example', sub: 'x', azp: 'procurement-erp' }, m)).toBe(false);
  });
});
