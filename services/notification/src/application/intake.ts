// An event's effect, inside the consumer's inbox transaction: record the aggregate's customer,
// and write the message it asks for (status pending, due now or when the customer's quiet hours
// end; suppressed when they opted out or the event is older than maxEventAgeMs). The unique
// (tenant, source event, template) key backs the inbox: a redelivered event writes nothing more.
import { randomUUID } from 'node:crypto';
import { type Message, type Tx } from '../db/client';
import { intentOf, type NotifyIntent, type NotifyingEvent } from '../domain/intents';
import { outsideQuietHours } from '../domain/quiet-hours';
import { type Variables } from '../domain/template';
import { DEFAULT_MAX_EVENT_AGE_MS, type NotificationContext } from './context';
import { preferenceOf } from './preferences';

export type IntakeOutcome =
  { kind: 'queued' | 'suppressed'; message: Message } | { kind: 'no-customer' } | { kind: 'nothing' };

async function customerOf(
  tx: Tx,
  tenantId: string,
  n: NotifyIntent,
): Promise<{ customerId: string | null; reference: string | null }> {
  const link = await tx.subjectLink.findUnique({
    where: { tenantId_kind_subjectId: { tenantId, kind: n.kind, subjectId: n.subjectId } },
  });
  return { customerId: n.customerId ?? link?.customerId ?? null, reference: link?.reference ?? null };
}

export async function applyEvent(
  tx: Tx,
  ctx: Pick<NotificationContext, 'defaults' | 'now' | 'maxEventAgeMs'>,
  event: NotifyingEvent,
): Promise<IntakeOutcome> {
  const intent = intentOf(event);
  const { tenantId } = event;
  if (intent.link) {
    const { kind, subjectId, customerId, reference } = intent.link;
    await tx.subjectLink.upsert({
      where: { tenantId_kind_subjectId: { tenantId, kind, subjectId } },
      create: { tenantId, kind, subjectId, customerId, reference },
      update: { customerId, reference },
    });
  }
  const n = intent.notify;
  if (!n) return { kind: 'nothing' };
  const { customerId, reference } = await customerOf(tx, tenantId, n);
  // The opening event predates this service (or named no customer): nobody to tell.
  if (!customerId) return { kind: 'no-customer' };
  const variables: Variables = { ...n.variables };
  if (n.referenceAs) variables[n.referenceAs] = reference ?? n.subjectId;

  const pref = await preferenceOf(tx, tenantId, customerId, ctx.defaults);
  const now = ctx.now();
  // Recorded but not sent: history read on a first start or a replay is news to nobody.
  const stale =
    now.getTime() - Date.parse(event.occurredAt) > (ctx.maxEventAgeMs ?? DEFAULT_MAX_EVENT_AGE_MS);
  const suppressed = pref.optedOut || stale;
  const message = await tx.message.create({
    data: {
      id: randomUUID(),
      tenantId,
      customerId,
      sourceEventId: event.id,
      templateKey: n.templateKey,
      locale: pref.locale,
      channel: pref.channel,
      status: suppressed ? 'suppressed' : 'pending',
      nextAttemptAt: suppressed ? null : outsideQuietHours(now, pref.timeZone, pref.quietHours),
      lastError: pref.optedOut ? 'opted-out' : stale ? 'stale-event' : null,
      variables,
      timeZone: pref.timeZone,
    },
  });
  return { kind: suppressed ? 'suppressed' : 'queued', message };
}
