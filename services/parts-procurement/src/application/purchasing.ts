// Purchasing: requisitions -> supplier selection by weighted score -> purchase order (approval
// above the tenant's threshold) -> goods receipt with incoming inspection -> invoice three-way
// match -> payment. Accepted goods enter stock as a lot and fulfil open backorders first, oldest
// first; rejected goods never enter stock.
import { randomBytes, randomUUID } from 'node:crypto';
import { conflictWith, rule } from '../domain/errors';
import { checkReceiptLine } from '../domain/receipt';
import { allocateToBackorders } from '../domain/reservation';
import { scoreCandidates } from '../domain/supplier-score';
import { threeWayMatch } from '../domain/three-way-match';
import { assertQuantity, q, type UnitOfMeasure } from '../domain/quantity';
import { emitEvent, num, type Ctx } from './context';
import { loadParts } from './reservations';
import { settingsOf } from './settings';
import { addLot, availableOf, lockBalances, recordMovement, type LockedBalance } from './stock';
import { rerateSupplier } from './suppliers';

const DAY = 86_400_000;

export async function createRequisition(
  ctx: Ctx,
  input: { partId: string; locationId: string; quantity: number; neededBy: Date },
) {
  const part = (await loadParts(ctx, [input.partId])).get(input.partId)!;
  assertQuantity(input.quantity, part.unitOfMeasure as UnitOfMeasure);
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

async function lockPurchaseOrder(ctx: Ctx, id: string) {
  const rows = await ctx.tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM purchase_order WHERE id = $1::uuid AND tenant_id = $2 FOR UPDATE`,
    id,
    ctx.tenantId,
  );
  if (!rows.length) return null;
  return ctx.tx.purchaseOrder.findUniqueOrThrow({ where: { id }, include: { lines: true } });
}

async function emitPoCreated(ctx: Ctx, poId: string) {
  const po = await ctx.tx.purchaseOrder.findUniqueOrThrow({ where: { id: poId }, include: { lines: true } });
  const reqs = await ctx.tx.requisition.findMany({
    where: { tenantId: ctx.tenantId, purchaseOrderId: poId },
    select: { id: true },
  });
  emitEvent(ctx, 'procurement.po.created', po.id, {
    purchaseOrderId: po.id,
    poNumber: po.poNumber,
    supplierId: po.supplierId,
    locationId: po.locationId,
    requisitionIds: reqs.map((r) => r.id),
    lines: po.lines.map((l) => ({
      lineId: l.id,
      partId: l.partId,
      quantity: num(l.quantity),
      unitPrice: { amountMinor: l.unitPriceMinor, currency: po.currency },
      lineTotal: { amountMinor: Math.round(num(l.quantity) * l.unitPriceMinor), currency: po.currency },
    })),
    total: { amountMinor: po.totalMinor, currency: po.currency },
    expectedDeliveryAt: po.expectedDeliveryAt.toISOString(),
    supplierScore: po.supplierScore,
    approvedBy: po.approvedBy,
  });
}

/** Orders open requisitions of one location from the best-scoring supplier that offers every part. */
export async function createPurchaseOrder(
  ctx: Ctx,
  input: { requisitionIds: string[]; supplierId?: string },
) {
  const ids = [...new Set(input.requisitionIds)];
  const reqs = await ctx.tx.requisition.findMany({
    where: { tenantId: ctx.tenantId, id: { in: ids }, status: 'open' },
  });
  if (reqs.length !== ids.length) {
    const found = new Set(reqs.map((r) => r.id));
    throw rule('requisition-not-open', 'Every requisition must exist and be open.', {
      requisitionIds: ids.filter((id) => !found.has(id)),
    });
  }
  const locations = new Set(reqs.map((r) => r.locationId));
  if (locations.size !== 1)
    throw rule(
      'mixed-locations',
      'A purchase order delivers to one location; the requisitions name several.',
      { locationIds: [...locations] },
    );
  const partIds = [...new Set(reqs.map((r) => r.partId))];
  const offers = await ctx.tx.supplierPart.findMany({
    where: { tenantId: ctx.tenantId, partId: { in: partIds } },
    include: { supplier: true },
  });
  const settings = await settingsOf(ctx.tx, ctx.tenantId);

  // Suppliers offering every part (and not blocked); their score is the mean of their per-part scores.
  const bySupplier = new Map<string, typeof offers>();
  for (const o of offers) bySupplier.set(o.supplierId, [...(bySupplier.get(o.supplierId) ?? []), o]);
  const complete = [...bySupplier.entries()].filter(
    ([sid, os]) => os.length === partIds.length && (!input.supplierId || sid === input.supplierId),
  );
  const scores = new Map<string, number>();
  for (const partId of partIds) {
    const cands = complete.map(([, os]) => os.find((o) => o.partId === partId)!);
    const scored = scoreCandidates(
      cands.map((o) => ({
        supplierId: o.supplierId,
        unitPriceMinor: o.unitPriceMinor,
        leadTimeDays: o.leadTimeDays,
        qualityScore: o.supplier.qualityScore,
        onTimeRate: o.supplier.onTimeRate,
        blocked: o.supplier.grade === 'blocked',
      })),
      settings.weights,
    );
    for (const s of scored)
      scores.set(s.supplierId, (scores.get(s.supplierId) ?? 0) + s.score / partIds.length);
  }
  const ranked = [...scores.entries()]
    .filter(([sid]) => bySupplier.get(sid)!.length === partIds.length)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const winner = ranked[0];
  if (!winner) {
    throw rule(
      'no-supplier',
      input.supplierId
        ? 'That supplier does not offer every part of the requisitions (or is blocked).'
        : 'No eligible supplier offers every part of the requisitions.',
      { partIds },
    );
  }
  const [supplierId, score] = winner;
  const chosen = bySupplier.get(supplierId)!;
  const currency = chosen[0]!.currency;
  const poId = randomUUID();
  const lines = partIds.map((partId) => {
    const offer = chosen.find((o) => o.partId === partId)!;
    const quantity = q(reqs.filter((r) => r.partId === partId).reduce((a, r) => a + num(r.quantity), 0));
    return {
      id: randomUUID(),
      partId,
      quantity,
      unitPriceMinor: offer.unitPriceMinor,
      leadTimeDays: offer.leadTimeDays,
    };
  });
  const totalMinor = lines.reduce((a, l) => a + Math.round(l.quantity * l.unitPriceMinor), 0);
  const needsApproval = totalMinor > settings.approvalThresholdMinor;
  const poNumber = `PO-${ctx.now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
  await ctx.tx.purchaseOrder.create({
    data: {
      id: poId,
      tenantId: ctx.tenantId,
      poNumber,
      supplierId,
      locationId: reqs[0]!.locationId,
      status: needsApproval ? 'pending-approval' : 'ordered',
      totalMinor,
      currency,
      supplierScore: Math.round(score * 10_000) / 10_000,
      expectedDeliveryAt: new Date(ctx.now.getTime() + Math.max(...lines.map((l) => l.leadTimeDays)) * DAY),
      createdBy: ctx.actor,
      createdAt: ctx.now,
      lines: { create: lines.map(({ leadTimeDays: _lt, ...l }) => l) },
    },
  });
  await ctx.tx.requisition.updateMany({
    where: { id: { in: ids } },
    data: { status: 'ordered', purchaseOrderId: poId },
  });
  if (!needsApproval) await emitPoCreated(ctx, poId);
  return getPurchaseOrder(ctx, poId);
}

export async function getPurchaseOrder(ctx: Pick<Ctx, 'tx' | 'tenantId'>, id: string) {
  return ctx.tx.purchaseOrder.findFirst({
    where: { id, tenantId: ctx.tenantId },
    include: { lines: { orderBy: { id: 'asc' } } },
  });
}

export async function approvePurchaseOrder(ctx: Ctx, id: string, expectedVersion: number | undefined) {
  const po = await lockPurchaseOrder(ctx, id);
  if (!po) return null;
  if (expectedVersion !== undefined && expectedVersion !== po.version)
    throw conflictWith('stale-version', 'The purchase order was changed by someone else.', {
      currentVersion: po.version,
      precondition: true,
    });
  if (po.status !== 'pending-approval')
    throw conflictWith(
      'not-pending-approval',
      `The purchase order is ${po.status}; only one pending approval can be approved.`,
    );
  await ctx.tx.purchaseOrder.update({
    where: { id },
    data: { status: 'ordered', approvedBy: ctx.actor, approvedAt: ctx.now, version: { increment: 1 } },
  });
  await emitPoCreated(ctx, id);
  return getPurchaseOrder(ctx, id);
}

export interface ReceiptInput {
  lines: {
    poLineId: string;
    receivedQuantity: number;
    acceptedQuantity: number;
    rejectedQuantity: number;
    rejectionReason: 'damaged' | 'wrong-part' | 'quality' | 'excess' | null;
    lotNumber: string | null;
  }[];
}

export async function receiveGoods(ctx: Ctx, poId: string, input: ReceiptInput) {
  const po = await lockPurchaseOrder(ctx, poId);
  if (!po) return null;
  if (!['ordered', 'partially-received'].includes(po.status)) {
    throw conflictWith(
      'not-receivable',
      `Goods can be received only against an ordered purchase order; this one is ${po.status}.`,
    );
  }
  const settings = await settingsOf(ctx.tx, ctx.tenantId);
  const parts = await loadParts(
    ctx,
    po.lines.map((l) => l.partId),
  );
  const seen = new Set<string>();
  for (const line of input.lines) {
    const poLine = po.lines.find((l) => l.id === line.poLineId);
    if (!poLine)
      throw rule('unknown-po-line', `Line ${line.poLineId} is not on purchase order ${po.poNumber}.`, {
        poLineId: line.poLineId,
      });
    if (seen.has(line.poLineId))
      throw rule('duplicate-line', `Line ${line.poLineId} appears twice in the receipt.`);
    seen.add(line.poLineId);
    checkReceiptLine(
      line,
      {
        lineId: poLine.id,
        quantity: num(poLine.quantity),
        acceptedQuantity: num(poLine.accepted),
        unitOfMeasure: parts.get(poLine.partId)!.unitOfMeasure as UnitOfMeasure,
      },
      settings.overReceiptTolerancePct,
    );
  }

  const receiptId = randomUUID();
  const onTime = ctx.now.getTime() <= po.expectedDeliveryAt.getTime();
  const balances = await lockBalances(
    ctx,
    po.lines.filter((l) => seen.has(l.id)).map((l) => l.partId),
    po.locationId,
  );
  const eventLines = [];
  for (const line of input.lines) {
    const poLine = po.lines.find((l) => l.id === line.poLineId)!;
    if (line.acceptedQuantity > 0) {
      const lotId = await addLot(ctx, {
        partId: poLine.partId,
        locationId: po.locationId,
        lotNumber: line.lotNumber,
        quantity: line.acceptedQuantity,
        unitCostMinor: poLine.unitPriceMinor,
        receiptId,
        supplierId: po.supplierId,
      });
      await recordMovement(ctx, balances.get(poLine.partId)!, {
        kind: 'RECEIPT',
        quantity: line.acceptedQuantity,
        lotId,
        lotNumber: line.lotNumber,
        unitCostMinor: poLine.unitPriceMinor,
        receiptId,
      });
    }
    await ctx.tx.purchaseOrderLine.update({
      where: { id: poLine.id },
      data: {
        received: { increment: line.receivedQuantity },
        accepted: { increment: line.acceptedQuantity },
        rejected: { increment: line.rejectedQuantity },
      },
    });
    eventLines.push({
      lineId: poLine.id,
      partId: poLine.partId,
      ...line,
      rejectionReason: line.rejectedQuantity > 0 ? line.rejectionReason : null,
    });
  }
  await ctx.tx.goodsReceipt.create({
    data: {
      id: receiptId,
      tenantId: ctx.tenantId,
      purchaseOrderId: po.id,
      supplierId: po.supplierId,
      locationId: po.locationId,
      lines: eventLines as object[],
      onTime,
      inspectedBy: ctx.actor,
      receivedAt: ctx.now,
    },
  });

  const after = await ctx.tx.purchaseOrderLine.findMany({ where: { purchaseOrderId: po.id } });
  // Complete once every line's accepted goods reach the ordered quantity (rejections get replaced).
  const complete = after.every((l) => num(l.accepted) >= num(l.quantity));
  await ctx.tx.purchaseOrder.update({
    where: { id: po.id },
    data: { status: complete ? 'received' : 'partially-received', version: { increment: 1 } },
  });
  emitEvent(ctx, 'procurement.po.received', po.id, {
    purchaseOrderId: po.id,
    receiptId,
    supplierId: po.supplierId,
    locationId: po.locationId,
    lines: eventLines.map((l) => ({
      lineId: l.lineId,
      partId: l.partId,
      receivedQuantity: l.receivedQuantity,
      acceptedQuantity: l.acceptedQuantity,
      rejectedQuantity: l.rejectedQuantity,
      rejectionReason: l.rejectionReason,
      lotNumber: l.lotNumber,
    })),
    expectedDeliveryAt: po.expectedDeliveryAt.toISOString(),
    onTime,
    complete,
    inspectedBy: ctx.actor,
  });

  for (const balance of balances.values()) await fulfilBackorders(ctx, balance);

  const received = eventLines.reduce((a, l) => a + l.receivedQuantity, 0);
  const accepted = eventLines.reduce((a, l) => a + l.acceptedQuantity, 0);
  await ctx.tx.supplierReview.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      supplierId: po.supplierId,
      kind: 'inspection',
      receiptId,
      received,
      accepted,
      onTime,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    },
  });
  await rerateSupplier(ctx, po.supplierId);
  return { receiptId, purchaseOrder: await getPurchaseOrder(ctx, po.id), onTime, complete };
}

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
    const openBackorderLines = await ctx.tx.backorder.count({ where: { reservationId, status: 'open' } });
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

