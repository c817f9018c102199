// Bookings against bay capacity: opening hours, no double-booking even under concurrent requests,
// cancellation frees the bay, no-show only after the slot started, availability per day.
import {
  admin,
  advisor,
  as,
  createCentre,
  ifMatch,
  key,
  outboxOf,
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
  const booking = (start: string, end: string, over: Record<string, unknown> = {}) => ({
    centreId,
    customerId: 'cust-1',
    vehicleId: 'veh-1',
    channel: 'online',
    serviceType: 'maintenance',
    slotStart: at(start),
    slotEnd: at(end),
    estimatedLabourHours: 1,
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

  it('refuses a slot outside the opening hours, across lunch, on a closed date or in the past (422)', async () => {
    for (const body of [
      booking('07:00', '08:30'),
      booking('11:30', '13:30'),
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
    expect(res.body.emergencyMode).toBe(false);
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
});
