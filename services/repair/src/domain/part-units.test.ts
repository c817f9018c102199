import { assertPartQuantities, fitsDecimals, quantityDecimalsOf, type PartUnit } from './part-units';

const disc: PartUnit = {
  partId: 'p-disc',
  partNumber: 'DISC-1',
  unitOfMeasure: 'piece',
  quantityDecimals: 0,
};
const oil: PartUnit = {
  partId: 'p-oil',
  partNumber: 'OIL-5W30',
  unitOfMeasure: 'litre',
  quantityDecimals: 1,
};
const units = new Map([disc, oil].map((u) => [u.partId, u]));

const refusal = (lines: Parameters<typeof assertPartQuantities>[0]) => {
  try {
    assertPartQuantities(lines, units);
  } catch (err) {
    return err as { code: string; details: Record<string, unknown>; message: string };
  }
  return null;
};

describe('part quantities on a quote', () => {
  it('takes the decimals from the catalogue entry, else from the unit', () => {
    expect(quantityDecimalsOf({ unitOfMeasure: 'piece' })).toBe(0);
    expect(quantityDecimalsOf({ unitOfMeasure: 'litre' })).toBe(3);
    expect(quantityDecimalsOf({ unitOfMeasure: 'litre', quantityDecimals: 1 })).toBe(1);
  });

  it('checks decimals without float noise', () => {
    expect(fitsDecimals(2, 0)).toBe(true);
    expect(fitsDecimals(0.5, 0)).toBe(false);
    expect(fitsDecimals(0.1 + 0.2, 1)).toBe(true);
    expect(fitsDecimals(4.25, 1)).toBe(false);
    expect(fitsDecimals(0.0001, 0)).toBe(false);
    expect(fitsDecimals(999_999_999.123, 3)).toBe(true);
  });

  it('refuses half a brake disc and 4.25 l of 1-decimal oil, naming the line, part and unit', () => {
    const half = refusal([
      { kind: 'labour', quantity: 1.5 },
      { kind: 'part', partId: 'p-disc', quantity: 0.5 },
    ]);
    expect(half).toMatchObject({
      code: 'quantity-precision',
      details: {
        line: 2,
        partId: 'p-disc',
        partNumber: 'DISC-1',
        unitOfMeasure: 'piece',
        quantityDecimals: 0,
      },
    });
    expect(half!.message).toMatch(/whole pieces/);
    expect(refusal([{ kind: 'part', partId: 'p-oil', quantity: 4.25 }])).toMatchObject({
      code: 'quantity-precision',
      details: { unitOfMeasure: 'litre', quantityDecimals: 1 },
    });
  });

  it('accepts whole pieces, oil to one decimal, labour hours and parts it does not know', () => {
    expect(
      refusal([
        { kind: 'part', partId: 'p-disc', quantity: 2 },
        { kind: 'part', partId: 'p-oil', quantity: 4.5 },
        { kind: 'labour', quantity: 0.25 },
        { kind: 'part', partId: 'p-unknown', quantity: 0.5 },
      ]),
    ).toBeNull();
  });
});
