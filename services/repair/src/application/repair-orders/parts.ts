// How a parts event changes its order: an order whose parts are backordered waits (WAITING_PARTS)
// and resumes when nothing of it is awaited any more (reserved, issued, or the backorder
// cancelled because a re-quote dropped the part). An order can have several parts requests (each
// approved re-quote adds one, and the earlier ones stay in force), so every request's events
// count; parts-procurement's `openBackorderLines` is the whole order's count, which makes the last
// event of the order (they arrive in order, keyed by order) the order's state. An event for an
// order in a status where it means nothing changes its parts status only. Each event is applied
// once (the consumer's inbox).
import { type EventOf } from '@aftersales/contracts';
import { canApply, type Status } from '../../domain/state-machine';
import { type Uow } from '../unit-of-work';
import { findOrder, planTransition, recordTransition, saveOrder, type OrderChanges } from './lifecycle';

export type PartsEvent =
  | EventOf<'parts.backordered'>
  | EventOf<'parts.reserved'>
  | EventOf<'parts.issued'>
  | EventOf<'parts.backorder-cancelled'>;

/** The effect of one parts event on its order (the consumer's unit of work). Returns what it did. */
export async function applyPartsStatus(uow: Uow, event: PartsEvent): Promise<string> {
  const order = await findOrder(uow.tx, event.tenantId, event.data.repairOrderId);
  if (!order) return 'ignored: unknown order';
  const status = order.status as Status;

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
      changes = { partsCostMinor: { increment: event.data.totalCost.amountMinor } };
      // Issuing one request's parts while another's are still backordered: keep waiting.
      // (Producers before openBackorderLines existed had one request per order: absent = none.)
      if ((event.data.openBackorderLines ?? 0) > 0) {
        changes.partsStatus = 'backordered';
      } else {
        changes.partsStatus = 'issued';
        if (status === 'WAITING_PARTS') command = 'parts-available';
      }
      break;
    case 'parts.backorder-cancelled':
      // A re-quote dropped a backordered part: once nothing else is awaited, the order goes on.
      if (event.data.openBackorderLines > 0) {
        changes = { partsStatus: 'backordered' };
      } else {
        if (order.partsStatus === 'backordered') changes = { partsStatus: 'reserved' };
        if (status === 'WAITING_PARTS') command = 'parts-available';
      }
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
