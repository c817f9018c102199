// The fingerprint of a quote version as the customer saw it in self-service. The customer's
// approval or decline names it, so a decision is only recorded on exactly the lines, totals,
// currency and validity the customer was shown (a mismatch is a 409: reload the quote).
//
// quoteHash = lowercase hex SHA-256 of the UTF-8 canonical JSON of CustomerQuoteContent: object
// keys sorted (by UTF-16 code units), no whitespace, arrays in their order, strings and numbers
// as JSON.stringify writes them (integers and the quantities' at most 3 decimals stay exact), so
// any client can recompute it. Pure: no clock, no database.
import { createHash } from 'node:crypto';
import { type LineKind, type PricedLine, type QuoteTotals } from './quote';

/** One quote line as the customer sees it (no part or operation ids). */
export interface CustomerQuoteLine {
  lineNo: number;
  kind: LineKind;
  description: string | null;
  /** Hours on labour lines, units on part and fee lines. */
  quantity: number;
  unitPriceMinor: number;
  lineGrossMinor: number;
  discountMinor: number;
  netMinor: number;
  taxRateBasisPoints: number;
}

/** What the hash covers: the version, its lines and totals, the currency and the validity. */
export interface CustomerQuoteContent {
  version: number;
  currency: string;
  /** ISO-8601 UTC with milliseconds, as the API writes it. */
  validUntil: string;
  lines: CustomerQuoteLine[];
  totals: { netMinor: number; discountMinor: number; taxMinor: number; grossMinor: number };
}

/** The content of a stored quote version (money as numbers: minorOf the BIGINT columns). */
export function customerQuoteContent(quote: {
  version: number;
  currency: string;
  validUntil: Date;
  lines: readonly PricedLine[];
  totals: QuoteTotals;
}): CustomerQuoteContent {
  return {
    version: quote.version,
    currency: quote.currency,
    validUntil: quote.validUntil.toISOString(),
    lines: quote.lines.map((l) => ({
      lineNo: l.lineNo,
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      lineGrossMinor: l.lineGrossMinor,
      discountMinor: l.discountMinor,
      netMinor: l.netMinor,
      taxRateBasisPoints: l.taxRateBasisPoints,
    })),
    totals: {
      netMinor: quote.totals.netMinor,
      discountMinor: quote.totals.discountMinor,
      taxMinor: quote.totals.taxMinor,
      grossMinor: quote.totals.grossMinor,
    },
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level; `undefined` members are left out as JSON does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value as Json));
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) {
    if (value[key] !== undefined) sorted[key] = sortKeys(value[key]);
  }
  return sorted;
}

export function quoteHash(content: CustomerQuoteContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/** Compares a client's hash with the stored version's (hex, case-insensitive). */
export function sameQuoteHash(expected: string, sent: string): boolean {
  return expected === sent.trim().toLowerCase();
}
