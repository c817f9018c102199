// The repair service's consumer (one group): parts events (of every parts request of an order)
// move orders in and out of WAITING_PARTS (parts-events.ts), a customer's erasure redacts what the
// workshop wrote about them (application/erasure.ts), the parts catalogue gives quotes each
// part's unit (application/part-units.ts), and vehicle owners let customers book their own cars
// (application/vehicle-owners.ts). Each event is applied once: inbox row and effect in one
// transaction.
import { topicOf, type AnyEvent } from '@aftersales/contracts';
import { EventConsumer, handleOnce, type ConsumerConnection, type MessageMeta } from '@aftersales/kafka';
import { type PrismaClient, type Tx } from '../db/client';
import { redactCustomer } from '../application/erasure';
import { recordPartUnit } from '../application/part-units';
import { forgetVehicleOwner, recordVehicleOwner } from '../application/vehicle-owners';
import { applyPartsEvent, type PartsEvent } from './parts-events';

export interface RepairConsumerOptions extends ConsumerConnection {
  prisma: PrismaClient;
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
    ...opts,
    topics: [
      topicOf('parts.reserved'),
      topicOf('customer.erased'),
      topicOf('part.registered'),
      topicOf('vehicle.registered'),
    ],
    handlers: {
      'parts.backordered': parts,
      'parts.reserved': parts,
      'parts.issued': parts,
      'parts.backorder-cancelled': parts,
      // Part units for quotes (application/part-units.ts).
      'part.registered': (event, meta) => once(event, meta, (tx) => recordPartUnit(tx, event)),
      'part.updated': (event, meta) => once(event, meta, (tx) => recordPartUnit(tx, event)),
      'customer.erased': (event, meta) =>
        once(event, meta, async (tx) => {
          await forgetVehicleOwner(tx, event.tenantId, event.data.customerId);
          return redactCustomer(tx, event.tenantId, event.data.customerId);
        }),
      // Owners of vehicles, so customers can book their own (application/vehicle-owners.ts).
      'vehicle.registered': (event, meta) => once(event, meta, (tx) => recordVehicleOwner(tx, event)),
      'vehicle.ownership-changed': (event, meta) => once(event, meta, (tx) => recordVehicleOwner(tx, event)),
    },
  });
}
