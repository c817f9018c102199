// Vehicle owners from the customer service's events (PostgreSQL + Kafka): a customer books their
// own car in self-service before its first visit here because vehicle.registered named them; after
// a sale (vehicle.ownership-changed) the new owner may and the old one may not; an erased customer
// owns nothing here; each event applies once.
import { createEvent, type AnyEvent, type EventData, type EventType } from '@aftersales/contracts';
import { type Identity } from '@aftersales/service-kit';
import { waitFor } from '@aftersales/testing';
import { admin, as, createCentre, key, startHarness, type Harness } from './harness';

const customer = (customerId: string): Identity => ({
  userId: customerId,
  tenantId: 'tenant-a',
  dealerIds: [],
  centreIds: [],
  roles: ['customer'],
});

describe('vehicle owners (self-service bookings of one’s own car)', () => {
  let h: Harness;
  let centreId: string;
  const day = new Date(Date.now() + 4 * 86_400_000).toISOString().slice(0, 10);
  const booking = (vehicleId: string, hh: string) => ({
    centreId,
    vehicleId,
    serviceType: 'maintenance',
    slotStart: `${day}T${hh}:00:00.000Z`,
    durationMinutes: 60,
  });

  beforeAll(async () => {
    h = await startHarness('vehicle_owners', { kafka: true });
    centreId = (await createCentre(h.app, admin())).id;
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const publish = async <T extends EventType>(type: T, subject: string, data: EventData<T>) => {
    const event = createEvent(type, {
      producer: 'customer',
      tenantId: 'tenant-a',
      subject,
      data,
    }) as AnyEvent;
    await h.producer!.publish([{ event }, { event }]); // the second copy is a redelivery
    await waitFor(
      async () => h.applied.filter((a) => a.event.id === event.id).length === 2 || undefined,
      `${type} consumed twice`,
      30_000,
    );
    expect(h.applied.filter((a) => a.event.id === event.id).map((a) => a.outcome)).toEqual([
      'applied',
      'duplicate',
    ]);
  };

  it('lets the registered owner book before any visit, then follows a sale and an erasure', async () => {
    // Unknown vehicle (no event, no visit): not bookable by anyone in self-service.
    const before = await as(h.app, customer('cust-first')).post(
      '/v1/me/bookings',
      booking('veh-new', '09'),
      key(),
    );
    expect(before.status).toBe(422);

    await publish('vehicle.registered', 'veh-new', {
      vehicleId: 'veh-new',
      vin: 'WVWZZZ1JZXW000101',
      make: 'Volkswagen',
      model: 'ID.3',
      modelYear: 2024,
      ownerCustomerId: 'cust-first',
      mileageKm: 1_000,
      purchaseDate: null,
      warrantyEndsOn: null,
    });
    const first = await as(h.app, customer('cust-first')).post(
      '/v1/me/bookings',
      booking('veh-new', '09'),
      key(),
    );
    expect(first.status).toBe(201);
    const stranger = await as(h.app, customer('cust-other')).post(
      '/v1/me/bookings',
      booking('veh-new', '10'),
      key(),
    );
    expect(stranger.status).toBe(422);

    await publish('vehicle.ownership-changed', 'veh-new', {
      vehicleId: 'veh-new',
      previousOwnerCustomerId: 'cust-first',
      newOwnerCustomerId: 'cust-second',
      effectiveOn: day,
      reason: 'sale',
    });
    // The announced owner wins over the earlier owner's own booking.
    expect(
      (await as(h.app, customer('cust-first')).post('/v1/me/bookings', booking('veh-new', '11'), key()))
        .status,
    ).toBe(422);
    expect(
      (await as(h.app, customer('cust-second')).post('/v1/me/bookings', booking('veh-new', '12'), key()))
        .status,
    ).toBe(201);

    await publish('customer.erased', 'cust-second', {
      customerId: 'cust-second',
      basis: 'customer-request',
      vehicleIds: ['veh-new'],
    });
    expect(await h.prisma.vehicleOwner.findUniqueOrThrow({ where: { vehicleId: 'veh-new' } })).toMatchObject({
      customerId: null,
    });
    expect(
      (await as(h.app, customer('cust-second')).post('/v1/me/bookings', booking('veh-new', '13'), key()))
        .status,
    ).toBe(422);
  }, 90_000);
});
