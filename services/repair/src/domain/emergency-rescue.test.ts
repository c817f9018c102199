import { backlogHoursOf, shouldEnterEmergency } from './emergency';
import { distanceKm, etaAt, nearest, rescueTransition } from './rescue';

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

describe('rescue dispatch', () => {
  const berlin = { latitude: 52.52, longitude: 13.405 };
  it('measures great-circle distance', () => {
    expect(distanceKm(berlin, { latitude: 48.1351, longitude: 11.582 })).toBeGreaterThan(500);
    expect(distanceKm(berlin, { latitude: 48.1351, longitude: 11.582 })).toBeLessThan(510);
    expect(distanceKm(berlin, berlin)).toBe(0);
  });
  it('picks the nearest centre, partner or not', () => {
    const got = nearest({ latitude: 52.5, longitude: 13.4 }, [
      { id: 'munich', latitude: 48.1351, longitude: 11.582 },
      { id: 'berlin', ...berlin },
    ]);
    expect(got.centre.id).toBe('berlin');
    expect(got.distanceKm).toBeLessThan(3);
  });
  it('fails clearly with no candidates', () => {
    expect(() => nearest(berlin, [])).toThrow(/No service centre/);
  });
  it('estimates arrival from distance', () => {
    expect(etaAt(new Date('2026-01-01T00:00:00Z'), 25).toISOString()).toBe('2026-01-01T00:40:00.000Z');
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