export interface InvoiceInput {
  purchaseOrderId: string;
  invoiceNumber: string;
  lines: { poLineId: string; quantity: number; unitPriceMinor: number }[];
  total: { amountMinor: number; currency: string };
  dueAt?: Date | null;
}

/** Registers a supplier invoice only if it matches the PO and what was accepted at receipt. */
export async function registerInvoice(ctx: Ctx, input: InvoiceInput) {
  const po = await lockPurchaseOrder(ctx, input.purchaseOrderId);
  if (!po) return null;
  if (input.total.currency !== po.currency)
    throw rule(
      'currency-mismatch',
      `The invoice is in ${input.total.currency}; the purchase order in ${po.currency}.`,
    );
  const settings = await settingsOf(ctx.tx, ctx.tenantId);
  const mismatches = threeWayMatch(
    po.lines.map((l) => ({
      lineId: l.id,
      quantity: num(l.quantity),
      unitPriceMinor: l.unitPriceMinor,
      acceptedQuantity: num(l.accepted),
      invoicedQuantity: num(l.invoiced),
    })),
    { lines: input.lines, totalMinor: input.total.amountMinor },
    settings.priceTolerancePct,
  );
  if (mismatches.length)
    throw rule(
      'three-way-mismatch',
      'The invoice does not match the purchase order and the goods received.',
      { mismatches },
    );
  const duplicate = await ctx.tx.invoice.findFirst({
    where: { tenantId: ctx.tenantId, purchaseOrderId: po.id, invoiceNumber: input.invoiceNumber },
  });
  if (duplicate)
    throw conflictWith(
      'duplicate-invoice',
      `Invoice ${input.invoiceNumber} is already registered for this purchase order.`,
    );
  const invoice = await ctx.tx.invoice.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      purchaseOrderId: po.id,
      invoiceNumber: input.invoiceNumber,
      lines: input.lines,
      totalMinor: input.total.amountMinor,
      currency: input.total.currency,
      status: 'matched',
      dueAt: input.dueAt ?? null,
      createdAt: ctx.now,
    },
  });
  for (const line of input.lines)
    await ctx.tx.purchaseOrderLine.update({
      where: { id: line.poLineId },
      data: { invoiced: { increment: line.quantity } },
    });
  await ctx.tx.purchaseOrder.update({
    where: { id: po.id },
    data: { paymentStatus: 'awaiting-payment', version: { increment: 1 } },
  });
  return invoice;
}

