// "Transfer before purchase": for open requisitions, the other locations of the group that could
// send the part instead of a supplier. A source must be of the same tenant and, where the
// destination's dealer is known, of the same dealer; it offers only its free stock (on hand less
// reserved, less its own reorder point, less what earlier transfer requests already promise), so
// a transfer never strips it below its reorder point. Best source first (domain/transfer.ts).
import { freeToTransfer, rankSources } from '../domain/transfer';
import { stockQuantityUnit } from '../domain/units';
import { num } from './context';
import { unitsOf } from './units';
import { type Tx } from '../db/client';

export interface SuggestionQuery {
  tenantId: string;
  /** Destinations in the caller's scope (null: all). */
  scope: string[] | null;
  locationId?: string;
  partId?: string;
  limit: number;
  afterId?: string;
}

export async function transferSuggestions(tx: Tx, query: SuggestionQuery) {
  const { tenantId } = query;
  const destinations =
    query.scope === null
      ? query.locationId
        ? { locationId: query.locationId }
        : {}
      : {
          locationId: {
            in: query.locationId ? query.scope.filter((l) => l === query.locationId) : query.scope,
          },
        };
  const requisitions = await tx.requisition.findMany({
    where: {
      tenantId,
      status: 'open',
      ...destinations,
      ...(query.partId ? { partId: query.partId } : {}),
      ...(query.afterId ? { id: { gt: query.afterId } } : {}),
    },
    orderBy: { id: 'asc' },
    take: query.limit + 1,
  });
  const partIds = [...new Set(requisitions.map((r) => r.partId))];
  if (!partIds.length) return { requisitions, items: [] };
  const [locations, balances, promised, parts] = await Promise.all([
    tx.stockLocation.findMany({ where: { tenantId } }),
    tx.stockBalance.findMany({ where: { tenantId, partId: { in: partIds } } }),
    tx.stockTransferLine.groupBy({
      by: ['partId', 'transferId'],
      where: { partId: { in: partIds }, transfer: { tenantId, status: 'requested' } },
      _sum: { requested: true },
    }),
    tx.part.findMany({ where: { tenantId, id: { in: partIds } } }),
  ]);
  const transfers = await tx.stockTransfer.findMany({
    where: { id: { in: [...new Set(promised.map((p) => p.transferId))] } },
    select: { id: true, fromLocationId: true },
  });
  const fromOf = new Map(transfers.map((t) => [t.id, t.fromLocationId]));
  const promisedAt = (partId: string, locationId: string) =>
    promised
      .filter((p) => p.partId === partId && fromOf.get(p.transferId) === locationId)
      .reduce((a, p) => a + num(p._sum.requested), 0);
  const locationById = new Map(locations.map((l) => [l.id, l]));
  const decimalsOf = new Map(parts.map((p) => [p.id, stockQuantityUnit(unitsOf(p)).decimals]));

  const items = requisitions.slice(0, query.limit).flatMap((r) => {
    const dealerId = locationById.get(r.locationId)?.dealerId ?? null;
    const candidates = balances
      .filter((b) => b.partId === r.partId && b.locationId !== r.locationId)
      .filter((b) => dealerId === null || locationById.get(b.locationId)?.dealerId === dealerId)
      .map((b) => ({
        locationId: b.locationId,
        centreId: locationById.get(b.locationId)?.centreId ?? null,
        dealerId: locationById.get(b.locationId)?.dealerId ?? null,
        free: freeToTransfer(
          {
            locationId: b.locationId,
            onHand: num(b.onHand),
            reserved: num(b.reserved),
            reorderPoint: num(b.reorderPoint),
            promised: promisedAt(r.partId, b.locationId),
          },
          decimalsOf.get(r.partId) ?? 0,
        ),
      }));
    const sources = rankSources(num(r.quantity), candidates);
    if (!sources.length) return [];
    const best = sources[0]!;
    return [
      {
        requisitionId: r.id,
        partId: r.partId,
        locationId: r.locationId,
        quantity: num(r.quantity),
        reason: r.reason,
        neededBy: r.neededBy.toISOString(),
        backorderId: r.backorderId,
        repairOrderId: r.repairOrderId,
        sources,
        suggestion: { fromLocationId: best.locationId, quantity: Math.min(num(r.quantity), best.free) },
      },
    ];
  });
  return { requisitions, items };
}
