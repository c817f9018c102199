// Supplier invoices: registered only if they match the purchase order and the goods accepted
// (three-way match, domain/three-way-match.ts), then paid; the order is settled when everything
// accepted is invoiced and paid.
import { randomUUID } from 'node:crypto';
import { conflictWith, rule } from '../../domain/errors';
import { threeWayMatch } from '../../domain/three-way-match';
import { num, type Ctx } from '../context';
import { settingsOf } from '../settings';
import { lockPurchaseOrder } from './purchase-orders';

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
