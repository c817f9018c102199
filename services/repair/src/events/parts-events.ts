// How a parts event changes its order: an order whose parts are backordered waits (WAITING_PARTS)
// and resumes when they are reserved (no open backorder left) or issued. An event for an older
// parts request, or for an order in a status where it means nothing, changes nothing.
import { now as clockNow } from '@aftersales/service-kit';
import { type EventOf } from '@aftersales/contracts';
import { enqueueEvents } from '@aftersales/kafka';
import { type Tx } from '../db/client';
import { canApply, type Status } from '../domain/state-machine';
import { applyTransition, findOrder, saveOrder } from '../application/lifecycle';

export type PartsEvent = EventOf<'parts.backordered'> | EventOf<'parts.reserved'> | EventOf<'parts.issued'>;

/** The effect of one parts event on its order, inside the inbox transaction. Returns what it did. */
export async function applyPartsEvent(tx: Tx, event: PartsEvent, now = clockNow()): Promise<string> {
  const order = await findOrder(tx, event.tenantId, event.data.repairOrderId);
  if (!order) return 'ignored: unknown order';
  const status = order.status as Status;
  const ec = { tenantId: event.tenantId, causationId: event.id, correlationId: order.id, occurredAt: now };
  if ('requestId' in event.data && order.partsRequestId && event.data.requestId !== order.partsRequestId)
    return 'ignored: older parts request';

  let data: Record<string, unknown> = {};
  let command: 'parts-backordered' | 'parts-available' | null = null;
  switch (event.type) {
    case 'parts.backordered':
      data = { partsStatus: 'backordered' };
      if (canApply(status, 'parts-backordered') && status !== 'WAITING_PARTS') command = 'parts-backordered';
      break;
    case 'parts.reserved':
      if (event.data.openBackorderLines > 0) {
        data = { partsStatus: 'backordered' };
        if (canApply(status, 'parts-backordered')) command = 'parts-backordered';
      } else {
        data = { partsStatus: 'reserved' };
        if (status === 'WAITING_PARTS') command = 'parts-available';
      }
      break;
    case 'parts.issued':
      data = { partsStatus: 'issued', partsCostMinor: { increment: event.data.totalCost.amountMinor } };
      if (status === 'WAITING_PARTS') command = 'parts-available';
      break;
  }
  let events: Awaited<ReturnType<typeof applyTransition>>['events'] = [];
  if (command) {
    const t = await applyTransition(tx, order, command, {
      now,
      cause: command,
      changedBy: null,
      eventCause: ec,
    });
    data = { ...data, ...t.data };
    events = t.events;
  }
  // A concurrent API command on the same order makes this throw; the consumer retries the event.
  await saveOrder(tx, order, data);
  await enqueueEvents(tx, events);
  return command ? `${status} -> ${String(data.status)}` : 'recorded';
}
