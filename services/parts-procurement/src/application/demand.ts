// Raising demand: a requisition for purchasing plus a parts.demand event for procurement systems
// outside the platform (the public stream). Backorders raise it per shortfall; a reorder-point
// crossing raises it once (while a reorder requisition is open, no second one).
import { randomUUID } from 'node:crypto';
import { type AbcClassName, crossedReorderPoint, suggestedQuantity } from '../domain/reorder';
import { isWholeUnit, type UnitOfMeasure } from '../domain/quantity';
import { emitEvent, type Ctx } from './context';
import { availableOf, type LockedBalance } from './stock';
import { type Balance } from '../domain/ledger';

export interface PartInfo {
  id: string;
  partNumber: string;
  unitOfMeasure: string;
  abcClass: string;
  standardCostMinor: number;
  currency: string;
  seasonality?: unknown;
}

const DAY = 86_400_000;

export async function leadTimeDaysOf(ctx: Ctx, partId: string): Promise<number | null> {
  const offers = await ctx.tx.supplierPart.findMany({
    where: { tenantId: ctx.tenantId, partId },
    select: { leadTimeDays: true },
  });
  return offers.length ? Math.min(...offers.map((o) => o.leadTimeDays)) : null;
}

export async function raiseDemand(
  ctx: Ctx,
  d: {
    part: PartInfo;
    locationId: string;
    quantity: number;
    reason: 'backorder' | 'reorder';
    neededBy: Date;
    backorderId?: string | null;
    repairOrderId?: string | null;
    demandId?: string;
  },
): Promise<{ requisitionId: string; demandId: string }> {
  const requisitionId = randomUUID();
  const demandId = d.demandId ?? randomUUID();
  await ctx.tx.requisition.create({
    data: {
      id: requisitionId,
      tenantId: ctx.tenantId,
      partId: d.part.id,
      locationId: d.locationId,
      quantity: d.quantity,
      neededBy: d.neededBy,
      reason: d.reason,
      status: 'open',
      backorderId: d.backorderId ?? null,
      repairOrderId: d.repairOrderId ?? null,
      demandId,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    },
  });
  emitEvent(ctx, 'parts.demand', d.part.id, {
    demandId,
    partId: d.part.id,
    partNumber: d.part.partNumber,
    locationId: d.locationId,
    quantity: d.quantity,
    unitOfMeasure: d.part.unitOfMeasure as UnitOfMeasure,
    neededBy: d.neededBy.toISOString(),
    reason: d.reason,
    repairOrderId: d.repairOrderId ?? null,
    forecast: null,
  });
  return { requisitionId, demandId };
}

/**
 * After a movement that lowered availability: if it crossed the reorder point, emit
 * parts.stock-low and requisition up to the order-up-to level (unless a reorder is already open).
 */
export async function checkReorderPoint(
  ctx: Ctx,
  part: PartInfo,
  balance: LockedBalance,
  before: Balance,
): Promise<void> {
  const availableBefore = availableOf(before);
  const availableAfter = availableOf(balance);
  if (!crossedReorderPoint(availableBefore, availableAfter, balance.reorderPoint)) return;
  const open = await ctx.tx.requisition.findFirst({
    where: {
      tenantId: ctx.tenantId,
      partId: part.id,
      locationId: balance.locationId,
      reason: 'reorder',
      status: { in: ['open', 'ordered'] },
    },
    select: { id: true },
  });
  const wholeUnits = isWholeUnit(part.unitOfMeasure as UnitOfMeasure);
  const quantity = suggestedQuantity(
    { orderUpTo: Math.max(balance.orderUpTo, balance.reorderPoint) },
    availableAfter,
    wholeUnits,
  );
  let requisitionId: string | null = null;
  if (!open) {
    const lead = (await leadTimeDaysOf(ctx, part.id)) ?? 7;
    requisitionId = (
      await raiseDemand(ctx, {
        part,
        locationId: balance.locationId,
        quantity,
        reason: 'reorder',
        neededBy: new Date(ctx.now.getTime() + lead * DAY),
      })
    ).requisitionId;
  }
  emitEvent(ctx, 'parts.stock-low', part.id, {
    partId: part.id,
    locationId: balance.locationId,
    abcClass: part.abcClass as AbcClassName,
    onHand: balance.onHand,
    reserved: balance.reserved,
    available: Math.max(0, availableAfter),
    reorderPoint: balance.reorderPoint,
    safetyStock: balance.safetyStock,
    suggestedQuantity: quantity,
    requisitionId,
  });
}
