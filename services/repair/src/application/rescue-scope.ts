// The rescue scope of a caller. A centre-limited caller sees and acts on the rescues dispatched to
// one of its centres and the undispatched ones of the regions its centres belong to; it
// dispatches only to its own centres. Everything else answers 404, as another tenant's would.
import { canAccessCentre, type Identity } from '@aftersales/service-kit';
import { type Db, type Prisma, type Rescue } from '../db/client';

/** The centres (and their regions) of a centre-limited caller; null: the whole tenant. */
export interface RescueScope {
  centreIds: string[];
  regionIds: string[];
}

/** Same rule as canAccessCentre (centre ids, or the centre's dealer). */
export async function rescueScopeOf(db: Db, identity: Identity): Promise<RescueScope | null> {
  if (identity.centreIds === '*') return null;
  const centres = await db.serviceCentre.findMany({
    where: { tenantId: identity.tenantId },
    select: { id: true, dealerId: true, regionId: true },
  });
  const mine = centres.filter((c) => canAccessCentre(identity, c.id, c.dealerId ?? undefined));
  return { centreIds: mine.map((c) => c.id), regionIds: [...new Set(mine.map((c) => c.regionId))] };
}

/** The list filter of a scope: dispatched to one of its centres, or undispatched in one of its regions. */
export function rescueScopeWhere(scope: RescueScope | null): Prisma.RescueWhereInput {
  if (!scope) return {};
  // Under AND, so it composes with the cursor's own OR.
  return {
    AND: [
      {
        OR: [{ centreId: { in: scope.centreIds } }, { centreId: null, regionId: { in: scope.regionIds } }],
      },
    ],
  };
}

export function inScope(r: Pick<Rescue, 'centreId' | 'regionId'>, scope: RescueScope | null): boolean {
  if (!scope) return true;
  return r.centreId ? scope.centreIds.includes(r.centreId) : scope.regionIds.includes(r.regionId);
}
