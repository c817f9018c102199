import {
  BusinessCalendar,
  DEFAULT_CALENDAR,
  addWorkingMinutes,
  workingMinutesBetween,
  zonedToInstant,
} from './calendar';

// Berlin, Mon-Fri 08:00-12:00 and 13:00-17:00, Sat 09:00-13:00, Christmas off.
const berlin = BusinessCalendar.parse({
  timeZone: 'Europe/Berlin',
  week: {
    mon: [
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '17:00' },
    ],
    tue: [{ open: '08:00', close: '17:00' }],
    wed: [{ open: '08:00', close: '17:00' }],
    thu: [{ open: '08:00', close: '17:00' }],
    fri: [{ open: '08:00', close: '17:00' }],
    sat: [{ open: '09:00', close: '13:00' }],
  },
  holidays: ['2026-12-25', '2026-12-28'],
});

const at = (iso: string) => new Date(iso);
const add = (iso: string, minutes: number, cal = berlin) =>
  addWorkingMinutes(at(iso), minutes, cal).toISOString();

describe('addWorkingMinutes', () => {
  it('adds within the same opening interval', () => {
    // Tue 2026-11-24 10:00 Berlin (UTC+1) = 09:00Z
    expect(add('2026-11-24T09:00:00Z', 90)).toBe('2026-11-24T10:30:00.000Z');
  });

  it('carries over the night to the next morning', () => {
    // Tue 16:00 local + 2 h = Wed 09:00 local (08:00Z)
    expect(add('2026-11-24T15:00:00Z', 120)).toBe('2026-11-25T08:00:00.000Z');
  });

  it('starts counting at the next opening when raised outside hours', () => {
    // Tue 22:00 local + 30 min = Wed 08:30 local
    expect(add('2026-11-24T21:00:00Z', 30)).toBe('2026-11-25T07:30:00.000Z');
  });

  it('skips the lunch break', () => {
    // Mon 2026-11-23 11:30 local + 60 min = 13:30 local
    expect(add('2026-11-23T10:30:00Z', 60)).toBe('2026-11-23T12:30:00.000Z');
  });

  it('crosses a weekend (Saturday morning counts, Sunday does not)', () => {
    // Fri 2026-11-27 16:00 local + 1 h (Fri) + 4 h (Sat) + 1 h = Mon 09:00 local
    expect(add('2026-11-27T15:00:00Z', 6 * 60)).toBe('2026-11-30T08:00:00.000Z');
  });

  it('skips holidays', () => {
    // Thu 2026-12-24 16:00 + 2 h: 1 h on Thu, Fri 25th is a holiday, Sat 26th 09:00-10:00
    expect(add('2026-12-24T15:00:00Z', 120)).toBe('2026-12-26T09:00:00.000Z');
    // Sat 26th 12:00 + 2 h: 1 h Sat, Sun closed, Mon 28th holiday, Tue 29th 08:00-09:00
    expect(add('2026-12-26T11:00:00Z', 120)).toBe('2026-12-29T08:00:00.000Z');
  });

  it('ends exactly at closing time rather than at the next opening', () => {
    expect(add('2026-11-24T15:00:00Z', 60)).toBe('2026-11-24T16:00:00.000Z'); // 17:00 local
  });

  it('follows the spring-forward DST switch (UTC+1 -> UTC+2)', () => {
    // Fri 2026-03-27 16:00 CET (15:00Z) + 1 h Fri + 4 h Sat 28th (CET) + 1 h = Mon 30th 09:00 CEST = 07:00Z
    expect(add('2026-03-27T15:00:00Z', 6 * 60)).toBe('2026-03-30T07:00:00.000Z');
  });

  it('follows the fall-back DST switch (UTC+2 -> UTC+1)', () => {
    // Fri 2026-10-23 16:00 CEST (14:00Z) + 1 h + 4 h Sat 24th (CEST) + 1 h = Mon 26th 09:00 CET = 08:00Z
    expect(add('2026-10-23T14:00:00Z', 6 * 60)).toBe('2026-10-26T08:00:00.000Z');
  });

  it('counts a night shift spanning the DST night by the real clock', () => {
    // Open every Sunday 00:00-06:00 local; on 2026-03-29 02:00-03:00 does not exist, so 5 h real time.
    const night = BusinessCalendar.parse({
      timeZone: 'Europe/Berlin',
      week: { sun: [{ open: '00:00', close: '06:00' }] },
    });
    // Sun 2026-03-29 00:00 CET = 03-28T23:00Z; 6 h open on the clock = 5 real hours; +5 h reaches 06:00 CEST = 04:00Z
    expect(addWorkingMinutes(at('2026-03-28T23:00:00Z'), 300, night).toISOString()).toBe(
      '2026-03-29T04:00:00.000Z',
    );
    // one more minute rolls over to the next Sunday 00:01 CEST
    expect(addWorkingMinutes(at('2026-03-28T23:00:00Z'), 301, night).toISOString()).toBe(
      '2026-04-04T22:01:00.000Z',
    );
  });

  it('works across the dateline of a far-east zone', () => {
    const tokyo = BusinessCalendar.parse({
      timeZone: 'Asia/Tokyo',
      week: { mon: [{ open: '09:00', close: '18:00' }] },
    });
    // Sun 2026-11-29 20:00Z = Mon 05:00 JST; +60 = Mon 10:00 JST = 01:00Z
    expect(addWorkingMinutes(at('2026-11-29T20:00:00Z'), 60, tokyo).toISOString()).toBe(
      '2026-11-30T01:00:00.000Z',
    );
  });

  it('returns the start for zero minutes and refuses negative ones', () => {
    expect(add('2026-11-24T21:00:00Z', 0)).toBe('2026-11-24T21:00:00.000Z');
    expect(() => addWorkingMinutes(at('2026-11-24T21:00:00Z'), -1, berlin)).toThrow(RangeError);
  });

  it('uses the default Mon-Fri 08-17 UTC calendar', () => {
    expect(addWorkingMinutes(at('2026-11-27T16:30:00Z'), 60, DEFAULT_CALENDAR).toISOString()).toBe(
      '2026-11-30T08:30:00.000Z',
    );
  });
});

