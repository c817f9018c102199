import { firstOpeningOn, localDay, nextOpening, openIntervals, type CentreHours } from './opening-hours';

const day = [
  { open: '08:00', close: '12:00' },
  { open: '13:00', close: '17:00' },
];
const berlin: CentreHours = {
  timeZone: 'Europe/Berlin',
  openingHours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  hoursExceptions: [{ date: '2026-12-24', closed: true }],
};
const at = (iso: string) => new Date(iso);

describe('opening hours', () => {
  it('open intervals are local wall-clock hours; exceptions close a day', () => {
    expect(openIntervals('2026-12-07', berlin.openingHours, [], 0, 'Europe/Berlin')).toEqual([
      { start: at('2026-12-07T07:00:00Z'), end: at('2026-12-07T11:00:00Z') },
      { start: at('2026-12-07T12:00:00Z'), end: at('2026-12-07T16:00:00Z') },
    ]);
    expect(
      openIntervals('2026-12-24', berlin.openingHours, berlin.hoursExceptions, 0, 'Europe/Berlin'),
    ).toEqual([]);
    expect(localDay('2026-03-29', 'Europe/Berlin')).toEqual({
      start: at('2026-03-28T23:00:00Z'),
      end: at('2026-03-29T22:00:00Z'),
    });
  });

  it('the next opening: now when open, the next interval after a break, Monday after a weekend', () => {
    expect(nextOpening(at('2026-12-07T09:00:00Z'), berlin)).toEqual(at('2026-12-07T09:00:00Z'));
    expect(nextOpening(at('2026-12-07T11:30:00Z'), berlin)).toEqual(at('2026-12-07T12:00:00Z')); // lunch
    // Sunday 03:00 local -> Monday 08:00 CET.
    expect(nextOpening(at('2026-12-06T02:00:00Z'), berlin)).toEqual(at('2026-12-07T07:00:00Z'));
    // Wednesday 23 December after closing -> the 24th is closed -> Friday 25th 08:00.
    expect(nextOpening(at('2026-12-23T17:00:00Z'), berlin)).toEqual(at('2026-12-25T07:00:00Z'));
    // Across the spring DST switch: Sunday 29 March -> Monday 08:00 CEST.
    expect(nextOpening(at('2026-03-29T10:00:00Z'), berlin)).toEqual(at('2026-03-30T06:00:00Z'));
  });

  it('the first opening on a date, or the next open day; none without hours', () => {
    expect(firstOpeningOn('2026-12-08', berlin)).toEqual(at('2026-12-08T07:00:00Z'));
    expect(firstOpeningOn('2026-12-24', berlin)).toEqual(at('2026-12-25T07:00:00Z'));
    expect(firstOpeningOn('2026-12-05', berlin)).toEqual(at('2026-12-07T07:00:00Z')); // Saturday
    expect(nextOpening(at('2026-12-06T02:00:00Z'), { ...berlin, openingHours: {} })).toBeNull();
  });
});
