// /v1/notifications: the delivery status of the messages the service owes customers, per
// customer, and the dead letters (messages it gave up on) for staff to act on: resend puts one
// back in the queue. No addresses are shown: the service has none; the customer record has them.
import { Router } from 'express';
import { z } from 'zod';
import { Id } from '@aftersales/contracts';
import {
  byCreation,
  identityOf,
  page,
  pageSchema,
  paginationQuerySchema,
  route,
  type Role,
} from '@aftersales/service-kit';
import { type NotificationDefaults } from '../application/context';
import { resendDeadMessage } from '../application/resend';
import { type Message, type PrismaClient } from '../db/client';
import { Channel, MessageStatus } from '../domain/delivery';
import { Locale } from '../domain/locale';

/** Staff who answer customers' "did you tell me?" and re-send by hand. */
export const NOTIFICATION_ROLES: Role[] = ['admin', 'service-advisor'];

export const MessageViewSchema = z.object({
  id: z.uuid(),
  customerId: z.string(),
  sourceEventId: z.uuid().describe('The event that caused the message'),
  templateKey: z.string(),
  locale: Locale,
  channel: Channel,
  status: MessageStatus,
  attempts: z.int().nonnegative(),
  nextAttemptAt: z.iso.datetime().nullable().describe('When the next attempt is due (pending and failed)'),
  lastError: z.string().nullable().describe('A short error code of the last failed attempt'),
  providerMessageId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  resentBy: z.string().nullable().describe('The staff member who last resent it after it was dead'),
  resentAt: z.iso.datetime().nullable(),
});
export type MessageView = z.infer<typeof MessageViewSchema>;

export function messageView(m: Message): MessageView {
  return {
    id: m.id,
    customerId: m.customerId,
    sourceEventId: m.sourceEventId,
    templateKey: m.templateKey,
    locale: m.locale as Locale,
    channel: m.channel as Channel,
    status: m.status as MessageStatus,
    attempts: m.attempts,
    nextAttemptAt: m.nextAttemptAt?.toISOString() ?? null,
    lastError: m.lastError,
    providerMessageId: m.providerMessageId,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
    resentBy: m.resentBy,
    resentAt: m.resentAt?.toISOString() ?? null,
  };
}

const listQuery = paginationQuerySchema.extend({
  customerId: Id.optional(),
  status: MessageStatus.optional(),
});

export interface NotificationsRouterOptions {
  defaults: NotificationDefaults;
  /** The platform clock (service-kit now()). */
  now: () => Date;
  /** Called after a resend (the delivery sweep's wake()), so it does not wait for the interval. */
  wake?: () => void;
}

export function notificationsRouter(prisma: PrismaClient, opts: NotificationsRouterOptions): Router {
  const router = Router();

  const list = async (where: object, q: { limit: number; cursor?: string }) => {
    const rows = await prisma.message.findMany({
      where: { AND: [where, byCreation.where(q.cursor)] },
      orderBy: byCreation.orderBy,
      take: q.limit + 1,
    });
    const p = page(rows, q.limit, byCreation.positionOf);
    return { items: p.items.map(messageView), nextCursor: p.nextCursor };
  };

  router.get(
    '/v1/notifications',
    route(
      { query: listQuery },
      async ({ query }, req) =>
        list(
          {
            tenantId: identityOf(req).tenantId,
            ...(query.customerId ? { customerId: query.customerId } : {}),
            ...(query.status ? { status: query.status } : {}),
          },
          query,
        ),
      {
        summary: 'List notifications with their delivery status, by customer or status',
        roles: NOTIFICATION_ROLES,
        response: pageSchema(MessageViewSchema),
      },
    ),
  );

  router.get(
    '/v1/notifications/dead-letters',
    route(
      { query: paginationQuerySchema },
      async ({ query }, req) => list({ tenantId: identityOf(req).tenantId, status: 'dead' }, query),
      {
        summary: 'List notifications that could not be delivered (gave up after retries)',
        roles: NOTIFICATION_ROLES,
        response: pageSchema(MessageViewSchema),
      },
    ),
  );

  router.post(
    '/v1/notifications/dead-letters/:id/resend',
    route(
      { params: z.object({ id: z.uuid() }) },
      async ({ params }, req) => {
        const who = identityOf(req);
        const m = await resendDeadMessage(prisma, opts.defaults, {
          tenantId: who.tenantId,
          messageId: params.id,
          by: who.userId,
          now: opts.now(),
        });
        opts.wake?.();
        return messageView(m);
      },
      {
        summary: 'Send a dead notification again (back to pending, attempts reset)',
        roles: NOTIFICATION_ROLES,
        response: MessageViewSchema,
        problems: [409],
      },
    ),
  );

  return router;
}
