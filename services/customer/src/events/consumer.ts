// The customer service's consumer (group "customer"). A delivered order schedules its follow-ups
// and records the odometer reading it reports. Bookings, opened and delivered orders tell which
// centres serve a customer and a vehicle (centre scope, application/scope.ts). A customer.erased read back from the service's own
// topic re-applies an erasure the database does not have: after a restore from a backup taken
// before it, the crypto-shredding must not come undone (npm run restore replays the erasure log).
// handleOnce records the event id with the effect, so a redelivery does nothing; the effect runs
// as a unit of work inside that transaction, like a command of the API.
import { topicOf, type AnyEvent } from '@aftersales/contracts';
import { EventConsumer, handleOnce, type ConsumerConnection, type MessageMeta } from '@aftersales/kafka';
import { replayErasure } from '../application/customers';
import { type CustomerDeps } from '../application/deps';
import { scheduleAfterDelivery } from '../application/followups';
import { inviteToSurvey } from '../application/survey-invitations';
import { withinEvent, type Work } from '../application/unit-of-work';
import { recordLastDelivery } from '../application/maintenance';
import { recordDeliveredMileage } from '../application/vehicles';
import { recordServedAt } from '../application/scope';

export type CustomerConsumerOptions = ConsumerConnection;

export function createCustomerConsumer(deps: CustomerDeps, opts: CustomerConsumerOptions): EventConsumer {
  const once = (event: AnyEvent, meta: MessageMeta, effect: (uow: Work) => Promise<void>) =>
    handleOnce(
      deps.prisma,
      {
        consumerGroup: meta.groupId,
        event,
        topic: meta.topic,
        partition: meta.partition,
        offset: meta.offset,
      },
      (tx) => withinEvent(deps, tx, event, effect),
    );
  return new EventConsumer({
    ...opts,
    topics: [
      topicOf('repair.order.delivered'),
      topicOf('repair.booking.created'),
      topicOf('customer.erased'),
    ],
    handlers: {
      'repair.order.delivered': async (event, meta) => {
        let created = 0;
        await once(event, meta, async (uow) => {
          created = (await scheduleAfterDelivery(deps, uow, event)).length;
          // The customer is invited to rate the visit in self-service (survey.invited).
          if (await inviteToSurvey(deps, uow, event)) created++;
          await recordServedAt(uow, event.data, 'repair-order');
          await recordDeliveredMileage(
            uow,
            event.data.vehicleId,
            event.data.mileageKm,
            event.data.deliveredBy,
          );
          // The next maintenance counts from this delivery (application/maintenance.ts).
          await recordLastDelivery(uow, event);
        });
        if (created > 0) deps.onEvents?.();
      },
      // Which centres serve a customer and a vehicle, for centre scope (application/scope.ts).
      'repair.booking.created': (event, meta) =>
        once(event, meta, (uow) => recordServedAt(uow, event.data, 'booking')).then(() => undefined),
      'repair.order.opened': (event, meta) =>
        once(event, meta, (uow) => recordServedAt(uow, event.data, 'repair-order')).then(() => undefined),
      'customer.erased': (event, meta) =>
        once(event, meta, async (uow) => {
          if (await replayErasure(uow, event))
            opts.logger?.warn(
              { customerId: event.data.customerId, eventId: event.id },
              'a recorded erasure was missing from the database (restored from a backup?); applied again',
            );
        }).then(() => undefined),
    },
  });
}
