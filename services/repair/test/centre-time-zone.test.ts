// Centre time zones: opening hours are local wall-clock times, so a Berlin centre open 08:00-17:00
// opens at 06:00Z in summer and 07:00Z in winter (and on the DST Sundays themselves).
import {
  admin,
  advisor,
  as,
  centreBody,
  createCentre,
  ifMatch,
  key,
  startHarness,
  type Harness,
} from './harness';

const nineToFive = [{ open: '08:00', close: '17:00' }];
const week = {
  mon: nineToFive,
  tue: nineToFive,
  wed: nineToFive,
  thu: nineToFive,
  fri: nineToFive,
  sat: nineToFive,
  sun: nineToFive,
};

describe('service-centre time zones (PostgreSQL)', () => {
  let h: Harness;
  let berlin: string;
  const staff = advisor();
  let vehicles = 0;
  const book = (centreId: string, slotStart: string, minutes = 60) =>
    as(h.app, staff).post(
      '/v1/bookings',
      {
        centreId,
        customerId: 'cust-tz',
        vehicleId: `veh-tz-${vehicles++}`,
        channel: 'online',
        serviceType: 'maintenance',
        slotStart,
        slotEnd: new Date(new Date(slotStart).getTime() + minutes * 60_000).toISOString(),
        estimatedLabourHours: 1,
      },
      key(),
    );

  beforeAll(async () => {
    h = await startHarness('repair_time_zone');
    berlin = (await createCentre(h.app, admin(), { timeZone: 'Europe/Berlin', openingHours: week, bays: 3 }))
      .id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores the zone and defaults to UTC when omitted', async () => {
    const got = await as(h.app, staff).get(`/v1/service-centres/${berlin}`);
    expect(got.body).toMatchObject({ timeZone: 'Europe/Berlin', openingHours: week });
    const plain = await createCentre(h.app, admin());
    expect((await as(h.app, staff).get(`/v1/service-centres/${plain.id}`)).body.timeZone).toBe('UTC');
  });

  it('refuses an unknown zone with 400 problem+json and creates nothing', async () => {
    const before = await h.prisma.serviceCentre.count();
    const res = await as(h.app, admin()).post(
      '/v1/service-centres',
      centreBody({ timeZone: 'Europe/Atlantis' }),
      key(),
    );
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(JSON.stringify(res.body.errors)).toContain('timeZone');
    expect(await h.prisma.serviceCentre.count()).toBe(before);
  });

  it('accepts 08:00 local and refuses 07:30 local in summer (CEST, UTC+2) and winter (CET, UTC+1)', async () => {
    expect((await book(berlin, '2030-07-15T06:00:00.000Z')).status).toBe(201); // 08:00 CEST
    const early = await book(berlin, '2030-07-15T05:30:00.000Z'); // 07:30 CEST
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/outside the opening hours/);
    expect((await book(berlin, '2030-01-14T07:00:00.000Z')).status).toBe(201); // 08:00 CET
    expect((await book(berlin, '2030-01-14T06:30:00.000Z')).status).toBe(422); // 07:30 CET
    // Closing is 17:00 local: 15:00Z in summer is the last full hour, 16:00Z is not.
    expect((await book(berlin, '2030-07-15T14:00:00.000Z')).status).toBe(201);
    expect((await book(berlin, '2030-07-15T15:00:00.000Z')).status).toBe(422);
  });

  it('follows the switch on the DST Sundays themselves (31 Mar and 27 Oct 2030)', async () => {
    expect((await book(berlin, '2030-03-31T06:00:00.000Z')).status).toBe(201); // 08:00 CEST
    expect((await book(berlin, '2030-03-30T06:00:00.000Z')).status).toBe(422); // Sat, 07:00 CET
    expect((await book(berlin, '2030-10-27T07:00:00.000Z')).status).toBe(201); // 08:00 CET
    expect((await book(berlin, '2030-10-27T06:00:00.000Z')).status).toBe(422); // 07:00 CET
  });

  it('lists availability of a local date from local opening to closing', async () => {
    const res = await as(h.app, staff).get(
      `/v1/service-centres/${berlin}/availability?date=2030-07-16&durationMinutes=60&stepMinutes=60`,
    );
    expect(res.status).toBe(200);
    expect(res.body.timeZone).toBe('Europe/Berlin');
    expect(res.body.slots[0].start).toBe('2030-07-16T06:00:00.000Z');
    expect(res.body.slots.at(-1).end).toBe('2030-07-16T15:00:00.000Z');
    expect(res.body.slots).toHaveLength(9);
  });

  it('changes the zone with PATCH (If-Match), and bookings follow it', async () => {
    const centre = await createCentre(h.app, admin(), { timeZone: 'Europe/Berlin', openingHours: week });
    const url = `/v1/service-centres/${centre.id}`;
    expect((await as(h.app, admin()).patch(url, { timeZone: 'Europe/London' })).status).toBe(428);
    const bad = await as(h.app, admin()).patch(url, { timeZone: 'Mars/Base' }, ifMatch(1));
    expect(bad.status).toBe(400);
    expect((await as(h.app, staff).patch(url, { timeZone: 'Europe/London' }, ifMatch(1))).status).toBe(403);
    expect((await as(h.app, admin()).patch(url, { timeZone: 'Europe/London' }, ifMatch(7))).status).toBe(412);
    expect((await as(h.app, staff).get(url)).body).toMatchObject({ timeZone: 'Europe/Berlin', version: 1 });

    const ok = await as(h.app, admin()).patch(url, { timeZone: 'Europe/London' }, ifMatch(1));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ timeZone: 'Europe/London', version: 2 });
    expect(ok.headers.etag).toBe('"2"');
    expect((await book(centre.id, '2030-07-15T07:00:00.000Z')).status).toBe(201); // 08:00 BST
    expect((await book(centre.id, '2030-07-15T06:30:00.000Z')).status).toBe(422); // 07:30 BST
  });
});
