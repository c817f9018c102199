import { allocateToBackorders, splitReservation } from './reservation';

describe('reservation split', () => {
  it('reserves what is available and backorders the rest, lines of one part sharing stock', () => {
    const split = splitReservation(
      [
        { lineId: 'l1', partId: 'p1', quantity: 3 },
        { lineId: 'l2', partId: 'p2', quantity: 5 },
        { lineId: 'l3', partId: 'p1', quantity: 4 },
      ],
      new Map([
        ['p1', 5],
        ['p2', 0],
      ]),
    );
    expect(split.map((s) => [s.lineId, s.reserve, s.backorder])).toEqual([
      ['l1', 3, 0],
      ['l2', 0, 5],
      ['l3', 2, 2],
    ]);
  });

  it('treats unknown or negative availability as nothing available', () => {
    const [line] = splitReservation([{ lineId: 'l', partId: 'x', quantity: 2.5 }], new Map([['x', -1]]));
    expect(line).toMatchObject({ reserve: 0, backorder: 2.5 });
  });
});

describe('backorder allocation at receipt', () => {
  const t = (s: number) => new Date(2026, 0, 1, 0, 0, s);
  it('fills the oldest backorders first and leaves the rest free', () => {
    const { allocations, remaining } = allocateToBackorders(5, [
      { id: 'new', createdAt: t(30), openQuantity: 4 },
      { id: 'old', createdAt: t(10), openQuantity: 2 },
      { id: 'mid', createdAt: t(20), openQuantity: 2 },
    ]);
    expect(allocations).toEqual([
      { backorderId: 'old', quantity: 2 },
      { backorderId: 'mid', quantity: 2 },
      { backorderId: 'new', quantity: 1 },
    ]);
    expect(remaining).toBe(0);
  });

  it('returns the surplus when every backorder is filled', () => {
    expect(allocateToBackorders(7, [{ id: 'a', createdAt: t(1), openQuantity: 3 }])).toEqual({
      allocations: [{ backorderId: 'a', quantity: 3 }],
      remaining: 4,
    });
    expect(allocateToBackorders(0, [{ id: 'a', createdAt: t(1), openQuantity: 3 }])).toEqual({
      allocations: [],
      remaining: 0,
    });
  });
});
