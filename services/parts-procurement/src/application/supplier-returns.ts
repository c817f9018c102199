// Supplier returns and claims (domain/supplier-return.ts): creating a return (from an inspection's
// rejected goods, or from a lot in stock with a RETURN movement), shipping it, and settling its
// claim: by a credit note on the order's invoice (credit-notes.ts, which names the return) or by
// a replacement delivery that puts stock on as a new lot without being invoiced again. Every
// return is a review of the supplier (kind 'return' or 'comeback') and the rating follows.
import { randomUUID } from 'node:crypto';
import { expectVersion } from '@aftersales/service-kit/domain';
import { rule } from '../domain/errors';
import { q } from '../domain/quantity';
import {
  assertSettlement,
  checkReturn,
  claimValueMinor,
  nextReturnStatus,
  returnableFromInspection,
  returnableFromStock,
  type ClaimKind,
  type ReturnReason,
  type ReturnStatus,
} from '../domain/supplier-return';
import { netOf, taxOf } from '../domain/three-way-match';
import { lotCostsOf, orderLineUnit, stockQuantityOf, stockQuantityUnit } from '../domain/units';
import { emitEvent, num, type Ctx } from './context';
import { checkReorderPoint } from './demand';
import { fulfilBackorders } from './purchasing/backorders';
import { registerCreditNote, type CreditNoteInput } from './purchasing/credit-notes';
import { lockPurchaseOrder } from './purchasing/purchase-orders';
import {
  creditClaimedByLine,
  emitReturnSettled,
  lockSupplierReturn,
  type SupplierReturnRow,
} from './purchasing/return-claims';
import { loadParts } from './reservations';
import { addLot, lockBalance, recordMovement } from './stock';
import { rerateSupplier } from './suppliers';
import { unitsOf } from './units';

export type ReturnSourceInput =
  | { kind: 'inspection'; receiptId: string; poLineId: string }
  | { kind: 'stock'; lotId: string; comebackRepairOrderId: string | null };

export interface ReturnInput {
  source: ReturnSourceInput;
  reason: ReturnReason;
  quantity: number;
  claim: ClaimKind;
  note: string | null;
}

interface ReceiptLineJson {
  poLineId: string;
  partId: string;
  rejectedQuantity: number;
  lotNumber: string | null;
}

/** Where a return's goods are, for the caller's scope check (null: no such receipt or lot). */
export async function locationOfReturnSource(
  ctx: Pick<Ctx, 'tx' | 'tenantId'>,
  source: ReturnSourceInput,
): Promise<string | null> {
  const row =
    source.kind === 'inspection'
      ? await ctx.tx.goodsReceipt.findFirst({
          where: { id: source.receiptId, tenantId: ctx.tenantId },
          select: { locationId: true },
        })
      : await ctx.tx.stockLot.findFirst({
          where: { id: source.lotId, tenantId: ctx.tenantId },
          select: { locationId: true },
        });
  return row?.locationId ?? null;
}

/** Creates the return (and for stock its RETURN movement); null when the receipt or lot is unknown. */
export async function createSupplierReturn(ctx: Ctx, input: ReturnInput) {
  const origin =
    input.source.kind === 'inspection'
      ? await fromInspection(ctx, input, input.source)
      : await fromStock(ctx, input, input.source);
  if (!origin) return null;
  const ret = await ctx.tx.supplierReturn.create({
    data: {
      id: origin.id,
      tenantId: ctx.tenantId,
      ...origin.row,
      reason: input.reason,
      note: input.note,
      quantity: input.quantity,
      claimValueMinor: claimValueMinor(input.quantity, origin.row.unitPriceMinor),
      claim: input.claim,
      status: 'open',
      createdBy: ctx.actor,
      createdAt: ctx.now,
    },
  });
  if (ret.source === 'inspection' && ret.claim === 'credit-note')
    await completeWithCredit(ctx, ret.purchaseOrderId);
  await reviewSupplier(ctx, ret);
  emitEvent(ctx, 'procurement.return.created', ret.supplierId, {
    returnId: ret.id,
    supplierId: ret.supplierId,
    purchaseOrderId: ret.purchaseOrderId,
    poLineId: ret.poLineId,
    partId: ret.partId,
    locationId: ret.locationId,
    source: ret.source as 'inspection' | 'stock',
    receiptId: ret.receiptId,
    lotId: ret.lotId,
    lotNumber: ret.lotNumber,
    comebackRepairOrderId: ret.comebackRepairOrderId,
    reason: input.reason,
    quantity: input.quantity,
    claim: input.claim,
    claimValue: { amountMinor: ret.claimValueMinor, currency: ret.currency },
    createdBy: ctx.actor,
  });
  return ret;
}

