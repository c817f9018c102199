import { emergencyOpenIntervals } from './capacity';
import {
  backlogHoursOf,
  regionCapacityHours,
  shouldEnterEmergency,
  workingDayCapacityHours,
} from './emergency';
import { distanceKm, etaAt, rescueTransition } from './rescue';

describe('emergency trigger', () => {
  it('enters when backlog exceeds capacity by the factor', () => {
    expect(shouldEnterEmergency({ backlogHours: 151, capacityHours: 100 }, 1.5, false)).toBe(true);
    expect(shouldEnterEmergency({ backlogHours: 150, capacityHours: 100 }, 1.5, false)).toBe(false);
  });
  it('never re-enters while active, nor triggers without capacity data', () => {
    expect(shouldEnterEmergency({ backlogHours: 999, capacityHours: 100 }, 1.5, true)).toBe(false);
    expect(shouldEnterEmergency({ backlogHours: 999, capacityHours: 0 }, 1.5, false)).toBe(false);
  });
  it('counts undiagnosed orders at a default estimate', () => {
    expect(backlogHoursOf([{ estimatedLabourHours: 2.5 }, { estimatedLabourHours: null }], 1)).toBe(3.5);
  });
});

describe('emergency hours and working-day capacity', () => {
  const weekdays = [{ open: '07:00', close: '18:00' }];
  const hours = { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays };
  const tz = 'Europe/Berlin';
  const span = (ivs: { start: Date; end: Date }[]) =>
    ivs.map((iv) => `${iv.start.toISOString()}/${iv.end.toISOString()}`);

  it('extends a working day after its last closing', () => {
    // Thu 2026-12-03, Berlin is UTC+1: 07:00-18:00 local plus 3 h = 06:00Z-20:00Z.
    expect(span(emergencyOpenIntervals('2026-12-03', hours, [], 3, tz))).toEqual([
      '2026-12-03T06:00:00.000Z/2026-12-03T20:00:00.000Z',
    ]);
  });
  it('opens a normally closed day for the extra hours from the earliest regular opening', () => {
    // Sun 2026-12-06: closed normally; in emergency 07:00-10:00 local.
    expect(emergencyOpenIntervals('2026-12-06', hours, [], 0, tz)).toEqual([]);
    expect(span(emergencyOpenIntervals('2026-12-06', hours, [], 3, tz))).toEqual([
      '2026-12-06T06:00:00.000Z/2026-12-06T09:00:00.000Z',
    ]);
    // A closed exception (holiday) opens the same way; a centre with no hours at all from 08:00.
    expect(
      span(emergencyOpenIntervals('2026-12-03', hours, [{ date: '2026-12-03', closed: true }], 2, tz)),
    ).toEqual(['2026-12-03T06:00:00.000Z/2026-12-03T08:00:00.000Z']);
    expect(span(emergencyOpenIntervals('2026-12-06', {}, [], 2, 'UTC'))).toEqual([
      '2026-12-06T08:00:00.000Z/2026-12-06T10:00:00.000Z',
    ]);
  });
  it("counts a centre closed today at its next working day's capacity", () => {
    const centre = { bays: 2, openingHours: hours, hoursExceptions: [], timeZone: tz };
    expect(workingDayCapacityHours(new Date('2026-12-03T12:00:00Z'), centre)).toBe(22); // Thu
    expect(workingDayCapacityHours(new Date('2026-12-06T12:00:00Z'), centre)).toBe(22); // Sun -> Mon
    expect(
      workingDayCapacityHours(new Date('2026-12-06T12:00:00Z'), {
        ...centre,
        hoursExceptions: [{ date: '2026-12-07', hours: [{ open: '08:00', close: '12:00' }] }],
      }),
    ).toBe(8); // Mon is a short day
    expect(workingDayCapacityHours(new Date('2026-12-06T12:00:00Z'), { ...centre, openingHours: {} })).toBe(
      0,
    );
  });
  it('sums every centre of the region, a Sunday included', () => {
    const open7 = { bays: 1, openingHours: { sun: weekdays, ...hours }, hoursExceptions: [], timeZone: tz };
    const weekdaysOnly = { bays: 1, openingHours: hours, hoursExceptions: [], timeZone: tz };
    expect(regionCapacityHours(new Date('2026-12-06T12:00:00Z'), [open7, weekdaysOnly])).toBe(22);
  });
});

describe('rescue dispatch', () => {
  const berlin = { latitude: 52.52, longitude: 13.405 };
  it('measures great-circle distance', () => {
    expect(distanceKm(berlin, { latitude: 48.1351, longitude: 11.582 })).toBeGreaterThan(500);
    expect(distanceKm(berlin, { latitude: 48.1351, longitude: 11.582 })).toBeLessThan(510);
    expect(distanceKm(berlin, berlin)).toBe(0);
  });
  it('estimates arrival from distance', () => {
    expect(etaAt(new Date('2026-01-01T00:00:00Z'), 25).toISOString()).toBe('2026-01-01T00:40:00.000Z');
    expect(etaAt(new Date('2026-01-01T00:00:00Z'), 25, 25).toISOString()).toBe('2026-01-01T00:55:00.000Z');
  });
  it('runs the rescue state machine', () => {
    expect(rescueTransition('REQUESTED', 'dispatch')).toBe('DISPATCHED');
    expect(rescueTransition('DISPATCHED', 'arrive')).toBe('ON_SITE');
    expect(rescueTransition('ON_SITE', 'resolve')).toBe('RESOLVED');
    expect(rescueTransition('ON_SITE', 'tow-in')).toBe('TOWED_IN');
    expect(() => rescueTransition('REQUESTED', 'resolve')).toThrow(
      'Cannot resolve a rescue that is REQUESTED (allowed now: dispatch, cancel).',
    );
    expect(() => rescueTransition('RESOLVED', 'cancel')).toThrow(/Cannot cancel/);
  });
});
