// Quote arithmetic in integer minor units (cents); no float ever reaches a total.
//
// Rules (documented here because customers see the result):
// - Quantities have at most 3 decimals (0.001 h or unit). A labour line is hours x the centre's
//   labour rate (the client cannot set a labour price); part and fee lines carry their unit price.
// - Line gross = quantity x unit price, rounded half up to a whole minor unit.
// - A line discount is at most its line gross. A quote-level discount is at most the sum of the
//   discounted lines and is spread over the lines pro rata to their discounted amount (largest
//   remainder, ties to the earlier line), so each line's `discount` includes its share and
//   `netTotal = round(quantity x unitPrice) - discount` holds per line.
// - Tax is computed once per tax rate on the sum of the nets at that rate, rounded half up
//   (so splitting a line in two never changes the tax). Gross = net + tax.
// - Every amount, line and total stays at or below Number.MAX_SAFE_INTEGER minor units (the
//   columns are BIGINT, JSON carries numbers): a quote whose line gross, discounted sum, tax or
//   gross total would exceed it is refused with 422, code amount-too-large (domain/money.ts).
import { RuleViolation } from '@aftersales/service-kit/domain';
import { ProblemTypes } from './errors';
import { AmountTooLarge, MAX_MINOR } from './money';

export type LineKind = 'labour' | 'part' | 'fee';

export interface QuoteLineInput {
  kind: LineKind;
  partId?: string | null;
  operationCode?: string | null;
  description?: string | null;
  quantity: number;
  /** Required for part and fee lines; refused on labour lines (the centre's rate applies). */
  unitPriceMinor?: number | null;
  discountMinor?: number | null;
  /** Defaults to the centre's rate. */
  taxRateBasisPoints?: number | null;
}

export interface PricingContext {
  /** A BIGINT column: bigint straight from the database is fine. */
  labourRateMinor: number | bigint;
  currency: string;
  defaultTaxRateBasisPoints: number;
}

export interface PricedLine {
  lineNo: number;
  kind: LineKind;
  partId: string | null;
  operationCode: string | null;
  description: string | null;
  quantity: number;
  unitPriceMinor: number;
  lineGrossMinor: number;
  /** Line discount plus its share of the quote discount. */
  discountMinor: number;
  netMinor: number;
  taxRateBasisPoints: number;
}

export interface QuoteTotals {
  netMinor: number;
  discountMinor: number;
  taxMinor: number;
  grossMinor: number;
}

export interface PricedQuote {
  currency: string;
  lines: PricedLine[];
  totals: QuoteTotals;
  labourHours: number;
  labourNetMinor: number;
  partsNetMinor: number;
}

/** A quote that cannot be priced (422, code invalid-quote, `path` names the line). */
export class QuoteError extends RuleViolation {
  override name = 'QuoteError';
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { type: ProblemTypes.rule, code: 'invalid-quote', details });
  }
}

const MAX_QUANTITY = 10_000;
const MAX_BIG = BigInt(MAX_MINOR);

/** Rounds a non-negative rational n/d half up, in bigint. */
function divRoundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

function milli(quantity: number, path: string): bigint {
  if (!Number.isFinite(quantity) || quantity <= 0)
    throw new QuoteError(`${path}: quantity must be positive`, { path });
  if (quantity > MAX_QUANTITY)
    throw new QuoteError(`${path}: quantity must be at most ${MAX_QUANTITY}`, { path });
  const scaled = Math.round(quantity * 1000);
  if (Math.abs(scaled - quantity * 1000) > 1e-6)
    throw new QuoteError(`${path}: quantity has more than 3 decimals`, { path });
  return BigInt(scaled);
}

function wholeMinor(value: number, path: string): bigint {
  if (value > MAX_MINOR) throw new AmountTooLarge(path);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new QuoteError(`${path} must be a non-negative whole number of minor units`, { path });
  return BigInt(value);
}

/** Line gross in minor units: quantity x unit price, half up. */
export function lineGross(quantity: number, unitPriceMinor: number): number {
  return Number(
    divRoundHalfUp(milli(quantity, 'quantity') * wholeMinor(unitPriceMinor, 'unitPriceMinor'), 1000n),
  );
}

/** Splits `amount` over `weights` pro rata; largest remainder, ties to the earlier index. */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (amount === 0 || total === 0) return weights.map(() => 0);
  const A = BigInt(amount);
  const T = BigInt(total);
  const shares = weights.map((w) => (A * BigInt(w)) / T);
  const remainders = weights.map((w, i) => ({ i, r: (A * BigInt(w)) % T }));
  let left = Number(A - shares.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0) break;
    shares[i]! += 1n;
    left -= 1;
  }
  return shares.map(Number);
}

