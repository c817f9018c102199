// Raising demand: a requisition for purchasing plus a parts.demand event for procurement systems
// outside the platform (the public stream). Backorders raise it per shortfall; a reorder-point
// crossing (available falling through it, or a recomputed point rising above available) raises it
// once (while a reorder requisition is open, no second one).
import { randomUUID } from 'node:crypto';
import { type AbcClassName, crossedReorderPoint, suggestedQuantity } from '../domain/reorder';
import { isWholeUnit, type UnitOfMeasure } from '../domain/quantity';
import { selectSupplier } from '../domain/supplier-selection';
import { emitEvent, type Ctx } from './context';
import { settingsOf } from './settings';
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

/** Lead time assumed for a part no eligible supplier offers. */
export const DEFAULT_LEAD_TIME_DAYS = 7;

export interface ChosenSupplier {
  supplierId: string;
  leadTimeDays: number;
  score: number;
}

/**
 * The supplier purchasing would order the part from (domain/supplier-selection.ts over the part's
 * offers with the tenant's weights; blocked suppliers never), or null when no eligible supplier
 * offers it. Its lead time, not the shortest offered one, is the one the part waits.
 */
export async function chosenSupplierOf(ctx: Ctx, partId: string): Promise<ChosenSupplier | null> {
  const offers = await ctx.tx.supplierPart.findMany({
    where: { tenantId: ctx.tenantId, partId },
    include: { supplier: { select: { qualityScore: true, onTimeRate: true, grade: true } } },
  });
  const eligible = offers.filter((o) => o.supplier.grade !== 'blocked');
  if (!eligible.length) return null;
  const chosen = selectSupplier(
    [partId],
    eligible.map((o) => ({
      supplierId: o.supplierId,
      partId: o.partId,
      unitPriceMinor: o.unitPriceMinor,
      currency: o.currency,
      leadTimeDays: o.leadTimeDays,
      qualityScore: o.supplier.qualityScore,
      onTimeRate: o.supplier.onTimeRate,
      blocked: false,
    })),
    (await settingsOf(ctx.tx, ctx.tenantId)).weights,
  );
  return {
    supplierId: chosen.supplierId,
    leadTimeDays: chosen.offers.get(partId)!.leadTimeDays,
    score: chosen.score,
  };
}

/** Lead time of the supplier that would be chosen for the part; null when none is eligible. */
export async function leadTimeDaysOf(ctx: Ctx, partId: string): Promise<number | null> {
  return (await chosenSupplierOf(ctx, partId))?.leadTimeDays ?? null;
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
  await signalReorder(ctx, part, balance);
}

/**
 * Available is below the (locked) balance's reorder point after a crossing: emits parts.stock-low
 * and requisitions up to the order-up-to level, unless a reorder requisition is already open or
 * ordered. Movements (checkReorderPoint) and recomputed reorder points (analysis.ts) both raise it.
 */
export async function signalReorder(ctx: Ctx, part: PartInfo, balance: LockedBalance): Promise<void> {
  const availableAfter = availableOf(balance);
  const open = await ctx.tx.requisition.findFirst({
    where: {
      tenantId: ctx.tenantId,
      partId: part.id,
      locationId: balance.locationId,
      reason: 'reorder',
      status: { in: ['open', 'ordered', 'transferring'] },
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
    const lead = (await leadTimeDaysOf(ctx, part.id)) ?? DEFAULT_LEAD_TIME_DAYS;
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
