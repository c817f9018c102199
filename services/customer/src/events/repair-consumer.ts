// Consumes the repair service's order stream (group "customer"): a delivered order schedules
// its follow-ups and records the odometer reading it reports. handleOnce records the event id with the effect, so a redelivery does nothing.
import { topicOf } from '@aftersales/contracts';
import {
  EventConsumer,
  handleOnce,
  type EventConsumerOptions,
  type EventProducer,
  type KafkaLogger,
  type RetryPolicy,
} from '@aftersales/kafka';
import { type CustomerDeps } from '../application/deps';
import { scheduleAfterDelivery } from '../application/followups';
import { recordDeliveredMileage } from '../application/vehicles';

export interface RepairConsumerOptions {
  kafka: EventConsumerOptions['kafka'];
  deadLetters: EventProducer;
  groupId: string;
  namespace?: string;
  logger?: KafkaLogger;
  retry?: RetryPolicy;
  onFatal?: (err: unknown) => void;
}

export function createRepairConsumer(deps: CustomerDeps, opts: RepairConsumerOptions): EventConsumer {
  return new EventConsumer({
    ...opts,
    topics: [topicOf('repair.order.delivered')],
    handlers: {
      'repair.order.delivered': async (event, meta) => {
        let created = 0;
        await handleOnce(
          deps.prisma,
          {
            consumerGroup: meta.groupId,
            event,
            topic: meta.topic,
            partition: meta.partition,
            offset: meta.offset,
          },
          async (tx) => {
            created = (await scheduleAfterDelivery(deps, tx, event)).length;
            await recordDeliveredMileage(
              tx,
              event.tenantId,
              event.data.vehicleId,
              event.data.mileageKm,
              event.data.deliveredBy,
            );
          },
        );
        if (created > 0) deps.onEvents?.();
      },
    },
  });
}
