import { formatBoard } from './board';

describe('board reading', () => {
  it('states the overdue share of orders with a standard, per column', () => {
    expect(
      formatBoard({
        open: 12,
        withStandard: 10,
        overdue: 2,
        byStatus: {
          RECEIVED: { open: 4, overdue: 1 },
          QC: { open: 8, overdue: 1 },
          READY: { open: 0, overdue: 0 },
        },
      }),
    ).toBe('12 open orders, 10 with a stage standard, 2 overdue (20 %): RECEIVED 1/4, QC 1/8');
  });
});
