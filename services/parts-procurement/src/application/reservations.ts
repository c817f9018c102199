// Reservations for repair orders: reserve what is available, backorder the rest (raising demand),
// issue reserved parts on the workshop's request (recording lots), release on cancellation.
// A request is identified by its requestId: a second delivery of the same request finds the
// reservation and changes nothing (on top of the consumer's inbox).
import { randomUUID } from 'node:crypto';
import { type EventData } from '@aftersales/contracts';
import { conflictWith, rule } from '../domain/errors';
import { assertQuantity, q, type UnitOfMeasure } from '../domain/quantity';
import { splitReservation } from '../domain/reservation';
import { emitEvent, num, type Ctx } from './context';
import { checkReorderPoint, leadTimeDaysOf, raiseDemand, type PartInfo } from './demand';
import { availableOf, lockBalance, lockBalances, recordMovement, takeFromLots } from './stock';

const DAY = 86_400_000;

export type PartsRequest = EventData<'repair.parts.requested'>;

export async function loadParts(ctx: Ctx, partIds: Iterable<string>): Promise<Map<string, PartInfo>> {
  const ids = [...new Set(partIds)];
  const parts = await ctx.tx.part.findMany({
    where: { tenantId: ctx.tenantId, id: { in: ids.filter(isUuid) } },
  });
  const byId = new Map(parts.map((p) => [p.id, p]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length)
    throw rule('unknown-part', `Unknown part(s): ${missing.join(', ')}.`, { partIds: missing });
  return byId;
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export async function reserveForRequest(
  ctx: Ctx,
  req: PartsRequest,
): Promise<{ reservationId: string; duplicate: boolean }> {
  const existing = await ctx.tx.reservation.findUnique({
    where: { tenantId_requestId: { tenantId: ctx.tenantId, requestId: req.requestId } },
  });
  if (existing) return { reservationId: existing.id, duplicate: true };

  const parts = await loadParts(
    ctx,
    req.lines.map((l) => l.partId),
  );
  for (const line of req.lines)
    assertQuantity(
      line.quantity,
      parts.get(line.partId)!.unitOfMeasure as UnitOfMeasure,
      `quantity of line ${line.lineId}`,
    );

  // A re-quote sends a new request for the whole order: it supersedes the order's earlier active
  // reservations (released as not-needed, their open backorders cancelled) in this transaction,
  // so the order never holds stock twice. Lock every balance involved up front, in one order.
  const previous = await ctx.tx.reservation.findMany({
    where: { tenantId: ctx.tenantId, repairOrderId: req.repairOrderId, status: 'active' },
    include: { lines: true },
  });
  if (previous.length) {
    const sameLocation = previous
      .filter((r) => r.locationId === req.locationId)
      .flatMap((r) => r.lines.map((l) => l.partId));
    await lockBalances(ctx, [...parts.keys(), ...sameLocation], req.locationId);
    await releaseForOrder(ctx, req.repairOrderId, 'not-needed');
  }

  const balances = await lockBalances(ctx, parts.keys(), req.locationId);
  const before = new Map([...balances].map(([id, b]) => [id, { onHand: b.onHand, reserved: b.reserved }]));
  const split = splitReservation(req.lines, new Map([...balances].map(([id, b]) => [id, availableOf(b)])));

  const reservationId = randomUUID();
  await ctx.tx.reservation.create({
    data: {
      id: reservationId,
      tenantId: ctx.tenantId,
      repairOrderId: req.repairOrderId,
      requestId: req.requestId,
      locationId: req.locationId,
      status: 'active',
      neededBy: req.neededBy ? new Date(req.neededBy) : null,
      createdAt: ctx.now,
    },
  });

  const reservedLines: { lineId: string; partId: string; quantity: number }[] = [];
  const backorderedLines: { lineId: string; partId: string; quantity: number; backorderId: string }[] = [];
  let expectedAt: number | null = null;
  for (const line of split) {
    const lineRowId = randomUUID();
    await ctx.tx.reservationLine.create({
      data: {
        id: lineRowId,
        reservationId,
        lineId: line.lineId,
        partId: line.partId,
        requested: line.quantity,
        reserved: line.reserve,
      },
    });
    if (line.reserve > 0) {
      await recordMovement(ctx, balances.get(line.partId)!, {
        kind: 'RESERVATION',
        quantity: line.reserve,
        repairOrderId: req.repairOrderId,
        reservationId,
      });
      reservedLines.push({ lineId: line.lineId, partId: line.partId, quantity: line.reserve });
    }
    if (line.backorder > 0) {
      const backorderId = randomUUID();
      const demandId = randomUUID();
      const lead = (await leadTimeDaysOf(ctx, line.partId)) ?? 7;
      const neededBy = req.neededBy ? new Date(req.neededBy) : new Date(ctx.now.getTime() + lead * DAY);
      await ctx.tx.backorder.create({
        data: {
          id: backorderId,
          tenantId: ctx.tenantId,
          reservationId,
          reservationLineId: lineRowId,
          repairOrderId: req.repairOrderId,
          requestId: req.requestId,
          lineId: line.lineId,
          partId: line.partId,
          locationId: req.locationId,
          quantity: line.backorder,
          status: 'open',
          demandId,
          createdAt: ctx.now,
        },
      });
      await raiseDemand(ctx, {
        part: parts.get(line.partId)!,
        locationId: req.locationId,
        quantity: line.backorder,
        reason: 'backorder',
        neededBy,
        backorderId,
        repairOrderId: req.repairOrderId,
        demandId,
      });
      backorderedLines.push({
        lineId: line.lineId,
        partId: line.partId,
        quantity: line.backorder,
        backorderId,
      });
      const eta = ctx.now.getTime() + lead * DAY;
      expectedAt = expectedAt === null ? eta : Math.max(expectedAt, eta);
    }
  }

  if (reservedLines.length) {
    emitEvent(ctx, 'parts.reserved', req.repairOrderId, {
      repairOrderId: req.repairOrderId,
      requestId: req.requestId,
      reservationId,
      locationId: req.locationId,
      source: 'stock',
      lines: reservedLines,
      openBackorderLines: backorderedLines.length,
    });
  }
  if (backorderedLines.length) {
    emitEvent(ctx, 'parts.backordered', req.repairOrderId, {
      repairOrderId: req.repairOrderId,
      requestId: req.requestId,
      locationId: req.locationId,
      lines: backorderedLines,
      expectedAt: expectedAt === null ? null : new Date(expectedAt).toISOString(),
    });
  }
  for (const [partId, balance] of balances)
    await checkReorderPoint(ctx, parts.get(partId)!, balance, before.get(partId)!);
  return { reservationId, duplicate: false };
}

const openQuantity = (l: { reserved: unknown; issued: unknown; released: unknown }) =>
  q(num(l.reserved as number) - num(l.issued as number) - num(l.released as number));

/** Releases every active reservation of a repair order and cancels its open backorders. */
export async function releaseForOrder(
  ctx: Ctx,
  repairOrderId: string,
  reason: EventData<'parts.released'>['reason'],
): Promise<number> {
  const reservations = await ctx.tx.reservation.findMany({
    where: { tenantId: ctx.tenantId, repairOrderId, status: 'active' },
    include: { lines: true },
    orderBy: { createdAt: 'asc' },
  });
  let released = 0;
  for (const r of reservations) {
    // Balances first, then the reservation row: the same lock order as a receipt fulfilling backorders.
    const balances = await lockBalances(
      ctx,
      r.lines.map((l) => l.partId),
      r.locationId,
    );
    const locked = await ctx.tx.$queryRawUnsafe<{ status: string }[]>(
      `SELECT status FROM reservation WHERE id = $1::uuid FOR UPDATE`,
      r.id,
    );
    if (locked[0]?.status !== 'active') continue;
    const lines = await ctx.tx.reservationLine.findMany({ where: { reservationId: r.id } });
    const out: { partId: string; quantity: number }[] = [];
    for (const line of lines) {
      const open = openQuantity(line);
      if (open <= 0) continue;
      await recordMovement(ctx, balances.get(line.partId)!, {
        kind: 'RELEASE',
        quantity: open,
        repairOrderId,
        reservationId: r.id,
        reason,
      });
      await ctx.tx.reservationLine.update({
        where: { id: line.id },
        data: { released: { increment: open } },
      });
      out.push({ partId: line.partId, quantity: open });
    }
    const cancelled = await ctx.tx.backorder.findMany({
      where: { reservationId: r.id, status: 'open' },
      select: { id: true },
    });
    await ctx.tx.backorder.updateMany({
      where: { reservationId: r.id, status: 'open' },
      data: { status: 'cancelled', closedAt: ctx.now },
    });
    await ctx.tx.requisition.updateMany({
      where: { tenantId: ctx.tenantId, backorderId: { in: cancelled.map((b) => b.id) }, status: 'open' },
      data: { status: 'cancelled' },
    });
    await ctx.tx.reservation.update({
      where: { id: r.id },
      data: { status: 'released', version: { increment: 1 } },
    });
    if (out.length) {
      emitEvent(ctx, 'parts.released', repairOrderId, {
        repairOrderId,
        reservationId: r.id,
        locationId: r.locationId,
        reason,
        lines: out,
      });
      released++;
    }
  }
  return released;
}

/** Issues every reserved, not yet issued quantity of a reservation to the workshop, lots FIFO. */
export async function issueReservation(ctx: Ctx, reservationId: string, issuedTo: string | null) {
  const r = await ctx.tx.reservation.findFirst({
    where: { id: reservationId, tenantId: ctx.tenantId },
    include: { lines: true },
  });
  if (!r) return null;
  const balances = await lockBalances(
    ctx,
    r.lines.map((l) => l.partId),
    r.locationId,
  );
  const locked = await ctx.tx.$queryRawUnsafe<{ status: string }[]>(
    `SELECT status FROM reservation WHERE id = $1::uuid FOR UPDATE`,
    r.id,
  );
  if (locked[0]?.status !== 'active')
    throw conflictWith(
      'reservation-not-active',
      `The reservation is ${locked[0]?.status}; nothing can be issued.`,
    );
  const lines = await ctx.tx.reservationLine.findMany({
    where: { reservationId: r.id },
    orderBy: { lineId: 'asc' },
  });
  const parts = await loadParts(
    ctx,
    lines.map((l) => l.partId),
  );
  const issued: {
    partId: string;
    quantity: number;
    lotNumber: string | null;
    unitCost: { amountMinor: number; currency: string };
  }[] = [];
  let total = 0;
  let currency = 'EUR';
  for (const line of lines) {
    const open = openQuantity(line);
    if (open <= 0) continue;
    const part = parts.get(line.partId)!;
    currency = part.currency;
    for (const take of await takeFromLots(ctx, line.partId, r.locationId, open)) {
      await recordMovement(ctx, balances.get(line.partId)!, {
        kind: 'ISSUE',
        quantity: take.quantity,
        lotId: take.lotId,
        lotNumber: take.lotNumber,
        unitCostMinor: take.unitCostMinor,
        repairOrderId: r.repairOrderId,
        reservationId: r.id,
      });
      issued.push({
        partId: line.partId,
        quantity: take.quantity,
        lotNumber: take.lotNumber,
        unitCost: { amountMinor: take.unitCostMinor, currency: part.currency },
      });
      total += Math.round(take.quantity * take.unitCostMinor);
    }
    await ctx.tx.reservationLine.update({ where: { id: line.id }, data: { issued: { increment: open } } });
  }
  if (!issued.length)
    throw conflictWith(
      'nothing-to-issue',
      'Nothing is reserved and not yet issued on this reservation (backordered parts are issued once received).',
    );
  const openBackorders = await ctx.tx.backorder.count({ where: { reservationId: r.id, status: 'open' } });
  await ctx.tx.reservation.update({
    where: { id: r.id },
    data: { status: openBackorders ? 'active' : 'issued', version: { increment: 1 } },
  });
  emitEvent(ctx, 'parts.issued', r.repairOrderId, {
    repairOrderId: r.repairOrderId,
    locationId: r.locationId,
    issuedTo,
    lines: issued,
    totalCost: { amountMinor: total, currency },
  });
  return {
    reservationId: r.id,
    repairOrderId: r.repairOrderId,
    lines: issued,
    totalCost: { amountMinor: total, currency },
  };
}

export { lockBalance };
