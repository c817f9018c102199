// Query helpers shared by the routers: the centres an identity may see, and a page of views.
import { byCreation, page, type Identity, type Page } from '@aftersales/service-kit';
import { type PrismaClient } from '../db/client';

/** null when the identity sees every centre of its tenant (centres '*'); otherwise the centre ids in scope (same rule as canAccessCentre). */
export async function centresInScope(prisma: PrismaClient, identity: Identity): Promise<string[] | null> {
  if (identity.centreIds === '*') return null;
  const rows = await prisma.serviceCentre.findMany({
    where: {
      tenantId: identity.tenantId,
      OR: [
        { id: { in: identity.centreIds.filter(isUuid) } },
        identity.dealerIds === '*' ? { dealerId: { not: null } } : { dealerId: { in: identity.dealerIds } },
      ],
    },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** A page of rows fetched with `take: limit + 1` in byCreation order, each mapped to its view. */
export function pageOf<R extends { createdAt: Date; id: string }, T>(
  rows: R[],
  limit: number,
  map: (r: R) => T,
): Page<T> {
  const p = page(rows, limit, byCreation.positionOf);
  return { items: p.items.map(map), nextCursor: p.nextCursor };
}
