// Who may read which scope. Centre scope: anyone whose identity covers the centre (others get the
// same 404 as an unknown centre). Region and tenant scopes compare centres, so they need
// tenant-wide visibility (centres '*'), as analysts and admins have.
import { forbidden, notFound } from '@aftersales/service-kit';
import { type PrismaClient } from '../db/client';
import { canAccessCentre, type Identity } from './identity';

export async function assertScopeAccess(
  prisma: PrismaClient,
  identity: Identity,
  scope: 'centre' | 'region' | 'tenant',
  id: string | undefined,
): Promise<void> {
  if (scope === 'centre') {
    const known = await prisma.centreDirectory.findUnique({
      where: { tenantId_centreId: { tenantId: identity.tenantId, centreId: id ?? '' } },
    });
    if (!known || !canAccessCentre(identity, known.centreId)) throw notFound('Service centre not found.');
    return;
  }
  if (identity.centreIds !== '*')
    throw forbidden(`The ${scope} scope needs access to every centre of the tenant.`);
  if (scope === 'region') {
    const any = await prisma.centreDirectory.findFirst({
      where: { tenantId: identity.tenantId, regionId: id ?? '' },
    });
    if (!any) throw notFound('Region not found.');
  }
}
