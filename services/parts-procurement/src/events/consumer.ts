// Consumes the repair service's order stream (consumer group `parts-procurement`): a parts request
// reserves stock and backorders the rest (an addition on top of the order's earlier requests, or
// an old-style whole-order request replacing them); parts an approved re-quote dropped are freed
// (open backorders cancelled first, then reserved stock released; application/reservations.ts);
// a cancelled or declined order releases its reservations; an opened order is remembered
// (vehicle id) so lot traces can name vehicles. From the public parts-demand stream it keeps
// analytics' forecasts (reason forecast; application/forecasts.ts) for the reorder points. Every effect runs in handleOnce (inbox + effect +
// outbox rows in one transaction): a redelivered event changes nothing. A request the catalogue
// cannot serve (unknown part, fractional pieces) is a PermanentError: it goes to the DLQ instead
// of blocking the partition.
import { now as clockNow } from '@aftersales/service-kit';
import { type AnyEvent } from '@aftersales/contracts';
import {
  EventConsumer,
  PermanentError,
  handleOnce,
  type ConsumerConnection,
  type MessageMeta,
} from '@aftersales/kafka';
import { type PrismaClient, type Tx } from '../db/client';
import { DomainError } from '../domain/errors';
import { withinTransaction, type Ctx } from '../application/context';
import { isForecast, recordForecast } from '../application/forecasts';
import { learnLocation } from '../application/locations';
import { dropParts, releaseForOrder, reserveForRequest } from '../application/reservations';

export const REPAIR_ORDER_TOPIC = 'aftersales.repair.order.v1';
/** The public parts-demand stream: analytics' forecasts (reason forecast) feed the reorder points. */
export const PARTS_DEMAND_TOPIC = 'aftersales.parts.demand.v1';

export interface PartsConsumerOptions extends ConsumerConnection {
  prisma: PrismaClient;
  /** Wakes the outbox relay after an effect wrote events. */
  onEvents?: () => void;
  now?: () => Date;
}

export function createPartsConsumer(opts: PartsConsumerOptions): EventConsumer {
  const now = opts.now ?? clockNow;
  const apply = async (event: AnyEvent, meta: MessageMeta, effect: (ctx: Ctx) => Promise<unknown>) => {
    try {
      await handleOnce(
        opts.prisma,
        {
          consumerGroup: meta.groupId,
          event,
          topic: meta.topic,
          partition: meta.partition,
          offset: meta.offset,
        },
        (tx: Tx) =>
          withinTransaction(
            tx,
            {
              tenantId: event.tenantId,
              actor: 'system',
              now: now(),
              causationId: event.id,
              correlationId: event.correlationId,
            },
            effect,
          ).then(() => undefined),
      );
    } catch (err) {
      if (err instanceof DomainError) throw new PermanentError(`${err.code}: ${err.message}`);
      throw err;
    }
    opts.onEvents?.();
  };
  return new EventConsumer({
    ...opts,
    topics: [REPAIR_ORDER_TOPIC, PARTS_DEMAND_TOPIC],
    handlers: {
      'repair.parts.requested': (event, meta) =>
        apply(event, meta, async (ctx) => {
          // The centre's location, for centre and dealer scope (api/scope.ts).
          await learnLocation(ctx, event.data.locationId, event.data.centreId);
          return reserveForRequest(ctx, event.data);
        }),
      'repair.parts.dropped': (event, meta) => apply(event, meta, (ctx) => dropParts(ctx, event.data)),
      'repair.order.cancelled': (event, meta) =>
        apply(event, meta, (ctx) => releaseForOrder(ctx, event.data.repairOrderId, 'order-cancelled')),
      'repair.order.declined': (event, meta) =>
        apply(event, meta, (ctx) => releaseForOrder(ctx, event.data.repairOrderId, 'quote-declined')),
      // Only forecasts; the stream's other demand (this service's own) is skipped before the inbox.
      'parts.demand': async (event, meta) => {
        if (!isForecast(event.data)) return;
        await apply(event, meta, (ctx) => recordForecast(ctx, event.data, new Date(event.occurredAt)));
      },
      'repair.order.opened': (event, meta) =>
        apply(event, meta, (ctx) =>
          ctx.tx.repairOrderRef.upsert({
            where: {
              tenantId_repairOrderId: { tenantId: event.tenantId, repairOrderId: event.data.repairOrderId },
            },
            create: {
              tenantId: event.tenantId,
              repairOrderId: event.data.repairOrderId,
              vehicleId: event.data.vehicleId,
              centreId: event.data.centreId,
              openedAt: new Date(event.occurredAt),
            },
            update: {},
          }),
        ),
    },
  });
}
