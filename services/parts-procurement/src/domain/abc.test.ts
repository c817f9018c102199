import { classifyAbc } from './abc';

describe('ABC classification', () => {
  it('classes by cumulative consumption value: 80 % A, next 15 % B, rest C', () => {
    const classes = classifyAbc([
      { partId: 'p1', value: 700 },
      { partId: 'p2', value: 150 },
      { partId: 'p3', value: 100 },
      { partId: 'p4', value: 30 },
      { partId: 'p5', value: 20 },
      { partId: 'p6', value: 0 },
    ]);
    // starts: p1 0 %, p2 70 %, p3 85 %, p4 95 %, p5 98 %
    expect(Object.fromEntries(classes)).toEqual({ p1: 'A', p2: 'A', p3: 'B', p4: 'C', p5: 'C', p6: 'C' });
  });

  it('classes everything C when nothing was consumed', () => {
    expect([...classifyAbc([{ partId: 'x', value: 0 }]).values()]).toEqual(['C']);
  });
});
