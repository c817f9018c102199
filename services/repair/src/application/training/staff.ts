// The centre and technicians a training write names: in the caller's scope, or a 422 naming the field.
import { assertCentreAccess, type Identity } from '@aftersales/service-kit';
import { type ServiceCentre, type Tx } from '../../db/client';
import { unknownReference } from '../../domain/errors';

export const technicianIdsOf = (centre: ServiceCentre): string[] =>
  (Array.isArray(centre.technicians) ? (centre.technicians as { id: string }[]) : []).map((t) => t.id);

export async function centreInScope(tx: Tx, identity: Identity, centreId: string): Promise<ServiceCentre> {
  const centre = await tx.serviceCentre.findFirst({ where: { id: centreId, tenantId: identity.tenantId } });
  if (!centre) throw unknownReference('centreId', `Unknown service centre ${centreId}.`);
  assertCentreAccess(identity, centre.id, centre.dealerId ?? undefined);
  return centre;
}

export function assertTechniciansAt(centre: ServiceCentre, ids: readonly string[], field: string): void {
  const known = new Set(technicianIdsOf(centre));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    throw unknownReference(field, `Not technicians of centre ${centre.id}: ${unknown.join(', ')}.`, {
      technicianIds: unknown,
    });
}
