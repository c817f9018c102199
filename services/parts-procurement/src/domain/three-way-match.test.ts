import { assertSameCurrency, singleCurrency } from './currency';
import { priceInvoice, taxOf, threeWayMatch } from './three-way-match';

const po = [
  { lineId: 'a', quantity: 10, unitPriceMinor: 500, taxRateBp: 0, acceptedQuantity: 8, invoicedQuantity: 0 },
  { lineId: 'b', quantity: 2, unitPriceMinor: 1000, taxRateBp: 0, acceptedQuantity: 2, invoicedQuantity: 2 },
];
// The README's worked example: 2 x 45.00 EUR net at 19 %.
const vat = [
  {
    lineId: 'p',
    quantity: 2,
    unitPriceMinor: 4500,
    taxRateBp: 1900,
    acceptedQuantity: 2,
    invoicedQuantity: 0,
  },
  { lineId: 'q', quantity: 4, unitPriceMinor: 250, taxRateBp: 700, acceptedQuantity: 4, invoicedQuantity: 0 },
];
const tol = (amountMinor: number, pricePct = 0, taxPct = 0) => ({ amountMinor, pricePct, taxPct });

describe('three-way match', () => {
  it('accepts an invoice for the accepted quantity at the ordered price (no tax fields: tax 0)', () => {
    expect(
      threeWayMatch(po, { lines: [{ poLineId: 'a', quantity: 8, unitPriceMinor: 500 }], totalMinor: 4000 }),
    ).toEqual([]);
  });

  it('reports quantity above what was accepted and not yet invoiced, per line', () => {
    const m = threeWayMatch(po, {
      lines: [
        { poLineId: 'a', quantity: 10, unitPriceMinor: 500 },
        { poLineId: 'b', quantity: 1, unitPriceMinor: 1000 },
      ],
      totalMinor: 6000,
    });
    expect(m.map((x) => [x.line, x.poLineId, x.field, x.code, x.expected, x.invoiced])).toEqual([
      [1, 'a', 'quantity', 'quantity-exceeds-received', 8, 10],
      [2, 'b', 'quantity', 'quantity-exceeds-received', 0, 1],
    ]);
  });

  it('reports price outside the tolerance, unknown lines and a wrong total', () => {
    const m = threeWayMatch(
      po,
      {
        lines: [
          { poLineId: 'a', quantity: 1, unitPriceMinor: 520 },
          { poLineId: 'zz', quantity: 1, unitPriceMinor: 1 },
        ],
        totalMinor: 999,
      },
      tol(0, 2),
    );
    expect(m.map((x) => x.code)).toEqual(['price-mismatch', 'unknown-line', 'total-mismatch']);
    expect(m[0]).toMatchObject({
      line: 1,
      field: 'netUnitPrice',
      expected: 500,
      invoiced: 520,
      tolerance: 10,
    });
    expect(m[2]).toMatchObject({ line: null, field: 'gross', expected: 521, invoiced: 999 });
    expect(
      threeWayMatch(
        po,
        { lines: [{ poLineId: 'a', quantity: 1, unitPriceMinor: 510 }], totalMinor: 510 },
        tol(0, 2),
      ),
    ).toEqual([]);
  });

  it('computes tax per line at the rate: 2 x 45.00 at 19 % is 17.10 tax, 107.10 gross', () => {
    expect(taxOf(9000, 1900)).toBe(1710);
    expect(taxOf(-9000, 1900)).toBe(-1710);
    const priced = priceInvoice({
      lines: [
        { poLineId: 'p', quantity: 2, unitPriceMinor: 4500, taxRateBp: 1900 },
        { poLineId: 'q', quantity: 4, unitPriceMinor: 250, taxRateBp: 700 },
      ],
      totalMinor: 10710 + 1070,
    });
    expect(priced).toMatchObject({
      netMinor: 10000,
      taxMinor: 1780,
      taxes: [
        { rateBp: 700, netMinor: 1000, taxMinor: 70 },
        { rateBp: 1900, netMinor: 9000, taxMinor: 1710 },
      ],
    });
    expect(
      threeWayMatch(vat, {
        lines: [
          { poLineId: 'p', quantity: 2, unitPriceMinor: 4500, taxRateBp: 1900 },
          { poLineId: 'q', quantity: 4, unitPriceMinor: 250, taxRateBp: 700 },
        ],
        netMinor: 10000,
        taxes: [
          { rateBp: 1900, taxMinor: 1710 },
          { rateBp: 700, taxMinor: 70 },
        ],
        totalMinor: 11780,
      }),
    ).toEqual([]);
  });

  it('refuses a gross invoice total compared with net lines only when the tax is missing', () => {
    // The bug this fixes: a VAT invoice whose lines carry the rate matches; the same gross without tax does not.
    const lines = [{ poLineId: 'p', quantity: 2, unitPriceMinor: 4500, taxRateBp: 1900 }];
    expect(threeWayMatch(vat, { lines, totalMinor: 10710 })).toEqual([]);
    const noTax = threeWayMatch(vat, {
      lines: [{ poLineId: 'p', quantity: 2, unitPriceMinor: 4500 }],
      totalMinor: 10710,
    });
    expect(noTax.map((x) => [x.line, x.field, x.expected, x.invoiced])).toEqual([
      [1, 'tax', 1710, 0],
      [null, 'gross', 9000, 10710],
    ]);
  });

  it('explains a wrong tax rate per line, with the rates', () => {
    const m = threeWayMatch(vat, {
      lines: [
        { poLineId: 'p', quantity: 2, unitPriceMinor: 4500, taxRateBp: 1900 },
        { poLineId: 'q', quantity: 4, unitPriceMinor: 250, taxRateBp: 1900 },
      ],
      totalMinor: 9000 + 1710 + 1000 + 190,
    });
    expect(m).toEqual([
      expect.objectContaining({
        line: 2,
        poLineId: 'q',
        field: 'tax',
        code: 'tax-mismatch',
        expected: 70,
        invoiced: 190,
        tolerance: 0,
        expectedRateBp: 700,
        invoicedRateBp: 1900,
      }),
    ]);
  });

  it('lets a rounding difference within the absolute tolerance pass, not beyond it', () => {
    // The supplier prints 17.12 tax (107.12 gross) for 17.10: 0.02 off.
    const invoice = {
      lines: [{ poLineId: 'p', quantity: 2, unitPriceMinor: 4500, taxRateBp: 1900, taxMinor: 1712 }],
      totalMinor: 10712,
    };
    expect(threeWayMatch(vat, invoice, tol(2))).toEqual([]);
    expect(threeWayMatch(vat, invoice, tol(1))).toEqual([
      expect.objectContaining({ line: 1, field: 'tax', expected: 1710, invoiced: 1712, tolerance: 1 }),
    ]);
  });

  it('lets a difference within the percentage tolerance pass, not beyond it', () => {
    // 1 % of the 17.10 expected tax is 0.17; 1 % of the 45.00 price is 0.45.
    const invoice = (taxMinor: number, unitPriceMinor = 4500) => ({
      lines: [{ poLineId: 'p', quantity: 2, unitPriceMinor, taxRateBp: 1900, taxMinor }],
      totalMinor: 2 * unitPriceMinor + taxMinor,
    });
    expect(threeWayMatch(vat, invoice(1727), tol(0, 1, 1))).toEqual([]);
    expect(threeWayMatch(vat, invoice(1728), tol(0, 1, 1)).map((x) => [x.field, x.tolerance])).toEqual([
      ['tax', 17],
    ]);
    expect(threeWayMatch(vat, invoice(1718, 4545), tol(0, 1, 1))).toEqual([]);
    expect(threeWayMatch(vat, invoice(1718, 4546), tol(0, 1, 1)).map((x) => [x.field, x.tolerance])).toEqual([
      ['netUnitPrice', 45],
    ]);
  });

  it("accepts tax per rate rounded on the rate's net total as well as the sum of rounded line taxes", () => {
    const small = [
      {
        lineId: 'x',
        quantity: 1,
        unitPriceMinor: 3,
        taxRateBp: 1900,
        acceptedQuantity: 1,
        invoicedQuantity: 0,
      },
      {
        lineId: 'y',
        quantity: 1,
        unitPriceMinor: 3,
        taxRateBp: 1900,
        acceptedQuantity: 1,
        invoicedQuantity: 0,
      },
    ];
    const lines = small.map((l) => ({ poLineId: l.lineId, quantity: 1, unitPriceMinor: 3, taxRateBp: 1900 }));
    // Per line 0.57 -> 1 cent each (2); on the 6-cent total 1.14 -> 1 cent.
    expect(threeWayMatch(small, { lines, taxes: [{ rateBp: 1900, taxMinor: 2 }], totalMinor: 8 })).toEqual(
      [],
    );
    expect(threeWayMatch(small, { lines, taxes: [{ rateBp: 1900, taxMinor: 1 }], totalMinor: 7 })).toEqual(
      [],
    );
    expect(
      threeWayMatch(small, { lines, taxes: [{ rateBp: 1900, taxMinor: 3 }], totalMinor: 9 }).map(
        (x) => x.field,
      ),
    ).toEqual(['tax']);
  });

  it('checks the stated net and tax per rate against the lines', () => {
    const m = threeWayMatch(vat, {
      lines: [{ poLineId: 'p', quantity: 2, unitPriceMinor: 4500, taxRateBp: 1900 }],
      netMinor: 9100,
      taxes: [{ rateBp: 1900, taxMinor: 1800 }],
      totalMinor: 10800,
    });
    expect(m.map((x) => [x.line, x.field, x.expected, x.invoiced])).toEqual([
      [null, 'net', 9000, 9100],
      [null, 'tax', 1710, 1800],
    ]);
  });
});

describe('currencies', () => {
  it('refuses mixed currencies naming both', () => {
    expect(() =>
      assertSameCurrency({ what: 'invoice', currency: 'EUR' }, { what: 'order', currency: 'EUR' }),
    ).not.toThrow();
    expect(() =>
      assertSameCurrency({ what: 'invoice', currency: 'USD' }, { what: 'order', currency: 'EUR' }),
    ).toThrow(/Invoice is in USD; order is in EUR/);
    expect(singleCurrency([])).toBeUndefined();
    expect(
      singleCurrency([
        { what: 'a', currency: 'CNY' },
        { what: 'b', currency: 'CNY' },
      ]),
    ).toBe('CNY');
    expect(() =>
      singleCurrency([
        { what: 'a', currency: 'CNY' },
        { what: 'b', currency: 'EUR' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'currency-mismatch' }));
  });
});
