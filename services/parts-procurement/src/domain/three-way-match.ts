// Three-way match before an invoice is accepted for payment. Prices are net; VAT/GST is a rate
// in basis points per line (1900 = 19 %). Every invoice line must name a line of the purchase
// order and bill no more than was accepted at goods receipt (rejected goods are not paid for);
// per line, the net unit price is compared with the ordered one and the line's tax with the
// order line's rate applied to the invoiced net, each within the tenant's tolerance (the larger
// of an absolute amount and a percentage of the expected value: suppliers round tax per line
// or per rate, so a cent or two must not block payment). Then the invoice must add up: its net
// is the sum of its lines, its tax per rate the sum of its lines' tax, and its gross total net
// plus tax (tax per rate may also be rounded once on the rate's net). Every mismatch is reported with its line, field, expected and invoiced value.
export interface PoLine {
  lineId: string;
  quantity: number;
  unitPriceMinor: number;
  /** VAT/GST in basis points; 0 when the order carries no tax. */
  taxRateBp: number;
  acceptedQuantity: number;
  invoicedQuantity: number; // already on earlier matched invoices
}

export interface InvoiceLine {
  poLineId: string;
  quantity: number;
  /** Net unit price. */
  unitPriceMinor: number;
  /** Absent: 0 (an invoice without tax fields bills no tax, as before tax was modelled). */
  taxRateBp?: number;
  /** The line's tax as printed; absent: net x rate, rounded half away from zero. */
  taxMinor?: number;
}

export interface InvoiceAmounts {
  lines: readonly InvoiceLine[];
  /** Net total as printed; absent: not checked (it is then the sum of the lines). */
  netMinor?: number;
  /** Tax per rate as printed; absent: the sum of the lines' tax per rate. */
  taxes?: readonly { rateBp: number; taxMinor: number }[];
  /** Gross total. */
  totalMinor: number;
}

export interface Tolerance {
  /** Absolute, minor units, per compared amount. */
  amountMinor: number;
  /** Percent of the ordered net unit price. */
  pricePct: number;
  /** Percent of the expected tax or gross amount. */
  taxPct: number;
}

export const NO_TOLERANCE: Tolerance = { amountMinor: 0, pricePct: 0, taxPct: 0 };

export type MismatchField = 'poLineId' | 'quantity' | 'netUnitPrice' | 'tax' | 'net' | 'gross';

export interface Mismatch {
  /** 1-based invoice line; null for the invoice's totals. */
  line: number | null;
  poLineId: string | null;
  field: MismatchField;
  code:
    | 'unknown-line'
    | 'duplicate-line'
    | 'quantity-exceeds-received'
    | 'price-mismatch'
    | 'tax-mismatch'
    | 'net-mismatch'
    | 'total-mismatch';
  expected: number | string | null;
  invoiced: number | string | null;
  /** What the difference may be; 0 where no tolerance applies. */
  tolerance: number;
  /** For tax: the rates compared. */
  expectedRateBp?: number;
  invoicedRateBp?: number;
  message: string;
}

/** Tax on a net amount at a rate in basis points, rounded to the minor unit (half away from zero). */
export const taxOf = (netMinor: number, rateBp: number): number =>
  Math.sign(netMinor) * Math.round((Math.abs(netMinor) * rateBp) / 10_000);

/** Net of a line: quantity x net unit price, rounded to the minor unit. */
export const netOf = (quantity: number, unitPriceMinor: number): number =>
  Math.round(quantity * unitPriceMinor);

const allowed = (expected: number, absMinor: number, pct: number) =>
  Math.max(absMinor, Math.round((Math.abs(expected) * pct) / 100));

export interface PricedLine extends InvoiceLine {
  line: number;
  taxRateBp: number;
  netMinor: number;
  taxMinor: number;
}

export interface PricedInvoice {
  lines: PricedLine[];
  netMinor: number;
  /** Per rate, ascending. */
  taxes: { rateBp: number; netMinor: number; taxMinor: number }[];
  taxMinor: number;
  totalMinor: number;
}

/** The invoice's amounts as the supplier states them (filled in where it leaves them out). */
export function priceInvoice(invoice: InvoiceAmounts): PricedInvoice {
  const lines = invoice.lines.map((l, i) => {
    const taxRateBp = l.taxRateBp ?? 0;
    const netMinor = netOf(l.quantity, l.unitPriceMinor);
    return { ...l, line: i + 1, taxRateBp, netMinor, taxMinor: l.taxMinor ?? taxOf(netMinor, taxRateBp) };
  });
  const rates = [
    ...new Set([...lines.map((l) => l.taxRateBp), ...(invoice.taxes ?? []).map((t) => t.rateBp)]),
  ].sort((a, b) => a - b);
  const taxes = rates.map((rateBp) => {
    const at = lines.filter((l) => l.taxRateBp === rateBp);
    const stated = invoice.taxes?.find((t) => t.rateBp === rateBp);
    return {
      rateBp,
      netMinor: at.reduce((a, l) => a + l.netMinor, 0),
      taxMinor: stated ? stated.taxMinor : at.reduce((a, l) => a + l.taxMinor, 0),
    };
  });
  return {
    lines,
    netMinor: invoice.netMinor ?? lines.reduce((a, l) => a + l.netMinor, 0),
    taxes,
    taxMinor: taxes.reduce((a, t) => a + t.taxMinor, 0),
    totalMinor: invoice.totalMinor,
  };
}

