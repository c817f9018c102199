import { minutesOf, summarise } from './labour';

const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00Z`);

describe('labour time', () => {
  it('counts whole minutes, a running clock up to now', () => {
    expect(minutesOf({ startedAt: at('08:00'), endedAt: at('08:45') }, at('12:00'))).toBe(45);
    expect(minutesOf({ startedAt: at('11:30'), endedAt: null }, at('12:00'))).toBe(30);
  });

  it('sums entries against the quoted hours', () => {
    const entries = [
      { startedAt: at('08:00'), endedAt: at('09:00') },
      { startedAt: at('10:00'), endedAt: null },
    ];
    expect(summarise(entries, 1.5, at('10:40'))).toEqual({
      totalMinutes: 100,
      quotedMinutes: 90,
      varianceMinutes: 10,
    });
    expect(summarise([], null, at('10:40'))).toEqual({
      totalMinutes: 0,
      quotedMinutes: null,
      varianceMinutes: null,
    });
  });
});
