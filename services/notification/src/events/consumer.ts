// The notification service's consumer: events that concern a customer become messages (bookings,
// repair orders, rescues, complaints, inquiries, survey invitations, maintenance reminders:
// application/intake.ts), the customer service's
// events keep the preferred channel, and an erasure forgets the customer. Every event is parsed
// against its contract by libs/kafka (a bad one goes to the topic's dead letters) and applied
// through the inbox in the same transaction as its effect, so a redelivered event sends nothing
// more. A requested message (a sign-in code) wakes the delivery sweep once its event is
// committed, so it goes out at once rather than at the next sweep interval.
import { topicOf, type AnyEvent, type EventOf } from '@aftersales/contracts';
import {
  EventConsumer,
  handleOnce,
  type ConsumerConnection,
  type InboxOutcome,
  type MessageMeta,
} from '@aftersales/kafka';
import { type NotificationContext } from '../application/context';
import { eraseCustomer } from '../application/erasure';
import { applyEvent, type IntakeOutcome } from '../application/intake';
import { recordPreferredChannel } from '../application/preferences';
import { type Tx } from '../db/client';
import { NOTIFYING_EVENT_TYPES, type NotifyingEvent } from '../domain/intents';
import { isRequestedTemplate } from '../templates';

export const NOTIFICATION_TOPICS = [
  ...new Set([...NOTIFYING_EVENT_TYPES.map((t) => topicOf(t)), topicOf('customer.registered')]),
];

export interface NotificationConsumerOptions extends ConsumerConnection {
  /** Test hook: each handled event, its inbox outcome and what it did. */
  onHandled?: (event: AnyEvent, outcome: InboxOutcome, result: IntakeOutcome | undefined) => void;
  /** Called after an event queued a requested message (the delivery sweep's wake()). */
  wake?: () => void;
}

export function createNotificationConsumer(
  ctx: Pick<NotificationContext, 'prisma' | 'defaults' | 'now' | 'maxEventAgeMs' | 'linkBaseUrl'>,
  opts: NotificationConsumerOptions,
): EventConsumer {
  const once = async <R>(event: AnyEvent, meta: MessageMeta, effect: (tx: Tx) => Promise<R>) => {
    let result: R | undefined;
    const outcome = await handleOnce<Tx>(
      ctx.prisma,
      {
        consumerGroup: meta.groupId,
        event,
        topic: meta.topic,
        partition: meta.partition,
        offset: meta.offset,
      },
      async (tx) => {
        result = await effect(tx);
      },
    );
    return { outcome, result };
  };

  const notify = async (event: NotifyingEvent, meta: MessageMeta) => {
    const { outcome, result } = await once(event, meta, (tx) => applyEvent(tx, ctx, event));
    if (result && (result.kind === 'queued' || result.kind === 'suppressed')) {
      // Ids and template only: never an address.
      opts.logger?.info(
        {
          eventId: event.id,
          messageId: result.message.id,
          template: result.message.templateKey,
          status: result.message.status,
        },
        'notification queued',
      );
    }
    if (result?.kind === 'queued' && isRequestedTemplate(result.message.templateKey)) opts.wake?.();
    opts.onHandled?.(event, outcome, result);
  };
  const channel = async (
    event: EventOf<'customer.registered'> | EventOf<'customer.updated'>,
    meta: MessageMeta,
  ) => {
    const { outcome } = await once(event, meta, (tx) =>
      recordPreferredChannel(tx, event.tenantId, event.data.customerId, event.data.preferredChannel),
    );
    opts.onHandled?.(event, outcome, undefined);
  };
  const erased = async (event: EventOf<'customer.erased'>, meta: MessageMeta) => {
    const { outcome, result } = await once(event, meta, (tx) =>
      eraseCustomer(tx, event.tenantId, event.data.customerId),
    );
    if (result) opts.logger?.info({ eventId: event.id, ...result }, 'erased customer forgotten');
    opts.onHandled?.(event, outcome, undefined);
  };

  const handlers = Object.fromEntries(NOTIFYING_EVENT_TYPES.map((t) => [t, notify]));
  return new EventConsumer({
    ...opts,
    topics: NOTIFICATION_TOPICS,
    handlers: {
      ...handlers,
      'customer.registered': channel,
      'customer.updated': channel,
      'customer.erased': erased,
    },
  });
}