export function threeWayMatch(
  poLines: readonly PoLine[],
  invoice: InvoiceAmounts,
  tolerance: Tolerance = NO_TOLERANCE,
): Mismatch[] {
  const byId = new Map(poLines.map((l) => [l.lineId, l]));
  const seen = new Set<string>();
  const out: Mismatch[] = [];
  const priced = priceInvoice(invoice);
  for (const line of priced.lines) {
    const at = { line: line.line, poLineId: line.poLineId };
    if (seen.has(line.poLineId)) {
      out.push({
        ...at,
        field: 'poLineId',
        code: 'duplicate-line',
        expected: null,
        invoiced: line.poLineId,
        tolerance: 0,
        message: `Line ${line.line}: PO line ${line.poLineId} appears twice on the invoice.`,
      });
      continue;
    }
    seen.add(line.poLineId);
    const po = byId.get(line.poLineId);
    if (!po) {
      out.push({
        ...at,
        field: 'poLineId',
        code: 'unknown-line',
        expected: null,
        invoiced: line.poLineId,
        tolerance: 0,
        message: `Line ${line.line}: ${line.poLineId} is not on the purchase order.`,
      });
      continue;
    }
    const billable = po.acceptedQuantity - po.invoicedQuantity;
    if (line.quantity > billable + 1e-9)
      out.push({
        ...at,
        field: 'quantity',
        code: 'quantity-exceeds-received',
        expected: billable,
        invoiced: line.quantity,
        tolerance: 0,
        message: `Line ${line.line}: invoiced ${line.quantity} but only ${billable} accepted at receipt and not yet invoiced.`,
      });
    const priceTolerance = allowed(po.unitPriceMinor, tolerance.amountMinor, tolerance.pricePct);
    if (Math.abs(line.unitPriceMinor - po.unitPriceMinor) > priceTolerance)
      out.push({
        ...at,
        field: 'netUnitPrice',
        code: 'price-mismatch',
        expected: po.unitPriceMinor,
        invoiced: line.unitPriceMinor,
        tolerance: priceTolerance,
        message: `Line ${line.line}: invoiced net unit price ${line.unitPriceMinor} differs from the ordered ${po.unitPriceMinor}.`,
      });
    // The order's rate on the invoiced net: a wrong price is reported once (above), not again as tax.
    const expectedTax = taxOf(line.netMinor, po.taxRateBp);
    const taxTolerance = allowed(expectedTax, tolerance.amountMinor, tolerance.taxPct);
    const wrongRate = line.taxRateBp !== po.taxRateBp && line.taxMinor !== expectedTax;
    if (wrongRate || Math.abs(line.taxMinor - expectedTax) > taxTolerance)
      out.push({
        ...at,
        field: 'tax',
        code: 'tax-mismatch',
        expected: expectedTax,
        invoiced: line.taxMinor,
        tolerance: taxTolerance,
        expectedRateBp: po.taxRateBp,
        invoicedRateBp: line.taxRateBp,
        message: `Line ${line.line}: tax ${line.taxMinor} at ${line.taxRateBp / 100} % differs from ${expectedTax} at the ordered ${po.taxRateBp / 100} %.`,
      });
  }
  const linesNet = priced.lines.reduce((a, l) => a + l.netMinor, 0);
  if (invoice.netMinor !== undefined && Math.abs(invoice.netMinor - linesNet) > tolerance.amountMinor)
    out.push({
      line: null,
      poLineId: null,
      field: 'net',
      code: 'net-mismatch',
      expected: linesNet,
      invoiced: invoice.netMinor,
      tolerance: tolerance.amountMinor,
      message: `Invoice net ${invoice.netMinor} is not the sum of its lines (${linesNet}).`,
    });
  for (const stated of invoice.taxes ?? []) {
    const at = priced.lines.filter((l) => l.taxRateBp === stated.rateBp);
    const linesTax = at.reduce((a, l) => a + l.taxMinor, 0);
    // Tax per rate may be rounded once on the rate's net total (as German invoices do) or be the
    // sum of the rounded line taxes: either is right.
    const onTotal = taxOf(
      at.reduce((a, l) => a + l.netMinor, 0),
      stated.rateBp,
    );
    const taxTolerance = allowed(linesTax, tolerance.amountMinor, tolerance.taxPct);
    const off = Math.min(Math.abs(stated.taxMinor - linesTax), Math.abs(stated.taxMinor - onTotal));
    if (off > taxTolerance)
      out.push({
        line: null,
        poLineId: null,
        field: 'tax',
        code: 'tax-mismatch',
        expected: linesTax,
        invoiced: stated.taxMinor,
        tolerance: taxTolerance,
        expectedRateBp: stated.rateBp,
        invoicedRateBp: stated.rateBp,
        message: `Invoice tax at ${stated.rateBp / 100} % is ${stated.taxMinor}; its lines at that rate add up to ${linesTax}.`,
      });
  }
  const gross = linesNet + priced.taxMinor;
  const grossTolerance = allowed(gross, tolerance.amountMinor, tolerance.taxPct);
  if (Math.abs(invoice.totalMinor - gross) > grossTolerance)
    out.push({
      line: null,
      poLineId: null,
      field: 'gross',
      code: 'total-mismatch',
      expected: gross,
      invoiced: invoice.totalMinor,
      tolerance: grossTolerance,
      message: `Invoice total ${invoice.totalMinor} is not its net ${linesNet} plus tax ${priced.taxMinor} (${gross}).`,
    });
  return out;
}
