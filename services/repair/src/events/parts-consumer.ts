// Reacts to the parts service: an order whose parts are backordered waits (WAITING_PARTS) and
// resumes when they are reserved (no open backorder left) or issued. Each event is applied once
// (inbox, same transaction as the effect); an event for an older parts request, or for an order
// in a status where it means nothing, changes nothing.
import { now as clockNow } from '@aftersales/service-kit';
import { type EventOf } from '@aftersales/contracts';
import {
  EventConsumer,
  enqueueEvents,
  handleOnce,
  type EventProducer,
  type KafkaLogger,
  type MessageMeta,
} from '@aftersales/kafka';
import { type createKafka } from '@aftersales/kafka';
import { type PrismaClient, type Tx } from '../db/client';
import { canApply, type Status } from '../domain/state-machine';
import { applyTransition, findOrder, saveOrder } from '../application/lifecycle';

export const PARTS_TOPIC = 'aftersales.parts.reservation.v1';

type PartsEvent = EventOf<'parts.backordered'> | EventOf<'parts.reserved'> | EventOf<'parts.issued'>;

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

type Kafka = ReturnType<typeof createKafka>;

export interface PartsConsumerOptions {
  kafka: Kafka;
  prisma: PrismaClient;
  deadLetters: EventProducer;
  groupId: string;
  namespace?: string;
  logger?: KafkaLogger;
  onFatal?: (err: unknown) => void;
  onEvents?: () => void;
  /** Test hook: every handled event with its inbox outcome. */
  onApplied?: (event: PartsEvent, outcome: 'applied' | 'duplicate', meta: MessageMeta) => void;
}

export function createPartsConsumer(opts: PartsConsumerOptions): EventConsumer {
  const handle = async (event: PartsEvent, meta: MessageMeta) => {
    const outcome = await handleOnce(
      opts.prisma,
      {
        consumerGroup: meta.groupId,
        event,
        topic: meta.topic,
        partition: meta.partition,
        offset: meta.offset,
      },
      async (tx) => {
        const result = await applyPartsEvent(tx as Tx, event);
        opts.logger?.debug(
          { eventId: event.id, type: event.type, repairOrderId: event.data.repairOrderId, result },
          'parts event applied',
        );
      },
    );
    if (outcome === 'applied') opts.onEvents?.();
    opts.onApplied?.(event, outcome, meta);
  };
  return new EventConsumer({
    kafka: opts.kafka,
    groupId: opts.groupId,
    topics: [PARTS_TOPIC],
    namespace: opts.namespace,
    deadLetters: opts.deadLetters,
    logger: opts.logger,
    onFatal: opts.onFatal,
    handlers: {
      'parts.backordered': handle,
      'parts.reserved': handle,
      'parts.issued': handle,
    },
  });
}
