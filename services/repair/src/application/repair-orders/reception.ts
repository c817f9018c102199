// Reception: a vehicle arrives (walk-in, booked, towed in by a rescue, or overflowed from another
// centre) and an order opens in status RECEIVED; with a booking, the booking is checked in.
import { randomBytes, randomUUID } from 'node:crypto';
import { assertCentreAccess, localDateOf, type Identity } from '@aftersales/service-kit';
import { type RepairOrder, type Tx } from '../../db/client';
import { ruleViolation, unknownReference } from '../../domain/errors';
import { orderOpened } from '../../events/order-events';
import { activeEmergency } from '../emergency-mode';
import { type Uow } from '../unit-of-work';
import { startStageClock } from './lifecycle';

export interface ReceptionInput {
  centreId: string;
  customerId: string;
  vehicleId: string;
  bookingId?: string | null;
  serviceType: string;
  mileageKm: number;
  fuelLevelPercent: number;
  symptoms: string;
  symptomSystems: string[];
  damageNotes?: string | null;
  /** walk-in | booked | towed; default: booked with a booking, towed from a rescue, else walk-in. */
  arrival?: 'walk-in' | 'booked' | 'towed';
}

type Origin = 'booking' | 'walk-in' | 'rescue' | 'overflow';

/** RO-<the centre's local date>-<random>: the date a customer sees on the job card. */
function orderNumber(now: Date, timeZone: string): string {
  return `RO-${localDateOf(now, timeZone).replace(/-/g, '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** Checks the booking in (BOOKED -> CHECKED_IN); returns the origin it gives the order. */
async function checkIn(tx: Tx, tenantId: string, centreId: string, input: ReceptionInput): Promise<Origin> {
  const booking = await tx.booking.findFirst({ where: { id: input.bookingId!, tenantId } });
  if (!booking || booking.centreId !== centreId)
    throw unknownReference('bookingId', `Unknown booking ${input.bookingId} at this centre.`);
  if (booking.status !== 'BOOKED')
    throw ruleViolation(`Booking ${booking.id} is ${booking.status}, not BOOKED.`, {
      details: { field: 'bookingId' },
    });
  if (booking.vehicleId !== input.vehicleId)
    throw ruleViolation('The booking is for another vehicle.', { details: { field: 'vehicleId' } });
  const { count } = await tx.booking.updateMany({
    where: { id: booking.id, version: booking.version },
    data: { status: 'CHECKED_IN', version: { increment: 1 } },
  });
  if (count === 0) throw ruleViolation(`Booking ${booking.id} changed meanwhile; retry.`);
  return booking.overflowFromCentreId ? 'overflow' : 'booking';
}

/** Opens an order (status RECEIVED) in the caller's unit of work (a create, or a rescue's tow-in). */
export async function receive(
  uow: Uow,
  identity: Identity,
  input: ReceptionInput & { origin?: Origin; rescueId?: string | null },
): Promise<RepairOrder> {
  const { tx, now } = uow;
  const centre = await tx.serviceCentre.findFirst({
    where: { id: input.centreId, tenantId: identity.tenantId },
  });
  if (!centre) throw unknownReference('centreId', `Unknown service centre ${input.centreId}.`);
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  if (input.arrival === 'booked' && !input.bookingId)
    throw ruleViolation('A booked arrival names its booking (bookingId).', {
      details: { field: 'bookingId' },
    });
  const arrival =
    input.arrival ??
    (input.bookingId ? 'booked' : input.origin === 'rescue' || input.rescueId ? 'towed' : 'walk-in');
  const origin = input.bookingId
    ? await checkIn(tx, identity.tenantId, centre.id, input)
    : (input.origin ?? 'walk-in');
  const emergency = await activeEmergency(tx, identity.tenantId, centre.regionId);
  const order = await tx.repairOrder.create({
    data: {
      id: randomUUID(),
      tenantId: identity.tenantId,
      orderNumber: orderNumber(now, centre.timeZone),
      centreId: centre.id,
      regionId: centre.regionId,
      centreType: centre.type,
      customerId: input.customerId,
      vehicleId: input.vehicleId,
      origin,
      arrival,
      bookingId: input.bookingId ?? null,
      rescueId: input.rescueId ?? null,
      serviceType: input.serviceType,
      status: 'RECEIVED',
      mileageKm: input.mileageKm,
      fuelLevelPercent: input.fuelLevelPercent,
      symptoms: input.symptoms,
      symptomSystems: input.symptomSystems,
      damageNotes: input.damageNotes ?? null,
      emergencyMode: emergency !== null,
      currency: centre.currency,
      faultCodes: [],
      faultSystems: [],
      technicianIds: [],
      progressNotes: [],
      qcResults: [],
      receivedAt: now,
      statusChangedAt: now,
      createdBy: identity.userId,
    },
  });
  await tx.repairOrderTransition.create({
    data: {
      repairOrderId: order.id,
      fromStatus: null,
      toStatus: 'RECEIVED',
      cause: 'command',
      changedBy: identity.userId,
      at: now,
    },
  });
  await startStageClock(tx, { ...order, centre }, 'RECEIVED', now);
  orderOpened(uow, order);
  return order;
}