/** Records payment of a matched invoice; the PO is settled when everything accepted is invoiced and paid. */
export async function payInvoice(ctx: Ctx, invoiceId: string, paymentRef: string) {
  const invoice = await ctx.tx.invoice.findFirst({ where: { id: invoiceId, tenantId: ctx.tenantId } });
  if (!invoice) return null;
  const po = await lockPurchaseOrder(ctx, invoice.purchaseOrderId);
  if (invoice.status !== 'matched') throw conflictWith('not-payable', `The invoice is ${invoice.status}.`);
  const paid = await ctx.tx.invoice.update({
    where: { id: invoiceId },
    data: { status: 'paid', paidAt: ctx.now, paymentRef, version: { increment: 1 } },
  });
  const unpaid = await ctx.tx.invoice.count({
    where: { purchaseOrderId: invoice.purchaseOrderId, status: 'matched' },
  });
  const allInvoiced =
    po!.lines.every((l) => num(l.invoiced) >= num(l.accepted)) && ['received', 'closed'].includes(po!.status);
  await ctx.tx.purchaseOrder.update({
    where: { id: invoice.purchaseOrderId },
    data: {
      paymentStatus: unpaid === 0 && allInvoiced ? 'settled' : 'partially-paid',
      version: { increment: 1 },
    },
  });
  return paid;
}
