// Goods receipt against a purchase order, with incoming inspection: accepted goods enter stock as
// a lot and serve open backorders; rejected goods never enter stock. The receipt rates the
// supplier (quality, on time). One use case in four steps, each a function below. Quantities are
// counted in the order line's purchase unit (boxes); stock is booked in the stock unit (pieces).
import { randomUUID } from 'node:crypto';
import { assertSameCurrency } from '../../domain/currency';
import { conflictWith, rule } from '../../domain/errors';
import { checkReceiptLine } from '../../domain/receipt';
import { netOf } from '../../domain/three-way-match';
import { lotCostsOf, orderLineUnit, stockQuantityOf, type LotCost } from '../../domain/units';
import { emitEvent, num, type Ctx } from '../context';
import { loadParts } from '../reservations';
import { settingsOf } from '../settings';
import { addLot, lockBalances, recordMovement, type LockedBalance } from '../stock';
import { rerateSupplier } from '../suppliers';
import { fulfilBackorders } from './backorders';
import { getPurchaseOrder, lockPurchaseOrder } from './purchase-orders';
import { unitsOf } from '../units';

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

type LockedOrder = NonNullable<Awaited<ReturnType<typeof lockPurchaseOrder>>>;

export async function receiveGoods(ctx: Ctx, poId: string, input: ReceiptInput) {
  const po = await lockPurchaseOrder(ctx, poId);
  if (!po) return null;
  if (!['ordered', 'partially-received'].includes(po.status)) {
    throw conflictWith(
      'not-receivable',
      `Goods can be received only against an ordered purchase order; this one is ${po.status}.`,
    );
  }
  await checkReceipt(ctx, po, input);
  const receiptId = randomUUID();
  const onTime = ctx.now.getTime() <= po.expectedDeliveryAt.getTime();
  const { lines, balances } = await bookReceivedLines(ctx, po, input, receiptId);
  const complete = await recordReceipt(ctx, po, lines, receiptId, onTime);
  // Freed stock serves the oldest backorders first.
  for (const balance of balances.values()) await fulfilBackorders(ctx, balance);
  await reviewSupplier(ctx, po, lines, receiptId, onTime);
  return { receiptId, purchaseOrder: await getPurchaseOrder(ctx, po.id), onTime, complete };
}

/** Every line names a line of the order once, in the part's unit, within the over-receipt tolerance. */
async function checkReceipt(ctx: Ctx, po: LockedOrder, input: ReceiptInput): Promise<void> {
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
    // Accepted goods become a lot costed at the order's price, in the part's cost currency.
    const part = parts.get(poLine.partId)!;
    if (line.acceptedQuantity > 0)
      assertSameCurrency(
        { what: `purchase order ${po.poNumber}`, currency: po.currency },
        { what: `the cost of part ${part.partNumber}`, currency: part.currency },
      );
    checkReceiptLine(
      line,
      {
        lineId: poLine.id,
        quantity: num(poLine.quantity),
        acceptedQuantity: num(poLine.accepted),
        // Counted in the line's purchase unit: whole boxes and drums, or the stock unit's precision.
        unitOfMeasure: orderLineUnit(poLine, unitsOf(part)),
      },
      settings.overReceiptTolerancePct,
    );
  }
}

// The receipt keeps the order line's net unit price and VAT/GST rate: what the invoice is matched on.
// Quantities are in the line's purchase unit; acceptedStockQuantity is what entered stock.
type ReceivedLine = ReceiptInput['lines'][number] & {
  lineId: string;
  partId: string;
  unitPriceMinor: number;
  taxRateBp: number;
  purchaseUnit: string | null;
  purchaseUnitFactor: number;
  acceptedStockQuantity: number;
};

/**
 * The lots an accepted line becomes: in the stock unit (packs x factor); costed at the net price
 * per stock unit, split in two lots one minor unit apart where a pack's price does not divide by
 * its factor, so the lots' value is the line's net value exactly (domain/units.ts).
 */