type Origin = {
  id: string;
  row: {
    supplierId: string;
    purchaseOrderId: string;
    poLineId: string;
    partId: string;
    locationId: string;
    source: 'inspection' | 'stock';
    receiptId: string;
    lotId: string | null;
    lotNumber: string | null;
    comebackRepairOrderId: string | null;
    unitPriceMinor: number;
    taxRateBp: number;
    currency: string;
  };
};

/**
 * Rejected goods of a receipt line, which never entered stock: no movement. The order is locked,
 * so two returns of the same rejected goods cannot both pass the returnable check.
 */
async function fromInspection(
  ctx: Ctx,
  input: ReturnInput,
  source: Extract<ReturnSourceInput, { kind: 'inspection' }>,
): Promise<Origin | null> {
  const receipt = await ctx.tx.goodsReceipt.findFirst({
    where: { id: source.receiptId, tenantId: ctx.tenantId },
  });
  if (!receipt) return null;
  const po = (await lockPurchaseOrder(ctx, receipt.purchaseOrderId))!;
  const line = (receipt.lines as unknown as ReceiptLineJson[]).find((l) => l.poLineId === source.poLineId);
  const poLine = po.lines.find((l) => l.id === source.poLineId);
  if (!line || !poLine)
    throw rule('unknown-receipt-line', `Line ${source.poLineId} is not on goods receipt ${receipt.id}.`, {
      receiptId: receipt.id,
      poLineId: source.poLineId,
    });
  const earlier = await ctx.tx.supplierReturn.aggregate({
    where: { tenantId: ctx.tenantId, receiptId: receipt.id, poLineId: poLine.id, source: 'inspection' },
    _sum: { quantity: true },
  });
  const returnable = returnableFromInspection({
    rejected: line.rejectedQuantity,
    alreadyReturned: num(earlier._sum.quantity),
  });
  const part = (await loadParts(ctx, [poLine.partId])).get(poLine.partId)!;
  checkReturn(
    {
      source: 'inspection',
      reason: input.reason,
      quantity: input.quantity,
      unitOfMeasure: orderLineUnit(poLine, unitsOf(part)),
      comebackRepairOrderId: null,
    },
    returnable,
    { rejected: line.rejectedQuantity },
  );
  return {
    id: randomUUID(),
    row: {
      supplierId: receipt.supplierId,
      purchaseOrderId: po.id,
      poLineId: poLine.id,
      partId: poLine.partId,
      locationId: receipt.locationId,
      source: 'inspection',
      receiptId: receipt.id,
      lotId: null,
      lotNumber: null,
      comebackRepairOrderId: null,
      unitPriceMinor: poLine.unitPriceMinor,
      taxRateBp: poLine.taxRateBp,
      currency: po.currency,
    },
  };
}

/**
 * Goods from a lot in stock: the balance and the lot are locked (balance first, as issues do),
 * the lot must come from a supplier's delivery, a comeback must be traced to the lot, and the
 * RETURN movement takes the quantity off the lot and on-hand, never off reserved stock.
 */
