// Who may read which scope (analytics' own rules on top of service-kit's identity).
// Centre scope: anyone whose identity covers the centre (others get the same 404 as an unknown
// centre). Region and tenant scopes compare centres, so they need tenant-wide visibility
// (centres '*'), as analysts and admins have; so do the quality analyses without a centre.
import { canAccessCentre, NotAllowed, NotFound, type Identity, type Role } from '@aftersales/service-kit';
import { scopeExists, type Scope } from '../application/kpi-query';
import { type PrismaClient } from '../db/client';

export const CENTRE_NOT_FOUND = 'Service centre not found.';

/** Who reads the quality analyses (training effectiveness and statistics, appraisals). */
export const QUALITY_ROLES = ['analyst', 'quality-manager'] as const satisfies readonly Role[];

export async function assertScopeAccess(
  prisma: PrismaClient,
  identity: Identity,
  scope: Scope,
  id: string | undefined,
): Promise<void> {
  const ref = { tenantId: identity.tenantId, scope, id };
  if (scope === 'centre') {
    if (!id || !canAccessCentre(identity, id) || !(await scopeExists(prisma, ref)))
      throw new NotFound(CENTRE_NOT_FOUND);
    return;
  }
  if (identity.centreIds !== '*')
    throw new NotAllowed(`The ${scope} scope needs access to every centre of the tenant.`);
  if (scope === 'region' && !(await scopeExists(prisma, ref))) throw new NotFound('Region not found.');
}

/**
 * A centre the caller may see (else the same 404 as an unknown centre); without a centre the
 * analysis spans the tenant, which needs access to every centre (as the KPIs' tenant scope).
 */
export function assertCentreScope(identity: Identity, centreId: string | undefined): void {
  if (centreId) {
    if (!canAccessCentre(identity, centreId)) throw new NotFound(CENTRE_NOT_FOUND);
    return;
  }
  if (identity.centreIds !== '*')
    throw new NotAllowed(
      'Without centreId the analysis spans the tenant, which needs access to every centre.',
    );
}
