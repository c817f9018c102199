// Free stock goes to open backorders first, oldest first: each allocation reserves the parts for
// the waiting repair order and parts.reserved tells repair (which resumes the order once its
// openBackorderLines, counted over every request of the order, is 0).
import { allocateToBackorders } from '../../domain/reservation';
import { q } from '../../domain/quantity';
import { emitEvent, num, type Ctx } from '../context';
import { openBackorderLinesOf } from '../reservations';
import { availableOf, recordMovement, type LockedBalance } from '../stock';

/** Free stock of a (locked) part+location goes to its open backorders, oldest first. */
export async function fulfilBackorders(ctx: Ctx, balance: LockedBalance): Promise<void> {
  const open = await ctx.tx.$queryRawUnsafe<
    { id: string; created_at: Date; quantity: string; fulfilled: string }[]
  >(
    `SELECT id, created_at, quantity::text, fulfilled::text FROM backorder
      WHERE tenant_id = $1 AND part_id = $2::uuid AND location_id = $3 AND status = 'open'
      ORDER BY created_at, id FOR UPDATE`,
    ctx.tenantId,
    balance.partId,
    balance.locationId,
  );
  if (!open.length) return;
  const { allocations } = allocateToBackorders(
    Math.max(0, availableOf(balance)),
    open.map((b) => ({
      id: b.id,
      createdAt: b.created_at,
      openQuantity: q(num(b.quantity) - num(b.fulfilled)),
    })),
  );
  const perReservation = new Map<string, { lineId: string; partId: string; quantity: number }[]>();
  for (const a of allocations) {
    const b = await ctx.tx.backorder.findUniqueOrThrow({ where: { id: a.backorderId } });
    await recordMovement(ctx, balance, {
      kind: 'RESERVATION',
      quantity: a.quantity,
      repairOrderId: b.repairOrderId,
      reservationId: b.reservationId,
      reason: 'backorder-fulfilment',
    });
    const done = q(num(b.fulfilled) + a.quantity) >= num(b.quantity);
    await ctx.tx.backorder.update({
      where: { id: b.id },
      data: {
        fulfilled: { increment: a.quantity },
        ...(done ? { status: 'fulfilled', closedAt: ctx.now } : {}),
      },
    });
    await ctx.tx.reservationLine.update({
      where: { id: b.reservationLineId },
      data: { reserved: { increment: a.quantity } },
    });
    perReservation.set(b.reservationId, [
      ...(perReservation.get(b.reservationId) ?? []),
      { lineId: b.lineId, partId: b.partId, quantity: a.quantity },
    ]);
  }
  for (const [reservationId, lines] of perReservation) {
    const r = await ctx.tx.reservation.update({
      where: { id: reservationId },
      data: { version: { increment: 1 } },
    });
    const openBackorderLines = await openBackorderLinesOf(ctx, r.repairOrderId);
    emitEvent(ctx, 'parts.reserved', r.repairOrderId, {
      repairOrderId: r.repairOrderId,
      requestId: r.requestId,
      reservationId,
      locationId: r.locationId,
      source: 'backorder-fulfilment',
      lines,
      openBackorderLines,
    });
  }
}
