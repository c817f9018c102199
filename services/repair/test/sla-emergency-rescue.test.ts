// SLA standards and the breach sweep (state in the database, so a restart neither loses nor
// repeats a breach), emergency mode (declared and backlog-triggered; extended hours; overflow to
// partner workshops; left explicitly) and roadside rescue through tow-in.
import { Sweeper } from '../src/application/sla-sweep';
import {
  admin,
  advisor,
  as,
  createCentre,
  diagnosisBody,
  ifMatch,
  key,
  outboxOf,
  receive,
  startHarness,
  type Harness,
} from './harness';

describe('SLA clocks, emergency mode and rescue (PostgreSQL)', () => {
  let h: Harness;
  const staff = advisor();
  beforeAll(async () => {
    h = await startHarness('repair_sla');
  });
  afterAll(async () => {
    await h?.close();
  });
  const sweeper = (now: Date) =>
    new Sweeper({
      prisma: h.prisma,
      intervalMs: 60_000,
      emergencyFactor: 1.5,
      emergencyExtraHours: 3,
      now: () => now,
    });

  describe('SLA standards and breaches', () => {
    it('manages standards per tenant and stage', async () => {
      const put = await as(h.app, admin()).put('/v1/sla-standards/RECEIVED', { standardSeconds: 3_600 });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ stage: 'RECEIVED', standardSeconds: 3_600, version: 1 });
      expect(
        (await as(h.app, admin()).put('/v1/sla-standards/RECEIVED', { standardSeconds: 1_800 }, ifMatch(1)))
          .body.version,
      ).toBe(2);
      expect(
        (await as(h.app, admin()).put('/v1/sla-standards/RECEIVED', { standardSeconds: 900 }, ifMatch(1)))
          .status,
      ).toBe(412);
      expect((await as(h.app, admin()).put('/v1/sla-standards/NOPE', { standardSeconds: 900 })).status).toBe(
        400,
      );
      expect((await as(h.app, staff).put('/v1/sla-standards/QC', { standardSeconds: 900 })).status).toBe(403);
      expect((await as(h.app, admin('tenant-b')).get('/v1/sla-standards')).body.items).toEqual([]);
      const list = await as(h.app, staff).get('/v1/sla-standards');
      expect(list.body.items).toEqual([
        expect.objectContaining({ stage: 'RECEIVED', standardSeconds: 1_800 }),
      ]);
    });

    it('emits repair.sla.breached once from the sweep, also after a restart', async () => {
      const centre = await createCentre(h.app, admin(), { name: 'SLA centre', regionId: 'region-sla' });
      const t0 = new Date(Date.now() - 60_000);
      h.clock.now = t0;
      const { id } = await receive(h.app, staff, centre.id);
      h.clock.now = null;
      const clock = await h.prisma.slaClock.findFirstOrThrow({ where: { repairOrderId: id } });
      expect(clock).toMatchObject({
        stage: 'RECEIVED',
        standardSeconds: 1_800,
        stoppedAt: null,
        breachedAt: null,
      });

      expect((await sweeper(new Date(t0.getTime() + 1_000_000)).sweepOnce()).breaches).toBe(0); // not yet due
      const later = new Date(t0.getTime() + 2_000_000);
      expect((await sweeper(later).sweepOnce()).breaches).toBe(1);
      expect((await sweeper(later).sweepOnce()).breaches).toBe(0); // a new instance (restart) does not repeat it
      const breaches = (await outboxOf(h.prisma, id)).filter((e) => e.type === 'repair.sla.breached');
      expect(breaches).toHaveLength(1);
      expect(breaches[0]!.data).toMatchObject({
        repairOrderId: id,
        stage: 'RECEIVED',
        standardSeconds: 1_800,
        elapsedSeconds: 2_000,
        regionId: 'region-sla',
      });

      // Leaving the stage stops the clock without a second breach event.
      expect(
        (await as(h.app, staff).post(`/v1/repair-orders/${id}/diagnosis`, diagnosisBody, ifMatch(1))).status,
      ).toBe(200);
      expect((await outboxOf(h.prisma, id)).filter((e) => e.type === 'repair.sla.breached')).toHaveLength(1);
      expect(
        (await h.prisma.slaClock.findFirstOrThrow({ where: { repairOrderId: id } })).stoppedAt,
      ).not.toBeNull();
    });

    it('emits the breach at the transition when the stage is left late before any sweep', async () => {
      const centre = await createCentre(h.app, admin(), { name: 'SLA centre 2', regionId: 'region-sla' });
      h.clock.now = new Date(Date.now() - 3_600_000);
      const { id } = await receive(h.app, staff, centre.id);
      h.clock.now = null;
      expect(
        (await as(h.app, staff).post(`/v1/repair-orders/${id}/diagnosis`, diagnosisBody, ifMatch(1))).status,
      ).toBe(200);
      const types = (await outboxOf(h.prisma, id)).map((e) => e.type);
      expect(types).toEqual([
        'repair.order.opened',
        'repair.order.diagnosed',
        'repair.order.status-changed',
        'repair.sla.breached',
      ]);
    });
  });

  describe('emergency mode', () => {
    it('declared by an admin: extended hours, overflow of new bookings to partner workshops, left explicitly', async () => {
      const short = [{ open: '08:00', close: '10:00' }];
      const week = { mon: short, tue: short, wed: short, thu: short, fri: short, sat: short, sun: short };
      const main = await createCentre(h.app, admin(), {
        name: 'Main',
        regionId: 'region-em',
        bays: 1,
        openingHours: week,
      });
      const partner = await createCentre(h.app, admin(), {
        name: 'Partner',
        type: 'partner-workshop',
        regionId: 'region-em',
        bays: 1,
        openingHours: week,
      });
      // Only a qualified partner receives overflow (test/quality.test.ts covers the refusals).
      const until = new Date(Date.now() + 365 * 86_400_000).toISOString();
      const qualify = as(h.app, admin());
      const docs = `/v1/partner-qualifications/${partner.id}/documents`;
      expect(
        (await qualify.post(docs, { kind: 'accreditation', reference: 'A-1', validUntil: until }, key()))
          .status,
      ).toBe(201);
      expect(
        (await qualify.post(`/v1/partner-qualifications/${partner.id}/audits`, { score: 90 }, key())).status,
      ).toBe(201);
      const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      const booking = (start: string, end: string, vehicleId: string) => ({
        centreId: main.id,
        customerId: 'c',
        vehicleId,
        channel: 'phone',
        serviceType: 'repair',
        slotStart: `${day}T${start}:00.000Z`,
        slotEnd: `${day}T${end}:00.000Z`,
        estimatedLabourHours: 1,
      });
      expect(
        (await as(h.app, staff).post('/v1/bookings', booking('08:00', '09:00', 'v1'), key())).status,
      ).toBe(201);
      expect(
        (await as(h.app, staff).post('/v1/bookings', booking('08:00', '09:00', 'v2'), key())).status,
      ).toBe(409);
      expect(
        (await as(h.app, staff).post('/v1/bookings', booking('10:00', '11:00', 'v3'), key())).status,
      ).toBe(422);

      expect(
        (
          await as(h.app, staff).post(
            '/v1/emergencies',
            { regionId: 'region-em', cause: 'weather', extraHours: 2 },
            key(),
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await as(h.app, admin()).post(
            '/v1/emergencies',
            { regionId: 'region-nowhere', cause: 'weather' },
            key(),
          )
        ).status,
      ).toBe(422);
      const declared = await as(h.app, admin()).post(
        '/v1/emergencies',
        { regionId: 'region-em', cause: 'disaster', extraHours: 2 },
        key(),
      );
      expect(declared.status).toBe(201);
      expect(declared.body).toMatchObject({
        active: true,
        trigger: 'declared',
        overflowCentreIds: [partner.id],
        extraHours: 2,
      });
      const twice = await as(h.app, admin()).post(
        '/v1/emergencies',
        { regionId: 'region-em', cause: 'disaster' },
        key(),
      );
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ title: 'Conflict', code: 'emergency-active' });

      const overflow = await as(h.app, staff).post('/v1/bookings', booking('08:00', '09:00', 'v2'), key());
      expect(overflow.status).toBe(201);
      expect(overflow.body).toMatchObject({ centreId: partner.id, overflowFromCentreId: main.id });
      const extended = await as(h.app, staff).post('/v1/bookings', booking('10:00', '11:00', 'v3'), key());
      expect(extended.status).toBe(201);
      expect(extended.body.centreId).toBe(main.id);
      const avail = await as(h.app, staff).get(`/v1/service-centres/${main.id}/availability?date=${day}`);
      expect(avail.body.emergencyMode).toBe(true);
      expect(avail.body.slots.at(-1).end).toBe(`${day}T12:00:00.000Z`);
      const order = await receive(h.app, staff, main.id, { vehicleId: 'veh-em' });
      expect((order as unknown as { emergencyMode: boolean }).emergencyMode).toBe(true);

      const ended = await as(h.app, admin()).post(`/v1/emergencies/${declared.body.id}/end`, {}, ifMatch(1));
      expect(ended.status).toBe(200);
      expect(ended.body.active).toBe(false);
      const endedTwice = await as(h.app, admin()).post(
        `/v1/emergencies/${declared.body.id}/end`,
        {},
        ifMatch(2),
      );
      expect(endedTwice.status).toBe(409);
      expect(endedTwice.body).toMatchObject({ code: 'emergency-ended' });
      expect(
        (await as(h.app, staff).post('/v1/bookings', booking('10:00', '11:00', 'v4'), key())).status,
      ).toBe(422);
      const events = await outboxOf(h.prisma, 'region-em');
      expect(events.map((e) => e.type)).toEqual(['emergency.mode.entered', 'emergency.mode.left']);
      expect(events[0]!.data).toMatchObject({
        trigger: 'declared',
        cause: 'disaster',
        declaredBy: 'admin@tenant-a',
        extendedHours: true,
        overflowCentreIds: [partner.id],
      });
      expect((await as(h.app, staff).get('/v1/emergencies?regionId=region-em')).body.items).toHaveLength(1);
      expect((await as(h.app, advisor('tenant-b')).get(`/v1/emergencies/${declared.body.id}`)).status).toBe(
        404,
      );
    });

    it('entered automatically by the sweep when the backlog exceeds capacity by the factor', async () => {
      const oneHour = [{ open: '08:00', close: '09:00' }];
      const week = {
        mon: oneHour,
        tue: oneHour,
        wed: oneHour,
        thu: oneHour,
        fri: oneHour,
        sat: oneHour,
        sun: oneHour,
      };
      const centre = await createCentre(h.app, admin(), {
        name: 'Tiny',
        regionId: 'region-backlog',
        bays: 1,
        openingHours: week,
      });
      await receive(h.app, staff, centre.id, { vehicleId: 'b1' }); // 1 h (undiagnosed default)
      expect((await sweeper(new Date()).sweepOnce()).emergencies).toBe(0); // 1 h backlog <= 1.5 x 1 h
      await receive(h.app, staff, centre.id, { vehicleId: 'b2' });
      expect((await sweeper(new Date()).sweepOnce()).emergencies).toBe(1); // 2 h > 1.5 h
      expect((await sweeper(new Date()).sweepOnce()).emergencies).toBe(0); // already active
      const [entered] = await outboxOf(h.prisma, 'region-backlog');
      expect(entered?.data).toMatchObject({
        trigger: 'backlog',
        cause: 'backlog',
        declaredBy: null,
        backlogHours: 2,
        capacityHours: 1,
        extendedHours: true,
      });
    });
  });

  describe('roadside rescue', () => {
    it('dispatches the nearest centre and opens a repair order on tow-in', async () => {
      const near = await createCentre(h.app, admin(), {
        name: 'Near',
        regionId: 'region-r',
        location: { latitude: 48.14, longitude: 11.58 },
      });
      await createCentre(h.app, admin(), {
        name: 'Far',
        regionId: 'region-r',
        location: { latitude: 53.55, longitude: 9.99 },
      });
      const req = await as(h.app, staff).post(
        '/v1/rescues',
        {
          regionId: 'region-r',
          customerId: 'cust-r',
          vehicleId: 'veh-r',
          problem: 'breakdown',
          channel: 'phone',
          priority: 'urgent',
          location: { latitude: 48.2, longitude: 11.6 },
        },
        key(),
      );
      expect(req.status).toBe(201);
      const id = req.body.id as string;
      const early = await as(h.app, staff).post(`/v1/rescues/${id}/arrival`, {}, ifMatch(1));
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({
        type: 'urn:aftersales:problem:repair:invalid-transition',
        code: 'command-refused',
        detail: 'Cannot arrive a rescue that is REQUESTED (allowed now: dispatch, cancel).',
        aggregate: 'rescue',
        currentStatus: 'REQUESTED',
        command: 'arrive',
        allowedCommands: ['dispatch', 'cancel'],
      });
      const dispatched = await as(h.app, staff).post(
        `/v1/rescues/${id}/dispatch`,
        { technicianId: 'tech-1' },
        ifMatch(1),
      );
      expect(dispatched.status).toBe(200);
      expect(dispatched.body).toMatchObject({ status: 'DISPATCHED', centreId: near.id });
      expect(dispatched.body.distanceKm).toBeLessThan(10);
      expect((await as(h.app, staff).post(`/v1/rescues/${id}/arrival`, {}, ifMatch(2))).body.status).toBe(
        'ON_SITE',
      );
      const towed = await as(h.app, staff).post(
        `/v1/rescues/${id}/tow-in`,
        { mileageKm: 88_000, fuelLevelPercent: 10, symptoms: 'Engine stalls', symptomSystems: ['engine'] },
        ifMatch(3),
      );
      expect(towed.status).toBe(200);
      expect(towed.body).toMatchObject({ status: 'TOWED_IN', resolution: 'towed-in' });
      const orderId = towed.body.repairOrderId as string;
      const order = (await as(h.app, staff).get(`/v1/repair-orders/${orderId}`)).body;
      expect(order).toMatchObject({
        origin: 'rescue',
        rescueId: id,
        centreId: near.id,
        vehicleId: 'veh-r',
        status: 'RECEIVED',
      });
      const events = (await outboxOf(h.prisma, id)).map((e) => e.type);
      expect(events).toEqual(['rescue.requested', 'rescue.dispatched', 'rescue.completed']);
      const completed = (await outboxOf(h.prisma, id))[2]!;
      expect(completed.data).toMatchObject({ resolution: 'towed-in', repairOrderId: orderId });
      expect((await outboxOf(h.prisma, orderId))[0]!.data).toMatchObject({ origin: 'rescue', rescueId: id });
      expect((await as(h.app, advisor('tenant-b')).get(`/v1/rescues/${id}`)).status).toBe(404);
    });

    it('resolves on the spot', async () => {
      await createCentre(h.app, admin(), { name: 'Any', regionId: 'region-r2' });
      const req = await as(h.app, staff).post(
        '/v1/rescues',
        {
          regionId: 'region-r2',
          problem: 'battery',
          channel: 'app',
          location: { latitude: 52.5, longitude: 13.4 },
        },
        key(),
      );
      const id = req.body.id as string;
      await as(h.app, staff).post(`/v1/rescues/${id}/dispatch`, {}, ifMatch(1));
      await as(h.app, staff).post(`/v1/rescues/${id}/arrival`, {}, ifMatch(2));
      const done = await as(h.app, staff).post(
        `/v1/rescues/${id}/resolution`,
        { resolution: 'fixed-on-site' },
        ifMatch(3),
      );
      expect(done.body).toMatchObject({ status: 'RESOLVED', resolution: 'fixed-on-site' });
      const completed = (await outboxOf(h.prisma, id)).at(-1)!;
      expect(completed.data).toMatchObject({ resolution: 'fixed-on-site', repairOrderId: null });
      expect((completed.data as { responseSeconds: number | null }).responseSeconds).not.toBeNull();
    });
  });
});
