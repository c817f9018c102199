// Lot traceability for recalls: where lot X came from, and which repair orders (and vehicles)
// got parts from it, net of anything returned.
import { num } from './context';
import { type Tx } from '../db/client';

/** `locationIds`: the caller's locations (null = all); receipts and issues elsewhere are left out. */
export async function traceLot(
  tx: Tx,
  tenantId: string,
  lotNumber: string,
  locationIds: string[] | null = null,
) {
  const at = locationIds === null ? {} : { locationId: { in: locationIds } };
  const lots = await tx.stockLot.findMany({
    where: { tenantId, lotNumber, ...at },
    orderBy: { receivedAt: 'asc' },
  });
  const issues = await tx.stockMovement.findMany({
    where: { tenantId, lotNumber, kind: 'ISSUE', ...at },
    orderBy: { seq: 'asc' },
  });
  const refs = await tx.repairOrderRef.findMany({
    where: {
      tenantId,
      repairOrderId: { in: [...new Set(issues.map((i) => i.repairOrderId!).filter(Boolean))] },
    },
  });
  const vehicleOf = new Map(refs.map((r) => [r.repairOrderId, r.vehicleId]));
  const perOrder = new Map<
    string,
    {
      repairOrderId: string;
      vehicleId: string | null;
      partId: string;
      locationId: string;
      quantity: number;
      issuedAt: string;
    }
  >();
  for (const i of issues) {
    const key = `${i.repairOrderId}|${i.partId}`;
    const prev = perOrder.get(key);
    perOrder.set(key, {
      repairOrderId: i.repairOrderId!,
      vehicleId: vehicleOf.get(i.repairOrderId!) ?? null,
      partId: i.partId,
      locationId: i.locationId,
      quantity: (prev?.quantity ?? 0) + num(i.quantity),
      issuedAt: prev?.issuedAt ?? i.createdAt.toISOString(),
    });
  }
  const issued = [...perOrder.values()];
  return {
    lotNumber,
    receipts: lots.map((l) => ({
      lotId: l.id,
      partId: l.partId,
      locationId: l.locationId,
      receiptId: l.receiptId,
      supplierId: l.supplierId,
      receivedAt: l.receivedAt.toISOString(),
      remaining: num(l.remaining),
    })),
    issued,
    repairOrderIds: [...new Set(issued.map((i) => i.repairOrderId))],
    vehicleIds: [...new Set(issued.map((i) => i.vehicleId).filter((v): v is string => v !== null))],
  };
}