async function fromStock(
  ctx: Ctx,
  input: ReturnInput,
  source: Extract<ReturnSourceInput, { kind: 'stock' }>,
): Promise<Origin | null> {
  const found = await ctx.tx.stockLot.findFirst({ where: { id: source.lotId, tenantId: ctx.tenantId } });
  if (!found) return null;
  const balance = await lockBalance(ctx, found.partId, found.locationId);
  await ctx.tx.$queryRawUnsafe(`SELECT id FROM stock_lot WHERE id = $1::uuid FOR UPDATE`, found.id);
  const lot = await ctx.tx.stockLot.findUniqueOrThrow({ where: { id: found.id } });
  const bought = await purchaseOf(ctx, lot);
  const part = (await loadParts(ctx, [lot.partId])).get(lot.partId)!;
  const comebackTraced = source.comebackRepairOrderId
    ? await comebackTracedToLot(ctx, lot.id, source.comebackRepairOrderId)
    : false;
  checkReturn(
    {
      source: 'stock',
      reason: input.reason,
      quantity: input.quantity,
      unitOfMeasure: stockQuantityUnit(unitsOf(part)),
      comebackRepairOrderId: source.comebackRepairOrderId,
      comebackTraced,
    },
    returnableFromStock({
      lotRemaining: num(lot.remaining),
      onHand: balance.onHand,
      reserved: balance.reserved,
    }),
    { lotRemaining: num(lot.remaining), onHand: balance.onHand, reserved: balance.reserved },
  );
  const id = randomUUID();
  const before = { onHand: balance.onHand, reserved: balance.reserved };
  await ctx.tx.$executeRawUnsafe(
    `UPDATE stock_lot SET remaining = remaining - $2::numeric WHERE id = $1::uuid`,
    lot.id,
    input.quantity,
  );
  await recordMovement(ctx, balance, {
    kind: 'RETURN',
    quantity: input.quantity,
    lotId: lot.id,
    lotNumber: lot.lotNumber,
    unitCostMinor: lot.unitCostMinor,
    receiptId: lot.receiptId,
    reason: `supplier return ${id} (${input.reason})`,
  });
  await checkReorderPoint(ctx, part, balance, before);
  return {
    id,
    row: {
      supplierId: bought.supplierId,
      purchaseOrderId: bought.purchaseOrderId,
      poLineId: bought.poLineId,
      partId: lot.partId,
      locationId: lot.locationId,
      source: 'stock',
      receiptId: lot.receiptId!,
      lotId: lot.id,
      lotNumber: lot.lotNumber,
      comebackRepairOrderId: source.comebackRepairOrderId,
      // The lot's cost is the net price per stock unit it was bought at.
      unitPriceMinor: lot.unitCostMinor,
      taxRateBp: bought.taxRateBp,
      currency: bought.currency,
    },
  };
}

/**
 * The purchase a lot came from: its goods receipt's order line for the part, or, for a lot a
 * replacement delivered, the line of the return it replaced. 422 for stock booked by hand.
 */
async function purchaseOf(
  ctx: Ctx,
  lot: { partId: string; receiptId: string | null; supplierId: string | null; lotNumber: string | null },
) {
  const refuse = () =>
    rule(
      'lot-not-purchased',
      'The lot was not delivered against a purchase order (booked by hand or found): there is no supplier to return it to.',
    );
  if (!lot.receiptId || !lot.supplierId) throw refuse();
  let purchaseOrderId: string;
  let poLineId: string;
  const receipt = await ctx.tx.goodsReceipt.findFirst({
    where: { id: lot.receiptId, tenantId: ctx.tenantId },
  });
  if (receipt) {
    const lines = (receipt.lines as unknown as ReceiptLineJson[]).filter((l) => l.partId === lot.partId);
    const line = lines.find((l) => l.lotNumber === lot.lotNumber) ?? lines[0];
    if (!line) throw refuse();
    purchaseOrderId = receipt.purchaseOrderId;
    poLineId = line.poLineId;
  } else {
    const replaced = await ctx.tx.supplierReturn.findFirst({
      where: { tenantId: ctx.tenantId, replacementReceiptId: lot.receiptId },
    });
    if (!replaced) throw refuse();
    purchaseOrderId = replaced.purchaseOrderId;
    poLineId = replaced.poLineId;
  }
  const po = await ctx.tx.purchaseOrder.findUniqueOrThrow({
    where: { id: purchaseOrderId },
    include: { lines: true },
  });
  const poLine = po.lines.find((l) => l.id === poLineId)!;
  return {
    supplierId: lot.supplierId,
    purchaseOrderId,
    poLineId,
    taxRateBp: poLine.taxRateBp,
    currency: po.currency,
  };
}

