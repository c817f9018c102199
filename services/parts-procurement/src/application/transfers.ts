// Stock transfers between locations of a tenant (domain/transfer.ts has the rules). Each command
// locks the transfer row first and then the balances it touches, in part-id order (lockBalances),
// so two commands never wait on each other in a cycle; a pick reserves at the source (available
// never goes negative: of two picks over the last units one wins), shipping takes the goods off
// the source lot by lot, receiving books them on at the destination as lots with the same number,
// cost, receipt and supplier, then lets free stock serve the destination's open backorders.
import { randomBytes, randomUUID } from 'node:crypto';
import { expectVersion } from '@aftersales/service-kit/domain';
import { type UnitOfMeasure } from '../domain/quantity';
import { rule } from '../domain/errors';
import {
  allowedTransferCommands,
  assertTransferRequest,
  inTransitOf,
  pickedQuantities,
  splitReceipt,
  transferAfter,
  type LotPortion,
  type TransferLineInput,
  type TransferStatus,
} from '../domain/transfer';
import { stockQuantityUnit } from '../domain/units';
import { emitEvent, num, type Ctx } from './context';
import { checkReorderPoint } from './demand';
import { fulfilBackorders } from './purchasing/backorders';
import { loadParts } from './reservations';
import { addLot, lockBalances, recordMovement, takeFromLots } from './stock';
import { unitsOf } from './units';

type Reader = Pick<Ctx, 'tx' | 'tenantId'>;

export interface TransferRequest {
  fromLocationId: string;
  toLocationId: string;
  lines: (TransferLineInput & { requisitionId?: string | null })[];
  note?: string | null;
}

/** The transfer with its lines, what travels and what it accepts next; null when not in the tenant. */
export async function getTransfer(ctx: Reader, id: string) {
  const t = await ctx.tx.stockTransfer.findFirst({
    where: { id, tenantId: ctx.tenantId },
    include: { lines: { orderBy: { partId: 'asc' } } },
  });
  return t && transferView(t);
}

type TransferRow = NonNullable<Awaited<ReturnType<typeof lockTransfer>>>;

export function transferView(t: TransferRow) {
  const status = t.status as TransferStatus;
  return {
    ...t,
    status,
    lines: t.lines.map((l) => ({
      ...l,
      lots: l.lots as unknown as LotPortion[],
      inTransit: inTransitOf(status, { shipped: num(l.shipped) }),
    })),
    allowedCommands: [...allowedTransferCommands(status)],
  };
}

