// Bookings against bay capacity. Bookings of one centre are serialized by locking the centre row
// (SELECT ... FOR UPDATE) for the transaction, so two concurrent requests can never take the same
// bay for overlapping times. In emergency mode, extra hours apply and a booking that finds no bay
// overflows to the region's partner workshops.
import { randomUUID } from 'node:crypto';
import { NotFound, assertCentreAccess, expectVersion, type Identity } from '@aftersales/service-kit';
import { type Booking, type Db, type ServiceCentre, type Tx } from '../db/client';
import {
  freeBay,
  withinOpeningHours,
  type HoursException,
  type Interval,
  type OpeningHours,
} from '../domain/capacity';
import {
  TransitionRefused,
  concurrentChange,
  noCapacity,
  ruleViolation,
  unknownReference,
} from '../domain/errors';
import { emit, iso } from '../events/emit';
import { activeEmergency } from './emergency-mode';
import { isQualifiedPartner } from './partners';
import { runCommand, type CommandContext, type CommandDeps, type Uow } from './unit-of-work';

export interface BookingInput {
  centreId: string;
  customerId: string;
  vehicleId: string;
  channel: 'online' | 'phone' | 'walk-in' | 'app' | 'follow-up';
  serviceType: string;
  slotStart: string;
  slotEnd: string;
  estimatedLabourHours: number;
  notes?: string | null;
}

const ACTIVE: Booking['status'][] = ['BOOKED', 'CHECKED_IN'];

async function lockCentre(tx: Tx, id: string): Promise<void> {
  await tx.$queryRawUnsafe('SELECT id FROM service_centre WHERE id = $1::uuid FOR UPDATE', id);
}

async function bayFor(
  tx: Tx,
  centre: ServiceCentre,
  slot: Interval,
  extraHours: number,
): Promise<number | null> {
  if (
    !withinOpeningHours(
      slot,
      centre.openingHours as OpeningHours,
      centre.hoursExceptions as unknown as HoursException[],
      extraHours,
      centre.timeZone,
    )
  )
    return null;
  const booked = await tx.booking.findMany({
    where: {
      centreId: centre.id,
      status: { in: ACTIVE },
      slotStart: { lt: slot.end },
      slotEnd: { gt: slot.start },
    },
    select: { bay: true, slotStart: true, slotEnd: true },
  });
  return freeBay(
    centre.bays,
    booked.map((b) => ({ bay: b.bay, start: b.slotStart, end: b.slotEnd })),
    slot,
  );
}

/** Books a bay (here, or at a partner workshop in emergency mode) in the caller's unit of work. */
export async function createBooking(uow: Uow, identity: Identity, input: BookingInput): Promise<Booking> {
  const { tx, now } = uow;
  const centre = await tx.serviceCentre.findFirst({
    where: { id: input.centreId, tenantId: identity.tenantId },
  });
  if (!centre) throw unknownReference('centreId', `Unknown service centre ${input.centreId}.`);
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  const slot = { start: new Date(input.slotStart), end: new Date(input.slotEnd) };
  if (slot.end.getTime() <= slot.start.getTime())
    throw ruleViolation('slotEnd must be after slotStart.', { details: { field: 'slotEnd' } });
  if (slot.start.getTime() < now.getTime())
    throw ruleViolation('The slot is in the past.', { details: { field: 'slotStart' } });

  const emergency = await activeEmergency(tx, identity.tenantId, centre.regionId);
  const extra = emergency?.extraHours ?? 0;
  const hours = centre.openingHours as OpeningHours;
  const exceptions = centre.hoursExceptions as unknown as HoursException[];
  const inHours = withinOpeningHours(slot, hours, exceptions, extra, centre.timeZone);
  if (!inHours && !emergency?.overflowCentreIds.length) {
    throw ruleViolation(
      `The slot ${input.slotStart} - ${input.slotEnd} is outside the opening hours of centre ${centre.id}.`,
      { details: { field: 'slotStart' } },
    );
  }
  await lockCentre(tx, centre.id);
  let target = centre;
  let bay = inHours ? await bayFor(tx, centre, slot, extra) : null;
  let overflowFrom: string | null = null;
  if (bay === null && emergency) {
    for (const partnerId of emergency.overflowCentreIds) {
      const partner = await tx.serviceCentre.findFirst({
        where: { id: partnerId, tenantId: identity.tenantId },
      });
      if (!partner) continue;
      // An unqualified partner (lapsed accreditation, low audit score, never assessed) gets no overflow.
      if (!(await isQualifiedPartner(tx, partner.id, now))) continue;
      await lockCentre(tx, partner.id);
      const partnerBay = await bayFor(tx, partner, slot, extra);
      if (partnerBay !== null) {
        target = partner;
        bay = partnerBay;
        overflowFrom = centre.id;
        break;
      }
    }
  }
  if (bay === null)
    throw noCapacity(
      inHours
        ? `No bay is free at centre ${centre.id} for ${input.slotStart} - ${input.slotEnd}.`
        : 'The slot is outside the opening hours and no partner workshop can take it.',
    );
  const booking = await tx.booking.create({
    data: {
      id: randomUUID(),
      tenantId: identity.tenantId,
      centreId: target.id,
      customerId: input.customerId,
      vehicleId: input.vehicleId,
      channel: input.channel,
      serviceType: input.serviceType,
      slotStart: slot.start,
      slotEnd: slot.end,
      bay,
      estimatedLabourHours: input.estimatedLabourHours,
      status: 'BOOKED',
      overflowFromCentreId: overflowFrom,
      notes: input.notes ?? null,
      createdBy: identity.userId,
    },
  });
  emit(uow, 'repair.booking.created', booking.id, {
    bookingId: booking.id,
    centreId: target.id,
    regionId: target.regionId,
    customerId: booking.customerId,
    vehicleId: booking.vehicleId,
    channel: input.channel,
    serviceType: input.serviceType as never,
    slotStart: iso(slot.start),
    slotEnd: iso(slot.end),
    bayId: `${target.id}:bay-${bay}`,
    estimatedLabourHours: input.estimatedLabourHours,
    overflowFromCentreId: overflowFrom,
  });
  return booking;
}

