// Centre and dealer scope of the customer service. Callers with centres '*' keep the tenant-wide
// view (customers by the dealer rule, everything else unrestricted). A centre-limited caller
// (centres not '*') sees:
// - customers and vehicles their centres serve: registered there, or a booking or repair order
//   there (customer_centre / vehicle_centre, learnt from repair's events), and the customers of
//   a dealer they act for (and those customers' vehicles);
// - surveys and follow-ups of their centres (both carry the repair order's centre).
// Anything else answers as absent: 404 by id, left out of lists, unknown-reference in a body.
// The service does not know which dealer a centre belongs to, so a dealer grant reaches
// customers through their dealer, not surveys or follow-ups through their centre's dealer.
import { canAccessCentre, canAccessDealer, type Identity } from '@aftersales/service-kit';
import { ruleViolation, unknownReference } from '../domain/errors';
import { type Prisma, type Tx } from '../db/client';
import { type Work } from './unit-of-work';

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** Why a centre serves a customer or vehicle. */
export type ServedBy = 'registration' | 'booking' | 'repair-order' | 'survey';

/** A customer's own token (role customer, subject = customer id); staff roles never mix in. */
export const isSelfService = (me: Identity): boolean => me.roles.includes('customer');

const isCentreLimited = (me: Identity): me is Identity & { centreIds: string[] } => me.centreIds !== '*';

function dealerWhere(me: Identity): { dealerId: { not: null } | { in: string[] } } {
  return me.dealerIds === '*' ? { dealerId: { not: null } } : { dealerId: { in: [...me.dealerIds] } };
}

/** Customers the caller may see (with the tenant filter, which this does not add). */
export function customerScope(me: Identity): Prisma.CustomerWhereInput {
  // A customer signed in to self-service sees only themself.
  if (isSelfService(me)) return { id: me.userId };
  if (!isCentreLimited(me)) {
    // Customers without a dealer belong to the whole group; dealer-bound ones need dealer access.
    if (me.dealerIds === '*') return {};
    return { OR: [{ dealerId: null }, { dealerId: { in: [...me.dealerIds] } }] };
  }
  return { OR: [dealerWhere(me), { centres: { some: { centreId: { in: [...me.centreIds] } } } }] };
}

/** Vehicles the caller may see: those their centres serve, or owned by a customer of their dealers. */
export function vehicleScope(me: Identity): Prisma.VehicleWhereInput {
  if (isSelfService(me)) return { ownerCustomerId: me.userId };
  if (!isCentreLimited(me)) return {};
  return { OR: [{ centres: { some: { centreId: { in: [...me.centreIds] } } } }, { owner: dealerWhere(me) }] };
}

/** Surveys and follow-ups: those of the caller's centres. */
export function centreScope(me: Identity): { centreId?: { in: string[] } } {
  return isCentreLimited(me) ? { centreId: { in: [...me.centreIds] } } : {};
}

/** Whether the caller may see a record of `centreId` (survey, follow-up). */
export const mayActAtCentre = (me: Identity, centreId: string): boolean => canAccessCentre(me, centreId);

/**
 * The centre a new customer or vehicle is registered at, so its registrar keeps seeing it. A
 * named centre must be one of the caller's (else unknown-reference, as for a centre that does
 * not exist); a centre-limited caller with one centre registers there by default; with several,
 * it must name one unless a dealer it acts for already makes the record visible to it.
 */
export function registrationCentre(
  me: Identity,
  requested: string | undefined,
  visibleByDealer: boolean,
): string | null {
  if (requested !== undefined) {
    if (!canAccessCentre(me, requested))
      throw unknownReference('centreId', 'No such service centre in your scope.');
    return requested;
  }
  if (!isCentreLimited(me) || visibleByDealer) return null;
  if (me.centreIds.length === 1) return me.centreIds[0]!;
  throw ruleViolation('Name the service centre (centreId) the record is registered at.', {
    code: 'centre-required',
  });
}

/** Whether a dealer grant of the caller reaches a customer of `dealerId`. */
export const reachesDealer = (me: Identity, dealerId: string | null): boolean =>
  dealerId !== null && canAccessDealer(me, dealerId);

/** Records that `centreId` serves the customer, if the customer exists here (ids from events may not). */
export async function customerServedAt(
  tx: Tx,
  tenantId: string,
  customerId: string,
  centreId: string,
  source: ServedBy,
): Promise<void> {
  if (!isUuid(customerId) || !centreId) return;
  await tx.$executeRaw`
    INSERT INTO customer_centre (tenant_id, customer_id, centre_id, source)
    SELECT ${tenantId}, id, ${centreId}, ${source} FROM customer WHERE id = ${customerId}::uuid AND tenant_id = ${tenantId}
    ON CONFLICT DO NOTHING`;
}

/** As customerServedAt, for a vehicle. */
export async function vehicleServedAt(
  tx: Tx,
  tenantId: string,
  vehicleId: string,
  centreId: string,
  source: ServedBy,
): Promise<void> {
  if (!isUuid(vehicleId) || !centreId) return;
  await tx.$executeRaw`
    INSERT INTO vehicle_centre (tenant_id, vehicle_id, centre_id, source)
    SELECT ${tenantId}, id, ${centreId}, ${source} FROM vehicle WHERE id = ${vehicleId}::uuid AND tenant_id = ${tenantId}
    ON CONFLICT DO NOTHING`;
}

/** Effect of repair's booking and order events: the centre serves the customer and the vehicle. */
export async function recordServedAt(
  uow: Work,
  at: { centreId: string; customerId: string; vehicleId: string },
  source: ServedBy,
): Promise<void> {
  await customerServedAt(uow.tx, uow.tenantId, at.customerId, at.centreId, source);
  await vehicleServedAt(uow.tx, uow.tenantId, at.vehicleId, at.centreId, source);
}
