import { createHash } from 'node:crypto';
import { priceQuote } from './quote';
import {
  canonicalJson,
  customerQuoteContent,
  quoteHash,
  sameQuoteHash,
  type CustomerQuoteContent,
} from './quote-hash';

const priced = priceQuote(
  [
    { kind: 'labour', operationCode: 'BRK-PAD', description: 'Replace front pads', quantity: 1.5 },
    { kind: 'part', partId: 'part-pad-front', description: 'Brake pads', quantity: 2, unitPriceMinor: 4_450 },
  ],
  { labourRateMinor: 9_500, currency: 'EUR', defaultTaxRateBasisPoints: 1_900 },
);
const validUntil = new Date('2026-12-18T10:00:00.000Z');
const content = (): CustomerQuoteContent =>
  customerQuoteContent({
    version: 1,
    currency: 'EUR',
    validUntil,
    lines: priced.lines,
    totals: priced.totals,
  });

/** The same object with its keys in reverse order, at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

describe('quote hash', () => {
  it('is the hex SHA-256 of the canonical JSON (sorted keys, no whitespace)', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: null, e: 'x' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[2,{"e":"x","f":null}]},"b":1}',
    );
    const expected = createHash('sha256').update(canonicalJson(content())).digest('hex');
    expect(quoteHash(content())).toBe(expected);
    expect(quoteHash(content())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is stable under key order', () => {
    const shuffled = reversedKeys(content()) as CustomerQuoteContent;
    expect(Object.keys(shuffled)).not.toEqual(Object.keys(content()));
    expect(quoteHash(shuffled)).toBe(quoteHash(content()));
  });

  it('covers only what the customer sees: part and operation ids do not count', () => {
    const otherIds = priced.lines.map((l) => ({
      ...l,
      partId: l.partId && 'part-other',
      operationCode: null,
    }));
    const same = customerQuoteContent({
      version: 1,
      currency: 'EUR',
      validUntil,
      lines: otherIds,
      totals: priced.totals,
    });
    expect(quoteHash(same)).toBe(quoteHash(content()));
    expect(canonicalJson(same)).not.toContain('partId');
  });

  it('changes when a line, a total, the version, the currency or the validity changes', () => {
    const base = quoteHash(content());
    const changes: ((c: CustomerQuoteContent) => void)[] = [
      (c) => (c.lines[1]!.quantity = 3),
      (c) => (c.lines[0]!.description = 'Replace front and rear pads'),
      (c) => (c.lines[1]!.netMinor += 1),
      (c) => c.lines.pop(),
      (c) => c.lines.reverse(),
      (c) => (c.totals.grossMinor += 1),
      (c) => (c.version = 2),
      (c) => (c.currency = 'CHF'),
      (c) => (c.validUntil = '2026-12-19T10:00:00.000Z'),
    ];
    const hashes = changes.map((change) => {
      const c = content();
      change(c);
      return quoteHash(c);
    });
    for (const h of hashes) expect(h).not.toBe(base);
    expect(new Set(hashes).size).toBe(changes.length);
  });

  it('compares a sent hash case-insensitively', () => {
    const h = quoteHash(content());
    expect(sameQuoteHash(h, h.toUpperCase())).toBe(true);
    expect(
      sameQuoteHash(
        h,
        h.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      ),
    ).toBe(false);
  });
});
