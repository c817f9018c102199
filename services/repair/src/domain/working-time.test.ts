import {
  addWorkingSeconds,
  centreCalendar,
  dueAfter,
  isOpenAt,
  measureSeconds,
  workingSecondsBetween,
} from './working-time';

const weekdays = [{ open: '08:00', close: '18:00' }];
const berlin = centreCalendar({
  timeZone: 'Europe/Berlin',
  openingHours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
  hoursExceptions: [{ date: '2026-12-24', closed: true }],
});
const H = 3_600;

describe('working time', () => {
  it('counts Friday 17:30 to Monday 08:30 (Berlin, winter) as one working hour', () => {
    // Friday 2026-12-04 17:30 CET = 16:30Z; Monday 2026-12-07 08:30 CET = 07:30Z.
    const friday = new Date('2026-12-04T16:30:00Z');
    const monday = new Date('2026-12-07T07:30:00Z');
    expect(workingSecondsBetween(friday, monday, berlin)).toBe(H);
    expect(measureSeconds('elapsed', friday, monday, berlin)).toBe(63 * H);
  });

  it('puts a 2-working-hour standard from Friday 17:30 on Monday 09:30', () => {
    const due = addWorkingSeconds(new Date('2026-12-04T16:30:00Z'), 2 * H, berlin);
    expect(due.toISOString()).toBe('2026-12-07T08:30:00.000Z');
    expect(dueAfter('elapsed', new Date('2026-12-04T16:30:00Z'), 2 * H, berlin).toISOString()).toBe(
      '2026-12-04T18:30:00.000Z',
    );
  });

  it('skips closed exception days and starts a clock received at night at the next opening', () => {
    // Wednesday 23 Dec 22:00 CET; Thursday 24th closed; Friday 25th open 08:00.
    const due = addWorkingSeconds(new Date('2026-12-23T21:00:00Z'), 30 * 60, berlin);
    expect(due.toISOString()).toBe('2026-12-25T07:30:00.000Z');
  });

  it('follows the centre zone across a DST change (summer: 08:00 Berlin is 06:00Z)', () => {
    const due = addWorkingSeconds(new Date('2026-07-03T15:00:00Z'), 2 * H, berlin); // Fri 17:00 CEST
    expect(due.toISOString()).toBe('2026-07-06T07:00:00.000Z'); // Mon 09:00 CEST
  });

  it('extra emergency hours extend the day and open a closed one', () => {
    const extended = centreCalendar(
      { timeZone: 'UTC', openingHours: { fri: weekdays }, hoursExceptions: [] },
      3,
    );
    expect(isOpenAt(new Date('2026-12-04T20:00:00Z'), extended)).toBe(true);
    expect(isOpenAt(new Date('2026-12-04T21:00:00Z'), extended)).toBe(false);
    // A normally closed Saturday opens for the extra hours from the week's earliest opening.
    expect(isOpenAt(new Date('2026-12-05T09:00:00Z'), extended)).toBe(true);
    expect(isOpenAt(new Date('2026-12-05T12:00:00Z'), extended)).toBe(false);
  });

  it('falls back to elapsed time for a centre with no opening hours at all', () => {
    const none = centreCalendar({ timeZone: 'UTC', openingHours: {}, hoursExceptions: [] });
    const from = new Date('2026-12-04T10:00:00Z');
    expect(addWorkingSeconds(from, H, none).toISOString()).toBe('2026-12-04T11:00:00.000Z');
    expect(workingSecondsBetween(from, new Date('2026-12-04T12:00:00Z'), none)).toBe(2 * H);
  });
});
