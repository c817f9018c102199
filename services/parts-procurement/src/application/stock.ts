// Stock ledger writes. Every change locks the part+location balance row (SELECT ... FOR UPDATE),
// checks the change against the domain rules (never negative on-hand, reserved or available),
// appends the movement and updates the balance, all in the caller's transaction. Callers that
// touch several parts lock them in part-id order, so two transactions never wait on each other
// in a cycle.
import { randomUUID } from 'node:crypto';
import { applyMovement, availableOf, deltaOf, type Balance, type MovementKind } from '../domain/ledger';
import { rule } from '../domain/errors';
import { q } from '../domain/quantity';
import { num, type Ctx } from './context';

export interface LockedBalance extends Balance {
  partId: string;
  locationId: string;
  reorderPoint: number;
  safetyStock: number;
  orderUpTo: number;
}

interface BalanceRow {
  on_hand: string;
  reserved: string;
  reorder_point: string;
  safety_stock: string;
  order_up_to: string;
}

/** Creates the balance row if needed and locks it until the transaction ends. */
export async function lockBalance(ctx: Ctx, partId: string, locationId: string): Promise<LockedBalance> {
  await ctx.tx.$executeRawUnsafe(
    `INSERT INTO stock_balance (tenant_id, part_id, location_id) VALUES ($1, $2::uuid, $3) ON CONFLICT DO NOTHING`,
    ctx.tenantId,
    partId,
    locationId,
  );
  const rows = await ctx.tx.$queryRawUnsafe<BalanceRow[]>(
    `SELECT on_hand::text, reserved::text, reorder_point::text, safety_stock::text, order_up_to::text
       FROM stock_balance WHERE tenant_id = $1 AND part_id = $2::uuid AND location_id = $3 FOR UPDATE`,
    ctx.tenantId,
    partId,
    locationId,
  );
  const r = rows[0]!;
  return {
    partId,
    locationId,
    onHand: num(r.on_hand),
    reserved: num(r.reserved),
    reorderPoint: num(r.reorder_point),
    safetyStock: num(r.safety_stock),
    orderUpTo: num(r.order_up_to),
  };
}

/** Locks several parts' balances at one location in a fixed order (deadlock-free). */
export async function lockBalances(
  ctx: Ctx,
  partIds: Iterable<string>,
  locationId: string,
): Promise<Map<string, LockedBalance>> {
  const out = new Map<string, LockedBalance>();
  for (const partId of [...new Set(partIds)].sort())
    out.set(partId, await lockBalance(ctx, partId, locationId));
  return out;
}

export interface MovementInput {
  kind: MovementKind;
  /** Positive, except ADJUSTMENT and STOCKTAKE, which carry the signed on-hand change. */
  quantity: number;
  lotId?: string | null;
  lotNumber?: string | null;
  unitCostMinor?: number | null;
  repairOrderId?: string | null;
  reservationId?: string | null;
  receiptId?: string | null;
  stocktakeId?: string | null;
  transferId?: string | null;
  reason?: string | null;
}

/** Appends a movement to the ledger and applies it to the (locked) balance, which it updates in place. */
export async function recordMovement(
  ctx: Ctx,
  balance: LockedBalance,
  m: MovementInput,
): Promise<{ before: Balance; after: Balance }> {
  const before = { onHand: balance.onHand, reserved: balance.reserved };
  const delta = deltaOf(m.kind, m.quantity);
  const after = applyMovement(before, delta);
  await ctx.tx.stockMovement.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      partId: balance.partId,
      locationId: balance.locationId,
      kind: m.kind,
      quantity: m.quantity,
      onHandDelta: delta.onHandDelta,
      reservedDelta: delta.reservedDelta,
      lotId: m.lotId ?? null,
      lotNumber: m.lotNumber ?? null,
      unitCostMinor: m.unitCostMinor ?? null,
      repairOrderId: m.repairOrderId ?? null,
      reservationId: m.reservationId ?? null,
      receiptId: m.receiptId ?? null,
      stocktakeId: m.stocktakeId ?? null,
      transferId: m.transferId ?? null,
      reason: m.reason ?? null,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    },
  });
  await ctx.tx.$executeRawUnsafe(
    `UPDATE stock_balance SET on_hand = $4::numeric, reserved = $5::numeric, updated_at = $6
      WHERE tenant_id = $1 AND part_id = $2::uuid AND location_id = $3`,
    ctx.tenantId,
    balance.partId,
    balance.locationId,
    after.onHand,
    after.reserved,
    ctx.now,
  );
  balance.onHand = after.onHand;
  balance.reserved = after.reserved;
  return { before, after };
}

export { availableOf };

/** A new lot at a location (receipt, or an unexplained surplus found by a stocktake or adjustment). */
export async function addLot(
  ctx: Ctx,
  lot: {
    partId: string;
    locationId: string;
    lotNumber: string | null;
    quantity: number;
    unitCostMinor: number;
    receiptId?: string | null;
    supplierId?: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  await ctx.tx.stockLot.create({
    data: {
      id,
      tenantId: ctx.tenantId,
      partId: lot.partId,
      locationId: lot.locationId,
      lotNumber: lot.lotNumber,
      remaining: lot.quantity,
      unitCostMinor: lot.unitCostMinor,
      receiptId: lot.receiptId ?? null,
      supplierId: lot.supplierId ?? null,
      receivedAt: ctx.now,
    },
  });
  return id;
}

export interface LotTake {
  lotId: string;
  lotNumber: string | null;
  quantity: number;
  unitCostMinor: number;
}

/** Takes `quantity` out of the part's lots at the location, oldest first (FIFO). */
export async function takeFromLots(
  ctx: Ctx,
  partId: string,
  locationId: string,
  quantity: number,
): Promise<LotTake[]> {
  const lots = await ctx.tx.$queryRawUnsafe<
    { id: string; lot_number: string | null; remaining: string; unit_cost_minor: number }[]
  >(
    `SELECT id, lot_number, remaining::text, unit_cost_minor FROM stock_lot
      WHERE tenant_id = $1 AND part_id = $2::uuid AND location_id = $3 AND remaining > 0
      ORDER BY received_at, id FOR UPDATE`,
    ctx.tenantId,
    partId,
    locationId,
  );
  let left = quantity;
  const takes: LotTake[] = [];
  for (const lot of lots) {
    if (left <= 0) break;
    const take = q(Math.min(left, num(lot.remaining)));
    await ctx.tx.$executeRawUnsafe(
      `UPDATE stock_lot SET remaining = remaining - $2::numeric WHERE id = $1::uuid`,
      lot.id,
      take,
    );
    takes.push({
      lotId: lot.id,
      lotNumber: lot.lot_number,
      quantity: take,
      unitCostMinor: lot.unit_cost_minor,
    });
    left = q(left - take);
  }
  if (left > 0)
    throw rule('lots-inconsistent', 'Stock lots do not cover the quantity on hand.', {
      partId,
      locationId,
      missing: left,
    });
  return takes;
}
