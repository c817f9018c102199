// Three-way match before an invoice is accepted for payment: every invoice line must name a line
// of the purchase order, bill no more than was accepted at goods receipt (rejected goods are not
// paid for), at the ordered unit price within the tenant's price tolerance; and the invoice total
// must equal the sum of its lines. Every mismatch is reported, not just the first.
export interface PoLine {
  lineId: string;
  quantity: number;
  unitPriceMinor: number;
  acceptedQuantity: number;
  invoicedQuantity: number; // already on earlier matched invoices
}

export interface InvoiceLine {
  poLineId: string;
  quantity: number;
  unitPriceMinor: number;
}

export interface Mismatch {
  poLineId: string | null;
  code: 'unknown-line' | 'quantity-exceeds-received' | 'price-mismatch' | 'total-mismatch' | 'duplicate-line';
  message: string;
}

export function threeWayMatch(
  poLines: readonly PoLine[],
  invoice: { lines: readonly InvoiceLine[]; totalMinor: number },
  priceTolerancePercent = 0,
): Mismatch[] {
  const byId = new Map(poLines.map((l) => [l.lineId, l]));
  const seen = new Set<string>();
  const out: Mismatch[] = [];
  let sum = 0;
  for (const line of invoice.lines) {
    sum += Math.round(line.quantity * line.unitPriceMinor);
    if (seen.has(line.poLineId)) {
      out.push({
        poLineId: line.poLineId,
        code: 'duplicate-line',
        message: `PO line ${line.poLineId} appears twice on the invoice.`,
      });
      continue;
    }
    seen.add(line.poLineId);
    const po = byId.get(line.poLineId);
    if (!po) {
      out.push({
        poLineId: line.poLineId,
        code: 'unknown-line',
        message: `Line ${line.poLineId} is not on the purchase order.`,
      });
      continue;
    }
    const billable = po.acceptedQuantity - po.invoicedQuantity;
    if (line.quantity > billable + 1e-9) {
      out.push({
        poLineId: line.poLineId,
        code: 'quantity-exceeds-received',
        message: `Invoiced ${line.quantity} but only ${billable} accepted at receipt and not yet invoiced.`,
      });
    }
    const tolerance = (po.unitPriceMinor * priceTolerancePercent) / 100;
    if (Math.abs(line.unitPriceMinor - po.unitPriceMinor) > tolerance) {
      out.push({
        poLineId: line.poLineId,
        code: 'price-mismatch',
        message: `Invoiced unit price ${line.unitPriceMinor} differs from the ordered ${po.unitPriceMinor}.`,
      });
    }
  }
  if (sum !== invoice.totalMinor) {
    out.push({
      poLineId: null,
      code: 'total-mismatch',
      message: `Invoice total ${invoice.totalMinor} is not the sum of its lines (${sum}).`,
    });
  }
  return out;
}
