// What a customer signed in to self-service (a token with the role `customer`, its subject the
// customer id: service-kit customerIdOf) reaches through the shared use cases: every centre of
// their tenant (to see free slots and book), and of orders and bookings only their own. Staff keep
// their centre scope. Out of reach is a 404 either way, so probing ids leaks nothing.
import { assertCentreAccess, type Identity, type NotFound } from '@aftersales/service-kit';

/** True for a self-service customer (the same test as service-kit's customerIdOf). */
export const isCustomer = (identity: Identity): boolean => identity.roles.includes('customer');

/** Who acts, as history and events record it: a customer as `customer:<id>`, staff by user id. */
export const actorOf = (identity: Identity): string =>
  isCustomer(identity) ? `customer:${identity.userId}` : identity.userId;

/** A centre of the caller's tenant (already filtered by it) the caller may use; 404 otherwise. */
export function assertCentreReachable(identity: Identity, centre: { id: string; dealerId: string | null }) {
  if (isCustomer(identity)) return;
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
}

/**
 * An order or booking of the caller's tenant (already filtered by it) the caller may see: a
 * customer's own, or one of a centre in the staff member's scope. Throws `notFound` otherwise.
 */
export function assertRecordReachable(
  identity: Identity,
  record: { customerId: string; centreId: string; centre: { dealerId: string | null } },
  notFound: () => NotFound,
): void {
  if (isCustomer(identity)) {
    if (record.customerId !== identity.userId) throw notFound();
    return;
  }
  assertCentreAccess(identity, record.centreId, record.centre.dealerId ?? undefined);
}