async function lockTransfer(ctx: Ctx, id: string) {
  const rows = await ctx.tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM stock_transfer WHERE id = $1::uuid AND tenant_id = $2 FOR UPDATE`,
    id,
    ctx.tenantId,
  );
  if (!rows.length) return null;
  return ctx.tx.stockTransfer.findUniqueOrThrow({
    where: { id },
    include: { lines: { orderBy: { partId: 'asc' } } },
  });
}

const unitOfPart = (parts: Awaited<ReturnType<typeof loadParts>>) => (partId: string) =>
  stockQuantityUnit(unitsOf(parts.get(partId)!));

/**
 * Requests a transfer. A line may name an open requisition of the destination for the same part
 * (at most the line's quantity): it is then `transferring`, so purchasing no longer orders it.
 */
export async function requestTransfer(ctx: Ctx, input: TransferRequest) {
  const parts = await loadParts(
    ctx,
    input.lines.map((l) => l.partId),
  );
  assertTransferRequest(input.fromLocationId, input.toLocationId, input.lines, unitOfPart(parts));
  const linked = input.lines.filter((l) => l.requisitionId);
  const reqIds = [...new Set(linked.map((l) => l.requisitionId!))].sort();
  if (reqIds.length !== linked.length)
    throw rule('duplicate-requisition', 'A requisition is served by one line.', { requisitionIds: reqIds });
  if (reqIds.length) {
    // Locked in id order, as purchase orders lock them: a transfer and an order never both take one.
    await ctx.tx.$queryRawUnsafe(
      `SELECT id FROM requisition WHERE tenant_id = $1 AND id IN (${reqIds.map((_, i) => `$${i + 2}::uuid`).join(', ')})
        ORDER BY id FOR UPDATE`,
      ctx.tenantId,
      ...reqIds,
    );
    const reqs = await ctx.tx.requisition.findMany({ where: { tenantId: ctx.tenantId, id: { in: reqIds } } });
    for (const l of linked) {
      const r = reqs.find((x) => x.id === l.requisitionId);
      if (!r || r.status !== 'open' || r.locationId !== input.toLocationId || r.partId !== l.partId)
        throw rule(
          'requisition-not-open',
          'A linked requisition must be open, at the destination and for the same part.',
          { requisitionIds: [l.requisitionId] },
        );
      if (num(r.quantity) > l.quantity)
        throw rule('transfer-below-requisition', 'The line must cover the whole requisition it serves.', {
          requisitionId: r.id,
          requisitionQuantity: num(r.quantity),
          quantity: l.quantity,
        });
    }
    await ctx.tx.requisition.updateMany({
      where: { tenantId: ctx.tenantId, id: { in: reqIds } },
      data: { status: 'transferring' },
    });
  }
  const id = randomUUID();
  await ctx.tx.stockTransfer.create({
    data: {
      id,
      tenantId: ctx.tenantId,
      transferNumber: `TR-${ctx.now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`,
      fromLocationId: input.fromLocationId,
      toLocationId: input.toLocationId,
      status: 'requested',
      note: input.note ?? null,
      requestedBy: ctx.actor,
      createdAt: ctx.now,
      lines: {
        create: input.lines.map((l) => ({
          id: randomUUID(),
          partId: l.partId,
          requisitionId: l.requisitionId ?? null,
          requested: l.quantity,
        })),
      },
    },
  });
  return (await getTransfer(ctx, id))!;
}

/** Picks at the source: the picked quantities are reserved there (422 negative-available if not free). */
export async function pickTransfer(
  ctx: Ctx,
  id: string,
  expectedVersion: number | undefined,
  picks?: TransferLineInput[],
) {
  const t = await lockTransfer(ctx, id);
  if (!t) return null;
  expectVersion(expectedVersion, t.version);
  const status = transferAfter(t.status as TransferStatus, 'pick');
  const parts = await loadParts(
    ctx,
    t.lines.map((l) => l.partId),
  );
  const picked = pickedQuantities(
    t.lines.map((l) => ({ partId: l.partId, quantity: num(l.requested) })),
    picks,
    unitOfPart(parts),
  );
  const balances = await lockBalances(
    ctx,
    t.lines.map((l) => l.partId),
    t.fromLocationId,
  );
  for (const line of t.lines) {
    const quantity = picked.get(line.partId)!;
    const balance = balances.get(line.partId)!;
    const before = { onHand: balance.onHand, reserved: balance.reserved };
    if (quantity > 0) {
      await recordMovement(ctx, balance, {
        kind: 'RESERVATION',
        quantity,
        transferId: t.id,
        reason: 'transfer-pick',
      });
      await checkReorderPoint(ctx, parts.get(line.partId)!, balance, before);
    }
    await ctx.tx.stockTransferLine.update({ where: { id: line.id }, data: { picked: quantity } });
  }
  await ctx.tx.stockTransfer.update({
    where: { id },
    data: { status, pickedBy: ctx.actor, pickedAt: ctx.now, version: { increment: 1 } },
  });
  return getTransfer(ctx, id);
}

/** Ships: the picked goods leave the source lot by lot (FIFO); they are in transit until received. */
export async function shipTransfer(ctx: Ctx, id: string, expectedVersion: number | undefined) {
  const t = await lockTransfer(ctx, id);
  if (!t) return null;
  expectVersion(expectedVersion, t.version);
  const status = transferAfter(t.status as TransferStatus, 'ship');
  const balances = await lockBalances(
    ctx,
    t.lines.map((l) => l.partId),
    t.fromLocationId,
  );
  const currencyOf = new Map(
    (
      await loadParts(
        ctx,
        t.lines.map((l) => l.partId),
      )
    ).entries(),
  );
  for (const line of t.lines) {
    const quantity = num(line.picked);
    if (quantity <= 0) continue;
    const takes = await takeFromLots(ctx, line.partId, t.fromLocationId, quantity);
    const origins = await ctx.tx.stockLot.findMany({
      where: { id: { in: takes.map((x) => x.lotId) } },
      select: { id: true, receiptId: true, supplierId: true },
    });
    const lots: LotPortion[] = [];
    for (const take of takes) {
      const origin = origins.find((o) => o.id === take.lotId);
      await recordMovement(ctx, balances.get(line.partId)!, {
        kind: 'TRANSFER_OUT',
        quantity: take.quantity,
        lotId: take.lotId,
        lotNumber: take.lotNumber,
        unitCostMinor: take.unitCostMinor,
        transferId: t.id,
        reason: 'transfer-out',
      });
      lots.push({
        sourceLotId: take.lotId,
        lotNumber: take.lotNumber,
        quantity: take.quantity,
        unitCostMinor: take.unitCostMinor,
        receiptId: origin?.receiptId ?? null,
        supplierId: origin?.supplierId ?? null,
      });
    }
    await ctx.tx.stockTransferLine.update({
      where: { id: line.id },
      data: { shipped: quantity, lots: lots as unknown as object[] },
    });
    const currency = currencyOf.get(line.partId)!.currency;
    emitEvent(ctx, 'parts.transfer-shipped', line.partId, {
      transferId: t.id,
      transferNumber: t.transferNumber,
      partId: line.partId,
      fromLocationId: t.fromLocationId,
      toLocationId: t.toLocationId,
      quantity,
      lots: lots.map((l) => ({
        lotNumber: l.lotNumber,
        quantity: l.quantity,
        unitCost: { amountMinor: l.unitCostMinor, currency },
      })),
    });
  }
  await ctx.tx.stockTransfer.update({
    where: { id },
    data: { status, shippedBy: ctx.actor, shippedAt: ctx.now, version: { increment: 1 } },
  });
  return getTransfer(ctx, id);
}

/**
 * Receives at the destination: every shipped lot is booked on (TRANSFER_IN, a new lot with the
 * same number, cost, receipt and supplier); what did not arrive is written off at once
 * (ADJUSTMENT, reason "loss-in-transit: ..."). Free stock then serves the destination's open
 * backorders (parts.reserved), and a linked requisition is `transferred`, or open again for what
 * did not come.
 */
export async function receiveTransfer(
  ctx: Ctx,
  id: string,
  expectedVersion: number | undefined,
  input: { lines?: TransferLineInput[]; lossReason?: string | null } = {},
) {
  const t = await lockTransfer(ctx, id);
  if (!t) return null;
  expectVersion(expectedVersion, t.version);
  const status = transferAfter(t.status as TransferStatus, 'receive');
  const parts = await loadParts(
    ctx,
    t.lines.map((l) => l.partId),
  );
  for (const r of input.lines ?? [])
    if (!t.lines.some((l) => l.partId === r.partId))
      throw rule('not-on-transfer', 'The part is not on this transfer.', { partId: r.partId });
  const receivedOf = (partId: string, shipped: number) =>
    input.lines?.find((r) => r.partId === partId)?.quantity ?? shipped;
  // Every rule first, so a refused receipt books nothing.
  const splits = new Map(
    t.lines.map((l) => [
      l.partId,
      splitReceipt(
        l.partId,
        l.lots as unknown as LotPortion[],
        receivedOf(l.partId, num(l.shipped)),
        unitOfPart(parts)(l.partId),
        input.lossReason,
      ),
    ]),
  );
  const lossReason = input.lossReason?.trim() || null;
  const balances = await lockBalances(
    ctx,
    t.lines.map((l) => l.partId),
    t.toLocationId,
  );
  for (const line of t.lines) {
    const split = splits.get(line.partId)!;
    const balance = balances.get(line.partId)!;
    const received = receivedOf(line.partId, num(line.shipped));
    for (const lot of line.lots as unknown as LotPortion[]) {
      const lotId = await addLot(ctx, {
        partId: line.partId,
        locationId: t.toLocationId,
        lotNumber: lot.lotNumber,
        quantity: lot.quantity,
        unitCostMinor: lot.unitCostMinor,
        receiptId: lot.receiptId,
        supplierId: lot.supplierId,
      });
      const base = { lotId, lotNumber: lot.lotNumber, unitCostMinor: lot.unitCostMinor, transferId: t.id };
      await recordMovement(ctx, balance, {
        ...base,
        kind: 'TRANSFER_IN',
        quantity: lot.quantity,
        reason: 'transfer-in',
      });
      const lost = split.lost.find((x) => x.sourceLotId === lot.sourceLotId)?.quantity ?? 0;
      if (lost > 0) {
        await ctx.tx.$executeRawUnsafe(
          `UPDATE stock_lot SET remaining = remaining - $2::numeric WHERE id = $1::uuid`,
          lotId,
          lost,
        );
        await recordMovement(ctx, balance, {
          ...base,
          kind: 'ADJUSTMENT',
          quantity: -lost,
          reason: `loss-in-transit: ${lossReason}`,
        });
      }
    }
    await ctx.tx.stockTransferLine.update({
      where: { id: line.id },
      data: { received, lost: split.lostQuantity },
    });
    if (line.requisitionId) await settleRequisition(ctx, line.requisitionId, received);
  }
  await ctx.tx.stockTransfer.update({
    where: { id },
    data: {
      status,
      lossReason: [...splits.values()].some((s) => s.lostQuantity > 0) ? lossReason : null,
      receivedBy: ctx.actor,
      receivedAt: ctx.now,
      version: { increment: 1 },
    },
  });
  for (const line of t.lines) await fulfilBackorders(ctx, balances.get(line.partId)!);
  for (const line of t.lines) {
    const split = splits.get(line.partId)!;
    if (num(line.shipped) <= 0) continue;
    const currency = parts.get(line.partId)!.currency;
    emitEvent(ctx, 'parts.transfer-received', line.partId, {
      transferId: t.id,
      transferNumber: t.transferNumber,
      partId: line.partId,
      fromLocationId: t.fromLocationId,
      toLocationId: t.toLocationId,
      shipped: num(line.shipped),
      received: receivedOf(line.partId, num(line.shipped)),
      lost: split.lostQuantity,
      lossReason: split.lostQuantity > 0 ? lossReason : null,
      lots: split.arrived.map((l) => ({
        lotNumber: l.lotNumber,
        quantity: l.quantity,
        unitCost: { amountMinor: l.unitCostMinor, currency },
      })),
    });
  }
  return getTransfer(ctx, id);
}

/**
 * A requisition the transfer served: `transferred` when what arrived covers it, else open again
 * for the rest (purchasing orders it; the demand is re-sent under its id).
 */
async function settleRequisition(ctx: Ctx, requisitionId: string, received: number): Promise<void> {
  const r = await ctx.tx.requisition.findFirst({
    where: { tenantId: ctx.tenantId, id: requisitionId, status: 'transferring' },
  });
  if (!r) return;
  const rest = Math.max(0, num(r.quantity) - received);
  if (rest <= 0) {
    await ctx.tx.requisition.update({ where: { id: r.id }, data: { status: 'transferred' } });
    return;
  }
  await ctx.tx.requisition.update({ where: { id: r.id }, data: { status: 'open', quantity: rest } });
  if (rest === num(r.quantity)) return;
  const part = (await loadParts(ctx, [r.partId])).get(r.partId)!;
  emitEvent(ctx, 'parts.demand', part.id, {
    demandId: r.demandId,
    partId: part.id,
    partNumber: part.partNumber,
    locationId: r.locationId,
    quantity: rest,
    unitOfMeasure: part.unitOfMeasure as UnitOfMeasure,
    neededBy: r.neededBy.toISOString(),
    reason: r.reason === 'reorder' ? 'reorder' : 'backorder',
    repairOrderId: r.repairOrderId,
    forecast: null,
  });
}

/** Cancels before shipping: picked goods go back to available at the source; requisitions reopen. */
export async function cancelTransfer(
  ctx: Ctx,
  id: string,
  expectedVersion: number | undefined,
  reason: string | null,
) {
  const t = await lockTransfer(ctx, id);
  if (!t) return null;
  expectVersion(expectedVersion, t.version);
  const status = transferAfter(t.status as TransferStatus, 'cancel');
  if (t.status === 'picked') {
    const balances = await lockBalances(
      ctx,
      t.lines.map((l) => l.partId),
      t.fromLocationId,
    );
    for (const line of t.lines) {
      if (num(line.picked) <= 0) continue;
      await recordMovement(ctx, balances.get(line.partId)!, {
        kind: 'RELEASE',
        quantity: num(line.picked),
        transferId: t.id,
        reason: 'transfer-cancelled',
      });
    }
  }
  const reqIds = t.lines.map((l) => l.requisitionId).filter((x): x is string => !!x);
  if (reqIds.length)
    await ctx.tx.requisition.updateMany({
      where: { tenantId: ctx.tenantId, id: { in: reqIds }, status: 'transferring' },
      data: { status: 'open' },
    });
  await ctx.tx.stockTransfer.update({
    where: { id },
    data: {
      status,
      cancelReason: reason,
      cancelledBy: ctx.actor,
      cancelledAt: ctx.now,
      version: { increment: 1 },
    },
  });
  return getTransfer(ctx, id);
}
