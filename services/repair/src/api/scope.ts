// Query helpers shared by the routers: the centres an identity may see, a page of views, and the
// newest-first order of self-service lists.
import { z } from 'zod';
import { byCreation, decodeCursor, page, type Identity, type Page } from '@aftersales/service-kit';
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

const creationPosition = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

/** As service-kit's byCreation, newest first: `(createdAt, id)` descending (cursors alike). */
export const newestFirst = {
  orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
  where(cursor: string | undefined): object {
    if (!cursor) return {};
    const pos = decodeCursor(cursor, creationPosition);
    const createdAt = new Date(pos.createdAt);
    return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: pos.id } }] };
  },
};
