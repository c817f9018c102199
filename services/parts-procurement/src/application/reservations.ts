// Reservations for repair orders: reserve what is available, backorder the rest (raising demand),
// issue reserved parts on the workshop's request (recording lots), free what a re-quote dropped,
// release on cancellation. An order may hold several reservations, one per parts request: the
// repair service sends each approved re-quote's additions as a new request (scope `addition`) and
// what it no longer needs as repair.parts.dropped; a request without a scope (or scope `order`)
// is the whole need and replaces the order's earlier reservations, as it always did.
// A request is identified by its requestId: a second delivery of the same request finds the
// reservation and changes nothing (on top of the consumer's inbox).
import { randomUUID } from 'node:crypto';
import { type EventData } from '@aftersales/contracts';
import { assertSameCurrency } from '../domain/currency';
import { conflictWith, rule } from '../domain/errors';
import { assertQuantity, q, type UnitOfMeasure } from '../domain/quantity';
import { splitReservation } from '../domain/reservation';
import { stockQuantityUnit } from '../domain/units';
import { type Part } from '../db/client';
import { emitEvent, num, type Ctx } from './context';
import { unitsOf } from './units';
import { checkReorderPoint, leadTimeDaysOf, raiseDemand } from './demand';
import {
  availableOf,
  lockBalance,
  lockBalances,
  recordMovement,
  takeFromLots,
  type LockedBalance,
} from './stock';

const DAY = 86_400_000;

export type PartsRequest = EventData<'repair.parts.requested'>;
export type PartsDrop = EventData<'repair.parts.dropped'>;
type ReleaseReason = EventData<'parts.released'>['reason'];

/** Backorder quantity cancelled on one reservation (announced as parts.backorder-cancelled). */
interface CancelledBackorders {
  reservationId: string;
  requestId: string;
  locationId: string;
  lines: { lineId: string; partId: string; quantity: number; backorderId: string }[];
}

/**
 * Open backorders of a repair order over all its active reservations (every request of it): the
 * `openBackorderLines` of parts.reserved, parts.issued and parts.backorder-cancelled, whose 0 tells
 * the repair service that nothing of the order is awaited any more.
 */
export async function openBackorderLinesOf(ctx: Ctx, repairOrderId: string): Promise<number> {
  const active = await ctx.tx.reservation.findMany({
    where: { tenantId: ctx.tenantId, repairOrderId, status: 'active' },
    select: { id: true },
  });
  if (!active.length) return 0;
  return ctx.tx.backorder.count({
    where: { reservationId: { in: active.map((r) => r.id) }, status: 'open' },
  });
}

async function announceCancelledBackorders(
  ctx: Ctx,
  repairOrderId: string,
  reason: ReleaseReason,
  cancelled: readonly CancelledBackorders[],
): Promise<void> {
  if (!cancelled.length) return;
  const openBackorderLines = await openBackorderLinesOf(ctx, repairOrderId);
  for (const c of cancelled)
    emitEvent(ctx, 'parts.backorder-cancelled', repairOrderId, {
      repairOrderId,
      requestId: c.requestId,
      reservationId: c.reservationId,
      locationId: c.locationId,
      reason,
      lines: c.lines,
      openBackorderLines,
    });
}

