import { assertQuantity } from './quantity';
import {
  assertPartUnits,
  lotCostsOf,
  partUnitsOf,
  purchaseQuantityFor,
  purchaseQuantityUnit,
  stockQuantityOf,
  stockQuantityUnit,
  type PartUnits,
} from './units';

const boxOf10: PartUnits = {
  stockUnit: 'piece',
  quantityDecimals: 0,
  purchaseUnit: 'box',
  purchaseUnitFactor: 10,
};
const drum: PartUnits = {
  stockUnit: 'litre',
  quantityDecimals: 1,
  purchaseUnit: 'drum',
  purchaseUnitFactor: 208,
};
const loose: PartUnits = {
  stockUnit: 'litre',
  quantityDecimals: 3,
  purchaseUnit: 'litre',
  purchaseUnitFactor: 1,
};

const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return null;
};

describe('part units', () => {
  it('fills rows from before purchase units with the stock unit and its default precision', () => {
    expect(
      partUnitsOf({
        unitOfMeasure: 'set',
        quantityDecimals: null,
        purchaseUnit: null,
        purchaseUnitFactor: 1,
      }),
    ).toEqual({ stockUnit: 'set', quantityDecimals: 0, purchaseUnit: 'set', purchaseUnitFactor: 1 });
    expect(
      partUnitsOf({
        unitOfMeasure: 'metre',
        quantityDecimals: null,
        purchaseUnit: null,
        purchaseUnitFactor: 1,
      }).quantityDecimals,
    ).toBe(3);
  });

  it('accepts sensible units and names the broken rule otherwise', () => {
    for (const u of [boxOf10, drum, loose]) expect(codeOf(() => assertPartUnits(u))).toBeNull();
    expect(codeOf(() => assertPartUnits({ ...boxOf10, quantityDecimals: 1 }))).toBe('whole-unit-precision');
    expect(codeOf(() => assertPartUnits({ ...drum, quantityDecimals: 4 }))).toBe('invalid-quantity-decimals');
    expect(codeOf(() => assertPartUnits({ ...boxOf10, purchaseUnitFactor: 2.5 }))).toBe(
      'purchase-unit-factor',
    );
    expect(codeOf(() => assertPartUnits({ ...boxOf10, purchaseUnitFactor: 0 }))).toBe('purchase-unit-factor');
    expect(codeOf(() => assertPartUnits({ ...loose, purchaseUnit: 'can', purchaseUnitFactor: 0.0001 }))).toBe(
      'purchase-unit-factor',
    );
    expect(codeOf(() => assertPartUnits({ ...loose, purchaseUnitFactor: 5 }))).toBe('purchase-unit-factor');
    expect(
      codeOf(() => assertPartUnits({ ...drum, purchaseUnit: 'can', purchaseUnitFactor: 2.5 })),
    ).toBeNull();
  });

  it('orders whole packs rounded up, and the need itself in the stock unit', () => {
    expect(purchaseQuantityFor(13, boxOf10)).toBe(2);
    expect(purchaseQuantityFor(20, boxOf10)).toBe(2);
    expect(purchaseQuantityFor(1, boxOf10)).toBe(1);
    expect(purchaseQuantityFor(208.1, drum)).toBe(2);
    expect(purchaseQuantityFor(0.3 + 0.1, { ...drum, purchaseUnitFactor: 0.4 })).toBe(1); // float noise
    expect(purchaseQuantityFor(12.345, loose)).toBe(12.345);
  });

  it('converts packs to stock units exactly', () => {
    expect(stockQuantityOf(2, 10)).toBe(20);
    expect(stockQuantityOf(3, 2.5)).toBe(7.5);
    expect(stockQuantityOf(3, 0.1)).toBe(0.3);
    expect(stockQuantityOf(1.25, 1)).toBe(1.25);
  });

  it('checks quantities against the precision of the unit they are in', () => {
    expect(codeOf(() => assertQuantity(0.001, stockQuantityUnit(boxOf10)))).toBe('fractional-quantity');
    expect(codeOf(() => assertQuantity(1.5, purchaseQuantityUnit(drum)))).toBe('fractional-quantity');
    expect(codeOf(() => assertQuantity(4.25, stockQuantityUnit(drum)))).toBe('quantity-precision');
    expect(codeOf(() => assertQuantity(4.2, stockQuantityUnit(drum)))).toBeNull();
    expect(codeOf(() => assertQuantity(4.25, purchaseQuantityUnit(loose)))).toBeNull();
    expect(codeOf(() => assertQuantity(1.0005, 'litre'))).toBe('quantity-precision');
    expect(codeOf(() => assertQuantity(999_999_999.123, 'litre'))).toBeNull();
  });
});

describe('lot cost of a receipt line', () => {
  const value = (lots: { quantity: number; unitCostMinor: number }[]) =>
    lots.reduce((a, l) => a + l.quantity * l.unitCostMinor, 0);

  it('is the pack price over the factor when it divides evenly: one lot', () => {
    expect(lotCostsOf(2 * 4_500, 20)).toEqual([{ quantity: 20, unitCostMinor: 450 }]);
  });

  it('splits into two lots one minor unit apart that add up to the value exactly', () => {
    expect(lotCostsOf(1_000, 3)).toEqual([
      { quantity: 1, unitCostMinor: 334 },
      { quantity: 2, unitCostMinor: 333 },
    ]);
    const drums = lotCostsOf(2 * 20_000, 416); // two drums of 208 l at 200.00 each
    expect(drums).toEqual([
      { quantity: 64, unitCostMinor: 97 },
      { quantity: 352, unitCostMinor: 96 },
    ]);
    expect(value(drums)).toBe(40_000);
    const cans = lotCostsOf(3 * 999, 7.5); // three cans of 2.5 l
    expect(Math.round(value(cans))).toBe(2_997);
    expect(cans.every((l) => Number.isInteger(l.quantity * 10))).toBe(true); // stock precision kept
  });

  it('books nothing for nothing accepted', () => {
    expect(lotCostsOf(0, 0)).toEqual([]);
    expect(lotCostsOf(0, 5)).toEqual([{ quantity: 5, unitCostMinor: 0 }]);
  });
});
