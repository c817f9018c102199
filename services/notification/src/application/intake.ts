// An event's effect, inside the consumer's inbox transaction: record the aggregate's customer,
// and write the message it asks for (status pending, due now or when the customer's quiet hours
// end; suppressed when they opted out or the event is older than maxEventAgeMs). A requested
// message (a sign-in code) is due at once on the channel the event names, in the page's
// language when we write it, whatever the opt-out and quiet hours; its expiry, not the event's
// age, decides whether it is still worth sending. A service message with an expiry (a survey
// invitation) follows the customer's wishes and is recorded expired, not sent, once it has
// passed. The unique (tenant, source event, template)
// key backs the inbox: a redelivered event writes nothing more.
import { randomUUID } from 'node:crypto';
import { type Message, type Tx } from '../db/client';
import { intentOf, type NotifyIntent, type NotifyingEvent } from '../domain/intents';
import { supportedLocaleOf } from '../domain/locale';
import { outsideQuietHours } from '../domain/quiet-hours';
import { type Variables } from '../domain/template';
import { DEFAULT_MAX_EVENT_AGE_MS, type NotificationContext } from './context';
import { preferenceOf, type EffectivePreference } from './preferences';

interface Disposition {
  channel: string;
  locale: string;
  status: 'pending' | 'suppressed';
  nextAttemptAt: Date | null;
  lastError: string | null;
  expiresAt: Date | null;
}

/** Whether, when and how the message goes out. */
export function dispositionOf(
  n: NotifyIntent,
  pref: EffectivePreference,
  now: Date,
  eventAgeMs: number,
  maxEventAgeMs: number,
): Disposition {
  const asked = n.requested;
  if (asked) {
    const expiresAt = new Date(asked.expiresAt);
    const expired = now.getTime() >= expiresAt.getTime();
    return {
      channel: asked.channel,
      locale: supportedLocaleOf(asked.locale) ?? pref.locale,
      status: expired ? 'suppressed' : 'pending',
      nextAttemptAt: expired ? null : now,
      lastError: expired ? 'expired' : null,
      expiresAt,
    };
  }
  // Recorded but not sent: history read on a first start or a replay is news to nobody.
  const stale = eventAgeMs > maxEventAgeMs;
  const expiresAt = n.expiresAt ? new Date(n.expiresAt) : null;
  const expired = expiresAt !== null && now.getTime() >= expiresAt.getTime();
  const suppressed = pref.optedOut || stale || expired;
  return {
    channel: pref.channel,
    locale: pref.locale,
    status: suppressed ? 'suppressed' : 'pending',
    // Held through the quiet hours; should they outlast the expiry, the sweep records it expired.
    nextAttemptAt: suppressed ? null : outsideQuietHours(now, pref.timeZone, pref.quietHours),
    lastError: pref.optedOut ? 'opted-out' : expired ? 'expired' : stale ? 'stale-event' : null,
    expiresAt,
  };
}

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
  ctx: Pick<NotificationContext, 'defaults' | 'now' | 'maxEventAgeMs' | 'linkBaseUrl'>,
  event: NotifyingEvent,
): Promise<IntakeOutcome> {
  const intent = intentOf(event, ctx);
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
  const d = dispositionOf(
    n,
    pref,
    now,
    now.getTime() - Date.parse(event.occurredAt),
    ctx.maxEventAgeMs ?? DEFAULT_MAX_EVENT_AGE_MS,
  );
  const message = await tx.message.create({
    data: {
      id: randomUUID(),
      tenantId,
      customerId,
      sourceEventId: event.id,
      templateKey: n.templateKey,
      variables,
      timeZone: pref.timeZone,
      ...d,
    },
  });
  return { kind: d.status === 'suppressed' ? 'suppressed' : 'queued', message };
}
