// Supplier invoices: registered only if they match the purchase order and the goods accepted
// (three-way match, domain/three-way-match.ts: net prices and VAT/GST per line, per-tenant
// tolerances), then paid (gross minus credit notes, credit-notes.ts); the order is settled when
// everything accepted is invoiced and paid.
import { randomUUID } from 'node:crypto';
import { conflictWith, rule } from '../../domain/errors';
import { assertSameCurrency } from '../../domain/currency';
import { priceInvoice, threeWayMatch, type InvoiceLine } from '../../domain/three-way-match';
import { num, type Ctx } from '../context';
import { settingsOf } from '../settings';
import { lockPurchaseOrder } from './purchase-orders';
import { creditClaimedByLine } from './return-claims';

export interface InvoiceInput {
  purchaseOrderId: string;
  invoiceNumber: string;
  /** Net unit prices; a line without taxRateBp bills no tax. */
  lines: InvoiceLine[];
  /** Net total as printed (optional). */
  net?: { amountMinor: number; currency: string } | null;
  /** Tax per rate as printed (optional). */
  taxes?: { rateBp: number; taxMinor: number }[] | null;
  /** Gross total: net plus tax. */
  total: { amountMinor: number; currency: string };
  dueAt?: Date | null;
}

/** An invoice as answered: with what payment settles (gross minus credit notes). */
export const withPayable = <T extends { totalMinor: number; creditedMinor: number }>(invoice: T) => ({
  ...invoice,
  payableMinor: invoice.totalMinor - invoice.creditedMinor,
});

/** Registers a supplier invoice only if it matches the PO and what was accepted at receipt. */
export async function registerInvoice(ctx: Ctx, input: InvoiceInput) {
  const po = await lockPurchaseOrder(ctx, input.purchaseOrderId);
  if (!po) return null;
  assertSameCurrency(
    { what: 'the invoice', currency: input.total.currency },
    { what: 'the purchase order', currency: po.currency },
  );
  if (input.net)
    assertSameCurrency(
      { what: 'the invoice net', currency: input.net.currency },
      { what: 'the invoice total', currency: input.total.currency },
    );
  const settings = await settingsOf(ctx.tx, ctx.tenantId);
  const amounts = {
    lines: input.lines,
    ...(input.net ? { netMinor: input.net.amountMinor } : {}),
    ...(input.taxes ? { taxes: input.taxes } : {}),
    totalMinor: input.total.amountMinor,
  };
  // Goods rejected at inspection but claimed for credit are billable: their credit note takes them off.
  const claimed = await creditClaimedByLine(ctx, po.id);
  const mismatches = threeWayMatch(
    po.lines.map((l) => ({
      lineId: l.id,
      quantity: num(l.quantity),
      unitPriceMinor: l.unitPriceMinor,
      taxRateBp: l.taxRateBp,
      acceptedQuantity: num(l.accepted) + (claimed.get(l.id) ?? 0),
      invoicedQuantity: num(l.invoiced),
    })),
    amounts,
    {
      amountMinor: settings.amountToleranceMinor,
      pricePct: settings.priceTolerancePct,
      taxPct: settings.taxTolerancePct,
    },
  );
  if (mismatches.length)
    throw rule(
      'three-way-mismatch',
      `The invoice does not match the purchase order and the goods received: ${mismatches.map((m) => m.message).join(' ')}`,
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
  const priced = priceInvoice(amounts);
  const invoice = await ctx.tx.invoice.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      purchaseOrderId: po.id,
      invoiceNumber: input.invoiceNumber,
      lines: priced.lines.map((l) => ({
        line: l.line,
        poLineId: l.poLineId,
        quantity: l.quantity,
        unitPriceMinor: l.unitPriceMinor,
        taxRateBp: l.taxRateBp,
        netMinor: l.netMinor,
        taxMinor: l.taxMinor,
      })),
      netMinor: priced.netMinor,
      taxMinor: priced.taxMinor,
      taxes: priced.taxes,
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
  return withPayable(invoice);
}

/** Records payment of a matched invoice; the PO is settled when everything accepted is invoiced and paid. */
export async function payInvoice(ctx: Ctx, invoiceId: string, paymentRef: string) {
  const billed = await ctx.tx.invoice.findFirst({
    where: { id: invoiceId, tenantId: ctx.tenantId },
    select: { purchaseOrderId: true },
  });
  if (!billed) return null;
  // Every change to a PO's invoices holds the PO's lock: a concurrent payment of this invoice waits
  // here, and the invoice is read only after it, so the second payment sees it paid (409).
  const po = await lockPurchaseOrder(ctx, billed.purchaseOrderId);
  const invoice = await ctx.tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  if (invoice.status !== 'matched') throw conflictWith('not-payable', `The invoice is ${invoice.status}.`);
  const paid = await ctx.tx.invoice.update({
    where: { id: invoiceId, status: 'matched' },
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
