// Requisitions: a need for a part at a location (manual here; backorders and reorder points raise
// them in reservations.ts and stock.ts), ordered later on a purchase order.
import { randomUUID } from 'node:crypto';
import { assertQuantity } from '../../domain/quantity';
import { stockQuantityUnit } from '../../domain/units';
import { type Ctx } from '../context';
import { loadParts } from '../reservations';
import { unitsOf } from '../units';

export async function createRequisition(
  ctx: Ctx,
  input: { partId: string; locationId: string; quantity: number; neededBy: Date },
) {
  const part = (await loadParts(ctx, [input.partId])).get(input.partId)!;
  // In the stock unit (the part's precision); the purchase order rounds up to whole packs.
  assertQuantity(input.quantity, stockQuantityUnit(unitsOf(part)));
  return ctx.tx.requisition.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      partId: input.partId,
      locationId: input.locationId,
      quantity: input.quantity,
      neededBy: input.neededBy,
      reason: 'manual',
      status: 'open',
      demandId: randomUUID(),
      createdBy: ctx.actor,
      createdAt: ctx.now,
    },
  });
}
