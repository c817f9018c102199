// Bookings against bay and technician capacity. A booking lasts its estimated labour (from its
// start, walked over the day's breaks) and needs a bay free for that slot and the labour in the
// day's free technician hours (after the day's bookings and the workshop's backlog:
// workshop-load.ts). Bookings of one centre are serialized by locking the centre row
// (SELECT ... FOR UPDATE) for the transaction, so two concurrent requests can never take the same
// bay or technician hours twice. In emergency mode, extra hours apply and a booking that finds no
// bay or hands overflows to the region's partner workshops.
import { randomUUID } from 'node:crypto';
import { NotFound, expectVersion, localDateOf, type Identity } from '@aftersales/service-kit';
import { type Booking, type Db, type ServiceCentre, type Tx } from '../db/client';
import {
  freeBay,
  labourSlot,
  emergencyOpenIntervals,
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
import { assertCentreReachable, assertRecordReachable } from './customer-scope';
import { activeEmergency } from './emergency-mode';
import { isQualifiedPartner } from './partners';
import { dayCapacity } from './workshop-load';
import { runCommand, type CommandContext, type CommandDeps, type Uow } from './unit-of-work';

export interface BookingInput {
  centreId: string;
  customerId: string;
  vehicleId: string;
  channel: 'online' | 'phone' | 'walk-in' | 'app' | 'follow-up';
  serviceType: string;
  slotStart: string;
  /** Optional: the slot ends where the estimated labour ends; when sent it must be that instant. */
  slotEnd?: string | null;
  estimatedLabourHours: number;
  notes?: string | null;
}

const ACTIVE: Booking['status'][] = ['BOOKED', 'CHECKED_IN'];

async function lockCentre(tx: Tx, id: string): Promise<void> {
  await tx.$queryRawUnsafe('SELECT id FROM service_centre WHERE id = $1::uuid FOR UPDATE', id);
}

type Placement =
  | { slot: Interval; bay: number }
  | { refused: 'closed' | 'too-long' | 'no-bay' | 'technician-hours'; freeTechnicianHours?: number };

/** The slot the labour takes at `centre` from `start`, without looking at the database. */
function slotAt(centre: ServiceCentre, start: Date, labourHours: number, extraHours: number) {
  const date = localDateOf(start, centre.timeZone);
  return labourSlot(
    start,
    labourHours,
    emergencyOpenIntervals(
      date,
      centre.openingHours as OpeningHours,
      centre.hoursExceptions as unknown as HoursException[],
      extraHours,
      centre.timeZone,
    ),
  );
}

/** A bay free for the whole slot and the labour in the day's free technician hours (centre locked). */
async function placeAt(
  tx: Tx,
  centre: ServiceCentre,
  start: Date,
  labourHours: number,
  extraHours: number,
  now: Date,
): Promise<Placement> {
  const slot = slotAt(centre, start, labourHours, extraHours);
  if (!('start' in slot)) return slot;
  const booked = await tx.booking.findMany({
    where: {
      centreId: centre.id,
      status: { in: ACTIVE },
      slotStart: { lt: slot.end },
      slotEnd: { gt: slot.start },
    },
    select: { bay: true, slotStart: true, slotEnd: true },
  });
  const bay = freeBay(
    centre.bays,
    booked.map((b) => ({ bay: b.bay, start: b.slotStart, end: b.slotEnd })),
    slot,
  );
  if (bay === null) return { refused: 'no-bay' };
  const day = await dayCapacity(tx, centre, localDateOf(start, centre.timeZone), now, extraHours);
  if (day.freeTechnicianHours + 1e-9 < labourHours)
    return { refused: 'technician-hours', freeTechnicianHours: day.freeTechnicianHours };
  return { slot, bay };
}

/**
 * Books a bay and technician hours (here, or at a partner workshop in emergency mode) in the
 * caller's unit of work. The slot ends where the estimated labour ends (walked over breaks); a
 * `slotEnd` sent along must be that end.
 */
export async function createBooking(uow: Uow, identity: Identity, input: BookingInput): Promise<Booking> {
  const { tx, now } = uow;
  const centre = await tx.serviceCentre.findFirst({
    where: { id: input.centreId, tenantId: identity.tenantId },
  });
  if (!centre) throw unknownReference('centreId', `Unknown service centre ${input.centreId}.`);
  assertCentreReachable(identity, centre);
  const start = new Date(input.slotStart);
  const labour = input.estimatedLabourHours;
  if (input.slotEnd && new Date(input.slotEnd).getTime() <= start.getTime())
    throw ruleViolation('slotEnd must be after slotStart.', { details: { field: 'slotEnd' } });
  if (start.getTime() < now.getTime())
    throw ruleViolation('The slot is in the past.', { details: { field: 'slotStart' } });

  const emergency = await activeEmergency(tx, identity.tenantId, centre.regionId);
  const extra = emergency?.extraHours ?? 0;
  const here = slotAt(centre, start, labour, extra);
  const overflow = emergency?.overflowCentreIds.length ?? 0;
  if ('refused' in here && !overflow) {
    if (here.refused === 'too-long')
      throw ruleViolation(
        `${labour} h of labour from ${input.slotStart} do not fit before centre ${centre.id} closes that day; book an earlier start or split the work.`,
        { code: 'labour-does-not-fit', details: { field: 'estimatedLabourHours' } },
      );
    throw ruleViolation(
      `The slot start ${input.slotStart} is outside the opening hours of centre ${centre.id}.`,
      {
        details: { field: 'slotStart' },
      },
    );
  }
  if ('start' in here && input.slotEnd && new Date(input.slotEnd).getTime() !== here.end.getTime())
    throw ruleViolation(
      `A booking lasts its estimated labour: ${labour} h from ${input.slotStart} end at ${iso(here.end)}, not ${input.slotEnd}; omit slotEnd or send that.`,
      { code: 'slot-length-mismatch', details: { field: 'slotEnd', expectedSlotEnd: iso(here.end) } },
    );
  await lockCentre(tx, centre.id);
  let target = centre;
  let placed: Placement =
    'start' in here ? await placeAt(tx, centre, start, labour, extra, now) : { refused: here.refused };
  const refusedHere = placed;
  let overflowFrom: string | null = null;
  if ('refused' in placed && emergency) {
    for (const partnerId of emergency.overflowCentreIds) {
      const partner = await tx.serviceCentre.findFirst({
        where: { id: partnerId, tenantId: identity.tenantId },
      });
      if (!partner) continue;
      // An unqualified partner (lapsed accreditation, low audit score, never assessed) gets no overflow.
      if (!(await isQualifiedPartner(tx, partner.id, now))) continue;
      await lockCentre(tx, partner.id);
      const there = await placeAt(tx, partner, start, labour, extra, now);
      if ('slot' in there) {
        target = partner;
        placed = there;
        overflowFrom = centre.id;
        break;
      }
    }
  }
  if ('refused' in placed) {
    if (!('refused' in refusedHere) || !['no-bay', 'technician-hours'].includes(refusedHere.refused))
      throw noCapacity('The slot is outside the opening hours and no partner workshop can take it.');
    throw refusedHere.refused === 'no-bay'
      ? noCapacity(`No bay is free at centre ${centre.id} for ${labour} h from ${input.slotStart}.`, {
          reason: 'no-bay',
        })
      : noCapacity(
          `Centre ${centre.id} has ${refusedHere.freeTechnicianHours} free technician hours on that day, not the ${labour} h this booking needs.`,
          { reason: 'technician-hours', freeTechnicianHours: refusedHere.freeTechnicianHours },
        );
  }
  const { slot, bay } = placed;
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
      createdBy: uow.actor,
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
  const notFound = () => new NotFound(`Booking ${id} not found.`);
  if (!booking) throw notFound();
  assertRecordReachable(identity, booking, notFound);
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
  return runCommand(deps, ctx, (uow) => endBookingWithin(uow, ctx, id, change));
}

/** endBooking inside a unit of work already open (a reschedule ends one booking and makes another). */
export async function endBookingWithin(
  uow: Uow,
  ctx: CommandContext,
  id: string,
  change: BookingEnd,
): Promise<Booking> {
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
}
