// A customer's erasure reaches the workshop (PostgreSQL + Kafka): customer.erased on the customer
// topic redacts every text staff wrote about that customer's bookings, orders and rescues, drops
// the rescue's GPS position, leaves another customer's records alone, and is applied once.
import { createEvent } from '@aftersales/contracts';
import { findText, waitFor } from '@aftersales/testing';
import { REDACTED } from '../src/application/erasure';
import {
  admin,
  advisor,
  as,
  createCentre,
  diagnosisBody,
  key,
  receive,
  startHarness,
  type Harness,
} from './harness';

const SECRET = 'ZQX-erasure-marker';

describe('customer erasure in repair', () => {
  let h: Harness;
  const staff = advisor();
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  beforeAll(async () => {
    h = await startHarness('repair_erasure', { kafka: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function recordsOf(customerId: string, centreId: string) {
    const booking = await as(h.app, staff).post(
      '/v1/bookings',
      {
        centreId,
        customerId,
        vehicleId: `veh-${customerId}`,
        serviceType: 'maintenance',
        slotStart: `${day}T${customerId === 'cust-erased' ? '09' : '11'}:00:00.000Z`,
        slotEnd: `${day}T${customerId === 'cust-erased' ? '10' : '12'}:00:00.000Z`,
        estimatedLabourHours: 1,
        channel: 'phone',
        notes: `${SECRET} ${customerId}: call her at work, husband collects the car`,
      },
      key(),
    );
    expect(booking.status).toBe(201);
    const order = await receive(h.app, staff, centreId, {
      customerId,
      vehicleId: `veh-${customerId}`,
      symptoms: `${SECRET} ${customerId}: noise since the accident on her street`,
      damageNotes: `${SECRET} ${customerId}: dent from the neighbour's gate`,
    });
    const diagnosed = await as(h.app, staff).post(
      `/v1/repair-orders/${order.id}/diagnosis`,
      {
        ...diagnosisBody,
        findings: [{ ...diagnosisBody.findings[0], description: `${SECRET} ${customerId}: pads` }],
        notes: `${SECRET} ${customerId}: customer drives to the clinic daily`,
      },
      { 'If-Match': `"${order.version}"` },
    );
    expect(diagnosed.status).toBe(200);
    // Progress, QC and delivery notes exist later in an order's life; written as the commands would.
    await h.prisma.repairOrder.update({
      where: { id: order.id },
      data: {
        progressNotes: [
          { at: new Date().toISOString(), by: 'tech-1', note: `${SECRET} ${customerId}: progress` },
        ],
        qcResults: [
          {
            attempt: 1,
            at: new Date().toISOString(),
            inspectorId: 'qc-1',
            passed: true,
            checklist: [{ code: 'BRAKE-TEST', passed: true, note: `${SECRET} ${customerId}: qc` }],
          },
        ],
        delivery: { at: new Date().toISOString(), by: 'adv-1', notes: `${SECRET} ${customerId}: delivery` },
      },
    });
    const rescue = await as(h.app, staff).post(
      '/v1/rescues',
      {
        regionId: 'region-1',
        customerId,
        vehicleId: `veh-${customerId}`,
        problem: 'breakdown',
        channel: 'phone',
        priority: 'urgent',
        description: `${SECRET} ${customerId}: stuck near her home, two children in the car`,
        location: { latitude: 52.52, longitude: 13.405 },
      },
      key(),
    );
    expect(rescue.status).toBe(201);
    return {
      bookingId: booking.body.id as string,
      orderId: diagnosed.body.id as string,
      rescueId: rescue.body.id as string,
    };
  }

  it("redacts the erased customer's texts and GPS, keeps the other customer's, once", async () => {
    const centre = await createCentre(h.app, admin());
    const erased = await recordsOf('cust-erased', centre.id);
    const kept = await recordsOf('cust-kept', centre.id);
    expect((await findText(h.db.url, `${SECRET} cust-erased`)).length).toBeGreaterThanOrEqual(5);

    const event = createEvent('customer.erased', {
      producer: 'customer',
      tenantId: 'tenant-a',
      subject: 'cust-erased',
      data: { customerId: 'cust-erased', basis: 'customer-request', vehicleIds: ['veh-cust-erased'] },
    });
    await h.producer!.publish([{ event }, { event }]); // the second copy is a redelivery
    await waitFor(
      async () => h.applied.filter((a) => a.event.id === event.id).length === 2,
      'the erasure consumed (twice)',
      30_000,
    );
    expect(h.applied.filter((a) => a.event.id === event.id).map((a) => a.outcome)).toEqual([
      'applied',
      'duplicate',
    ]);

    // Not a trace of the erased customer's texts in any text column of the repair database.
    expect(await findText(h.db.url, `${SECRET} cust-erased`)).toEqual([]);
    const rescue = await h.prisma.rescue.findUniqueOrThrow({ where: { id: erased.rescueId } });
    expect(rescue).toMatchObject({ description: null, latitude: null, longitude: null });
    const order = await h.prisma.repairOrder.findUniqueOrThrow({ where: { id: erased.orderId } });
    expect(order.symptoms).toBe(REDACTED);
    expect(order).toMatchObject({ damageNotes: null, status: 'DIAGNOSED', customerId: 'cust-erased' });
    // The API still serves the records, without the location.
    const shown = await as(h.app, staff).get(`/v1/rescues/${erased.rescueId}`);
    expect(shown.status).toBe(200);
    expect(shown.body.location).toBeNull();
    // Dispatch without a location is refused with a clear rule, not a crash.
    const dispatch = await as(h.app, staff).post(
      `/v1/rescues/${erased.rescueId}/dispatch`,
      {},
      { 'If-Match': `"${rescue.version}"` },
    );
    expect(dispatch.status).toBe(422);
    expect(dispatch.body.detail).toMatch(/location was erased/);

    // The other customer is untouched.
    const other = await findText(h.db.url, `${SECRET} cust-kept`);
    expect(other.map((hit) => `${hit.table}.${hit.column}`).sort()).toEqual(
      [
        'booking.notes',
        'idempotency_record.response',
        'repair_order.damage_notes',
        'repair_order.delivery',
        'repair_order.diagnosis',
        'repair_order.progress_notes',
        'repair_order.qc_results',
        'repair_order.symptoms',
        'rescue.description',
      ].sort(),
    );
    expect(await h.prisma.rescue.findUniqueOrThrow({ where: { id: kept.rescueId } })).toMatchObject({
      latitude: 52.52,
    });
  });
});