/**
 * A comeback is traced to the lot when the lot's parts were issued to the comeback order itself
 * or to an earlier order of the same vehicle (repair.order.opened tells which vehicle an order is for).
 */
async function comebackTracedToLot(ctx: Ctx, lotId: string, comebackRepairOrderId: string): Promise<boolean> {
  const issues = await ctx.tx.stockMovement.findMany({
    where: { tenantId: ctx.tenantId, lotId, kind: 'ISSUE', repairOrderId: { not: null } },
    select: { repairOrderId: true },
    distinct: ['repairOrderId'],
  });
  const orders = issues.map((i) => i.repairOrderId!);
  if (orders.includes(comebackRepairOrderId)) return true;
  const comeback = await ctx.tx.repairOrderRef.findUnique({
    where: { tenantId_repairOrderId: { tenantId: ctx.tenantId, repairOrderId: comebackRepairOrderId } },
  });
  if (!comeback) return false;
  const sameVehicle = await ctx.tx.repairOrderRef.count({
    where: { tenantId: ctx.tenantId, repairOrderId: { in: orders }, vehicleId: comeback.vehicleId },
  });
  return sameVehicle > 0;
}

/** The return is a review of the supplier: 'comeback' for a comeback, else 'return'. */
async function reviewSupplier(ctx: Ctx, ret: SupplierReturnRow): Promise<void> {
  await ctx.tx.supplierReview.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      supplierId: ret.supplierId,
      kind: ret.reason === 'comeback' ? 'comeback' : 'return',
      receiptId: ret.receiptId,
      partId: ret.partId,
      repairOrderId: ret.comebackRepairOrderId,
      returnId: ret.id,
      source: ret.source,
      reason: ret.reason,
      quantity: ret.quantity,
      comment: ret.note,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    },
  });
  await rerateSupplier(ctx, ret.supplierId);
}

/** Locks the return and checks If-Match; null when there is none. */
async function lockForCommand(ctx: Ctx, id: string, expectedVersion: number | undefined) {
  const ret = await lockSupplierReturn(ctx, id);
  if (ret) expectVersion(expectedVersion, ret.version);
  return ret;
}

/** open -> shipped: the goods left for the supplier. */
export async function shipSupplierReturn(
  ctx: Ctx,
  id: string,
  input: { shipmentRef: string | null },
  expectedVersion?: number,
) {
  const ret = await lockForCommand(ctx, id, expectedVersion);
  if (!ret) return null;
  return ctx.tx.supplierReturn.update({
    where: { id, version: ret.version },
    data: {
      status: nextReturnStatus(ret.status as ReturnStatus, 'ship'),
      shipmentRef: input.shipmentRef,
      shippedBy: ctx.actor,
      shippedAt: ctx.now,
      version: { increment: 1 },
    },
  });
}