function lotsOfAccepted(poLine: LockedOrder['lines'][number], accepted: number): LotCost[] {
  const factor = num(poLine.purchaseUnitFactor);
  const stockQuantity = stockQuantityOf(accepted, factor);
  if (factor === 1) return [{ quantity: stockQuantity, unitCostMinor: poLine.unitPriceMinor }];
  return lotCostsOf(netOf(accepted, poLine.unitPriceMinor), stockQuantity);
}

/** Accepted goods become a lot and a RECEIPT movement; the order lines count what came. */
async function bookReceivedLines(
  ctx: Ctx,
  po: LockedOrder,
  input: ReceiptInput,
  receiptId: string,
): Promise<{ lines: ReceivedLine[]; balances: Map<string, LockedBalance> }> {
  const received = new Set(input.lines.map((l) => l.poLineId));
  const balances = await lockBalances(
    ctx,
    po.lines.filter((l) => received.has(l.id)).map((l) => l.partId),
    po.locationId,
  );
  const lines: ReceivedLine[] = [];
  for (const line of input.lines) {
    const poLine = po.lines.find((l) => l.id === line.poLineId)!;
    const lots = line.acceptedQuantity > 0 ? lotsOfAccepted(poLine, line.acceptedQuantity) : [];
    for (const lot of lots) {
      const lotId = await addLot(ctx, {
        partId: poLine.partId,
        locationId: po.locationId,
        lotNumber: line.lotNumber,
        quantity: lot.quantity,
        unitCostMinor: lot.unitCostMinor,
        receiptId,
        supplierId: po.supplierId,
      });
      await recordMovement(ctx, balances.get(poLine.partId)!, {
        kind: 'RECEIPT',
        quantity: lot.quantity,
        lotId,
        lotNumber: line.lotNumber,
        unitCostMinor: lot.unitCostMinor,
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
    lines.push({
      lineId: poLine.id,
      partId: poLine.partId,
      unitPriceMinor: poLine.unitPriceMinor,
      taxRateBp: poLine.taxRateBp,
      ...line,
      rejectionReason: line.rejectedQuantity > 0 ? line.rejectionReason : null,
      purchaseUnit: poLine.purchaseUnit,
      purchaseUnitFactor: num(poLine.purchaseUnitFactor),
      acceptedStockQuantity: stockQuantityOf(line.acceptedQuantity, num(poLine.purchaseUnitFactor)),
    });
  }
  return { lines, balances };
}

/** The receipt row, the order's new status and procurement.po.received; returns whether it is complete. */
async function recordReceipt(
  ctx: Ctx,
  po: LockedOrder,
  lines: ReceivedLine[],
  receiptId: string,
  onTime: boolean,
): Promise<boolean> {
  await ctx.tx.goodsReceipt.create({
    data: {
      id: receiptId,
      tenantId: ctx.tenantId,
      purchaseOrderId: po.id,
      supplierId: po.supplierId,
      locationId: po.locationId,
      lines: lines as object[],
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
    lines: lines.map((l) => ({
      lineId: l.lineId,
      partId: l.partId,
      receivedQuantity: l.receivedQuantity,
      acceptedQuantity: l.acceptedQuantity,
      rejectedQuantity: l.rejectedQuantity,
      rejectionReason: l.rejectionReason,
      lotNumber: l.lotNumber,
      ...(l.purchaseUnit ? { purchaseUnit: l.purchaseUnit } : {}),
      purchaseUnitFactor: l.purchaseUnitFactor,
      acceptedStockQuantity: l.acceptedStockQuantity,
    })),
    expectedDeliveryAt: po.expectedDeliveryAt.toISOString(),
    onTime,
    complete,
    inspectedBy: ctx.actor,
  });
  return complete;
}

/** The inspection is a review of the supplier: accepted share and punctuality; the rating follows. */
async function reviewSupplier(
  ctx: Ctx,
  po: LockedOrder,
  lines: ReceivedLine[],
  receiptId: string,
  onTime: boolean,
): Promise<void> {
  await ctx.tx.supplierReview.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      supplierId: po.supplierId,
      kind: 'inspection',
      receiptId,
      received: lines.reduce((a, l) => a + l.receivedQuantity, 0),
      accepted: lines.reduce((a, l) => a + l.acceptedQuantity, 0),
      onTime,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    },
  });
  await rerateSupplier(ctx, po.supplierId);
}
