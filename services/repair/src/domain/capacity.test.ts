import {
  availability,
  capacityHours,
  freeBay,
  openIntervals,
  validateHours,
  withinOpeningHours,
  type OpeningHours,
} from './capacity';

const hours: OpeningHours = {
  mon: [
    { open: '08:00', close: '12:00' },
    { open: '13:00', close: '17:00' },
  ],
  sat: [{ open: '09:00', close: '13:00' }],
};
const d = (iso: string) => new Date(iso);
const monday = '2026-03-02';

describe('opening hours', () => {
  it('returns the intervals of the weekday, none on closed days', () => {
    expect(openIntervals(monday, hours, [])).toEqual([
      { start: d('2026-03-02T08:00:00Z'), end: d('2026-03-02T12:00:00Z') },
      { start: d('2026-03-02T13:00:00Z'), end: d('2026-03-02T17:00:00Z') },
    ]);
    expect(openIntervals('2026-03-03', hours, [])).toEqual([]); // tuesday
  });
  it('applies exceptions: closed dates and special hours', () => {
    expect(openIntervals(monday, hours, [{ date: monday, closed: true }])).toEqual([]);
    expect(
      openIntervals('2026-03-03', hours, [
        { date: '2026-03-03', hours: [{ open: '10:00', close: '11:00' }] },
      ]),
    ).toHaveLength(1);
  });
  it('extends the last interval in emergency mode, capped at midnight', () => {
    expect(openIntervals(monday, hours, [], 4)[1]!.end).toEqual(d('2026-03-02T21:00:00Z'));
    expect(openIntervals(monday, hours, [], 12)[1]!.end).toEqual(d('2026-03-03T00:00:00Z'));
  });
  it('accepts a slot inside one interval only', () => {
    expect(
      withinOpeningHours({ start: d('2026-03-02T08:00:00Z'), end: d('2026-03-02T12:00:00Z') }, hours, []),
    ).toBe(true);
    expect(
      withinOpeningHours({ start: d('2026-03-02T11:00:00Z'), end: d('2026-03-02T14:00:00Z') }, hours, []),
    ).toBe(false); // spans lunch
    expect(
      withinOpeningHours({ start: d('2026-03-02T07:30:00Z'), end: d('2026-03-02T09:00:00Z') }, hours, []),
    ).toBe(false);
    expect(
      withinOpeningHours({ start: d('2026-03-02T16:30:00Z'), end: d('2026-03-02T18:00:00Z') }, hours, [], 2),
    ).toBe(true);
  });
  it('validates intervals', () => {
    expect(() => validateHours([{ open: '10:00', close: '09:00' }], 'mon')).toThrow(/must be after open/);
    expect(() =>
      validateHours(
        [
          { open: '08:00', close: '12:00' },
          { open: '11:00', close: '13:00' },
        ],
        'mon',
      ),
    ).toThrow(/overlap/);
  });
});

describe('bay capacity', () => {
  const slot = { start: d('2026-03-02T09:00:00Z'), end: d('2026-03-02T10:00:00Z') };
  it('gives the lowest free bay and never double-books one', () => {
    expect(freeBay(2, [], slot)).toBe(1);
    expect(
      freeBay(2, [{ bay: 1, start: d('2026-03-02T08:30:00Z'), end: d('2026-03-02T09:30:00Z') }], slot),
    ).toBe(2);
    expect(
      freeBay(
        2,
        [
          { bay: 1, ...slot },
          { bay: 2, start: d('2026-03-02T09:59:00Z'), end: d('2026-03-02T11:00:00Z') },
        ],
        slot,
      ),
    ).toBeNull();
  });
  it('treats touching bookings as free (half-open intervals)', () => {
    expect(
      freeBay(1, [{ bay: 1, start: d('2026-03-02T08:00:00Z'), end: d('2026-03-02T09:00:00Z') }], slot),
    ).toBe(1);
  });
  it('lists availability per step with free bay counts', () => {
    const slots = availability({
      date: monday,
      hours,
      exceptions: [],
      bays: 2,
      booked: [{ bay: 1, ...slot }],
      durationMinutes: 60,
    });
    expect(slots).toHaveLength(7 + 7); // 08:00..11:00 and 13:00..16:00 every 30 min
    expect(slots.find((s) => s.start.toISOString() === '2026-03-02T09:00:00.000Z')?.freeBays).toBe(1);
    expect(slots.find((s) => s.start.toISOString() === '2026-03-02T13:00:00.000Z')?.freeBays).toBe(2);
  });
  it('computes daily capacity as bays x open hours', () => {
    expect(capacityHours(monday, 3, hours, [])).toBe(24);
    expect(capacityHours('2026-03-03', 3, hours, [])).toBe(0);
  });
});
