// Credit notes: a supplier takes an amount off a matched, unpaid invoice (a price reduction, a
// returned part), as net and tax per VAT/GST rate of the invoice. Payment then settles the gross
// minus the credits. Credits per rate never exceed what the invoice billed at that rate, and the
// credit note's tax must be its net at the rate (within the tenant's tolerance), like an invoice.
import { randomUUID } from 'node:crypto';
import { assertSameCurrency } from '../../domain/currency';
import { conflictWith, rule } from '../../domain/errors';
import { taxOf } from '../../domain/three-way-match';
import { type Ctx } from '../context';
import { settingsOf } from '../settings';
import { withPayable } from './invoicing';
import { lockPurchaseOrder } from './purchase-orders';
import { checkCreditClaim, settleCreditClaim } from './return-claims';

export interface CreditNoteInput {
  creditNoteNumber: string;
  /** Per rate of the invoice: the net credited and its tax (absent: net x rate). */
  taxes: { rateBp: number; netMinor: number; taxMinor?: number }[];
  /** Gross credited: net plus tax. */
  total: { amountMinor: number; currency: string };
  reason?: string | null;
  /** A supplier return whose credit-note claim this credit note settles (return-claims.ts). */
  supplierReturnId?: string | null;
}

type Taxes = { rateBp: number; netMinor: number; taxMinor: number }[];

export async function registerCreditNote(ctx: Ctx, invoiceId: string, input: CreditNoteInput) {
  const billed = await ctx.tx.invoice.findFirst({
    where: { id: invoiceId, tenantId: ctx.tenantId },
    select: { purchaseOrderId: true },
  });
  if (!billed) return null;
  // Every change to a PO's invoices holds the PO's lock (payment does too): a credit note and a
  // payment of the same invoice never interleave.
  await lockPurchaseOrder(ctx, billed.purchaseOrderId);
  const invoice = await ctx.tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  if (invoice.status !== 'matched')
    throw conflictWith(
      'not-creditable',
      `The invoice is ${invoice.status}; only an unpaid invoice can be credited.`,
    );
  assertSameCurrency(
    { what: 'the credit note', currency: input.total.currency },
    { what: 'the invoice', currency: invoice.currency },
  );
  const claim = input.supplierReturnId ? await checkCreditClaim(ctx, input.supplierReturnId, invoice) : null;
  if (
    await ctx.tx.creditNote.findFirst({
      where: { tenantId: ctx.tenantId, invoiceId, creditNoteNumber: input.creditNoteNumber },
    })
  )
    throw conflictWith(
      'duplicate-credit-note',
      `Credit note ${input.creditNoteNumber} is already registered for this invoice.`,
    );
  const settings = await settingsOf(ctx.tx, ctx.tenantId);
  const earlier = await ctx.tx.creditNote.findMany({ where: { invoiceId } });
  const credited = (rateBp: number) =>
    earlier
      .flatMap((c) => c.taxes as unknown as Taxes)
      .filter((t) => t.rateBp === rateBp)
      .reduce((a, t) => a + t.netMinor, 0);
  // Invoices registered before tax was modelled have no taxes per rate: all their net is at 0 %.
  const stated = invoice.taxes as unknown as Taxes;
  const invoiceTaxes = stated.length ? stated : [{ rateBp: 0, netMinor: invoice.netMinor, taxMinor: 0 }];
  const mismatches: Record<string, unknown>[] = [];
  const taxes = input.taxes.map((t, i) => {
    const line = i + 1;
    const expectedTax = taxOf(t.netMinor, t.rateBp);
    const taxMinor = t.taxMinor ?? expectedTax;
    const billedAt = invoiceTaxes.find((x) => x.rateBp === t.rateBp);
    const open = (billedAt?.netMinor ?? 0) - credited(t.rateBp);
    if (t.netMinor > open)
      mismatches.push({
        line,
        field: 'net',
        expected: open,
        invoiced: t.netMinor,
        tolerance: 0,
        message: `Line ${line}: credits ${t.netMinor} net at ${t.rateBp / 100} %; the invoice has ${open} net at that rate left to credit.`,
      });
    const tolerance = Math.max(
      settings.amountToleranceMinor,
      Math.round((expectedTax * settings.taxTolerancePct) / 100),
    );
    if (Math.abs(taxMinor - expectedTax) > tolerance)
      mismatches.push({
        line,
        field: 'tax',
        expected: expectedTax,
        invoiced: taxMinor,
        tolerance,
        message: `Line ${line}: tax ${taxMinor} is not ${t.rateBp / 100} % of ${t.netMinor} (${expectedTax}).`,
      });
    return { rateBp: t.rateBp, netMinor: t.netMinor, taxMinor };
  });
  if (new Set(taxes.map((t) => t.rateBp)).size !== taxes.length)
    throw rule('duplicate-rate', 'Each tax rate appears once on a credit note.');
  const netMinor = taxes.reduce((a, t) => a + t.netMinor, 0);
  const taxMinor = taxes.reduce((a, t) => a + t.taxMinor, 0);
  if (Math.abs(input.total.amountMinor - (netMinor + taxMinor)) > settings.amountToleranceMinor)
    mismatches.push({
      line: null,
      field: 'gross',
      expected: netMinor + taxMinor,
      invoiced: input.total.amountMinor,
      tolerance: settings.amountToleranceMinor,
      message: `Credit note total ${input.total.amountMinor} is not its net ${netMinor} plus tax ${taxMinor}.`,
    });
  const payable = invoice.totalMinor - invoice.creditedMinor;
  if (!mismatches.length && input.total.amountMinor > payable)
    mismatches.push({
      line: null,
      field: 'gross',
      expected: payable,
      invoiced: input.total.amountMinor,
      tolerance: 0,
      message: `Credit note total ${input.total.amountMinor} exceeds what is left to pay on the invoice (${payable}).`,
    });
  if (mismatches.length)
    throw rule(
      'credit-note-mismatch',
      `The credit note does not fit the invoice: ${mismatches.map((m) => m.message).join(' ')}`,
      { mismatches },
    );
  const note = await ctx.tx.creditNote.create({
    data: {
      id: randomUUID(),
      tenantId: ctx.tenantId,
      invoiceId,
      creditNoteNumber: input.creditNoteNumber,
      taxes,
      netMinor,
      taxMinor,
      totalMinor: input.total.amountMinor,
      currency: input.total.currency,
      reason: input.reason ?? null,
      createdBy: ctx.actor,
      createdAt: ctx.now,
    },
  });
  const updated = await ctx.tx.invoice.update({
    where: { id: invoiceId },
    data: { creditedMinor: { increment: input.total.amountMinor }, version: { increment: 1 } },
  });
  if (claim) await settleCreditClaim(ctx, claim, note);
  return { ...note, supplierReturnId: claim?.id ?? null, invoice: withPayable(updated) };
}
