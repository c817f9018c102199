import { distanceKm, isOpen, localClock, projectionOf, suggestCentre } from './geo';

const allDay = [{ open: '00:00', close: '24:00' }];
const week = (hours: { open: string; close: string }[]) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, hours]));

describe('rescue desk geometry', () => {
  it('measures great-circle distance (Cologne to Bonn ~ 24 km)', () => {
    const km = distanceKm({ latitude: 50.9375, longitude: 6.9603 }, { latitude: 50.7374, longitude: 7.0982 });
    expect(km).toBeGreaterThan(23);
    expect(km).toBeLessThan(26);
  });

  it('projects north up into the box, and a lone point into the middle', () => {
    const p = projectionOf(
      [
        { latitude: 50, longitude: 6 },
        { latitude: 51, longitude: 7 },
      ],
      { width: 120, height: 120, padding: 10 },
    );
    expect(p.project({ latitude: 51, longitude: 6 })).toEqual({ x: 10, y: 10 });
    expect(p.project({ latitude: 50, longitude: 7 })).toEqual({ x: 110, y: 110 });
    const lone = projectionOf([{ latitude: 50, longitude: 6 }], { width: 100, height: 100, padding: 0 });
    const mid = lone.project({ latitude: 50, longitude: 6 });
    expect(mid.x).toBeCloseTo(50);
    expect(mid.y).toBeCloseTo(50);
  });

  it("reads opening hours in the centre's own time zone, with exceptions and emergency extra hours", () => {
    // 2026-12-07 is a Monday; 16:30 UTC is 17:30 in Berlin.
    const at = new Date('2026-12-07T16:30:00Z');
    expect(localClock(at, 'Europe/Berlin')).toEqual({
      date: '2026-12-07',
      weekday: 'mon',
      minute: 17 * 60 + 30,
    });
    const centre = {
      timeZone: 'Europe/Berlin',
      openingHours: week([{ open: '08:00', close: '17:00' }]),
      hoursExceptions: [],
    };
    expect(isOpen(centre, at)).toBe(false);
    expect(isOpen(centre, at, 1)).toBe(true);
    expect(isOpen({ ...centre, timeZone: 'UTC' }, at)).toBe(true);
    expect(isOpen({ ...centre, hoursExceptions: [{ date: '2026-12-07', closed: true }] }, at, 1)).toBe(false);
  });

  it('suggests the nearest open centre of the region with an ETA at 50 km/h plus turnout', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const base = { regionId: 'west', timeZone: 'UTC', openingHours: week(allDay), hoursExceptions: [] };
    const centres = [
      { ...base, id: 'far', location: { latitude: 51.0, longitude: 7.0 } },
      { ...base, id: 'near', location: { latitude: 50.5, longitude: 7.0 } },
      { ...base, id: 'closed', location: { latitude: 50.41, longitude: 7.0 }, openingHours: week([]) },
      { ...base, id: 'elsewhere', regionId: 'east', location: { latitude: 50.4, longitude: 7.0 } },
    ];
    const s = suggestCentre({ regionId: 'west', location: { latitude: 50.4, longitude: 7.0 } }, centres, now);
    expect(s?.centre.id).toBe('near');
    expect(s?.distanceKm).toBeCloseTo(11.1, 1);
    // 11.1 km at 50 km/h = 13.3 min, plus 10 min turnout.
    expect((s!.etaAt.getTime() - now.getTime()) / 60_000).toBeCloseTo(23.3, 0);
    expect(suggestCentre({ regionId: 'west', location: null }, centres, now)).toBeUndefined();
  });
});
