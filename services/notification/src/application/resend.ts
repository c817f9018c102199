// Staff send a dead message again (POST /v1/notifications/dead-letters/{id}/resend): it goes back to pending
// with its attempts reset, due now (or when the customer's quiet hours end), and the sweep sends
// it like a new one. Who resent it and when is kept on the row. Only a dead message can be
// resent; one past its expiry (a sign-in code, a survey invitation) would only expire again.
import { CommandRefused, NotFound } from '@aftersales/service-kit/domain';
import { type Message, type PrismaClient } from '../db/client';
import { outsideQuietHours } from '../domain/quiet-hours';
import { isRequestedTemplate } from '../templates';
import { type NotificationDefaults } from './context';
import { preferenceOf } from './preferences';

export async function resendDeadMessage(
  prisma: PrismaClient,
  defaults: NotificationDefaults,
  cmd: { tenantId: string; messageId: string; by: string; now: Date },
): Promise<Message> {
  const { tenantId, messageId, now } = cmd;
  const m = await prisma.message.findFirst({ where: { id: messageId, tenantId } });
  if (!m) throw new NotFound(`No notification ${messageId}.`);
  const refuse = (detail?: string) =>
    new CommandRefused('notification', m.status, 'resend', [], detail, {
      details: { messageId },
    });
  if (m.status !== 'dead') throw refuse(`Only a dead notification can be resent; this one is ${m.status}.`);
  if (m.expiresAt && now.getTime() >= m.expiresAt.getTime())
    throw refuse('The notification has expired; it can no longer be sent.');

  // A requested message goes at once, as it did the first time; any other waits out the night.
  const pref = await preferenceOf(prisma, tenantId, m.customerId, defaults);
  const nextAttemptAt = isRequestedTemplate(m.templateKey)
    ? now
    : outsideQuietHours(now, m.timeZone, pref.quietHours);
  // Conditional on still being dead: two staff clicking at once resend it once.
  const { count } = await prisma.message.updateMany({
    where: { id: m.id, tenantId, status: 'dead' },
    data: {
      status: 'pending',
      attempts: 0,
      nextAttemptAt,
      resentBy: cmd.by,
      resentAt: now,
      resends: { increment: 1 },
    },
  });
  const after = await prisma.message.findUniqueOrThrow({ where: { id: m.id } });
  if (count === 0) throw new CommandRefused('notification', after.status, 'resend', []);
  return after;
}
