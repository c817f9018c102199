// Maintenance plans and reminders against real PostgreSQL and Kafka: plan CRUD and its refusals,
// the next service from the workshop's advice (a repair.order.delivered published to the
// namespaced topic) or from a plan by time and by mileage, the reminder sweep sending
// maintenance.due once per vehicle and due date (sweeps run twice and concurrently) and never
// for an erased customer, and each customer seeing only their own vehicles' next service.
import { randomUUID } from 'node:crypto';
import { createEvent, topicOf, type AnyEvent } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import request from 'supertest';
import { depsFromConfig } from '../src/application/deps';
import { sweepMaintenanceReminders } from '../src/application/maintenance-reminders';
import { addDays, dayOf } from '../src/domain/maintenance-due';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

const DAY_MS = 86_400_000;
const vin = (serial: number) => `WVWZZZ1KZ6W${String(serial).padStart(6, '0')}`;

describe('maintenance plans and reminders', () => {
  let h: Harness;
  let admin: string;
  let advisor: string;
  const today = dayOf(new Date());

  const post = (path: string, body: object, token = advisor, key: string = idemKey()) =>
    request(h.app).post(path).set('Authorization', `Bearer ${token}`).set('Idempotency-Key', key).send(body);
  const get = (path: string, token = advisor) =>
    request(h.app).get(path).set('Authorization', `Bearer ${token}`);
  const patch = (path: string, body: object, ifMatch: string | null, token = admin) => {
    const req = request(h.app).patch(path).set('Authorization', `Bearer ${token}`);
    return (ifMatch ? req.set('If-Match', ifMatch) : req).send(body);
  };

  const newCustomer = async (n: number) => (await post('/v1/customers', person(n))).body.id as string;
  const newVehicle = async (serial: number, owner: string, over: object) => {
    const res = await post('/v1/vehicles', {
      vin: vin(serial),
      modelYear: 2020,
      ownerCustomerId: owner,
      mileageKm: 30_000,
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  let erika: string; // owns the Honda (workshop advice) and the Golf (make-wide plan by time)
  let max: string; // owns the Polo (its model's plan, by mileage)
  let erased: string; // owned an overdue Golf, then was erased
  let honda: string;
  let golf: string;
  let polo: string;
  let erasedGolf: string;

  beforeAll(async () => {
    h = await startHarness('maintenance', { consumer: true });
    admin = await h.token(['admin'], { userId: 'admin-1' });
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    [erika, max, erased] = [await newCustomer(1), await newCustomer(2), await newCustomer(3)];
    honda = await newVehicle(1, erika, { make: 'Honda', model: 'Accord' });
    golf = await newVehicle(2, erika, { make: 'Volkswagen', model: 'Golf', purchaseDate: '2025-03-01' });
    polo = await newVehicle(3, max, { make: 'Volkswagen', model: 'Polo', mileageKm: 50_000 });
    erasedGolf = await newVehicle(4, erased, {
      make: 'Volkswagen',
      model: 'Golf',
      purchaseDate: '2024-01-01',
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const vwPlan = {
    make: 'Volkswagen',
    name: 'Volkswagen service',
    intervalMonths: 12,
    intervalKm: 15_000,
    services: ['Oil and filter change', 'Brake check'],
  };
  let vwPlanId: string;

  describe('plans', () => {
    it('creates a plan once per Idempotency-Key, for admins only', async () => {
      const key = idemKey();
      const res = await post('/v1/maintenance-plans', vwPlan, admin, key);
      expect(res.status).toBe(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/v1/maintenance-plans/${res.body.id}`);
      expect(res.body).toMatchObject({
        ...vwPlan,
        model: null,
        reminderDaysBefore: h.config.MAINTENANCE_REMINDER_DAYS_BEFORE,
        version: 1,
      });
      vwPlanId = res.body.id;

      const replay = await post('/v1/maintenance-plans', vwPlan, admin, key);
      expect(replay.status).toBe(201);
      expect(replay.body.id).toBe(vwPlanId);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(await h.prisma.maintenancePlan.count()).toBe(1);

      const refused = await post('/v1/maintenance-plans', { ...vwPlan, model: 'Passat' }, advisor);
      expect(refused.status).toBe(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    });

    it('refuses a bad body (400), a missing key, and a second plan for the same make and model (409)', async () => {
      const bad = await post(
        '/v1/maintenance-plans',
        { ...vwPlan, intervalMonths: null, intervalKm: null },
        admin,
      );
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await post('/v1/maintenance-plans', { ...vwPlan, services: [] }, admin)).status).toBe(400);
      expect((await post('/v1/maintenance-plans', { ...vwPlan, colour: 'red' }, admin)).status).toBe(400);
      const noKey = await request(h.app)
        .post('/v1/maintenance-plans')
        .set('Authorization', `Bearer ${admin}`)
        .send({ ...vwPlan, model: 'Passat' });
      expect(noKey.status).toBe(400);

      const duplicate = await post('/v1/maintenance-plans', { ...vwPlan, make: ' volkswagen' }, admin);
      expect(duplicate.status).toBe(409);
      expect(duplicate.body).toMatchObject({ code: 'duplicate-maintenance-plan', planId: vwPlanId });
    });

    it('lets admins and service advisors read plans, no one else', async () => {
      const polo = await post(
        '/v1/maintenance-plans',
        { ...vwPlan, model: 'Polo', name: 'Polo service', intervalMonths: 24, intervalKm: 10_000 },
        admin,
      );
      expect(polo.status).toBe(201);
      await post(
        '/v1/maintenance-plans',
        { make: 'Skoda', name: 'Skoda', intervalMonths: 12, services: ['Inspection'] },
        admin,
      );

      const list = await get('/v1/maintenance-plans?make=VOLKSWAGEN');
      expect(list.status).toBe(200);
      expect(list.body.items.map((p: { model: string | null }) => p.model)).toEqual([null, 'Polo']);
      const one = await get(`/v1/maintenance-plans/${vwPlanId}`, admin);
      expect(one.status).toBe(200);
      expect(one.headers.etag).toBe('"1"');
      expect((await get('/v1/maintenance-plans', await h.token(['technician']))).status).toBe(403);
      expect(
        (await get(`/v1/maintenance-plans/${vwPlanId}`, await h.token(['admin'], { tenantId: 'b' }))).status,
      ).toBe(404);
    });

    it('changes a plan at the version seen (If-Match): 412 when stale, 428 without, 403 for others', async () => {
      const changed = await patch(`/v1/maintenance-plans/${vwPlanId}`, { reminderDaysBefore: 30 }, '"1"');
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).toBe('"2"');
      expect(changed.body).toMatchObject({ reminderDaysBefore: 30, intervalMonths: 12, version: 2 });

      const stale = await patch(`/v1/maintenance-plans/${vwPlanId}`, { reminderDaysBefore: 7 }, '"1"');
      expect(stale.status).toBe(412);
      expect(stale.body.currentVersion).toBe(2);
      expect((await patch(`/v1/maintenance-plans/${vwPlanId}`, { name: 'x' }, null)).status).toBe(428);
      expect((await patch(`/v1/maintenance-plans/${vwPlanId}`, { name: 'x' }, '"2"', advisor)).status).toBe(
        403,
      );
      expect((await patch(`/v1/maintenance-plans/${vwPlanId}`, { services: [''] }, '"2"')).status).toBe(400);
      expect((await patch(`/v1/maintenance-plans/${vwPlanId}`, {}, '"2"')).status).toBe(400);
      // Dropping the only interval left would leave no schedule.
      const months = await patch(`/v1/maintenance-plans/${vwPlanId}`, { intervalKm: null }, '"2"');
      expect(months.status).toBe(200);
      const none = await patch(`/v1/maintenance-plans/${vwPlanId}`, { intervalMonths: null }, '"3"');
      expect(none.status).toBe(422);
      expect(none.body.code).toBe('no-interval');
      // Back to both intervals and the default reminder days.
      const restored = await patch(
        `/v1/maintenance-plans/${vwPlanId}`,
        { intervalKm: 15_000, reminderDaysBefore: 14 },
        '"3"',
      );
      expect(restored.body).toMatchObject({ intervalMonths: 12, intervalKm: 15_000, version: 4 });
      const clash = await patch(`/v1/maintenance-plans/${vwPlanId}`, { model: 'polo' }, '"4"');
      expect(clash.status).toBe(409);
    });
  });

  describe('next service', () => {
    const adviceDue = addDays(today, 200);
    const delivered = (occurredAt: Date, dueOn: string, dueMileageKm: number) =>
      createEvent('repair.order.delivered', {
        producer: 'repair',
        tenantId: 'tenant-a',
        subject: randomUUID(),
        occurredAt,
        data: {
          repairOrderId: randomUUID(),
          centreId: 'centre-1',
          customerId: erika,
          vehicleId: honda,
          mileageKm: 31_000,
          nextMaintenance: { dueMileageKm, dueOn },
          deliveredBy: 'advisor-1',
        },
      });
    const handled = (event: AnyEvent) =>
      waitFor(
        async () => (await h.prisma.inboxMessage.count({ where: { eventId: event.id } })) === 1 || undefined,
        'the delivery handled',
      );

    it("dates it by the workshop's advice at the last delivery, which a late older delivery does not replace", async () => {
      const latest = delivered(new Date(), adviceDue, 46_000);
      await h.producer.publish([{ event: latest }]);
      await handled(latest);
      const older = delivered(new Date(Date.now() - 30 * DAY_MS), addDays(today, 10), 40_000);
      await h.producer.publish([{ event: older }]);
      await handled(older);

      const res = await get(`/v1/vehicles/${honda}/maintenance`, await h.token(['technician']));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        vehicleId: honda,
        make: 'Honda',
        model: 'Accord',
        dueOn: adviceDue,
        dueMileageKm: 46_000,
        basis: 'workshop-advice',
        planId: null,
        services: [],
      });
      expect(await h.prisma.vehicleLastMaintenance.findUnique({ where: { vehicleId: honda } })).toMatchObject(
        {
          repairOrderId: latest.data.repairOrderId,
          mileageKm: 31_000,
        },
      );
    });

    it("dates it by the make's plan in time from the purchase when the pace is unknown", async () => {
      const res = await get(`/v1/vehicles/${golf}/maintenance`);
      expect(res.body).toEqual({
        vehicleId: golf,
        make: 'Volkswagen',
        model: 'Golf',
        dueOn: '2026-03-01',
        dueMileageKm: 45_000, // the next 15 000 km step above the first reading
        basis: 'plan-time',
        planId: vwPlanId,
        services: ['Oil and filter change', 'Brake check'],
      });
    });

    it("dates it by the model's own plan in mileage at the odometer's pace", async () => {
      const reading = await post(`/v1/vehicles/${polo}/mileage`, { mileageKm: 59_000 }, advisor);
      expect(reading.status).toBe(200);
      // The registration reading was 100 days before the latest: 90 km a day.
      const latest = (await h.prisma.mileageReading.findFirst({
        where: { vehicleId: polo, mileageKm: 59_000 },
      }))!;
      await h.prisma.mileageReading.updateMany({
        where: { vehicleId: polo, source: 'registration' },
        data: { recordedAt: new Date(latest.recordedAt.getTime() - 100 * DAY_MS) },
      });

      const res = await get(`/v1/vehicles/${polo}/maintenance`);
      // 60 000 km is 1 000 km away: 11 days at 90 km a day, long before 24 months.
      expect(res.body).toMatchObject({
        dueOn: addDays(dayOf(latest.recordedAt), 11),
        dueMileageKm: 60_000,
        basis: 'plan-mileage',
        services: ['Oil and filter change', 'Brake check'],
      });
      expect(res.body.planId).not.toBe(vwPlanId);
    });

    it("answers 404 outside the caller's scope", async () => {
      const elsewhere = await h.token(['technician'], { centreIds: ['centre-9'], dealerIds: [] });
      expect((await get(`/v1/vehicles/${polo}/maintenance`, elsewhere)).status).toBe(404);
      expect((await get(`/v1/vehicles/${randomUUID()}/maintenance`)).status).toBe(404);
    });
  });

  describe('reminder sweep', () => {
    it('sends maintenance.due once per vehicle and due date, also from racing sweeps, never to the erased', async () => {
      expect(
        (
          await request(h.app)
            .post(`/v1/customers/${erased}/erasure`)
            .set('Authorization', `Bearer ${admin}`)
            .send({ basis: 'customer-request' })
        ).status,
      ).toBe(200);

      const racing = await Promise.all([
        sweepMaintenanceReminders(h.deps),
        sweepMaintenanceReminders(h.deps),
      ]);
      // The Golf (due 2026-03-01, overdue) and the Polo (due in 11 days, 14 days' notice); the
      // Honda's advice is 200 days away; the erased customer's Golf is left out.
      expect(racing[0].reminded + racing[1].reminded).toBe(2);
      expect(racing[0].checked).toBe(3);
      // A later pass, and one of a restarted process (fresh dependencies), send nothing again.
      expect((await sweepMaintenanceReminders(h.deps)).reminded).toBe(0);
      const restarted = depsFromConfig(h.config, h.prisma, { onEvents: () => h.relay.notify() });
      expect((await sweepMaintenanceReminders(restarted)).reminded).toBe(0);

      const sent = (await h.events(topicOf('maintenance.due'))).filter((e) => e.type === 'maintenance.due');
      expect(sent).toHaveLength(2);
      const byVehicle = Object.fromEntries(sent.map((e) => [(e.data as { vehicleId: string }).vehicleId, e]));
      expect(Object.keys(byVehicle).sort()).toEqual([golf, polo].sort());
      expect(byVehicle[golf]!.data).toEqual({
        vehicleId: golf,
        customerId: erika,
        planId: vwPlanId,
        dueOn: '2026-03-01',
        dueMileageKm: 45_000,
        basis: 'plan-time',
        services: ['Oil and filter change', 'Brake check'],
      });
      expect(byVehicle[polo]!.data).toMatchObject({
        customerId: max,
        basis: 'plan-mileage',
        dueMileageKm: 60_000,
      });
      expect(byVehicle[golf]!.tenantId).toBe('tenant-a');
      expect(await h.prisma.maintenanceReminder.count({ where: { vehicleId: erasedGolf } })).toBe(0);
    });

    it('does not remind again when the due date moves within the same service cycle', async () => {
      // A new reading changes the pace, so the Polo's due date moves by some days.
      await post(`/v1/vehicles/${polo}/mileage`, { mileageKm: 59_500 }, advisor);
      expect((await sweepMaintenanceReminders(h.deps)).reminded).toBe(0);
      expect(await h.prisma.maintenanceReminder.count({ where: { vehicleId: polo } })).toBe(1);
    });
  });

  describe('self-service', () => {
    const meMaintenance = async (customerId: string) =>
      get(
        '/v1/me/maintenance',
        await h.token(['customer'], { userId: customerId, dealerIds: [], centreIds: [] }),
      );

    it("shows a customer their own vehicles' next service and nobody else's", async () => {
      const mine = await meMaintenance(erika);
      expect(mine.status).toBe(200);
      expect(mine.body.items.map((i: { vehicleId: string }) => i.vehicleId)).toEqual([honda, golf]);
      expect(mine.body.items[0]).toMatchObject({
        make: 'Honda',
        basis: 'workshop-advice',
        dueOn: addDays(today, 200),
      });
      expect(mine.body.items[1]).toMatchObject({ dueOn: '2026-03-01', basis: 'plan-time' });

      const his = await meMaintenance(max);
      expect(his.body.items.map((i: { vehicleId: string }) => i.vehicleId)).toEqual([polo]);
    });

    it('answers null dates for a vehicle nothing is known about, and 403 to staff', async () => {
      const owner = await newCustomer(4);
      const kia = await newVehicle(5, owner, { make: 'Kia', model: 'Ceed' });
      const res = await meMaintenance(owner);
      expect(res.body.items).toEqual([
        {
          vehicleId: kia,
          make: 'Kia',
          model: 'Ceed',
          dueOn: null,
          dueMileageKm: null,
          basis: null,
          planId: null,
          services: [],
        },
      ]);
      expect((await get('/v1/me/maintenance', admin)).status).toBe(403);
      // A customer's token opens only /v1/me.
      const token = await h.token(['customer'], { userId: erika, dealerIds: [], centreIds: [] });
      expect((await get(`/v1/vehicles/${golf}/maintenance`, token)).status).toBe(403);
    });
  });
});