export async function loadParts(ctx: Ctx, partIds: Iterable<string>): Promise<Map<string, Part>> {
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
  // In the stock unit with the part's precision: 0.001 of a piece or 0.25 l of 1-decimal oil is refused.
  for (const line of req.lines)
    assertQuantity(
      line.quantity,
      stockQuantityUnit(unitsOf(parts.get(line.partId)!)),
      `quantity of line ${line.lineId}`,
    );

  // An addition comes on top of the order's earlier reservations, which stay. An old-style
  // request (no scope, or scope order) is the order's whole need: it supersedes the order's
  // earlier active reservations (released as not-needed, their open backorders cancelled) in this
  // transaction, so the order never holds stock twice. Lock every balance involved up front, in
  // one order.
  let superseded: CancelledBackorders[] = [];
  if (req.scope !== 'addition') {
    const previous = await ctx.tx.reservation.findMany({
      where: { tenantId: ctx.tenantId, repairOrderId: req.repairOrderId, status: 'active' },
      include: { lines: true },
    });
    if (previous.length) {
      const sameLocation = previous
        .filter((r) => r.locationId === req.locationId)
        .flatMap((r) => r.lines.map((l) => l.partId));
      await lockBalances(ctx, [...parts.keys(), ...sameLocation], req.locationId);
      superseded = (await releaseReservations(ctx, req.repairOrderId, 'not-needed')).cancelled;
    }
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

  // Announced now, so its count of open backorders includes this request's.
  await announceCancelledBackorders(ctx, req.repairOrderId, 'not-needed', superseded);
  if (reservedLines.length) {
    emitEvent(ctx, 'parts.reserved', req.repairOrderId, {
      repairOrderId: req.repairOrderId,
      requestId: req.requestId,
      reservationId,
      locationId: req.locationId,
      source: 'stock',
      lines: reservedLines,
      openBackorderLines: await openBackorderLinesOf(ctx, req.repairOrderId),
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

/**
 * Releases every active reservation of a repair order and cancels its open backorders (and their
 * open requisitions); emits parts.released and parts.backorder-cancelled. Returns how many
 * reservations released stock.
 */
export async function releaseForOrder(
  ctx: Ctx,
  repairOrderId: string,
  reason: ReleaseReason,
): Promise<number> {
  const { released, cancelled } = await releaseReservations(ctx, repairOrderId, reason);
  await announceCancelledBackorders(ctx, repairOrderId, reason, cancelled);
  return released;
}

/** releaseForOrder without announcing the cancelled backorders (the caller does, when its count is final). */
async function releaseReservations(
  ctx: Ctx,
  repairOrderId: string,
  reason: ReleaseReason,
): Promise<{ released: number; cancelled: CancelledBackorders[] }> {
  const reservations = await ctx.tx.reservation.findMany({
    where: { tenantId: ctx.tenantId, repairOrderId, status: 'active' },
    include: { lines: true },
    orderBy: { createdAt: 'asc' },
  });
  let released = 0;
  const cancelledBackorders: CancelledBackorders[] = [];
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
      select: { id: true, lineId: true, partId: true, quantity: true, fulfilled: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
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
    const cancelledLines = cancelled
      .map((b) => ({
        lineId: b.lineId,
        partId: b.partId,
        quantity: q(num(b.quantity) - num(b.fulfilled)),
        backorderId: b.id,
      }))
      .filter((l) => l.quantity > 0);
    if (cancelledLines.length)
      cancelledBackorders.push({
        reservationId: r.id,
        requestId: r.requestId,
        locationId: r.locationId,
        lines: cancelledLines,
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
  return { released, cancelled: cancelledBackorders };
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
    // The issue's cost is one sum: parts costed in another currency are refused, never added up.
    if (issued.length)
      assertSameCurrency(
        { what: 'the issue cost so far', currency },
        { what: `part ${part.partNumber}`, currency: part.currency },
      );
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
    openBackorderLines: await openBackorderLinesOf(ctx, r.repairOrderId),
  });
  return {
    reservationId: r.id,
    repairOrderId: r.repairOrderId,
    lines: issued,
    totalCost: { amountMinor: total, currency },
  };
}

interface OpenBackorderRow {
  id: string;
  line_id: string;
  part_id: string;
  quantity: string;
  fulfilled: string;
}

/**
 * Cancels `quantity` of an open backorder: all of its open quantity closes it (status cancelled;
 * what was already received stays reserved), less shrinks it. Its requisition, while still open
 * (not yet on a purchase order), is cancelled or shrunk with it, and a shrunk demand is re-sent
 * under its demand id; a requisition already ordered stays, and its goods go to whoever waits next.
 */
async function cancelBackorderQuantity(ctx: Ctx, b: OpenBackorderRow, quantity: number): Promise<void> {
  const remaining = q(num(b.quantity) - num(b.fulfilled) - quantity);
  const requisition = await ctx.tx.requisition.findFirst({
    where: { tenantId: ctx.tenantId, backorderId: b.id, status: 'open' },
  });
  if (remaining <= 0) {
    await ctx.tx.backorder.update({ where: { id: b.id }, data: { status: 'cancelled', closedAt: ctx.now } });
    if (requisition)
      await ctx.tx.requisition.update({ where: { id: requisition.id }, data: { status: 'cancelled' } });
    return;
  }
  await ctx.tx.backorder.update({ where: { id: b.id }, data: { quantity: { decrement: quantity } } });
  if (!requisition) return;
  await ctx.tx.requisition.update({ where: { id: requisition.id }, data: { quantity: remaining } });
  const part = (await loadParts(ctx, [b.part_id])).get(b.part_id)!;
  emitEvent(ctx, 'parts.demand', part.id, {
    demandId: requisition.demandId,
    partId: part.id,
    partNumber: part.partNumber,
    locationId: requisition.locationId,
    quantity: remaining,
    unitOfMeasure: part.unitOfMeasure as UnitOfMeasure,
    neededBy: requisition.neededBy.toISOString(),
    reason: 'backorder',
    repairOrderId: requisition.repairOrderId,
    forecast: null,
  });
}

/**
 * An approved re-quote no longer needs some parts (repair.parts.dropped): frees what the order's
 * active reservations hold of them, newest request first, over whatever locations they are at.
 * Open backorder quantity goes first (nothing has come yet; its open requisition shrinks or is
 * cancelled), then reserved, not yet issued stock is released back to available. Issued parts stay
 * issued: whatever of the drop is not held any more is left alone (returned as notHeld). The
 * order's other parts, and its other requests, are untouched. Emits parts.backorder-cancelled and
 * parts.released, reason not-needed.
 */
export async function dropParts(
  ctx: Ctx,
  drop: PartsDrop,
): Promise<{ cancelled: number; released: number; notHeld: { partId: string; quantity: number }[] }> {
  const left = new Map<string, number>();
  for (const l of drop.lines) left.set(l.partId, q((left.get(l.partId) ?? 0) + l.quantity));
  const candidates = (
    await ctx.tx.reservation.findMany({
      where: { tenantId: ctx.tenantId, repairOrderId: drop.repairOrderId, status: 'active' },
      include: { lines: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    })
  ).filter((r) => r.lines.some((l) => left.has(l.partId)));

  // Lock order as everywhere: balances (per location, part-id order), then reservation rows, then
  // backorder rows; so a receipt fulfilling these backorders, or an issue, waits for this drop.
  const partsAt = new Map<string, Set<string>>();
  for (const r of candidates)
    for (const l of r.lines)
      if (left.has(l.partId))
        partsAt.set(r.locationId, (partsAt.get(r.locationId) ?? new Set()).add(l.partId));
  const balances = new Map<string, LockedBalance>();
  for (const locationId of [...partsAt.keys()].sort())
    for (const [partId, balance] of await lockBalances(ctx, partsAt.get(locationId)!, locationId))
      balances.set(`${locationId}/${partId}`, balance);
  const held: typeof candidates = [];
  for (const r of [...candidates].sort((a, b) => a.id.localeCompare(b.id))) {
    const locked = await ctx.tx.$queryRawUnsafe<{ status: string }[]>(
      `SELECT status FROM reservation WHERE id = $1::uuid FOR UPDATE`,
      r.id,
    );
    if (locked[0]?.status === 'active') held.push(r);
  }
  held.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b)); // newest first again

  // 1. Open backorders of the dropped parts.
  const cancelled: CancelledBackorders[] = [];
  for (const r of held) {
    const open = await ctx.tx.$queryRawUnsafe<OpenBackorderRow[]>(
      `SELECT id::text, line_id, part_id::text, quantity::text, fulfilled::text FROM backorder
        WHERE reservation_id = $1::uuid AND status = 'open' ORDER BY created_at DESC, id DESC FOR UPDATE`,
      r.id,
    );
    const lines: CancelledBackorders['lines'] = [];
    for (const b of open) {
      const want = left.get(b.part_id) ?? 0;
      const take = q(Math.min(want, num(b.quantity) - num(b.fulfilled)));
      if (take <= 0) continue;
      left.set(b.part_id, q(want - take));
      await cancelBackorderQuantity(ctx, b, take);
      lines.push({ lineId: b.line_id, partId: b.part_id, quantity: take, backorderId: b.id });
    }
    if (lines.length)
      cancelled.push({ reservationId: r.id, requestId: r.requestId, locationId: r.locationId, lines });
  }

  // 2. Reserved, not yet issued stock of the dropped parts.
  const released: { reservationId: string; locationId: string; lines: Map<string, number> }[] = [];
  for (const r of held) {
    const out = new Map<string, number>();
    const lines = await ctx.tx.reservationLine.findMany({
      where: { reservationId: r.id },
      orderBy: { lineId: 'desc' },
    });
    for (const line of lines) {
      const want = left.get(line.partId) ?? 0;
      const take = q(Math.min(want, openQuantity(line)));
      if (take <= 0) continue;
      left.set(line.partId, q(want - take));
      await recordMovement(ctx, balances.get(`${r.locationId}/${line.partId}`)!, {
        kind: 'RELEASE',
        quantity: take,
        repairOrderId: drop.repairOrderId,
        reservationId: r.id,
        reason: 'not-needed',
      });
      await ctx.tx.reservationLine.update({
        where: { id: line.id },
        data: { released: { increment: take } },
      });
      out.set(line.partId, q((out.get(line.partId) ?? 0) + take));
    }
    if (out.size) released.push({ reservationId: r.id, locationId: r.locationId, lines: out });
  }

  // 3. A reservation left holding nothing and awaiting nothing is done: issued if any of it was.
  const touched = new Set([...cancelled, ...released].map((c) => c.reservationId));
  for (const id of touched) {
    const lines = await ctx.tx.reservationLine.findMany({ where: { reservationId: id } });
    const awaiting = await ctx.tx.backorder.count({ where: { reservationId: id, status: 'open' } });
    const status =
      awaiting > 0 || lines.some((l) => openQuantity(l) > 0)
        ? 'active'
        : lines.some((l) => num(l.issued) > 0)
          ? 'issued'
          : 'released';
    await ctx.tx.reservation.update({ where: { id }, data: { status, version: { increment: 1 } } });
  }

  await announceCancelledBackorders(ctx, drop.repairOrderId, 'not-needed', cancelled);
  for (const r of released)
    emitEvent(ctx, 'parts.released', drop.repairOrderId, {
      repairOrderId: drop.repairOrderId,
      reservationId: r.reservationId,
      locationId: r.locationId,
      reason: 'not-needed',
      lines: [...r.lines].map(([partId, quantity]) => ({ partId, quantity })),
    });
  return {
    cancelled: cancelled.length,
    released: released.length,
    notHeld: [...left]
      .filter(([, quantity]) => quantity > 0)
      .map(([partId, quantity]) => ({ partId, quantity })),
  };
}

export { lockBalance };
