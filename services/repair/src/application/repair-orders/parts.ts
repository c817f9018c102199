// How a parts event changes its order: an order whose parts are backordered waits (WAITING_PARTS)
// and resumes when they are reserved (no open backorder left) or issued. An event for an older
// parts request, or for an order in a status where it means nothing, changes nothing.
import { type EventOf } from '@aftersales/contracts';
import { canApply, type Status } from '../../domain/state-machine';
import { type Uow } from '../unit-of-work';
import { findOrder, planTransition, recordTransition, saveOrder, type OrderChanges } from './lifecycle';

export type PartsEvent = EventOf<'parts.backordered'> | EventOf<'parts.reserved'> | EventOf<'parts.issued'>;

/** The effect of one parts event on its order (the consumer's unit of work). Returns what it did. */
export async function applyPartsStatus(uow: Uow, event: PartsEvent): Promise<string> {
  const order = await findOrder(uow.tx, event.tenantId, event.data.repairOrderId);
  if (!order) return 'ignored: unknown order';
  const status = order.status as Status;
  if ('requestId' in event.data && order.partsRequestId && event.data.requestId !== order.partsRequestId)
    return 'ignored: older parts request';

  let changes: OrderChanges = {};
  let command: 'parts-backordered' | 'parts-available' | null = null;
  switch (event.type) {
    case 'parts.backordered':
      changes = { partsStatus: 'backordered' };
      if (canApply(status, 'parts-backordered') && status !== 'WAITING_PARTS') command = 'parts-backordered';
      break;
    case 'parts.reserved':
      if (event.data.openBackorderLines > 0) {
        changes = { partsStatus: 'backordered' };
        if (canApply(status, 'parts-backordered')) command = 'parts-backordered';
      } else {
        changes = { partsStatus: 'reserved' };
        if (status === 'WAITING_PARTS') command = 'parts-available';
      }
      break;
    case 'parts.issued':
      changes = { partsStatus: 'issued', partsCostMinor: { increment: event.data.totalCost.amountMinor } };
      if (status === 'WAITING_PARTS') command = 'parts-available';
      break;
  }
  if (command) {
    const plan = planTransition(order, command);
    changes = {
      ...changes,
      ...(await recordTransition(uow, order, plan, { cause: command, changedBy: null })),
    };
  }
  // A concurrent API command on the same order makes this throw; the consumer retries the event.
  await saveOrder(uow.tx, order, changes);
  return command ? `${status} -> ${String(changes.status)}` : 'recorded';
}
