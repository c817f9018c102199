import { partsDelta } from './parts-delta';

const line = (lineId: string, partId: string, quantity: number) => ({ lineId, partId, quantity });

describe('partsDelta (what approving a quote version adds and drops)', () => {
  it('requests every part of the first approved version', () => {
    expect(partsDelta([line('q1:1', 'P1', 1), line('q1:2', 'P2', 4)], [])).toEqual({
      added: [line('q1:1', 'P1', 1), line('q1:2', 'P2', 4)],
      dropped: [],
    });
  });

  it('keeps what both versions need and adds only the new part (the quote revision of issue 19)', () => {
    expect(
      partsDelta([line('q2:1', 'P1', 1), line('q2:2', 'P2', 1)], [{ partId: 'P1', quantity: 1 }]),
    ).toEqual({ added: [line('q2:2', 'P2', 1)], dropped: [] });
  });

  it('drops a part the new version no longer has, with nothing to add', () => {
    expect(
      partsDelta(
        [line('q2:1', 'P2', 1)],
        [
          { partId: 'P1', quantity: 2 },
          { partId: 'P2', quantity: 1 },
        ],
      ),
    ).toEqual({ added: [], dropped: [{ partId: 'P1', quantity: 2 }] });
  });

  it('adds or drops only the difference of a changed quantity', () => {
    expect(partsDelta([line('q2:1', 'P1', 3)], [{ partId: 'P1', quantity: 1 }])).toEqual({
      added: [line('q2:1', 'P1', 2)],
      dropped: [],
    });
    expect(partsDelta([line('q2:1', 'P1', 1)], [{ partId: 'P1', quantity: 3 }])).toEqual({
      added: [],
      dropped: [{ partId: 'P1', quantity: 2 }],
    });
  });

  it('adds and drops in one approval', () => {
    expect(
      partsDelta(
        [line('q3:1', 'P2', 1), line('q3:2', 'P3', 2)],
        [
          { partId: 'P1', quantity: 1 },
          { partId: 'P2', quantity: 1 },
        ],
      ),
    ).toEqual({ added: [line('q3:2', 'P3', 2)], dropped: [{ partId: 'P1', quantity: 1 }] });
  });

  it('lets several lines of one part share its previous quantity, in line order', () => {
    // Previously 3 of P1; now 2 + 2 on two lines: 1 more, on the second line.
    expect(
      partsDelta([line('q2:1', 'P1', 2), line('q2:2', 'P1', 2)], [{ partId: 'P1', quantity: 3 }]),
    ).toEqual({ added: [line('q2:2', 'P1', 1)], dropped: [] });
    // Previously 1 + 1 on two lines; now one line of 1: one dropped.
    expect(
      partsDelta(
        [line('q2:1', 'P1', 1)],
        [
          { partId: 'P1', quantity: 1 },
          { partId: 'P1', quantity: 1 },
        ],
      ),
    ).toEqual({ added: [], dropped: [{ partId: 'P1', quantity: 1 }] });
  });

  it('compares measured quantities without float noise', () => {
    // 0.1 + 0.2 litres before, 0.3 now: no change.
    expect(
      partsDelta(
        [line('q2:1', 'OIL', 0.3)],
        [
          { partId: 'OIL', quantity: 0.1 },
          { partId: 'OIL', quantity: 0.2 },
        ],
      ),
    ).toEqual({ added: [], dropped: [] });
    expect(partsDelta([line('q2:1', 'OIL', 4.5)], [{ partId: 'OIL', quantity: 4.25 }])).toEqual({
      added: [line('q2:1', 'OIL', 0.25)],
      dropped: [],
    });
  });

  it('changes nothing when the versions need the same parts', () => {
    expect(partsDelta([line('q2:1', 'P1', 1)], [{ partId: 'P1', quantity: 1 }])).toEqual({
      added: [],
      dropped: [],
    });
  });
});
