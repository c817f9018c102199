// Labour time (PostgreSQL): a technician clocks on and off orders assigned to them, one running
// clock at a time; the order's labour is summed against the approved quote's hours; the
// technician's queue lists their open orders with the running clock; completing the work stops it.
import {
  admin,
  advisor,
  as,
  createCentre,
  receive,
  startHarness,
  TO_APPROVAL,
  walk,
  type Harness,
} from './harness';

describe('labour time (PostgreSQL)', () => {
  let h: Harness;
  let centreId: string;
  const staff = advisor();
  const tech1 = { ...staff, userId: 'tech-1', roles: ['technician' as const] };
  const tech2 = { ...staff, userId: 'tech-2', roles: ['technician' as const] };
  const t0 = new Date('2026-12-07T08:00:00Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  beforeAll(async () => {
    h = await startHarness('repair_labour_time');
    centreId = (await createCentre(h.app, admin())).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  /** An order assigned to tech-1 (IN_PROGRESS); the quote has 1.5 labour hours. */
  async function assignedOrder(technicianIds = ['tech-1']) {
    const { id } = await receive(h.app, staff, centreId);
    const version = await walk(h.app, staff, id, [...TO_APPROVAL, ['assignment', { technicianIds }]]);
    return { id, version };
  }

  it('clocks on and off, sums the entries against the quote and refuses a second running clock', async () => {
    const a = await assignedOrder();
    const b = await assignedOrder();
    h.clock.now = at(0);
    const on = await as(h.app, tech1).post(`/v1/repair-orders/${a.id}/clock-on`);
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({
      repairOrderId: a.id,
      entries: [{ technicianId: 'tech-1', startedAt: at(0).toISOString(), endedAt: null }],
      quotedLabourHours: 1.5,
      quotedMinutes: 90,
    });

    // One running clock per technician: not again here, not elsewhere.
    const again = await as(h.app, tech1).post(`/v1/repair-orders/${a.id}/clock-on`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already-clocked-on');
    const elsewhere = await as(h.app, tech1).post(`/v1/repair-orders/${b.id}/clock-on`);
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body).toMatchObject({ code: 'clock-running', repairOrderId: a.id });
    // Clocking off an order the clock does not run on is refused.
    expect((await as(h.app, tech1).post(`/v1/repair-orders/${b.id}/clock-off`)).status).toBe(409);

    h.clock.now = at(40);
    const queue = await as(h.app, tech1).get('/v1/technicians/me/queue');
    expect(queue.status).toBe(200);
    expect(queue.body.runningClock).toEqual({
      repairOrderId: a.id,
      startedAt: at(0).toISOString(),
      minutes: 40,
    });
    const mine = (queue.body.items as { order: { id: string }; clockedOn: boolean }[]).map((i) => [
      i.order.id,
      i.clockedOn,
    ]);
    expect(mine).toEqual(
      expect.arrayContaining([
        [a.id, true],
        [b.id, false],
      ]),
    );

    h.clock.now = at(45);
    const off = await as(h.app, tech1).post(`/v1/repair-orders/${a.id}/clock-off`);
    expect(off.status).toBe(200);
    expect(off.body.entries[0]).toMatchObject({ endedAt: at(45).toISOString(), minutes: 45 });

    // Now the other order; then back on the first: two entries there.
    h.clock.now = at(50);
    expect((await as(h.app, tech1).post(`/v1/repair-orders/${b.id}/clock-on`)).status).toBe(200);
    h.clock.now = at(60);
    expect((await as(h.app, tech1).post(`/v1/repair-orders/${b.id}/clock-off`)).status).toBe(200);
    expect((await as(h.app, tech1).post(`/v1/repair-orders/${a.id}/clock-on`)).status).toBe(200);
    h.clock.now = at(120);
    expect((await as(h.app, tech1).post(`/v1/repair-orders/${a.id}/clock-off`)).status).toBe(200);

    const labour = await as(h.app, staff).get(`/v1/repair-orders/${a.id}/labour`);
    expect(labour.status).toBe(200);
    expect(labour.body).toMatchObject({ totalMinutes: 105, quotedMinutes: 90, varianceMinutes: 15 });
    expect(labour.body.entries).toHaveLength(2);
    expect((await as(h.app, tech1).get('/v1/technicians/me/queue')).body.runningClock).toBeNull();
  });

  it('lets only the assigned technicians clock on, and only while the work is approved or under way', async () => {
    const a = await assignedOrder();
    const notMine = await as(h.app, tech2).post(`/v1/repair-orders/${a.id}/clock-on`);
    expect(notMine.status).toBe(422);
    expect(notMine.body.code).toBe('not-assigned');
    expect((await as(h.app, tech2).get('/v1/technicians/me/queue')).body.items).toEqual([]);

    const { id: fresh } = await receive(h.app, staff, centreId);
    const early = await as(h.app, tech1).post(`/v1/repair-orders/${fresh}/clock-on`);
    expect(early.status).toBe(409);
    // Other roles may not clock on at all.
    const viewer = { ...staff, userId: 'tech-1', roles: ['analyst' as const] };
    expect((await as(h.app, viewer).post(`/v1/repair-orders/${a.id}/clock-on`)).status).toBe(403);
  });

  it('stops the running clocks when the work is complete (the order goes to QC)', async () => {
    const a = await assignedOrder(['tech-1', 'tech-2']);
    h.clock.now = at(200);
    expect((await as(h.app, tech1).post(`/v1/repair-orders/${a.id}/clock-on`)).status).toBe(200);
    expect((await as(h.app, tech2).post(`/v1/repair-orders/${a.id}/clock-on`)).status).toBe(200);
    h.clock.now = at(230);
    const done = await as(h.app, tech1).post(
      `/v1/repair-orders/${a.id}/progress`,
      { note: 'Pads replaced', workComplete: true },
      { 'If-Match': `"${a.version}"` },
    );
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('QC');
    const labour = await as(h.app, staff).get(`/v1/repair-orders/${a.id}/labour`);
    expect(labour.body.totalMinutes).toBe(60);
    expect(
      labour.body.entries.every((e: { endedAt: string | null }) => e.endedAt === at(230).toISOString()),
    ).toBe(true);
    expect((await as(h.app, tech2).get('/v1/technicians/me/queue')).body.runningClock).toBeNull();
    // QC is no time to clock on.
    expect((await as(h.app, tech1).post(`/v1/repair-orders/${a.id}/clock-on`)).status).toBe(409);
  });
});
