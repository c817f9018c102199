// GET /v1/me/export on real PostgreSQL: a signed-in customer downloads everything the workshop
// holds about them (bookings, orders with status history, quotes with their own approval evidence,
// the delivery with its next-maintenance advice, rescues) and nothing of another customer's;
// staff tokens, admin included, are refused.
import { randomUUID } from 'node:crypto';
import { type Identity } from '@aftersales/service-kit';
import { EXPORT_CAP, RepairExportView } from '../src/api/me-export';
import {
  admin,
  advisor,
  as,
  createCentre,
  diagnosisBody,
  ifMatch,
  key,
  quoteBody,
  receive,
  startHarness,
  type Harness,
} from './harness';

const customer = (customerId: string): Identity => ({
  userId: customerId,
  tenantId: 'tenant-a',
  dealerIds: [],
  centreIds: [],
  roles: ['customer'],
});

describe('customer data export (PostgreSQL)', () => {
  let h: Harness;
  let centreId: string;
  const staff = advisor();
  const alice = customer('cust-alice');
  const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const records = { alice: {} as Record<string, string>, bob: {} as Record<string, string> };

  async function cmd(id: string, path: string, body: object) {
    const { version } = (await as(h.app, staff).get(`/v1/repair-orders/${id}`)).body as { version: number };
    const res = await as(h.app, staff).post(`/v1/repair-orders/${id}/${path}`, body, ifMatch(version));
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** An order up to its first quote, a booking and a rescue of `customerId`; returns their ids. */
  async function recordsOf(customerId: string, hour: string) {
    // The order first: a customer books only vehicles the workshop knows as theirs.
    const order = await receive(h.app, staff, centreId, {
      customerId,
      vehicleId: `veh-${customerId}`,
      symptoms: `Symptoms of ${customerId}`,
    });
    const booking = await as(h.app, customer(customerId)).post(
      '/v1/me/bookings',
      {
        centreId,
        vehicleId: `veh-${customerId}`,
        serviceType: 'maintenance',
        slotStart: `${day}T${hour}:00:00.000Z`,
        notes: `Booking note of ${customerId}`,
      },
      key(),
    );
    expect(booking.status).toBe(201);
    await cmd(order.id, 'diagnosis', diagnosisBody);
    await cmd(order.id, 'quotes', quoteBody);
    const rescue = await as(h.app, staff).post(
      '/v1/rescues',
      {
        regionId: 'region-1',
        customerId,
        vehicleId: `veh-${customerId}`,
        problem: 'breakdown',
        channel: 'phone',
        priority: 'urgent',
        description: `Rescue of ${customerId}`,
        location: { latitude: 52.52, longitude: 13.405 },
      },
      key(),
    );
    expect(rescue.status).toBe(201);
    return { booking: booking.body.id as string, order: order.id, rescue: rescue.body.id as string };
  }

  beforeAll(async () => {
    h = await startHarness('repair_me_export');
    centreId = (await createCentre(h.app, admin(), { name: 'Berlin Nord' })).id;
    records.alice = await recordsOf('cust-alice', '09');
    records.bob = await recordsOf('cust-bob', '11');
    // Alice approves herself (self-service evidence), then the order runs to its delivery.
    const detail = await as(h.app, alice).get(`/v1/me/repair-orders/${records.alice.order}`);
    const approval = await as(h.app, alice).post(
      `/v1/me/repair-orders/${records.alice.order}/quotes/1/approval`,
      { quoteHash: detail.body.quotes[0].quoteHash },
      { 'X-Forwarded-For': '203.0.113.9', 'User-Agent': 'ExportTest/1.0' },
    );
    expect(approval.status).toBe(200);
    const id = records.alice.order!;
    await cmd(id, 'assignment', { technicianIds: ['tech-1'] });
    await cmd(id, 'progress', { note: 'Pads replaced', workComplete: true });
    await cmd(id, 'qc', { inspectorId: 'insp-1', checklist: [{ code: 'BRAKE-TEST', passed: true }] });
    await cmd(id, 'delivery', {
      mileageKm: 42_012,
      notes: 'Brakes bedded in',
      nextMaintenance: { dueMileageKm: 57_000, dueOn: '2027-11-01' },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("exports the customer's bookings, orders, quotes, delivery and rescues, and nobody else's", async () => {
    const res = await as(h.app, alice).get('/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const doc = RepairExportView.parse(res.body);
    expect(doc).toMatchObject({
      service: 'repair',
      customerId: 'cust-alice',
      truncated: { bookings: false, repairOrders: false, rescues: false },
    });
    expect(Date.parse(doc.exportedAt)).not.toBeNaN();
    expect(doc.bookings.map((b) => b.id)).toEqual([records.alice.booking]);
    expect(doc.bookings[0]).toMatchObject({ customerId: 'cust-alice', notes: 'Booking note of cust-alice' });
    expect(doc.rescues.map((r) => r.id)).toEqual([records.alice.rescue]);
    expect(doc.rescues[0]).toMatchObject({
      description: 'Rescue of cust-alice',
      location: { latitude: 52.52, longitude: 13.405 },
    });

    expect(doc.repairOrders.map((o) => o.id)).toEqual([records.alice.order]);
    const order = doc.repairOrders[0]!;
    expect(order).toMatchObject({
      status: 'DELIVERED',
      reception: { symptoms: 'Symptoms of cust-alice', mileageKm: 42_000 },
      technicianIds: ['tech-1'],
      delivery: {
        mileageKm: 42_012,
        notes: 'Brakes bedded in',
        nextMaintenance: { dueMileageKm: 57_000, dueOn: '2027-11-01' },
      },
    });
    expect(order.statusHistory.map((t) => t.to)).toEqual([
      'RECEIVED',
      'DIAGNOSED',
      'QUOTED',
      'APPROVED',
      'IN_PROGRESS',
      'QC',
      'READY',
      'DELIVERED',
    ]);
    expect(order.statusHistory.find((t) => t.to === 'APPROVED')?.changedBy).toBe('customer:cust-alice');
    expect(order.quotes).toHaveLength(1);
    expect(order.quotes[0]).toMatchObject({
      status: 'APPROVED',
      totals: { grossMinor: 27_549 },
      decision: { method: 'customer-link', approvedByCustomerId: 'cust-alice' },
      decisionEvidence: {
        quoteHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        clientAddress: '203.0.113.9',
        userAgent: 'ExportTest/1.0',
      },
    });
    // Staff operations are no data about the customer.
    expect(order).not.toHaveProperty('allowedCommands');

    const text = JSON.stringify(res.body);
    for (const id of Object.values(records.bob)) expect(text).not.toContain(id);
    expect(text).not.toContain('cust-bob');
  });

  it("gives the other customer only theirs, with a staff-recorded decision's evidence empty", async () => {
    await as(h.app, staff).post(
      `/v1/repair-orders/${records.bob.order}/quotes/1/approval`,
      { method: 'phone' },
      ifMatch(3),
    );
    const res = await as(h.app, customer('cust-bob')).get('/v1/me/export');
    expect(res.status).toBe(200);
    const doc = RepairExportView.parse(res.body);
    expect(doc.repairOrders.map((o) => o.id)).toEqual([records.bob.order]);
    expect(doc.repairOrders[0]!.quotes[0]).toMatchObject({
      decision: { method: 'phone' },
      decisionEvidence: null,
    });
    const text = JSON.stringify(res.body);
    for (const id of Object.values(records.alice)) expect(text).not.toContain(id);
  });

  it('answers a customer the workshop knows nothing of with empty lists', async () => {
    const res = await as(h.app, customer('cust-nobody')).get('/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      customerId: 'cust-nobody',
      bookings: [],
      repairOrders: [],
      rescues: [],
    });
  });

  it('keeps the newest entries of a list past the cap and says so', async () => {
    const base = Date.now() - 86_400_000;
    await h.prisma.rescue.createMany({
      data: Array.from({ length: EXPORT_CAP + 1 }, (_, i) => ({
        id: randomUUID(),
        tenantId: 'tenant-a',
        regionId: 'region-1',
        customerId: 'cust-many',
        problem: 'breakdown',
        channel: 'phone',
        priority: 'normal',
        status: 'RESOLVED' as const,
        requestedAt: new Date(base + i * 1000),
        createdBy: 'advisor@tenant-a',
        createdAt: new Date(base + i * 1000),
      })),
    });
    const res = await as(h.app, customer('cust-many')).get('/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.body.truncated).toEqual({ bookings: false, repairOrders: false, rescues: true });
    expect(res.body.rescues).toHaveLength(EXPORT_CAP);
    expect(res.body.rescues[0].requestedAt).toBe(new Date(base + EXPORT_CAP * 1000).toISOString());
  });

  it('refuses staff, admin included (403)', async () => {
    for (const who of [staff, admin()]) {
      const res = await as(h.app, who).get('/v1/me/export');
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('is documented with its response schema', async () => {
    const res = await as(h.app, admin()).get('/openapi.json');
    const op = res.body.paths['/v1/me/export'].get;
    expect(op.responses['200'].content['application/json'].schema.properties).toHaveProperty('repairOrders');
  });
});
