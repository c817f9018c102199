// Parts events applied to their order inside the consumer's inbox transaction: the use case
// (application/repair-orders/parts.ts) in a unit of work caused by the event, acting as "system".
import { now as clockNow } from '@aftersales/service-kit';
import { type Tx } from '../db/client';
import { applyPartsStatus, type PartsEvent } from '../application/repair-orders/parts';
import { systemWithin } from '../application/unit-of-work';

export type { PartsEvent };

/** The effect of one parts event on its order, inside the inbox transaction. Returns what it did. */
export function applyPartsEvent(tx: Tx, event: PartsEvent, now = clockNow()): Promise<string> {
  return systemWithin(tx, event.tenantId, now, event.id, (uow) => applyPartsStatus(uow, event));
}