describe('workingMinutesBetween', () => {
  it('is the inverse of addWorkingMinutes', () => {
    for (const minutes of [1, 59, 240, 600, 2000]) {
      const from = at('2026-12-23T14:17:00Z');
      expect(workingMinutesBetween(from, addWorkingMinutes(from, minutes, berlin), berlin)).toBe(minutes);
    }
  });
  it('is zero for a reversed range', () => {
    expect(workingMinutesBetween(at('2026-11-25T00:00:00Z'), at('2026-11-24T00:00:00Z'), berlin)).toBe(0);
  });
});

describe('zonedToInstant', () => {
  it('maps a skipped wall time past the gap and an ambiguous one to its first occurrence', () => {
    // 2026-03-29 02:30 Berlin does not exist -> 03:30 CEST = 01:30Z
    expect(new Date(zonedToInstant(2026, 3, 29, 150, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 2026-10-25 02:30 Berlin happens twice: first at 00:30Z (CEST)
    expect(new Date(zonedToInstant(2026, 10, 25, 150, 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });
});

describe('BusinessCalendar schema', () => {
  it('refuses unknown zones, bad times and a week without hours', () => {
    expect(
      BusinessCalendar.safeParse({
        timeZone: 'Mars/Olympus',
        week: { mon: [{ open: '08:00', close: '17:00' }] },
      }).success,
    ).toBe(false);
    expect(
      BusinessCalendar.safeParse({ timeZone: 'UTC', week: { mon: [{ open: '17:00', close: '08:00' }] } })
        .success,
    ).toBe(false);
    expect(BusinessCalendar.safeParse({ timeZone: 'UTC', week: {} }).success).toBe(false);
    expect(
      BusinessCalendar.safeParse({ timeZone: 'UTC', week: { mon: [{ open: '00:00', close: '24:00' }] } })
        .success,
    ).toBe(true);
  });
});
