// Bookings against bay and technician capacity: opening hours, no double-booking even under
// concurrent requests, cancellation frees the bay, no-show only after the slot started,
// availability per day; a booking lasts its estimated labour and needs free technician hours
// (after the workshop's backlog of orders already in it).
import {
  admin,
  advisor,
  as,
  createCentre,
  ifMatch,
  key,
  diagnosisBody,
  outboxOf,
  receive,
  startHarness,
  type Harness,
} from './harness';

const hours = [
  { open: '08:00', close: '12:00' },
  { open: '13:00', close: '17:00' },
];
const week = { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours, sun: hours };

describe('bookings (PostgreSQL)', () => {
  let h: Harness;
  let centreId: string;
  const staff = advisor();
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const at = (hhmm: string) => `${day}T${hhmm}:00.000Z`;
  const hoursBetween = (start: string, end: string) =>
    (Date.parse(at(end)) - Date.parse(at(start))) / 3_600_000;
  // A booking lasts its labour: the labour is the slot's length unless `over` says otherwise.
  const booking = (start: string, end: string, over: Record<string, unknown> = {}) => ({
    centreId,
    customerId: 'cust-1',
    vehicleId: 'veh-1',
    channel: 'online',
    serviceType: 'maintenance',
    slotStart: at(start),
    slotEnd: at(end),
    estimatedLabourHours: hoursBetween(start, end) > 0 ? hoursBetween(start, end) : 1,
    ...over,
  });
  const book = (body: object) => as(h.app, staff).post('/v1/bookings', body, key());

  beforeAll(async () => {
    h = await startHarness('repair_bookings');
    centreId = (
      await createCentre(h.app, admin(), {
        openingHours: week,
        bays: 2,
        hoursExceptions: [{ date: '2030-12-24', closed: true }],
      })
    ).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('books the lowest free bay and emits repair.booking.created', async () => {
    const res = await book(booking('08:00', '09:00'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'BOOKED', bay: 1, centreId });
    const events = await outboxOf(h.prisma, res.body.id);
    expect(events.map((e) => e.type)).toEqual(['repair.booking.created']);
    expect(events[0]!.data).toMatchObject({
      bookingId: res.body.id,
      centreId,
      bayId: `${centreId}:bay-1`,
      overflowFromCentreId: null,
    });
  });

  it('refuses a start outside the opening hours or in lunch, labour past closing, a closed date or the past (422)', async () => {
    for (const body of [
      booking('07:00', '08:30'),
      booking('12:15', '13:15'),
      booking('16:30', '17:30'),
      {
        ...booking('09:00', '10:00'),
        slotStart: '2030-12-24T09:00:00.000Z',
        slotEnd: '2030-12-24T10:00:00.000Z',
      },
      {
        ...booking('09:00', '10:00'),
        slotStart: '2020-01-01T09:00:00.000Z',
        slotEnd: '2020-01-01T10:00:00.000Z',
      },
    ]) {
      const res = await book(body);
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect((await book(booking('10:00', '09:00'))).status).toBe(422);
    const tooLong = await book(booking('16:30', '17:30'));
    expect(tooLong.body).toMatchObject({ code: 'labour-does-not-fit', field: 'estimatedLabourHours' });
    expect(
      (await book({ ...booking('09:00', '10:00'), centreId: '00000000-0000-4000-8000-000000000000' })).status,
    ).toBe(422);
  });

  it('never double-books under concurrent requests: 2 bays, 6 requests for one slot -> 2 bookings', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => book(booking('14:00', '15:30', { vehicleId: `veh-c${i}` }))),
    );
    const ok = results.filter((r) => r.status === 201);
    expect(ok).toHaveLength(2);
    expect(ok.map((r) => r.body.bay).sort()).toEqual([1, 2]);
    for (const r of results.filter((x) => x.status !== 201)) {
      expect(r.status).toBe(409);
      expect(r.body).toMatchObject({
        type: 'urn:aftersales:problem:repair:no-capacity',
        title: 'Conflict',
        code: 'no-capacity',
      });
    }
    const overlapping = await h.prisma.booking.count({
      where: {
        centreId,
        status: 'BOOKED',
        slotStart: { lt: new Date(at('15:30')) },
        slotEnd: { gt: new Date(at('14:00')) },
      },
    });
    expect(overlapping).toBe(2);
  });

  it('frees the bay on cancellation and emits repair.booking.cancelled', async () => {
    const a = await book(booking('15:30', '16:30'));
    const b = await book(booking('15:30', '16:30'));
    expect([a.status, b.status]).toEqual([201, 201]);
    expect((await book(booking('16:00', '17:00'))).status).toBe(409);
    const cancel = await as(h.app, staff).post(
      `/v1/bookings/${a.body.id}/cancellation`,
      { cancelledBy: 'customer', reason: 'customer-request' },
      ifMatch(1),
    );
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({ status: 'CANCELLED', version: 2 });
    expect((await outboxOf(h.prisma, a.body.id)).map((e) => e.type)).toEqual([
      'repair.booking.created',
      'repair.booking.cancelled',
    ]);
    expect((await book(booking('16:00', '17:00'))).status).toBe(201);
    // cancelling twice is refused by the booking's state
    const twice = await as(h.app, staff).post(`/v1/bookings/${a.body.id}/cancellation`, {
      cancelledBy: 'customer',
      reason: 'customer-request',
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({
      type: 'urn:aftersales:problem:repair:invalid-transition',
      code: 'command-refused',
      aggregate: 'booking',
      currentStatus: 'CANCELLED',
      command: 'cancel',
      allowedCommands: [],
    });
  });

  it('marks a no-show only after the slot started', async () => {
    const res = await book(booking('09:00', '10:00', { vehicleId: 'veh-ns' }));
    const early = await as(h.app, staff).post(`/v1/bookings/${res.body.id}/no-show`);
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ type: 'urn:aftersales:problem:repair:rule', code: 'rule-violated' });
    h.clock.now = new Date(at('09:30'));
    try {
      const late = await as(h.app, staff).post(`/v1/bookings/${res.body.id}/no-show`);
      expect(late.status).toBe(200);
      expect(late.body.status).toBe('NO_SHOW');
    } finally {
      h.clock.now = null;
    }
    expect((await outboxOf(h.prisma, res.body.id)).map((e) => e.type)).toEqual([
      'repair.booking.created',
      'repair.booking.no-show',
    ]);
  });

  it('checks a booking in when the vehicle is received against it', async () => {
    const res = await book(booking('10:00', '11:00', { vehicleId: 'veh-in' }));
    const order = await as(h.app, staff).post(
      '/v1/repair-orders',
      {
        centreId,
        customerId: 'cust-1',
        vehicleId: 'veh-in',
        bookingId: res.body.id,
        serviceType: 'maintenance',
        mileageKm: 1000,
        fuelLevelPercent: 50,
        symptoms: 'Annual service',
      },
      key(),
    );
    expect(order.status).toBe(201);
    expect(order.body.origin).toBe('booking');
    expect((await as(h.app, staff).get(`/v1/bookings/${res.body.id}`)).body.status).toBe('CHECKED_IN');
  });

  it('reports availability per slot with free bays', async () => {
    const res = await as(h.app, staff).get(
      `/v1/service-centres/${centreId}/availability?date=${day}&durationMinutes=60`,
    );
    expect(res.status).toBe(200);
    const slot = (hhmm: string) => res.body.slots.find((s: { start: string }) => s.start === at(hhmm));
    expect(slot('08:00').freeBays).toBe(1); // first test booked bay 1 08:00-09:00
    expect(slot('14:00').freeBays).toBe(0);
    expect(slot('13:00').freeBays).toBe(2);
    expect(slot('12:00')).toBeUndefined(); // lunch
    expect(slot('11:30').end).toBe(at('13:30')); // an hour of labour over lunch
    expect(slot('16:30')).toBeUndefined(); // an hour does not fit before closing
    expect(res.body.emergencyMode).toBe(false);
    // two technicians x 8 h; nothing in the workshop spills onto a day two days ahead
    expect(res.body).toMatchObject({ technicianHours: 16, workshopLabourHours: 0 });
    expect(res.body.freeTechnicianHours).toBe(16 - res.body.bookedLabourHours);
    expect(slot('14:00').available).toBe(false); // no bay
    expect(slot('13:00').available).toBe(true);
  });

  it('lists the bookings of a slot window (a calendar page)', async () => {
    const list = (q: string) => as(h.app, staff).get(`/v1/bookings?centreId=${centreId}&${q}`);
    const morning = await list(`slotFrom=${at('08:00')}&slotTo=${at('12:00')}`);
    expect(morning.status).toBe(200);
    expect(morning.body.items.length).toBeGreaterThan(0);
    for (const b of morning.body.items) {
      expect(b.slotStart >= at('08:00') && b.slotStart < at('12:00')).toBe(true);
    }
    const afternoon = await list(`slotFrom=${at('13:00')}&slotTo=${at('17:00')}`);
    expect(afternoon.body.items.map((b: { slotStart: string }) => b.slotStart)).not.toContain(at('08:00'));
    expect(afternoon.body.items.length).toBeGreaterThan(0);
    expect((await list(`slotFrom=${at('13:00').slice(0, 10)}`)).status).toBe(400); // an instant, not a day
  });

  it("hides another tenant's bookings and centres (404)", async () => {
    const res = await book(booking('11:00', '12:00', { vehicleId: 'veh-t' }));
    expect((await as(h.app, advisor('tenant-b')).get(`/v1/bookings/${res.body.id}`)).status).toBe(404);
    expect(
      (
        await as(h.app, advisor('tenant-b')).post(`/v1/bookings/${res.body.id}/cancellation`, {
          cancelledBy: 'staff',
          reason: 'other',
        })
      ).status,
    ).toBe(404);
    expect(
      (await as(h.app, advisor('tenant-b')).get(`/v1/service-centres/${centreId}/availability?date=${day}`))
        .status,
    ).toBe(404);
  });

  describe('technician hours (issue 19)', () => {
    let small: string;
    const other = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const onDay = (date: string, hhmm: string) => `${date}T${hhmm}:00.000Z`;
    const availabilityOn = async (date: string, minutes = 60) => {
      const res = await as(h.app, staff).get(
        `/v1/service-centres/${small}/availability?date=${date}&durationMinutes=${minutes}`,
      );
      expect(res.status).toBe(200);
      return res.body;
    };
    const bookAt = (date: string, hhmm: string, labour: number, over: Record<string, unknown> = {}) =>
      book({
        centreId: small,
        customerId: 'cust-2',
        vehicleId: `veh-${date}-${hhmm}-${labour}`,
        channel: 'phone',
        serviceType: 'repair',
        slotStart: onDay(date, hhmm),
        estimatedLabourHours: labour,
        ...over,
      });

    beforeAll(async () => {
      // One technician (8 h a day), three bays: hands, not bays, are what runs out.
      small = (
        await createCentre(h.app, admin(), {
          name: 'Small workshop',
          openingHours: week,
          bays: 3,
          technicians: [{ id: 'tech-s1', name: 'Sam', skills: ['engine'] }],
        })
      ).id;
    });
    afterEach(() => {
      h.clock.now = null;
    });

    it('makes a booking as long as its estimated labour, over the lunch break', async () => {
      const res = await bookAt(other, '11:00', 2.5); // 1 h before lunch, 1.5 h after
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ slotStart: onDay(other, '11:00'), slotEnd: onDay(other, '14:30') });
      expect((await outboxOf(h.prisma, res.body.id))[0]!.data).toMatchObject({
        slotEnd: onDay(other, '14:30'),
        estimatedLabourHours: 2.5,
      });
      // a slotEnd sent along must be where the labour ends
      const wrong = await bookAt(other, '08:00', 1, { slotEnd: onDay(other, '10:00') });
      expect(wrong.status).toBe(422);
      expect(wrong.body).toMatchObject({
        code: 'slot-length-mismatch',
        expectedSlotEnd: onDay(other, '09:00'),
      });
      expect((await bookAt(other, '08:00', 1, { slotEnd: onDay(other, '09:00') })).status).toBe(201);
      const day2 = await availabilityOn(other, 150);
      expect(day2).toMatchObject({ technicianHours: 8, bookedLabourHours: 3.5, freeTechnicianHours: 4.5 });
      expect(day2.slots.find((x: { start: string }) => x.start === onDay(other, '11:00'))).toMatchObject({
        end: onDay(other, '14:30'),
        freeBays: 2,
        available: true,
      });
    });

    it('offers no slot on a day whose technician hours the cars already in the workshop take, though bays are free', async () => {
      h.clock.now = new Date(onDay(day, '06:00')); // before opening: the whole day is ahead
      // The workshop: a diagnosed walk-in of 6 h and two undiagnosed walk-ins (1 h each until diagnosed).
      const walkIn = await receive(h.app, staff, small, { vehicleId: 'veh-w1' });
      const diagnosed = await as(h.app, staff).post(
        `/v1/repair-orders/${walkIn.id}/diagnosis`,
        { ...diagnosisBody, technicianId: 'tech-s1', estimatedLabourHours: 6 },
        ifMatch(walkIn.version),
      );
      expect(diagnosed.status).toBe(200);
      await receive(h.app, staff, small, { vehicleId: 'veh-w2' });
      await receive(h.app, staff, small, { vehicleId: 'veh-w3' });

      const full = await availabilityOn(day);
      expect(full).toMatchObject({
        technicianHours: 8,
        bookedLabourHours: 0,
        workshopLabourHours: 8,
        freeTechnicianHours: 0,
      });
      expect(full.slots.length).toBeGreaterThan(0);
      for (const slot of full.slots) expect(slot).toMatchObject({ freeBays: 3, available: false });
      const refused = await bookAt(day, '09:00', 1);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'no-capacity',
        reason: 'technician-hours',
        freeTechnicianHours: 0,
      });

      // The next day still has the hours its own bookings (3.5 h, test above) leave.
      const next = await availabilityOn(other);
      expect(next).toMatchObject({ workshopLabourHours: 0, freeTechnicianHours: 4.5 });

      // A second technician for 2 h a day (PATCH technicians): two hours to book, not three.
      const centre = await as(h.app, admin()).get(`/v1/service-centres/${small}`);
      const patched = await as(h.app, admin()).patch(
        `/v1/service-centres/${small}`,
        {
          technicians: [
            { id: 'tech-s1', name: 'Sam', skills: ['engine'] },
            { id: 'tech-s2', name: 'Kim', skills: [], hoursPerDay: 2, absences: [other] },
          ],
        },
        ifMatch(centre.body.version),
      );
      expect(patched.status).toBe(200);
      expect((await availabilityOn(day)).freeTechnicianHours).toBe(2);
      expect((await bookAt(day, '09:00', 1)).status).toBe(201);
      expect((await bookAt(day, '13:00', 1)).status).toBe(201);
      expect((await bookAt(day, '14:00', 1)).status).toBe(409);
      // absent on the other day: that day keeps one technician
      expect((await availabilityOn(other)).technicianHours).toBe(8);
    });
  });
});