/** Tax on a net amount at a rate in basis points (1900 = 19 %), half up. */
export function taxOf(netMinor: number, basisPoints: number): number {
  return Number(divRoundHalfUp(BigInt(netMinor) * BigInt(basisPoints), 10_000n));
}

export function priceQuote(
  inputs: readonly QuoteLineInput[],
  ctx: PricingContext,
  quoteDiscountMinor = 0,
): PricedQuote {
  if (inputs.length === 0) throw new QuoteError('A quote needs at least one line');
  const labourRate = wholeMinor(Number(ctx.labourRateMinor), 'labour rate');
  const prelim = inputs.map((line, i) => {
    const path = `lines[${i}]`;
    const qty = milli(line.quantity, path);
    let unit: bigint;
    if (line.kind === 'labour') {
      if (line.unitPriceMinor !== undefined && line.unitPriceMinor !== null) {
        throw new QuoteError(
          `${path}: labour lines are priced at the centre's labour rate; omit unitPriceMinor`,
          { path },
        );
      }
      unit = labourRate;
    } else {
      if (line.unitPriceMinor === undefined || line.unitPriceMinor === null) {
        throw new QuoteError(`${path}: ${line.kind} lines need unitPriceMinor`, { path });
      }
      unit = wholeMinor(line.unitPriceMinor, `${path}.unitPriceMinor`);
    }
    if (line.kind === 'part' && !line.partId)
      throw new QuoteError(`${path}: part lines need partId`, { path });
    const gross = divRoundHalfUp(qty * unit, 1000n);
    if (gross > MAX_BIG)
      throw new AmountTooLarge(path, `${path}: the line amount exceeds ${MAX_MINOR} minor units`);
    const discount = wholeMinor(line.discountMinor ?? 0, `${path}.discountMinor`);
    if (discount > gross)
      throw new QuoteError(`${path}: discount ${discount} exceeds the line amount ${gross}`, { path });
    const rate = line.taxRateBasisPoints ?? ctx.defaultTaxRateBasisPoints;
    if (!Number.isInteger(rate) || rate < 0 || rate > 10_000)
      throw new QuoteError(`${path}: taxRateBasisPoints must be 0..10000`, { path });
    return { line, unit: Number(unit), gross: Number(gross), discount: Number(discount), rate };
  });
  const afterLineDiscounts = prelim.map((p) => p.gross - p.discount);
  const bigSum = afterLineDiscounts.reduce((a, b) => a + BigInt(b), 0n);
  // Net and discount totals are at most this sum (and tax at most net): bounding it keeps them exact.
  if (bigSum > MAX_BIG)
    throw new AmountTooLarge('lines', `The quote total would exceed ${MAX_MINOR} minor units`);
  const sum = Number(bigSum);
  if (quoteDiscountMinor > sum)
    throw new QuoteError(`quote discount ${quoteDiscountMinor} exceeds the discounted total ${sum}`);
  wholeMinor(quoteDiscountMinor, 'discountMinor');
  const shares = allocate(quoteDiscountMinor, afterLineDiscounts);

  const lines: PricedLine[] = prelim.map((p, i) => ({
    lineNo: i + 1,
    kind: p.line.kind,
    partId: p.line.partId ?? null,
    operationCode: p.line.operationCode ?? null,
    description: p.line.description ?? null,
    quantity: p.line.quantity,
    unitPriceMinor: p.unit,
    lineGrossMinor: p.gross,
    discountMinor: p.discount + shares[i]!,
    netMinor: afterLineDiscounts[i]! - shares[i]!,
    taxRateBasisPoints: p.rate,
  }));
  const byRate = new Map<number, number>();
  for (const l of lines)
    byRate.set(l.taxRateBasisPoints, (byRate.get(l.taxRateBasisPoints) ?? 0) + l.netMinor);
  const taxMinor = [...byRate].reduce((t, [rate, net]) => t + taxOf(net, rate), 0);
  const netMinor = lines.reduce((a, l) => a + l.netMinor, 0);
  if (BigInt(netMinor) + BigInt(taxMinor) > MAX_BIG)
    throw new AmountTooLarge('lines', `The quote's gross total would exceed ${MAX_MINOR} minor units`);
  const labour = lines.filter((l) => l.kind === 'labour');
  return {
    currency: ctx.currency,
    lines,
    totals: {
      netMinor,
      discountMinor: lines.reduce((a, l) => a + l.discountMinor, 0),
      taxMinor,
      grossMinor: netMinor + taxMinor,
    },
    labourHours: labour.reduce((a, l) => a + Math.round(l.quantity * 1000), 0) / 1000,
    labourNetMinor: labour.reduce((a, l) => a + l.netMinor, 0),
    partsNetMinor: lines.filter((l) => l.kind === 'part').reduce((a, l) => a + l.netMinor, 0),
  };
}
