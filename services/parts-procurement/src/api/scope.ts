// Centre and dealer scope, through stock locations: every location belongs to a service centre
// (and its dealer, when registered). A caller with centres '*' sees the whole tenant; anyone else
// reaches a location only when its centre is one of theirs or its dealer one they act for
// (service-kit's canAccessCentre). Out of scope looks exactly like absent: lists leave the rows
// out, and by id it is the same 404 as another tenant's record. Catalogue, suppliers and
// settings are tenant-level; purchasing follows the location it delivers to.
import { canAccessCentre, type Identity } from '@aftersales/service-kit';
import { rule } from '../domain/errors';
import { type PrismaClient, type Tx } from '../db/client';
import { missing } from './support';

type Db = PrismaClient | Tx;

/** null when the caller sees every location of its tenant (centres '*'); else the location ids in scope. */
export async function locationsInScope(db: Db, me: Identity): Promise<string[] | null> {
  if (me.centreIds === '*') return null;
  const rows = await db.stockLocation.findMany({
    where: {
      tenantId: me.tenantId,
      OR: [
        { centreId: { in: [...me.centreIds] } },
        me.dealerIds === '*' ? { dealerId: { not: null } } : { dealerId: { in: [...me.dealerIds] } },
      ],
    },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** A where fragment on `locationId`: the requested location (if any), within the scope. */
export function locationWhere(
  scope: string[] | null,
  requested?: string,
): { locationId?: string | { in: string[] } } {
  if (scope === null) return requested ? { locationId: requested } : {};
  if (requested) return { locationId: { in: scope.includes(requested) ? [requested] : [] } };
  return { locationId: { in: scope } };
}

/** Whether the caller may see and act at the location (an unregistered one: only with centres '*'). */
export async function canAccessLocation(db: Db, me: Identity, locationId: string): Promise<boolean> {
  if (me.centreIds === '*') return true;
  const loc = await db.stockLocation.findUnique({
    where: { tenantId_id: { tenantId: me.tenantId, id: locationId } },
  });
  return loc !== null && canAccessCentre(me, loc.centreId, loc.dealerId ?? undefined);
}

/** 404 "<what> not found." unless the location is in the caller's scope. */
export async function assertLocationAccess(
  db: Db,
  me: Identity,
  locationId: string,
  what = 'Stock location',
): Promise<void> {
  if (!(await canAccessLocation(db, me, locationId))) throw missing(what);
}

/**
 * For a record read by id before a use case runs on it: 404 unless it exists in the tenant and
 * its location is in scope. A record's location never changes, so checking before the use
 * case's own transaction is safe; a record that does not exist is left to the use case.
 */
export async function assertRecordInScope(
  db: Db,
  me: Identity,
  record: { locationId: string } | null,
  what: string,
): Promise<void> {
  if (record && !(await canAccessLocation(db, me, record.locationId))) throw missing(what);
}

/** Requisitions outside the scope answer as absent ones do when ordering them (422, same body). */
export async function assertRequisitionsInScope(db: Db, me: Identity, ids: string[]): Promise<void> {
  const scope = await locationsInScope(db, me);
  if (scope === null) return;
  const rows = await db.requisition.findMany({
    where: { tenantId: me.tenantId, id: { in: ids } },
    select: { id: true, locationId: true },
  });
  const hidden = rows.filter((r) => !scope.includes(r.locationId)).map((r) => r.id);
  if (hidden.length)
    throw rule('requisition-not-open', 'Every requisition must exist and be open.', {
      requisitionIds: hidden,
    });
}

/** The purchase orders in scope as a where fragment on `purchaseOrderId` (invoices). */
export async function purchaseOrderWhere(
  db: Db,
  me: Identity,
  scope: string[] | null,
): Promise<{ purchaseOrderId?: { in: string[] } }> {
  if (scope === null) return {};
  const pos = await db.purchaseOrder.findMany({
    where: { tenantId: me.tenantId, locationId: { in: scope } },
    select: { id: true },
  });
  return { purchaseOrderId: { in: pos.map((p) => p.id) } };
}