/** shipped -> rejected-by-supplier: the supplier refuses the claim (the goods stay returned). */
export async function rejectSupplierReturn(
  ctx: Ctx,
  id: string,
  input: { reason: string },
  expectedVersion?: number,
) {
  const ret = await lockForCommand(ctx, id, expectedVersion);
  if (!ret) return null;
  const rejected = await ctx.tx.supplierReturn.update({
    where: { id, version: ret.version },
    data: {
      status: nextReturnStatus(ret.status as ReturnStatus, 'reject'),
      supplierRejectionReason: input.reason,
      settledBy: ctx.actor,
      settledAt: ctx.now,
      version: { increment: 1 },
    },
  });
  emitReturnSettled(ctx, rejected, null);
  return rejected;
}

export type SettleInput =
  | {
      kind: 'credit-note';
      invoiceId: string;
      creditNoteNumber: string;
      /** Absent: the claim's value at the order line's rate. */
      taxes?: CreditNoteInput['taxes'];
      total?: CreditNoteInput['total'];
    }
  | { kind: 'replacement'; lotNumber: string | null; quantity?: number };

/** shipped -> settled: a credit note (credited) or a replacement delivery (replaced). */
export async function settleSupplierReturn(
  ctx: Ctx,
  id: string,
  input: SettleInput,
  expectedVersion?: number,
) {
  const peek = await ctx.tx.supplierReturn.findFirst({ where: { id, tenantId: ctx.tenantId } });
  if (!peek) return null;
  if (input.kind === 'credit-note') {
    expectVersion(expectedVersion, peek.version);
    const invoice = await ctx.tx.invoice.findFirst({
      where: { id: input.invoiceId, tenantId: ctx.tenantId },
    });
    if (invoice?.purchaseOrderId !== peek.purchaseOrderId)
      throw rule(
        'invoice-not-of-order',
        'The credit note must credit an invoice of the purchase order the returned goods came on.',
        { invoiceId: input.invoiceId, purchaseOrderId: peek.purchaseOrderId },
      );
    const taxes = input.taxes ?? [{ rateBp: peek.taxRateBp, netMinor: peek.claimValueMinor }];
    const gross = taxes.reduce((a, t) => a + t.netMinor + (t.taxMinor ?? taxOf(t.netMinor, t.rateBp)), 0);
    await registerCreditNoteFor(ctx, input.invoiceId, {
      creditNoteNumber: input.creditNoteNumber,
      taxes,
      total: input.total ?? { amountMinor: gross, currency: peek.currency },
      reason: `supplier return ${id} (${peek.reason})`,
      supplierReturnId: id,
    });
    return ctx.tx.supplierReturn.findUniqueOrThrow({ where: { id } });
  }
  return replace(ctx, peek, input, expectedVersion);
}

async function registerCreditNoteFor(ctx: Ctx, invoiceId: string, input: CreditNoteInput) {
  const note = await registerCreditNote(ctx, invoiceId, input);
  if (!note) throw rule('unknown-invoice', `Invoice ${invoiceId} does not exist.`, { invoiceId });
  return note;
}

/**
 * The replacement arrives: the same quantity goes on stock as a new lot costed at the price paid
 * for the returned goods (RECEIPT), serving open backorders. It is not invoiced again: goods
 * returned from stock were accepted (and billed) already, so the order line is left alone; goods
 * rejected at inspection were never accepted, so the replacement is what the order line accepts
 * (and the supplier bills, once).
 */