async function bookingInScope(db: Db, identity: Identity, id: string) {
  const booking = await db.booking.findFirst({
    where: { id, tenantId: identity.tenantId },
    include: { centre: true },
  });
  if (!booking) throw new NotFound(`Booking ${id} not found.`);
  assertCentreAccess(identity, booking.centreId, booking.centre.dealerId ?? undefined);
  return booking;
}

export function getBooking(db: Db, identity: Identity, id: string): Promise<Booking> {
  return bookingInScope(db, identity, id);
}

export type BookingEnd =
  | {
      kind: 'cancel';
      cancelledBy: 'customer' | 'staff';
      reason: 'customer-request' | 'rescheduled' | 'no-capacity' | 'emergency' | 'duplicate' | 'other';
    }
  | { kind: 'no-show' };

/** Cancels a BOOKED booking or marks it no-show (only after its slot started). */
export function endBooking(
  deps: CommandDeps,
  ctx: CommandContext,
  id: string,
  change: BookingEnd,
): Promise<Booking> {
  return runCommand(deps, ctx, async (uow) => {
    const { tx, now } = uow;
    const b = await bookingInScope(tx, ctx.identity, id);
    expectVersion(ctx.expectedVersion, b.version);
    if (b.status !== 'BOOKED')
      throw new TransitionRefused(
        'booking',
        b.status,
        change.kind,
        [],
        `Booking ${id} is ${b.status}; only BOOKED bookings can be ${change.kind === 'cancel' ? 'cancelled' : 'marked no-show'}.`,
      );
    if (change.kind === 'no-show' && now.getTime() < b.slotStart.getTime())
      throw ruleViolation('A booking can be marked no-show only after its slot started.');
    const { count } = await tx.booking.updateMany({
      where: { id, version: b.version },
      data:
        change.kind === 'cancel'
          ? {
              status: 'CANCELLED',
              cancelledBy: change.cancelledBy,
              cancelReason: change.reason,
              endedAt: now,
              version: { increment: 1 },
            }
          : { status: 'NO_SHOW', endedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw concurrentChange();
    if (change.kind === 'cancel')
      emit(uow, 'repair.booking.cancelled', id, {
        bookingId: id,
        centreId: b.centreId,
        slotStart: iso(b.slotStart),
        cancelledBy: change.cancelledBy,
        reason: change.reason,
      });
    else
      emit(uow, 'repair.booking.no-show', id, {
        bookingId: id,
        centreId: b.centreId,
        customerId: b.customerId,
        vehicleId: b.vehicleId,
        slotStart: iso(b.slotStart),
      });
    return tx.booking.findUniqueOrThrow({ where: { id } });
  });
}
