// The owner of each vehicle as the customer service announces it: vehicle.registered names the
// first owner, vehicle.ownership-changed the next; a customer's erasure leaves the vehicle with no
// owner on record. Used to let customers book their own cars (self-service.ts).
import { type EventOf } from '@aftersales/contracts';
import { type Tx } from '../db/client';

export async function recordVehicleOwner(
  tx: Tx,
  event: EventOf<'vehicle.registered'> | EventOf<'vehicle.ownership-changed'>,
): Promise<void> {
  const customerId =
    event.type === 'vehicle.registered' ? event.data.ownerCustomerId : event.data.newOwnerCustomerId;
  await tx.vehicleOwner.upsert({
    where: { vehicleId: event.data.vehicleId },
    create: { vehicleId: event.data.vehicleId, tenantId: event.tenantId, customerId },
    update: { customerId },
  });
}

/** An erased customer owns nothing here any more. */
export async function forgetVehicleOwner(tx: Tx, tenantId: string, customerId: string): Promise<void> {
  await tx.vehicleOwner.updateMany({ where: { tenantId, customerId }, data: { customerId: null } });
}
