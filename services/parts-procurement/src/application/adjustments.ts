// Manual stock changes: an opening or unplanned receipt (with lot) and signed adjustments
// (damage, loss, found stock). Write-downs consume lots FIFO; an adjustment can never take
// stock that is reserved for a repair order (available stays >= 0).
import { rule } from '../domain/errors';
import { assertQuantity } from '../domain/quantity';
import { stockQuantityUnit } from '../domain/units';
import { type Ctx } from './context';
import { checkReorderPoint } from './demand';
import { fulfilBackorders } from './purchasing/backorders';
import { loadParts } from './reservations';
import { addLot, lockBalance, recordMovement, takeFromLots } from './stock';
import { unitsOf } from './units';

export interface ManualMovement {
  kind: 'receipt' | 'adjustment';
  partId: string;
  locationId: string;
  /** Positive for receipts; signed for adjustments. */
  quantity: number;
  lotNumber: string | null;
  unitCostMinor: number | null;
  reason: string;
}

export async function recordManualMovement(ctx: Ctx, m: ManualMovement) {
  const part = (await loadParts(ctx, [m.partId])).get(m.partId)!;
  const uom = stockQuantityUnit(unitsOf(part)); // the part's precision in its stock unit
  if (m.kind === 'receipt') assertQuantity(m.quantity, uom);
  else {
    if (m.quantity === 0) throw rule('invalid-quantity', 'An adjustment must change the quantity.');
    assertQuantity(Math.abs(m.quantity), uom);
  }
  const balance = await lockBalance(ctx, m.partId, m.locationId);
  const before = { onHand: balance.onHand, reserved: balance.reserved };
  if (m.quantity > 0) {
    const unitCostMinor = m.unitCostMinor ?? part.standardCostMinor;
    const lotId = await addLot(ctx, {
      partId: m.partId,
      locationId: m.locationId,
      lotNumber: m.lotNumber,
      quantity: m.quantity,
      unitCostMinor,
    });
    await recordMovement(ctx, balance, {
      kind: m.kind === 'receipt' ? 'RECEIPT' : 'ADJUSTMENT',
      quantity: m.quantity,
      lotId,
      lotNumber: m.lotNumber,
      unitCostMinor,
      reason: m.reason,
    });
    await fulfilBackorders(ctx, balance);
  } else {
    if (balance.onHand - balance.reserved < -m.quantity) {
      throw rule(
        'negative-available',
        'The adjustment would take stock that is reserved for repair orders.',
        { available: balance.onHand - balance.reserved },
      );
    }
    for (const take of await takeFromLots(ctx, m.partId, m.locationId, -m.quantity)) {
      await recordMovement(ctx, balance, {
        kind: 'ADJUSTMENT',
        quantity: -take.quantity,
        lotId: take.lotId,
        lotNumber: take.lotNumber,
        unitCostMinor: take.unitCostMinor,
        reason: m.reason,
      });
    }
    await checkReorderPoint(ctx, part, balance, before);
  }
  return {
    partId: m.partId,
    locationId: m.locationId,
    onHand: balance.onHand,
    reserved: balance.reserved,
    available: balance.onHand - balance.reserved,
  };
}