async function replace(
  ctx: Ctx,
  peek: SupplierReturnRow,
  input: Extract<SettleInput, { kind: 'replacement' }>,
  expectedVersion: number | undefined,
) {
  const po = (await lockPurchaseOrder(ctx, peek.purchaseOrderId))!;
  const ret = (await lockForCommand(ctx, peek.id, expectedVersion))!;
  assertSettlement(ret.claim as ClaimKind, 'replaced');
  const status = nextReturnStatus(ret.status as ReturnStatus, 'settle');
  const quantity = num(ret.quantity);
  if (input.quantity !== undefined && q(input.quantity) !== quantity)
    throw rule('replacement-quantity', `The replacement is the returned quantity, ${quantity}.`, {
      quantity: input.quantity,
      returned: quantity,
    });
  const poLine = po.lines.find((l) => l.id === ret.poLineId)!;
  const lots =
    ret.source === 'inspection'
      ? inspectionLots(quantity, poLine)
      : [{ quantity, unitCostMinor: ret.unitPriceMinor }];
  const receiptId = randomUUID();
  const balance = await lockBalance(ctx, ret.partId, ret.locationId);
  let lotId: string | null = null;
  for (const lot of lots) {
    const added = await addLot(ctx, {
      partId: ret.partId,
      locationId: ret.locationId,
      lotNumber: input.lotNumber,
      quantity: lot.quantity,
      unitCostMinor: lot.unitCostMinor,
      receiptId,
      supplierId: ret.supplierId,
    });
    lotId ??= added;
    await recordMovement(ctx, balance, {
      kind: 'RECEIPT',
      quantity: lot.quantity,
      lotId: added,
      lotNumber: input.lotNumber,
      unitCostMinor: lot.unitCostMinor,
      receiptId,
      reason: `replacement for supplier return ${ret.id}`,
    });
  }
  if (ret.source === 'inspection') await acceptOnOrderLine(ctx, po, poLine.id, quantity);
  await fulfilBackorders(ctx, balance);
  const settled = await ctx.tx.supplierReturn.update({
    where: { id: ret.id, version: ret.version },
    data: {
      status,
      settlement: 'replaced',
      replacementReceiptId: receiptId,
      replacementLotId: lotId,
      settledBy: ctx.actor,
      settledAt: ctx.now,
      version: { increment: 1 },
    },
  });
  emitReturnSettled(ctx, settled, input.lotNumber);
  return settled;
}

/**
 * Rejected goods claimed for credit will not be replaced: an order whose every line has its
 * quantity accepted or credit-claimed is received (complete), so its payment can settle it.
 */
async function completeWithCredit(ctx: Ctx, purchaseOrderId: string) {
  const claimed = await creditClaimedByLine(ctx, purchaseOrderId);
  const lines = await ctx.tx.purchaseOrderLine.findMany({ where: { purchaseOrderId } });
  if (lines.every((l) => q(num(l.accepted) + (claimed.get(l.id) ?? 0)) >= num(l.quantity)))
    await ctx.tx.purchaseOrder.updateMany({
      where: { id: purchaseOrderId, status: 'partially-received' },
      data: { status: 'received', version: { increment: 1 } },
    });
}

type LockedLine = NonNullable<Awaited<ReturnType<typeof lockPurchaseOrder>>>['lines'][number];

/** Packs x factor stock units, costed like a receipt of the line (domain/units.ts). */
function inspectionLots(quantity: number, poLine: LockedLine) {
  const factor = num(poLine.purchaseUnitFactor);
  const stockQuantity = stockQuantityOf(quantity, factor);
  if (factor === 1) return [{ quantity: stockQuantity, unitCostMinor: poLine.unitPriceMinor }];
  return lotCostsOf(netOf(quantity, poLine.unitPriceMinor), stockQuantity);
}

/** A replacement of rejected goods is what the order line receives and accepts; the order may be complete. */
async function acceptOnOrderLine(
  ctx: Ctx,
  po: NonNullable<Awaited<ReturnType<typeof lockPurchaseOrder>>>,
  poLineId: string,
  quantity: number,
) {
  await ctx.tx.purchaseOrderLine.update({
    where: { id: poLineId },
    data: { received: { increment: quantity }, accepted: { increment: quantity } },
  });
  const lines = await ctx.tx.purchaseOrderLine.findMany({ where: { purchaseOrderId: po.id } });
  const complete = lines.every((l) => num(l.accepted) >= num(l.quantity));
  await ctx.tx.purchaseOrder.update({
    where: { id: po.id },
    data: {
      ...(complete && po.status === 'partially-received' ? { status: 'received' } : {}),
      version: { increment: 1 },
    },
  });
}
