import { addWorkingMinutes, nextOpen } from './working-time';

describe('workshop time', () => {
  it('adds minutes within the opening hours and carries the rest to the next open day', () => {
    expect(addWorkingMinutes(new Date('2026-11-30T10:00:00Z'), 90).toISOString()).toBe(
      '2026-11-30T11:30:00.000Z',
    );
    // Monday 16:00 UTC + 3 h: one hour on Monday (closes 17:00), two on Tuesday from 06:00.
    expect(addWorkingMinutes(new Date('2026-11-30T16:00:00Z'), 180).toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
    // Saturday 11:00 + 2 h: one hour on Saturday (closes 12:00), Sunday closed, Monday 06:00 + 1 h.
    expect(addWorkingMinutes(new Date('2026-12-05T11:00:00Z'), 120).toISOString()).toBe(
      '2026-12-07T07:00:00.000Z',
    );
  });

  it('moves a closed instant to the next opening', () => {
    expect(nextOpen(new Date('2026-11-30T20:00:00Z')).toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(nextOpen(new Date('2026-11-30T09:00:00Z')).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });
});
