import {
  availability,
  backlogShares,
  capacityHours,
  labourSlot,
  technicianHours,
  freeBay,
  localDay,
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
  it('opens a normally closed day for bookings in emergency mode (the same rule as SLA clocks and dispatch)', () => {
    const sunday = '2026-03-01';
    expect(
      availability({ date: sunday, hours, exceptions: [], bays: 1, booked: [], durationMinutes: 60 }),
    ).toEqual([]);
    const slots = availability({
      date: sunday,
      hours,
      exceptions: [],
      bays: 1,
      booked: [],
      durationMinutes: 60,
      stepMinutes: 60,
      extraHours: 3,
    });
    // From the week's earliest opening (08:00) for the emergency's 3 extra hours.
    expect(slots.map((s) => s.start.toISOString())).toEqual([
      '2026-03-01T08:00:00.000Z',
      '2026-03-01T09:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
    ]);
    expect(
      withinOpeningHours({ start: d('2026-03-01T08:00:00Z'), end: d('2026-03-01T09:00:00Z') }, hours, [], 3),
    ).toBe(true);
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
    // 08:00..11:30 (11:30 runs over lunch to 13:30) and 13:00..16:00, every 30 min
    expect(slots).toHaveLength(8 + 7);
    expect(slots.find((s) => s.start.toISOString() === '2026-03-02T09:00:00.000Z')?.freeBays).toBe(1);
    expect(slots.find((s) => s.start.toISOString() === '2026-03-02T13:00:00.000Z')?.freeBays).toBe(2);
    expect(slots.find((s) => s.start.toISOString() === '2026-03-02T11:30:00.000Z')?.end).toEqual(
      d('2026-03-02T13:30:00Z'),
    );
    expect(slots.every((s) => s.available === s.freeBays > 0)).toBe(true); // technician hours unlimited
  });
  it('marks no slot available when the free technician hours do not cover the labour', () => {
    const opts = { date: monday, hours, exceptions: [], bays: 2, booked: [], durationMinutes: 90 };
    const short = availability({ ...opts, freeTechnicianHours: 1 });
    expect(short.length).toBeGreaterThan(0);
    expect(short.every((s) => s.freeBays === 2 && !s.available)).toBe(true);
    expect(availability({ ...opts, freeTechnicianHours: 1.5 }).every((s) => s.available)).toBe(true);
  });
  it('computes daily capacity as bays x open hours', () => {
    expect(capacityHours(monday, 3, hours, [])).toBe(24);
    expect(capacityHours('2026-03-03', 3, hours, [])).toBe(0);
  });
});

describe('opening hours in a centre time zone (Europe/Berlin, DST 29 Mar and 25 Oct 2026)', () => {
  const tz = 'Europe/Berlin';
  const week: OpeningHours = Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => [
      day,
      [{ open: '08:00', close: '17:00' }],
    ]),
  );
  const slot = (start: string, end: string) => ({ start: d(start), end: d(end) });

  it('opens at 08:00 local: 07:00Z in winter, 06:00Z in summer, across both switches', () => {
    expect(openIntervals('2026-03-28', week, [], 0, tz)).toEqual([
      { start: d('2026-03-28T07:00:00Z'), end: d('2026-03-28T16:00:00Z') },
    ]);
    // Sunday 29 March: clocks went forward at 02:00, the day is already on CEST by 08:00.
    expect(openIntervals('2026-03-29', week, [], 0, tz)).toEqual([
      { start: d('2026-03-29T06:00:00Z'), end: d('2026-03-29T15:00:00Z') },
    ]);
    expect(openIntervals('2026-10-24', week, [], 0, tz)).toEqual([
      { start: d('2026-10-24T06:00:00Z'), end: d('2026-10-24T15:00:00Z') },
    ]);
    // Sunday 25 October: clocks went back at 03:00, 08:00 is CET again.
    expect(openIntervals('2026-10-25', week, [], 0, tz)).toEqual([
      { start: d('2026-10-25T07:00:00Z'), end: d('2026-10-25T16:00:00Z') },
    ]);
  });

  it('accepts 08:00 local and refuses 07:30 local on both sides of the switch', () => {
    expect(withinOpeningHours(slot('2026-03-30T06:00:00Z', '2026-03-30T07:00:00Z'), week, [], 0, tz)).toBe(
      true,
    );
    expect(withinOpeningHours(slot('2026-03-30T05:30:00Z', '2026-03-30T06:30:00Z'), week, [], 0, tz)).toBe(
      false,
    );
    expect(withinOpeningHours(slot('2026-10-26T07:00:00Z', '2026-10-26T08:00:00Z'), week, [], 0, tz)).toBe(
      true,
    );
    expect(withinOpeningHours(slot('2026-10-26T06:00:00Z', '2026-10-26T07:00:00Z'), week, [], 0, tz)).toBe(
      false,
    ); // 07:00 local
    // The same instant is inside the hours of a UTC centre: the zone decides.
    expect(withinOpeningHours(slot('2026-10-26T16:00:00Z', '2026-10-26T17:00:00Z'), week, [], 0)).toBe(true);
    expect(withinOpeningHours(slot('2026-10-26T16:00:00Z', '2026-10-26T17:00:00Z'), week, [], 0, tz)).toBe(
      false,
    );
  });

  it('reads exception dates as local dates', () => {
    // 23:30Z on 23 Dec is 00:30 on 24 Dec in Berlin: the exception of the 24th applies.
    const exceptions = [{ date: '2026-12-24', hours: [{ open: '00:00', close: '12:00' }] }];
    expect(
      withinOpeningHours(slot('2026-12-23T23:30:00Z', '2026-12-24T00:30:00Z'), week, exceptions, 0, tz),
    ).toBe(true);
    expect(openIntervals('2026-12-24', week, [{ date: '2026-12-24', closed: true }], 0, tz)).toEqual([]);
  });

  it('counts real hours on DST days and caps the emergency extension at local midnight', () => {
    const allDay: OpeningHours = { sun: [{ open: '00:00', close: '24:00' }] };
    expect(capacityHours('2026-03-29', 1, allDay, [], tz)).toBe(23);
    expect(capacityHours('2026-10-25', 1, allDay, [], tz)).toBe(25);
    expect(capacityHours('2026-10-25', 2, week, [], tz)).toBe(18);
    expect(openIntervals('2026-03-29', week, [], 12, tz)[0]!.end).toEqual(d('2026-03-29T22:00:00Z'));
    expect(localDay('2026-10-25', tz)).toEqual({
      start: d('2026-10-24T22:00:00Z'),
      end: d('2026-10-25T23:00:00Z'),
    });
  });

  it('offers availability from 08:00 local', () => {
    const slots = availability({
      date: '2026-03-30',
      hours: week,
      exceptions: [],
      bays: 1,
      booked: [],
      durationMinutes: 60,
      stepMinutes: 60,
      timeZone: tz,
    });
    expect(slots[0]!.start).toEqual(d('2026-03-30T06:00:00Z'));
    expect(slots.at(-1)!.end).toEqual(d('2026-03-30T15:00:00Z'));
    expect(slots).toHaveLength(9);
  });
});

