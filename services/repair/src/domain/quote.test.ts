import { AmountTooLarge } from './money';
import { QuoteError } from './quote';
import { allocate, lineGross, priceQuote, taxOf, type PricingContext } from './quote';

const ctx: PricingContext = { labourRateMinor: 9_500, currency: 'EUR', defaultTaxRateBasisPoints: 1_900 };

describe('quote arithmetic', () => {
  it('prices labour at the centre rate and parts at their unit price, with tax', () => {
    const q = priceQuote(
      [
        { kind: 'labour', operationCode: 'BRK-01', quantity: 1.5 },
        { kind: 'part', partId: 'pad-1', quantity: 2, unitPriceMinor: 4_599 },
      ],
      ctx,
    );
    expect(q.lines.map((l) => [l.unitPriceMinor, l.lineGrossMinor, l.netMinor])).toEqual([
      [9_500, 14_250, 14_250],
      [4_599, 9_198, 9_198],
    ]);
    // 23 448 net at 19 % = 4 455.12 -> 4 455
    expect(q.totals).toEqual({ netMinor: 23_448, discountMinor: 0, taxMinor: 4_455, grossMinor: 27_903 });
    expect(q.labourHours).toBe(1.5);
    expect(q.labourNetMinor).toBe(14_250);
    expect(q.partsNetMinor).toBe(9_198);
  });

  it('rounds line amounts half up to whole minor units', () => {
    expect(lineGross(0.333, 1_000)).toBe(333);
    expect(lineGross(0.5, 1)).toBe(1); // 0.5 -> 1
    expect(lineGross(0.499, 1)).toBe(0);
    expect(lineGross(1.005, 100)).toBe(101); // 100.5 -> 101, no float error
    expect(lineGross(2.675, 100)).toBe(268);
  });

  it('computes tax per rate on the summed nets, half up', () => {
    expect(taxOf(1_050, 1_000)).toBe(105);
    expect(taxOf(5, 1_000)).toBe(1); // 0.5 -> 1
    expect(taxOf(4, 1_000)).toBe(0);
    const split = priceQuote(
      [
        { kind: 'fee', quantity: 1, unitPriceMinor: 5 },
        { kind: 'fee', quantity: 1, unitPriceMinor: 5 },
      ],
      { ...ctx, defaultTaxRateBasisPoints: 1_000 },
    );
    expect(split.totals.taxMinor).toBe(1); // 10 x 10 % = 1, not 0.5 + 0.5 rounded twice = 2
  });

  it('keeps lines with different tax rates apart', () => {
    const q = priceQuote(
      [
        { kind: 'fee', quantity: 1, unitPriceMinor: 1_000, taxRateBasisPoints: 0 },
        { kind: 'fee', quantity: 1, unitPriceMinor: 1_000, taxRateBasisPoints: 700 },
      ],
      ctx,
    );
    expect(q.totals.taxMinor).toBe(70);
  });

  it('applies line discounts and spreads a quote discount pro rata', () => {
    const q = priceQuote(
      [
        { kind: 'fee', quantity: 1, unitPriceMinor: 1_000, discountMinor: 100 },
        { kind: 'fee', quantity: 1, unitPriceMinor: 2_000 },
      ],
      { ...ctx, defaultTaxRateBasisPoints: 0 },
      290,
    );
    // after line discounts 900 and 2000 (sum 2900); 290 spread 90 / 200
    expect(q.lines.map((l) => [l.discountMinor, l.netMinor])).toEqual([
      [190, 810],
      [200, 1_800],
    ]);
    expect(q.totals).toEqual({ netMinor: 2_610, discountMinor: 390, taxMinor: 0, grossMinor: 2_610 });
    for (const l of q.lines) expect(l.netMinor).toBe(l.lineGrossMinor - l.discountMinor);
  });

  it('allocates with the largest remainder, ties to the earlier line, and never loses a cent', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocate(10, [0, 5, 5])).toEqual([0, 5, 5]);
    expect(allocate(0, [3, 4])).toEqual([0, 0]);
    expect(allocate(7, [1, 2, 4]).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it.each([
    [
      [{ kind: 'part' as const, partId: 'p', quantity: -1, unitPriceMinor: 100 }],
      /quantity must be positive/,
    ],
    [[{ kind: 'part' as const, partId: 'p', quantity: 0, unitPriceMinor: 100 }], /quantity must be positive/],
    [[{ kind: 'part' as const, partId: 'p', quantity: 1.0001, unitPriceMinor: 100 }], /more than 3 decimals/],
    [[{ kind: 'part' as const, partId: 'p', quantity: 1, unitPriceMinor: -5 }], /non-negative whole/],
    [[{ kind: 'part' as const, partId: 'p', quantity: 1, unitPriceMinor: 1.5 }], /non-negative whole/],
    [[{ kind: 'part' as const, quantity: 1, unitPriceMinor: 100 }], /part lines need partId/],
    [[{ kind: 'fee' as const, quantity: 1 }], /fee lines need unitPriceMinor/],
    [[{ kind: 'labour' as const, quantity: 1, unitPriceMinor: 1 }], /labour rate/],
    [
      [{ kind: 'fee' as const, quantity: 1, unitPriceMinor: 100, discountMinor: 101 }],
      /discount 101 exceeds the line amount 100/,
    ],
    [
      [{ kind: 'fee' as const, quantity: 1, unitPriceMinor: 100, taxRateBasisPoints: 10_001 }],
      /taxRateBasisPoints/,
    ],
    [[], /at least one line/],
  ])('refuses bad lines: %j', (lines, message) => {
    expect(() => priceQuote(lines, ctx)).toThrow(QuoteError);
    expect(() => priceQuote(lines, ctx)).toThrow(message);
  });

  it('refuses a quote discount larger than the discounted total', () => {
    expect(() => priceQuote([{ kind: 'fee', quantity: 1, unitPriceMinor: 100 }], ctx, 101)).toThrow(
      /quote discount 101 exceeds/,
    );
  });

  it('handles large amounts exactly (bigint intermediates)', () => {
    const q = priceQuote([{ kind: 'fee', quantity: 9_999.999, unitPriceMinor: 900_000_000 }], {
      ...ctx,
      defaultTaxRateBasisPoints: 1_900,
    });
    expect(q.lines[0]!.lineGrossMinor).toBe(8_999_999_100_000);
    expect(q.totals.taxMinor).toBe(1_709_999_829_000);
  });

  it('refuses amounts and totals above Number.MAX_SAFE_INTEGER minor units (422 amount-too-large)', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        expect(err).toBeInstanceOf(AmountTooLarge);
        expect(err).toMatchObject({ code: 'amount-too-large' });
        return;
      }
      throw new Error('not refused');
    };
    const noTax = { ...ctx, defaultTaxRateBasisPoints: 0 };
    // exactly the limit fits, with no tax
    expect(priceQuote([{ kind: 'fee', quantity: 1, unitPriceMinor: max }], noTax).totals.grossMinor).toBe(
      max,
    );
    // a unit price above it; a line whose quantity x price exceeds it
    refused(() => priceQuote([{ kind: 'fee', quantity: 1, unitPriceMinor: max + 2 }], noTax));
    refused(() => priceQuote([{ kind: 'fee', quantity: 2, unitPriceMinor: 2 ** 52 }], noTax));
    // two lines each below it whose sum is above
    refused(() =>
      priceQuote(
        [
          { kind: 'fee', quantity: 1, unitPriceMinor: 2 ** 52 },
          { kind: 'fee', quantity: 1, unitPriceMinor: 2 ** 52 },
        ],
        noTax,
      ),
    );
    // a net that fits whose tax pushes the gross over
    refused(() => priceQuote([{ kind: 'fee', quantity: 1, unitPriceMinor: max - 10 }], ctx));
    // a labour rate (a BIGINT column) that makes the labour line too large
    refused(() => priceQuote([{ kind: 'labour', quantity: 10 }], { ...noTax, labourRateMinor: BigInt(max) }));
    expect(
      priceQuote([{ kind: 'labour', quantity: 1 }], { ...noTax, labourRateMinor: 9_500n }).totals.netMinor,
    ).toBe(9_500);
  });
});
