// Rescue dispatch at any hour (issue 19): only centres of the rescue's region that are open now
// (own hours, own time zone, emergency rules) or on the region's on-call roster; partner workshops
// only while qualified; no cover is a 422 naming the escalation contact. Centre scope on every
// rescue read, list and command. The emergency backlog trigger compares like with like.
import { checkBacklogs } from '../src/application/emergency-mode';
import { admin, advisor, as, createCentre, ifMatch, key, startHarness, type Harness } from './harness';

const tz = 'Europe/Berlin';
const day = [{ open: '07:00', close: '18:00' }];
const weekdays = { mon: day, tue: day, wed: day, thu: day, fri: day };
// Thu 2026-12-10 02:00 in Berlin (UTC+1), and Sun 2026-12-13 09:00 in Berlin.
const NIGHT = new Date('2026-12-10T01:00:00Z');
const SUNDAY = new Date('2026-12-13T08:00:00Z');

describe('rescue dispatch, roster and scope (PostgreSQL)', () => {
  let h: Harness;
  const staff = advisor();
  beforeAll(async () => {
    h = await startHarness('repair_rescue_dispatch');
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    h.clock.now = null;
  });

  const requestRescue = async (
    regionId: string,
    location = { latitude: 52.5, longitude: 13.41 },
    who = staff,
  ) => {
    const res = await as(h.app, who).post(
      '/v1/rescues',
      { regionId, problem: 'breakdown', channel: 'phone', priority: 'urgent', location },
      key(),
    );
    return res;
  };
  const centreIn = (regionId: string, name: string, over: Record<string, unknown> = {}) =>
    createCentre(h.app, admin(), {
      name,
      regionId,
      timeZone: tz,
      openingHours: weekdays,
      location: { latitude: 52.5, longitude: 13.4 },
      ...over,
    });

  describe('at night', () => {
    it('a rescue at 02:00 local time goes to the on-call centre, never to a closed nearer one', async () => {
      const near = await centreIn('region-night', 'Near');
      const far = await centreIn('region-night', 'Far', { location: { latitude: 52.6, longitude: 13.6 } });
      const roster = {
        escalation: { name: 'Night duty manager', phone: '+49 30 1234567' },
        onCall: [
          { centreId: far.id, technicianId: 'tech-2', weekly: [{ day: 'wed', from: '18:00', to: '07:00' }] },
        ],
      };
      expect((await as(h.app, staff).put('/v1/rescue-rosters/region-night', roster)).status).toBe(403);
      const put = await as(h.app, admin()).put('/v1/rescue-rosters/region-night', roster);
      expect(put.status).toBe(200);
      expect(put.headers.etag).toBe('"1"');
      expect(put.body).toMatchObject({
        regionId: 'region-night',
        escalation: roster.escalation,
        onCall: [{ centreId: far.id, technicianId: 'tech-2', dated: [] }],
        version: 1,
      });
      // Replacing needs the version; reading is open to staff of the region.
      expect((await as(h.app, admin()).put('/v1/rescue-rosters/region-night', roster)).status).toBe(428);
      expect(
        (await as(h.app, admin()).put('/v1/rescue-rosters/region-night', roster, ifMatch(7))).status,
      ).toBe(412);
      const bad = await as(h.app, admin()).put('/v1/rescue-rosters/region-night', {
        ...roster,
        onCall: [{ centreId: far.id, technicianId: 'nobody', weekly: [] }],
      });
      expect(bad.status).toBe(422);
      const read = await as(h.app, staff).get('/v1/rescue-rosters/region-night');
      expect(read.headers.etag).toBe('"1"');
      // Entries come back in the documented key order (jsonb stores its own), so clients can diff.
      expect(JSON.stringify(read.body.onCall)).toBe(
        JSON.stringify([
          {
            centreId: far.id,
            technicianId: 'tech-2',
            weekly: [{ day: 'wed', from: '18:00', to: '07:00' }],
            dated: [],
          },
        ]),
      );
      expect(
        (await as(h.app, advisor('tenant-a', [near.id])).get('/v1/rescue-rosters/region-night')).status,
      ).toBe(200);
      expect((await as(h.app, advisor('tenant-a', [])).get('/v1/rescue-rosters/region-night')).status).toBe(
        404,
      );
      expect((await as(h.app, advisor('tenant-b')).get('/v1/rescue-rosters/region-night')).status).toBe(404);

      h.clock.now = NIGHT;
      const req = await requestRescue('region-night', { latitude: 52.5, longitude: 13.41 });
      expect(req.status).toBe(201);
      const sent = await as(h.app, staff).post(`/v1/rescues/${req.body.id}/dispatch`, {}, ifMatch(1));
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({ status: 'DISPATCHED', centreId: far.id, technicianId: 'tech-2' });
      expect(sent.body.centreId).not.toBe(near.id);

      // Naming the closed centre is refused with the reason.
      const other = await requestRescue('region-night');
      const named = await as(h.app, staff).post(
        `/v1/rescues/${other.body.id}/dispatch`,
        { centreId: near.id },
        ifMatch(1),
      );
      expect(named.status).toBe(422);
      expect(named.body).toMatchObject({ code: 'centre-not-available', centreId: near.id, reason: 'closed' });
      // In the day the nearer centre is open again and wins.
      h.clock.now = new Date('2026-12-10T11:00:00Z');
      const dayTime = await as(h.app, staff).post(`/v1/rescues/${other.body.id}/dispatch`, {}, ifMatch(1));
      expect(dayTime.body).toMatchObject({ centreId: near.id, technicianId: null });
    });

    it('no cover is a 422 naming the escalation contact', async () => {
      const closed = await centreIn('region-nocover', 'Closed at night');
      const elsewhere = await centreIn('region-elsewhere', 'Open elsewhere', {
        openingHours: { thu: [{ open: '00:00', close: '24:00' }] },
      });
      const partner = await centreIn('region-nocover', 'Unqualified partner', {
        type: 'partner-workshop',
        openingHours: { thu: [{ open: '00:00', close: '24:00' }] },
      });
      h.clock.now = NIGHT;
      const req = await requestRescue('region-nocover');
      const noRoster = await as(h.app, staff).post(`/v1/rescues/${req.body.id}/dispatch`, {}, ifMatch(1));
      expect(noRoster.status).toBe(422);
      expect(noRoster.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(noRoster.body).toMatchObject({ code: 'no-rescue-cover', escalation: null });

      const put = await as(h.app, admin()).put('/v1/rescue-rosters/region-nocover', {
        escalation: { name: 'Regional manager Kim', phone: '+49 89 555' },
        onCall: [{ centreId: partner.id, weekly: [{ day: 'thu', from: '00:00', to: '24:00' }] }],
      });
      expect(put.status).toBe(200);
      const res = await as(h.app, staff).post(`/v1/rescues/${req.body.id}/dispatch`, {}, ifMatch(1));
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        type: 'urn:aftersales:problem:repair:no-rescue-cover',
        code: 'no-rescue-cover',
        regionId: 'region-nocover',
        escalation: { name: 'Regional manager Kim', phone: '+49 89 555' },
      });
      expect(res.body.detail).toContain('Regional manager Kim');
      expect(res.body.unavailable).toEqual(
        expect.arrayContaining([
          { centreId: closed.id, reason: 'closed' },
          { centreId: partner.id, reason: 'not-qualified' },
        ]),
      );
      const otherRegion = await as(h.app, staff).post(
        `/v1/rescues/${req.body.id}/dispatch`,
        { centreId: elsewhere.id },
        ifMatch(1),
      );
      expect(otherRegion.body).toMatchObject({ code: 'centre-not-available', reason: 'other-region' });
      const unqualified = await as(h.app, staff).post(
        `/v1/rescues/${req.body.id}/dispatch`,
        { centreId: partner.id },
        ifMatch(1),
      );
      expect(unqualified.body).toMatchObject({ code: 'centre-not-available', reason: 'not-qualified' });
      expect((await as(h.app, staff).get(`/v1/rescues/${req.body.id}`)).body.status).toBe('REQUESTED');
    });

    it('emergency mode opens a normally closed day (Sunday) for its extra hours', async () => {
      const centre = await centreIn('region-sunday', 'Weekdays only');
      h.clock.now = SUNDAY;
      const req = await requestRescue('region-sunday');
      const closed = await as(h.app, staff).post(`/v1/rescues/${req.body.id}/dispatch`, {}, ifMatch(1));
      expect(closed.body).toMatchObject({ code: 'no-rescue-cover' });
      const declared = await as(h.app, admin()).post(
        '/v1/emergencies',
        { regionId: 'region-sunday', cause: 'weather', extraHours: 3 },
        key(),
      );
      expect(declared.status).toBe(201);
      // Sunday 07:00-10:00 local (the earliest regular opening, for the extra hours): 09:00 is in.
      const sent = await as(h.app, staff).post(`/v1/rescues/${req.body.id}/dispatch`, {}, ifMatch(1));
      expect(sent.status).toBe(200);
      expect(sent.body.centreId).toBe(centre.id);
      h.clock.now = new Date('2026-12-13T09:30:00Z'); // 10:30 local: past the emergency window
      const late = await requestRescue('region-sunday');
      expect(
        (await as(h.app, staff).post(`/v1/rescues/${late.body.id}/dispatch`, {}, ifMatch(1))).body,
      ).toMatchObject({ code: 'no-rescue-cover' });
    });
  });

  describe('centre scope', () => {
    it("a centre-A user gets 404 for centre B's rescue and dispatches only to its own centres", async () => {
      const allDay = [{ open: '00:00', close: '24:00' }];
      const open = {
        mon: allDay,
        tue: allDay,
        wed: allDay,
        thu: allDay,
        fri: allDay,
        sat: allDay,
        sun: allDay,
      };
      const a = await centreIn('region-scope', 'A', {
        openingHours: open,
        location: { latitude: 52.9, longitude: 13.4 },
      });
      const b = await centreIn('region-scope', 'B', { openingHours: open });
      await centreIn('region-scope-2', 'C', { openingHours: open });
      const userA = advisor('tenant-a', [a.id]);

      const toB = await requestRescue('region-scope');
      expect(
        (await as(h.app, staff).post(`/v1/rescues/${toB.body.id}/dispatch`, { centreId: b.id }, ifMatch(1)))
          .body.centreId,
      ).toBe(b.id);
      const read = await as(h.app, userA).get(`/v1/rescues/${toB.body.id}`);
      expect(read.status).toBe(404);
      expect(read.body.detail).toBe(
        (await as(h.app, advisor('tenant-b')).get(`/v1/rescues/${toB.body.id}`)).body.detail,
      );
      expect((await as(h.app, userA).post(`/v1/rescues/${toB.body.id}/arrival`, {}, ifMatch(2))).status).toBe(
        404,
      );
      expect((await as(h.app, staff).post(`/v1/rescues/${toB.body.id}/arrival`, {}, ifMatch(2))).status).toBe(
        200,
      );
      expect(
        (
          await as(h.app, userA).post(
            `/v1/rescues/${toB.body.id}/resolution`,
            { resolution: 'fixed-on-site' },
            ifMatch(3),
          )
        ).status,
      ).toBe(404);
      expect(
        (await as(h.app, userA).post(`/v1/rescues/${toB.body.id}/dispatch`, {}, ifMatch(3))).status,
      ).toBe(404);

      // Undispatched rescues of its region are visible; dispatch picks only among its centres.
      const open1 = await requestRescue('region-scope', { latitude: 52.5, longitude: 13.41 }, userA);
      expect(open1.status).toBe(201);
      const otherRegion = await requestRescue('region-scope-2');
      expect((await requestRescue('region-scope-2', undefined, userA)).status).toBe(422);
      expect((await as(h.app, userA).get(`/v1/rescues/${otherRegion.body.id}`)).status).toBe(404);
      const list = await as(h.app, userA).get('/v1/rescues?limit=100');
      const ids = (list.body.items as { id: string }[]).map((r) => r.id);
      expect(ids).toContain(open1.body.id);
      expect(ids).not.toContain(toB.body.id);
      expect(ids).not.toContain(otherRegion.body.id);
      const named = await as(h.app, userA).post(
        `/v1/rescues/${open1.body.id}/dispatch`,
        { centreId: b.id },
        ifMatch(1),
      );
      expect(named.status).toBe(422);
      expect(named.body.detail).toBe(`Unknown service centre ${b.id}.`);
      const sent = await as(h.app, userA).post(`/v1/rescues/${open1.body.id}/dispatch`, {}, ifMatch(1));
      expect(sent.status).toBe(200);
      expect(sent.body.centreId).toBe(a.id); // B is nearer, but not A's to send
      expect((await as(h.app, userA).get(`/v1/rescues/${open1.body.id}`)).status).toBe(200);
      // The whole-tenant dispatcher sees everything.
      const all = (await as(h.app, staff).get('/v1/rescues?limit=100')).body.items as { id: string }[];
      expect(all.map((r) => r.id)).toEqual(expect.arrayContaining([toB.body.id, otherRegion.body.id]));
    });
  });

  describe('backlog trigger, like with like', () => {
    const oneHour = [{ open: '08:00', close: '09:00' }];
    const daily = {
      mon: oneHour,
      tue: oneHour,
      wed: oneHour,
      thu: oneHour,
      fri: oneHour,
      sat: oneHour,
      sun: oneHour,
    };
    const workdays = { mon: oneHour, tue: oneHour, wed: oneHour, thu: oneHour, fri: oneHour };
    const check = async (now: Date, regionId: string) =>
      (await checkBacklogs(h.prisma, { now, factor: 1.5, extraHours: 3 })).filter(
        (e) => e.regionId === regionId,
      );
    const orders = async (centreId: string, n: number) => {
      for (let i = 0; i < n; i++) {
        const res = await as(h.app, staff).post(
          '/v1/repair-orders',
          {
            centreId,
            customerId: 'cust-bl',
            vehicleId: `veh-bl-${centreId}-${i}`,
            serviceType: 'repair',
            mileageKm: 1_000,
            fuelLevelPercent: 50,
            symptoms: 'Noise',
            symptomSystems: ['engine'],
          },
          key(),
        );
        expect(res.status).toBe(201);
      }
    };

    it('counts partner workshops on both sides', async () => {
      const main = await createCentre(h.app, admin(), {
        name: 'BL main',
        regionId: 'region-bl',
        bays: 1,
        openingHours: daily,
      });
      const partner = await createCentre(h.app, admin(), {
        name: 'BL partner',
        type: 'partner-workshop',
        regionId: 'region-bl',
        bays: 1,
        openingHours: daily,
      });
      await orders(main.id, 1);
      await orders(partner.id, 2);
      const now = new Date('2026-12-10T12:00:00Z');
      // 3 h backlog (partner orders included) against 2 h capacity (partner bays included).
      expect(await check(now, 'region-bl')).toEqual([]);
      await orders(partner.id, 1);
      const [entered] = await check(now, 'region-bl');
      expect(entered).toMatchObject({ trigger: 'backlog', backlogHours: 4, capacityHours: 2 });
    });

    it('reads a centre closed today at its next working day, so a Sunday neither hides nor fakes a backlog', async () => {
      const sunday = new Date('2026-12-13T12:00:00Z');
      await createCentre(h.app, admin(), {
        name: 'Open daily',
        regionId: 'region-sun',
        bays: 1,
        openingHours: daily,
      });
      const weekdayOnly = await createCentre(h.app, admin(), {
        name: 'Weekdays',
        regionId: 'region-sun',
        bays: 1,
        openingHours: workdays,
      });
      await orders(weekdayOnly.id, 2);
      // Capacity 1 h (open daily) + 1 h (Monday of the weekday centre): 2 h <= 1.5 x 2 h.
      expect(await check(sunday, 'region-sun')).toEqual([]);

      const closed = await createCentre(h.app, admin(), {
        name: 'Closed Sunday',
        regionId: 'region-closed',
        bays: 1,
        openingHours: workdays,
      });
      await orders(closed.id, 2);
      // Every centre closed today: measured against Monday, not skipped as "no capacity".
      const [entered] = await check(sunday, 'region-closed');
      expect(entered).toMatchObject({ backlogHours: 2, capacityHours: 1 });
    });
  });
});