describe('labour against technician hours (issue 19)', () => {
  const day = openIntervals(monday, hours, []); // 08-12, 13-17
  it('makes a booking as long as its labour, walked over the lunch break', () => {
    expect(labourSlot(d('2026-03-02T08:00:00Z'), 1.5, day)).toEqual({
      start: d('2026-03-02T08:00:00Z'),
      end: d('2026-03-02T09:30:00Z'),
    });
    expect(labourSlot(d('2026-03-02T11:00:00Z'), 2, day)).toEqual({
      start: d('2026-03-02T11:00:00Z'),
      end: d('2026-03-02T14:00:00Z'), // 1 h before lunch, 1 h after
    });
    // ending exactly at a closing keeps that closing, not the next opening
    expect(labourSlot(d('2026-03-02T11:00:00Z'), 1, day)).toMatchObject({ end: d('2026-03-02T12:00:00Z') });
    expect(labourSlot(d('2026-03-02T08:00:00Z'), 8, day)).toMatchObject({ end: d('2026-03-02T17:00:00Z') });
  });
  it('refuses a start outside the open intervals and labour that runs past the last closing', () => {
    expect(labourSlot(d('2026-03-02T12:30:00Z'), 1, day)).toEqual({ refused: 'closed' });
    expect(labourSlot(d('2026-03-02T17:00:00Z'), 1, day)).toEqual({ refused: 'closed' });
    expect(labourSlot(d('2026-03-02T16:00:00Z'), 1.5, day)).toEqual({ refused: 'too-long' });
    expect(labourSlot(d('2026-03-02T08:00:00Z'), 8.01, day)).toEqual({ refused: 'too-long' });
  });
  it('counts each technician for the open hours, capped by hoursPerDay, none when absent', () => {
    const techs = [{ id: 'a' }, { id: 'b', hoursPerDay: 6 }, { id: 'c', absences: [monday] }];
    expect(technicianHours(monday, techs, day)).toBe(8 + 6);
    expect(technicianHours(monday, [], day)).toBe(0);
    // today: only what is left from `from` (14:00 -> 3 h open)
    expect(technicianHours(monday, techs, day, d('2026-03-02T14:00:00Z'))).toBe(3 + 3);
    // emergency extra hours lengthen the day, so technicians work them too
    expect(technicianHours(monday, [{ id: 'a' }], openIntervals(monday, hours, [], 2))).toBe(10);
  });
  it('works the workshop backlog off day by day in the hours bookings leave', () => {
    const days = [
      { technicianHours: 4, bookedHours: 1 }, // today: 3 h left for the backlog
      { technicianHours: 16, bookedHours: 10 }, // 6 h left
      { technicianHours: 16, bookedHours: 0 },
    ];
    expect(backlogShares(5, days)).toEqual([3, 2, 0]);
    expect(backlogShares(20, days)).toEqual([3, 6, 11]);
    expect(backlogShares(0, days)).toEqual([0, 0, 0]);
    // an overbooked day takes nothing and never a negative share
    expect(
      backlogShares(2, [
        { technicianHours: 4, bookedHours: 6 },
        { technicianHours: 8, bookedHours: 0 },
      ]),
    ).toEqual([0, 2]);
  });
});
