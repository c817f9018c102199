// Self-service use cases of a signed-in customer, on top of the staff ones (the identity carries
// the role `customer`: customer-scope.ts keeps them to the customer's own orders and bookings and
// records the actor as `customer:<id>`): deciding on a quote (method customer-link, guarded by
// the hash of the quote the customer was shown), booking a vehicle of theirs and cancelling a
// booking.
import { customerIdOf } from '@aftersales/service-kit';
import { type Booking, type Db } from '../db/client';
import { unknownReference } from '../domain/errors';
import { createBooking, endBooking, endBookingWithin } from './bookings';
import { approveQuote, declineQuote, type DeclineInput } from './repair-orders/quotes';
import { type OrderDeps } from './repair-orders/command';
import { type CommandContext, type CommandDeps, type Uow } from './unit-of-work';

/** Where a customer's decision came from, kept on the quote as evidence. */
export interface DecisionOrigin {
  clientAddress: string | null;
  userAgent: string | null;
}

/** Approves quote `version` of the customer's own order, if `quoteHash` is the stored version's. */
export function approveAsCustomer(
  deps: OrderDeps,
  ctx: CommandContext,
  orderId: string,
  version: number,
  input: { quoteHash: string },
  origin: DecisionOrigin,
): Promise<void> {
  const customerId = customerIdOf(ctx.identity);
  return approveQuote(deps, ctx, orderId, version, {
    method: 'customer-link',
    approvedByCustomerId: customerId,
    customer: { quoteHash: input.quoteHash, ...origin },
  });
}

/** Declines quote `version` of the customer's own order, if `quoteHash` is the stored version's. */
export function declineAsCustomer(
  deps: OrderDeps,
  ctx: CommandContext,
  orderId: string,
  version: number,
  input: { quoteHash: string; reason: DeclineInput['reason'] },
  origin: DecisionOrigin,
): Promise<void> {
  customerIdOf(ctx.identity);
  return declineQuote(deps, ctx, orderId, version, {
    method: 'customer-link',
    reason: input.reason,
    customer: { quoteHash: input.quoteHash, ...origin },
  });
}

/**
 * Whether the repair service knows the vehicle as the customer's: the owner the customer service
 * announced (vehicle-owners.ts), or, for a vehicle it has not announced, the vehicle's latest
 * booking or repair order in the tenant.
 */
export async function isCustomersVehicle(
  db: Db,
  tenantId: string,
  customerId: string,
  vehicleId: string,
): Promise<boolean> {
  const owner = await db.vehicleOwner.findFirst({ where: { tenantId, vehicleId } });
  if (owner) return owner.customerId === customerId;
  const latest = { orderBy: { createdAt: 'desc' as const }, select: { customerId: true, createdAt: true } };
  const [order, booking] = await Promise.all([
    db.repairOrder.findFirst({ where: { tenantId, vehicleId }, ...latest }),
    db.booking.findFirst({ where: { tenantId, vehicleId }, ...latest }),
  ]);
  const newest = [order, booking]
    .filter((r) => r !== null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return newest?.customerId === customerId;
}

export interface CustomerBookingInput {
  centreId: string;
  vehicleId: string;
  serviceType: string;
  slotStart: string;
  /** The slot's length (the labour it is for), as the free slots were listed with. */
  durationMinutes: number;
  notes?: string | null;
}

/**
 * Books a slot for a vehicle of the customer's, with the staff booking's capacity checks
 * (live bays and technician hours, emergency overflow). A vehicle not known as theirs: 422.
 */
export async function bookAsCustomer(uow: Uow, ctx: CommandContext, input: CustomerBookingInput) {
  const customerId = customerIdOf(ctx.identity);
  if (!(await isCustomersVehicle(uow.tx, ctx.identity.tenantId, customerId, input.vehicleId)))
    throw unknownReference(
      'vehicleId',
      `Vehicle ${input.vehicleId} is not known here as yours; ask the workshop to book it.`,
    );
  return createBooking(uow, ctx.identity, {
    centreId: input.centreId,
    customerId,
    vehicleId: input.vehicleId,
    channel: 'online',
    serviceType: input.serviceType,
    slotStart: input.slotStart,
    estimatedLabourHours: input.durationMinutes / 60,
    notes: input.notes ?? null,
  });
}

/** Cancels one of the customer's own BOOKED bookings (someone else's: 404). */
export function cancelAsCustomer(
  deps: CommandDeps,
  ctx: CommandContext,
  bookingId: string,
  reason: 'customer-request' | 'rescheduled',
): Promise<Booking> {
  customerIdOf(ctx.identity);
  return endBooking(deps, ctx, bookingId, { kind: 'cancel', cancelledBy: 'customer', reason });
}

export interface CustomerRescheduleInput {
  slotStart: string;
  /** Another centre of the tenant; default the booking's own. */
  centreId?: string | undefined;
}

/**
 * Moves one of the customer's BOOKED bookings to another slot in one transaction: the old one is
 * cancelled (reason rescheduled, so its capacity is free for the new slot) and a new one booked
 * for the same vehicle, service and length with the usual capacity checks. A full slot (409) or
 * a refused one (422) leaves the old booking as it was.
 */
export async function rescheduleAsCustomer(
  uow: Uow,
  ctx: CommandContext,
  bookingId: string,
  input: CustomerRescheduleInput,
): Promise<{ previous: Booking; booking: Booking }> {
  customerIdOf(ctx.identity);
  const previous = await endBookingWithin(uow, ctx, bookingId, {
    kind: 'cancel',
    cancelledBy: 'customer',
    reason: 'rescheduled',
  });
  const booking = await bookAsCustomer(uow, ctx, {
    centreId: input.centreId ?? previous.centreId,
    vehicleId: previous.vehicleId,
    serviceType: previous.serviceType,
    slotStart: input.slotStart,
    durationMinutes: Math.round((previous.slotEnd.getTime() - previous.slotStart.getTime()) / 60_000),
    notes: previous.notes,
  });
  return { previous, booking };
}
