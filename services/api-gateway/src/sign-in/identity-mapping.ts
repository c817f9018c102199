// Who a signed-in person or machine client is at Aftersales: the dealer group's identity
// provider knows groups (or app roles) and client ids, this platform needs a tenant, roles,
// dealers and centres. The mapping file says which groups give what, per tenant; a user gets the
// union over every group they are in, and a user in no mapped group gets nothing (refused).
import { z } from 'zod';
import { STAFF_ROLES, type Identity, type Role } from '@aftersales/service-kit';

const scope = z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]);

const grant = z.object({
  // Staff roles only: `customer` and `gateway` are never granted by a staff identity provider.
  roles: z.array(z.enum(STAFF_ROLES as [Role, ...Role[]])).min(1),
  centreIds: scope,
  dealerIds: scope,
});

export const identityMappingSchema = z
  .object({
    tenants: z
      .array(
        z.strictObject({
          tenantId: z.string().min(1),
          /** Tokens from this issuer (exactly as in their `iss`) may map to this tenant. */
          issuer: z.string().min(1),
          /** When one provider serves several dealer groups: the claim that tells them apart. */
          when: z.strictObject({ claim: z.string().min(1), equals: z.string().min(1) }).optional(),
          /** Where the provider puts group names or ids; a dot path (realm_access.roles) works. */
          groupsClaim: z.string().min(1).default('groups'),
          /** Display name claim (falls back to preferred_username, then sub). */
          nameClaim: z.string().min(1).default('name'),
          groups: z.array(grant.extend({ group: z.string().min(1) }).strict()).default([]),
          clients: z.array(grant.extend({ clientId: z.string().min(1) }).strict()).default([]),
        }),
      )
      .min(1),
  })
  .superRefine((file, ctx) => {
    // Two entries that could both claim a token would make the answer depend on file order.
    const seen = new Map<string, number>();
    file.tenants.forEach((t, i) => {
      const key = `${t.issuer}\u0000${t.when ? `${t.when.claim}=${t.when.equals}` : '*'}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tenants', i],
          message: `tenant ${t.tenantId} matches the same tokens as tenants[${seen.get(key)}]`,
        });
      }
      seen.set(key, i);
      const unconditional = file.tenants.filter((o) => o.issuer === t.issuer && !o.when).length;
      if (t.when && unconditional > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['tenants', i, 'when'],
          message: `issuer ${t.issuer} also has a tenant without "when": every token would match both`,
        });
      }
    });
  });

export type IdentityMapping = z.output<typeof identityMappingSchema>;
type TenantMapping = IdentityMapping['tenants'][number];
type Grant = z.output<typeof grant>;

export type Claims = Record<string, unknown>;

export type MappingOutcome =
  | { ok: true; identity: Identity; tenantId: string; matched: string[] }
  | { ok: false; reason: 'no_tenant' | 'no_role'; detail: string; tenantId?: string };

/** A claim by dot path (`realm_access.roles`), or undefined. */
export function claimAt(claims: Claims, path: string): unknown {
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function stringsAt(claims: Claims, path: string): string[] {
  const value = claimAt(claims, path);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const clientIdOf = (claims: Claims) =>
  [claims.client_id, claims.azp].find((c): c is string => typeof c === 'string');

/**
 * A person's tenant: the issuer's, told apart by `when` where one provider serves several. A
 * machine client carries no such claim; its client id (unique at its provider) names the tenant.
 */
function tenantFor(
  mapping: IdentityMapping,
  claims: Claims,
  kind: 'user' | 'client',
): TenantMapping | undefined {
  const ofIssuer = mapping.tenants.filter((t) => t.issuer === claims.iss);
  if (kind === 'client') {
    const clientId = clientIdOf(claims);
    return (
      ofIssuer.find((t) => t.clients.some((c) => c.clientId === clientId)) ?? ofIssuer.find((t) => !t.when)
    );
  }
  return ofIssuer.find((t) => !t.when || claimAt(claims, t.when.claim) === t.when.equals);
}

function unionScope(scopes: ReadonlyArray<Grant['centreIds']>): string[] | '*' {
  if (scopes.includes('*')) return '*';
  return [...new Set(scopes.flatMap((s) => (s === '*' ? [] : s)))];
}

/**
 * The identity `claims` (already verified: an ID token or access token of a trusted issuer) get.
 * `client` means a machine client's token (client credentials): matched by `client_id`/`azp`
 * against the tenant's clients, never by groups.
 */
export function mapClaims(mapping: IdentityMapping, claims: Claims, kind: 'user' | 'client'): MappingOutcome {
  const tenant = tenantFor(mapping, claims, kind);
  if (!tenant) {
    return {
      ok: false,
      reason: 'no_tenant',
      detail:
        kind === 'client'
          ? 'this client belongs to no dealer group configured here'
          : 'the token belongs to no dealer group configured here',
    };
  }
  let grants: Array<Grant & { label: string }>;
  let userId: string;
  let name: string | undefined;
  if (kind === 'client') {
    const clientId = clientIdOf(claims);
    grants = tenant.clients
      .filter((c) => c.clientId === clientId)
      .map((c) => ({ ...c, label: `client:${c.clientId}` }));
    userId = `client:${clientId ?? String(claims.sub)}`;
    name = clientId;
  } else {
    const groups = new Set(stringsAt(claims, tenant.groupsClaim));
    grants = tenant.groups.filter((g) => groups.has(g.group)).map((g) => ({ ...g, label: g.group }));
    userId = String(claims.sub);
    const named = [claimAt(claims, tenant.nameClaim), claims.preferred_username].find(
      (n): n is string => typeof n === 'string' && n.length > 0,
    );
    name = named;
  }
  if (grants.length === 0) {
    return {
      ok: false,
      reason: 'no_role',
      tenantId: tenant.tenantId,
      detail:
        kind === 'client'
          ? 'this client is not granted any role at Aftersales'
          : 'none of your groups grants a role at Aftersales',
    };
  }
  const identity: Identity = {
    userId,
    tenantId: tenant.tenantId,
    roles: [...new Set(grants.flatMap((g) => g.roles))] as Role[],
    centreIds: unionScope(grants.map((g) => g.centreIds)),
    dealerIds: unionScope(grants.map((g) => g.dealerIds)),
  };
  if (name !== undefined) identity.name = name;
  return { ok: true, identity, tenantId: tenant.tenantId, matched: grants.map((g) => g.label) };
}
