// The repair service's consumer (one group): parts events move orders in and out of WAITING_PARTS
// (parts-events.ts), and a customer's erasure redacts what the workshop wrote about them
// (application/erasure.ts). Each event is applied once: inbox row and effect in one transaction.
import { topicOf, type AnyEvent } from '@aftersales/contracts';
import {
  EventConsumer,
  handleOnce,
  type EventProducer,
  type KafkaLogger,
  type MessageMeta,
  type createKafka,
} from '@aftersales/kafka';
import { type PrismaClient, type Tx } from '../db/client';
import { redactCustomer } from '../application/erasure';
import { applyPartsEvent, type PartsEvent } from './parts-events';

export interface RepairConsumerOptions {
  kafka: ReturnType<typeof createKafka>;
  prisma: PrismaClient;
  deadLetters: EventProducer;
  groupId: string;
  namespace?: string;
  logger?: KafkaLogger;
  onFatal?: (err: unknown) => void;
  onEvents?: () => void;
  /** Test hook: every handled event with its inbox outcome. */
  onApplied?: (event: AnyEvent, outcome: 'applied' | 'duplicate', meta: MessageMeta) => void;
}

export function createRepairConsumer(opts: RepairConsumerOptions): EventConsumer {
  const once = async (event: AnyEvent, meta: MessageMeta, effect: (tx: Tx) => Promise<unknown>) => {
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
        const result = await effect(tx as Tx);
        opts.logger?.debug({ eventId: event.id, type: event.type, result }, 'event applied');
      },
    );
    if (outcome === 'applied') opts.onEvents?.();
    opts.onApplied?.(event, outcome, meta);
  };
  const parts = (event: PartsEvent, meta: MessageMeta) =>
    once(event, meta, (tx) => applyPartsEvent(tx, event));
  return new EventConsumer({
    kafka: opts.kafka,
    groupId: opts.groupId,
    topics: [topicOf('parts.reserved'), topicOf('customer.erased')],
    namespace: opts.namespace,
    deadLetters: opts.deadLetters,
    logger: opts.logger,
    onFatal: opts.onFatal,
    handlers: {
      'parts.backordered': parts,
      'parts.reserved': parts,
      'parts.issued': parts,
      'customer.erased': (event, meta) =>
        once(event, meta, (tx) => redactCustomer(tx, event.tenantId, event.data.customerId)),
    },
  });
}
