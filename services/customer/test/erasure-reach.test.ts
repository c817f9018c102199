// What an erasure means beyond the shredded key, against real PostgreSQL and Kafka: the customer
// is no longer called or reminded (scheduled follow-ups cancelled, a later delivery schedules
// none), and a recorded erasure read back from the customer topic re-applies itself to a database
// that lacks it (a restore from an older backup), without announcing it a second time.
import { randomUUID } from 'node:crypto';
import { createEvent, type EventOf } from '@aftersales/contracts';
import { waitFor } from '@aftersales/testing';
import request from 'supertest';
import { idemKey, person } from './fixtures';
import { startHarness, type Harness } from './harness';

describe('erasure reaches follow-ups and survives a restore', () => {
  let h: Harness;
  let advisor: string;
  let admin: string;

  beforeAll(async () => {
    h = await startHarness('erasure_reach', { consumer: true });
    advisor = await h.token(['service-advisor'], { userId: 'advisor-1' });
    admin = await h.token(['admin'], { userId: 'admin-1' });
  });
  afterAll(async () => {
    await h?.close();
  });

  const post = (path: string, body: object, token = advisor) =>
    request(h.app)
      .post(path)
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', idemKey())
      .send(body);

  async function customerWithVehicle(n: number) {
    const customerId = (await post('/v1/customers', person(n))).body.id as string;
    const vehicleId = (
      await post('/v1/vehicles', {
        vin: n === 1 ? '1HGCM82633A004352' : '5GZCZ43D13S812715',
        make: 'Honda',
        model: 'Accord',
        modelYear: 2003,
        ownerCustomerId: customerId,
        mileageKm: 120_000,
      })
    ).body.id as string;
    return { customerId, vehicleId };
  }

  const delivered = (customerId: string, vehicleId: string) =>
    createEvent('repair.order.delivered', {
      producer: 'repair',
      tenantId: 'tenant-a',
      subject: randomUUID(),
      data: {
        repairOrderId: randomUUID(),
        centreId: 'centre-1',
        customerId,
        vehicleId,
        mileageKm: 121_000,
        nextMaintenance: { dueMileageKm: 135_000, dueOn: '2027-06-01' },
        deliveredBy: 'advisor-1',
      },
    });
  const handled = (event: { id: string }) =>
    waitFor(
      async () => (await h.prisma.inboxMessage.count({ where: { eventId: event.id } })) === 1,
      `event ${event.id} handled`,
      30_000,
    );

  it('cancels the scheduled follow-ups of an erased customer and schedules none afterwards', async () => {
    const { customerId, vehicleId } = await customerWithVehicle(1);
    const first = delivered(customerId, vehicleId);
    await h.producer.publish([{ event: first }]);
    await handled(first);
    expect(await h.prisma.followUp.count({ where: { customerId, status: 'SCHEDULED' } })).toBe(2);

    const erased = await request(h.app)
      .post(`/v1/customers/${customerId}/erasure`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ basis: 'customer-request' });
    expect(erased.status).toBe(200);
    expect(await h.prisma.followUp.count({ where: { customerId, status: 'SCHEDULED' } })).toBe(0);
    expect(await h.prisma.followUp.count({ where: { customerId, status: 'CANCELLED' } })).toBe(2);
    const list = await request(h.app)
      .get(`/v1/follow-ups?customerId=${customerId}&status=cancelled`)
      .set('Authorization', `Bearer ${advisor}`);
    expect(list.body.items.map((f: { status: string }) => f.status)).toEqual(['cancelled', 'cancelled']);

    const later = delivered(customerId, vehicleId);
    await h.producer.publish([{ event: later }]);
    await handled(later);
    expect(await h.prisma.followUp.count({ where: { customerId } })).toBe(2); // nothing new
  });

  it('re-applies a recorded erasure the database lacks, without announcing it again', async () => {
    const { customerId, vehicleId } = await customerWithVehicle(2);
    // The erasure as the topic recorded it, arriving at a database restored from before it.
    const recorded: EventOf<'customer.erased'> = createEvent('customer.erased', {
      producer: 'customer',
      tenantId: 'tenant-a',
      subject: customerId,
      occurredAt: new Date('2026-11-30T10:00:00.000Z'),
      data: { customerId, basis: 'legal-order', vehicleIds: [vehicleId] },
    });
    const outboxBefore = await h.prisma.outboxMessage.count({ where: { eventType: 'customer.erased' } });
    await h.producer.publish([{ event: recorded }]);
    await handled(recorded);

    const customer = await h.prisma.customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(customer).toMatchObject({
      status: 'ERASED',
      erasureBasis: 'legal-order',
      erasedAt: new Date('2026-11-30T10:00:00.000Z'),
      phoneIndex: null,
      emailIndex: null,
    });
    expect(await h.prisma.customerDataKey.count({ where: { customerId } })).toBe(0);
    expect(await h.prisma.outboxMessage.count({ where: { eventType: 'customer.erased' } })).toBe(
      outboxBefore,
    );
    const shown = await request(h.app)
      .get(`/v1/customers/${customerId}`)
      .set('Authorization', `Bearer ${advisor}`);
    expect(shown.body).toMatchObject({ status: 'erased', name: null });
  });
});
