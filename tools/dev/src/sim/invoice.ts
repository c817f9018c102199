// A German supplier's invoice for a purchase order: each line at the ordered net unit price with
// its VAT rate, net and VAT per rate (VAT rounded once on each rate's net, as such invoices show
// it) and the gross total. Pure, so it is unit-tested; purchasing.ts sends it after each delivery.
import { type Body } from './api';

/** German standard VAT, in basis points. */
export const VAT_BP = 1900;

export interface InvoiceBody {
  purchaseOrderId: string;
  invoiceNumber: string;
  lines: { poLineId: string; quantity: number; unitPriceMinor: number; taxRateBp: number }[];
  net: { amountMinor: number; currency: string };
  taxes: { rateBp: number; taxMinor: number }[];
  total: { amountMinor: number; currency: string };
}

const taxOf = (netMinor: number, rateBp: number) => Math.round((netMinor * rateBp) / 10_000);

/** The invoice for what the PO (as answered after a receipt) accepted and nobody billed yet; null if nothing. */
export function vatInvoice(po: Body, invoiceNumber: string): InvoiceBody | null {
  const lines = (po.lines ?? [])
    .map((l: Body) => ({
      poLineId: String(l.id),
      quantity: Math.round((Number(l.accepted) - Number(l.invoiced)) * 1000) / 1000,
      unitPriceMinor: Number(l.unitPriceMinor),
      // An order line without a rate (ordered before offers carried one) is billed at the standard rate.
      taxRateBp: Number(l.taxRateBp ?? VAT_BP),
    }))
    .filter((l: { quantity: number }) => l.quantity > 0);
  if (!lines.length) return null;
  const netOfLine = (l: InvoiceBody['lines'][number]) => Math.round(l.quantity * l.unitPriceMinor);
  const rates = [...new Set<number>(lines.map((l: InvoiceBody['lines'][number]) => l.taxRateBp))].sort(
    (a, b) => a - b,
  );
  const taxes = rates.map((rateBp) => ({
    rateBp,
    taxMinor: taxOf(
      lines
        .filter((l: InvoiceBody['lines'][number]) => l.taxRateBp === rateBp)
        .reduce((a: number, l: InvoiceBody['lines'][number]) => a + netOfLine(l), 0),
      rateBp,
    ),
  }));
  const net = lines.reduce((a: number, l: InvoiceBody['lines'][number]) => a + netOfLine(l), 0);
  const tax = taxes.reduce((a, t) => a + t.taxMinor, 0);
  return {
    purchaseOrderId: String(po.id),
    invoiceNumber,
    lines,
    net: { amountMinor: net, currency: po.currency },
    taxes,
    total: { amountMinor: net + tax, currency: po.currency },
  };
}
