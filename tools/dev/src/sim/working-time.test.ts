import { addWorkingMinutes, nextOpen } from './working-time';

describe('workshop time', () => {
  it('adds minutes within the opening hours and carries the rest to the next open day', () => {
    expect(addWorkingMinutes(new Date('2026-11-30T10:00:00Z'), 90).toISOString()).toBe(
      '2026-11-30T11:30:00.000Z',
    );
    // Winter (UTC+1): Monday 17:00 local + 3 h: one hour on Monday (closes 18:00), two on Tuesday from 07:00.
    expect(addWorkingMinutes(new Date('2026-11-30T16:00:00Z'), 180).toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
    // Saturday 12:00 local + 2 h: one hour on Saturday (closes 13:00), Sunday closed, Monday 07:00 + 1 h.
    expect(addWorkingMinutes(new Date('2026-12-05T11:00:00Z'), 120).toISOString()).toBe(
      '2026-12-07T07:00:00.000Z',
    );
  });

  it('follows local time across the change to summer time (Europe/Berlin)', () => {
    // Saturday 27 March 2027 is still UTC+1 (closes 12:00 UTC); Monday 29 March is UTC+2 (opens 05:00 UTC).
    expect(addWorkingMinutes(new Date('2027-03-27T11:00:00Z'), 120).toISOString()).toBe(
      '2027-03-29T06:00:00.000Z',
    );
    expect(nextOpen(new Date('2027-06-07T04:00:00Z')).toISOString()).toBe('2027-06-07T05:00:00.000Z');
  });

  it('moves a closed instant to the next opening', () => {
    expect(nextOpen(new Date('2026-11-30T20:00:00Z')).toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(nextOpen(new Date('2026-11-30T09:00:00Z')).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });
});
