import { assessDispatch, onCallAt, openAt, type DispatchCentre, type RosterEntry } from './rescue-dispatch';

const tz = 'Europe/Berlin';
const day = [{ open: '07:00', close: '18:00' }];
const weekdays = { mon: day, tue: day, wed: day, thu: day, fri: day };
// Thu 2026-12-03 02:00 in Berlin (UTC+1).
const night = new Date('2026-12-03T01:00:00Z');
const noon = new Date('2026-12-03T11:00:00Z');

const centre = (id: string, over: Partial<DispatchCentre> = {}): DispatchCentre => ({
  id,
  type: 'regional-centre',
  regionId: 'north',
  latitude: 52.5,
  longitude: 13.4,
  timeZone: tz,
  openingHours: weekdays,
  hoursExceptions: [],
  qualified: true,
  ...over,
});
const duty = (centreId: string, over: Partial<RosterEntry> = {}): RosterEntry => ({
  centreId,
  technicianId: null,
  weekly: [],
  dated: [],
  ...over,
});
const rescueAt = { latitude: 52.5, longitude: 13.41 };

describe('on-call roster windows', () => {
  const overnight = duty('c', { weekly: [{ day: 'wed', from: '18:00', to: '07:00' }] });
  it('reads weekly windows in the centre time zone, overnight windows past midnight', () => {
    expect(onCallAt(overnight, night, tz)).toBe(true); // Thu 02:00 is in Wed 18:00 - Thu 07:00
    expect(onCallAt(overnight, new Date('2026-12-02T17:30:00Z'), tz)).toBe(true); // Wed 18:30
    expect(onCallAt(overnight, new Date('2026-12-03T06:00:00Z'), tz)).toBe(false); // Thu 07:00 ends it
    expect(onCallAt(overnight, new Date('2026-12-04T01:00:00Z'), tz)).toBe(false); // Fri 02:00
    // The same window read in UTC would be a different instant.
    expect(onCallAt(overnight, new Date('2026-12-03T06:30:00Z'), 'UTC')).toBe(true);
  });
  it('takes dated intervals as instants, end exclusive', () => {
    const dated = duty('c', { dated: [{ from: '2026-12-03T00:00:00Z', to: '2026-12-03T01:00:00Z' }] });
    expect(onCallAt(dated, new Date('2026-12-03T00:30:00Z'), tz)).toBe(true);
    expect(onCallAt(dated, night, tz)).toBe(false);
  });
  it('covers a whole day with 00:00-24:00', () => {
    const allDay = duty('c', { weekly: [{ day: 'thu', from: '00:00', to: '24:00' }] });
    expect(onCallAt(allDay, night, tz)).toBe(true);
    expect(onCallAt(allDay, new Date('2026-12-03T22:59:00Z'), tz)).toBe(true);
    expect(onCallAt(allDay, new Date('2026-12-03T23:00:00Z'), tz)).toBe(false);
  });
});

describe('rescue dispatch candidates', () => {
  const near = centre('near'); // closed at night
  const far = centre('far', { latitude: 52.6, longitude: 13.6 });
  const base = { regionId: 'north', location: rescueAt, roster: [], emergencyExtraHours: null };

  it('at 02:00 sends the on-call centre, never the closed nearer one', () => {
    const roster = [
      duty('far', { technicianId: 'tech-9', weekly: [{ day: 'wed', from: '18:00', to: '07:00' }] }),
    ];
    const got = assessDispatch({ ...base, at: night, centres: [near, far], roster });
    expect(got.candidates.map((c) => [c.centre.id, c.cover, c.technicianId])).toEqual([
      ['far', 'on-call', 'tech-9'],
    ]);
    expect(got.unavailable).toEqual([{ centreId: 'near', reason: 'closed' }]);
    // Standby turnout: 25 min + driving.
    expect(got.candidates[0]!.etaAt.getTime() - night.getTime()).toBeGreaterThan(25 * 60_000);
  });

  it('in the day picks the earliest arrival among open centres', () => {
    const got = assessDispatch({ ...base, at: noon, centres: [far, near] });
    expect(got.candidates.map((c) => c.centre.id)).toEqual(['near', 'far']);
    expect(got.candidates[0]!.cover).toBe('open');
  });

  it('prefers an open crew over a slightly nearer one on standby', () => {
    const standby = centre('standby', { openingHours: {}, longitude: 13.41 });
    const open = centre('open', { longitude: 13.45 });
    const roster = [duty('standby', { weekly: [{ day: 'thu', from: '00:00', to: '24:00' }] })];
    const got = assessDispatch({ ...base, at: noon, centres: [standby, open], roster });
    expect(got.candidates.map((c) => [c.centre.id, c.cover])).toEqual([
      ['open', 'open'],
      ['standby', 'on-call'],
    ]);
  });

  it('leaves out other regions, centres without location and unqualified partners', () => {
    const got = assessDispatch({
      ...base,
      at: noon,
      centres: [
        centre('elsewhere', { regionId: 'south' }),
        centre('nowhere', { latitude: null, longitude: null }),
        centre('partner-bad', { type: 'partner-workshop', qualified: false }),
        centre('partner-ok', { type: 'partner-workshop', qualified: true }),
      ],
    });
    expect(got.candidates.map((c) => c.centre.id)).toEqual(['partner-ok']);
    expect(got.unavailable).toEqual([
      { centreId: 'elsewhere', reason: 'other-region' },
      { centreId: 'nowhere', reason: 'no-location' },
      { centreId: 'partner-bad', reason: 'not-qualified' },
    ]);
  });

  it('an unqualified partner on the roster is still left out', () => {
    const partner = centre('p', { type: 'partner-workshop', qualified: false });
    const roster = [duty('p', { weekly: [{ day: 'thu', from: '00:00', to: '24:00' }] })];
    expect(assessDispatch({ ...base, at: night, centres: [partner], roster }).candidates).toEqual([]);
  });

  it('has no candidate at night without a roster', () => {
    const got = assessDispatch({ ...base, at: night, centres: [near, far] });
    expect(got.candidates).toEqual([]);
    expect(got.unavailable.map((u) => u.reason)).toEqual(['closed', 'closed']);
  });

  it('opens a normally closed day in emergency mode', () => {
    const sunday = new Date('2026-12-06T07:00:00Z'); // Sun 08:00 Berlin
    expect(openAt(near, sunday, null)).toBe(false);
    expect(openAt(near, sunday, 0)).toBe(false);
    expect(openAt(near, sunday, 3)).toBe(true); // 07:00-10:00 local
    expect(openAt(near, new Date('2026-12-06T09:00:00Z'), 3)).toBe(false); // 10:00 local
    const got = assessDispatch({ ...base, at: sunday, centres: [near], emergencyExtraHours: 3 });
    expect(got.candidates.map((c) => c.centre.id)).toEqual(['near']);
  });
});
