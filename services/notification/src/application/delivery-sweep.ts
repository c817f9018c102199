// The delivery sweep: sends due messages. A pass claims due rows in a short transaction (FOR
// UPDATE SKIP LOCKED, pushing next_attempt_at out by a lease so other replicas skip them), then
// sends each outside any transaction (a slow mail server holds no locks) and records the result:
// sent with the provider's id, or failed with a back-off (moved out of the quiet hours), or dead
// after NOTIFY_MAX_ATTEMPTS or a permanent refusal. A crash between send and record re-sends
// after the lease: delivery is at least once, as with any provider without idempotency keys.
// A message past its expiry (a sign-in code) is recorded suppressed ("expired") instead of sent;
// a requested one keeps to the channel the customer named and retries through quiet hours.
// Sealed variables are opened here, in memory, for the one send.
import { createHash } from 'node:crypto';
import { Periodic, openField } from '@aftersales/service-kit';
import { type Message } from '../db/client';
import { afterFailure, type Channel } from '../domain/delivery';
import { localeFor } from '../domain/locale';
import { outsideQuietHours } from '../domain/quiet-hours';
import {
  MissingVariable,
  UnreadableVariable,
  render,
  resolveAtSend,
  Variables,
  type LocalisedText,
} from '../domain/template';
import { isRequestedTemplate, templates, type TemplateKey } from '../templates';
import { type NotificationContext } from './context';
import { preferenceOf } from './preferences';
import { DeliveryFailure, type Contact } from './ports';

/** How long a claimed message is hidden from other passes while it is being sent. */
const LEASE_MS = 5 * 60_000;
const BATCH = 50;

export interface SweepLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface SweepResult {
  claimed: number;
  sent: number;
  failed: number;
  dead: number;
  /** Past their expiry before they could be sent: recorded suppressed ("expired"). */
  expired: number;
}

async function claimDue(ctx: NotificationContext, now: Date, limit: number): Promise<Message[]> {
  const ids = await ctx.prisma.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE message SET next_attempt_at = $2, updated_at = $1
      WHERE id IN (SELECT id FROM message
                    WHERE status IN ('pending', 'failed') AND next_attempt_at <= $1
                    ORDER BY next_attempt_at LIMIT $3
                    FOR UPDATE SKIP LOCKED)
      RETURNING id::text`,
    now,
    new Date(now.getTime() + LEASE_MS),
    limit,
  );
  if (ids.length === 0) return [];
  return ctx.prisma.message.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    orderBy: { createdAt: 'asc' },
  });
}

/** The tenant's wording of the template in the message's locale, or the built-in one. */
async function textOf(ctx: NotificationContext, m: Message): Promise<LocalisedText> {
  const override = await ctx.prisma.templateOverride.findUnique({
    where: {
      tenantId_templateKey_locale: { tenantId: m.tenantId, templateKey: m.templateKey, locale: m.locale },
    },
  });
  if (override) return { subject: override.subject, body: override.body };
  const template = templates[m.templateKey as TemplateKey];
  if (!template) throw new DeliveryFailure(`unknown-template:${m.templateKey}`, true);
  return template.texts[localeFor(m.locale, ctx.defaults.locale)];
}

const addressHash = (tenantId: string, address: string) =>
  createHash('sha256').update(`${tenantId}\n${address}`).digest('hex');

/**
 * The channel and address to use: the preferred one, else the other of e-mail and SMS; only the
 * named one for a requested message (the customer was told where the code goes).
 */
function addressFor(
  channel: Channel,
  contact: Contact,
  fallback: boolean,
): { channel: Channel; to: string | null } {
  if (contact.status === 'erased') throw new DeliveryFailure('customer-erased', true);
  if (contact.status === 'unknown') throw new DeliveryFailure('customer-unknown', true);
  if (channel === 'push') return { channel, to: null };
  if (channel === 'email' && contact.email) return { channel, to: contact.email };
  if (channel === 'sms' && contact.phone) return { channel, to: contact.phone };
  if (!fallback) throw new DeliveryFailure('no-address', true);
  if (contact.email) return { channel: 'email', to: contact.email };
  if (contact.phone) return { channel: 'sms', to: contact.phone };
  throw new DeliveryFailure('no-address', true);
}

/** Sends one message; resolves to what to record. */
async function attempt(
  ctx: NotificationContext,
  m: Message,
): Promise<{ providerMessageId: string; channel: Channel; addressHash: string | null }> {
  let contact: Contact;
  try {
    contact = await ctx.contacts.lookup(m.tenantId, m.customerId);
  } catch {
    throw new DeliveryFailure('contact-directory-unavailable');
  }
  const target = addressFor(m.channel as Channel, contact, !isRequestedTemplate(m.templateKey));
  let text: LocalisedText;
  try {
    const vars = resolveAtSend(Variables.parse(m.variables), ctx.now(), (aad, sealed) =>
      openField(ctx.signInCodeKey, aad, sealed),
    );
    text = render(await textOf(ctx, m), vars, localeFor(m.locale, ctx.defaults.locale), m.timeZone);
  } catch (err) {
    if (err instanceof MissingVariable)
      throw new DeliveryFailure(`template-variable-missing:${err.variable}`, true);
    if (err instanceof UnreadableVariable)
      throw new DeliveryFailure(`sealed-variable-unreadable:${err.variable}`, true);
    throw err;
  }
  const hash = target.to ? addressHash(m.tenantId, target.to) : null;
  if (target.channel === 'email') {
    const id = await ctx.providers.email({
      to: target.to!,
      subject: text.subject,
      text: text.body,
      messageId: m.id,
      locale: m.locale,
    });
    return { providerMessageId: id, channel: 'email', addressHash: hash };
  }
  if (!ctx.providers.webhook) throw new DeliveryFailure('no-provider', true);
  const id = await ctx.providers.webhook({
    messageId: m.id,
    tenantId: m.tenantId,
    customerId: m.customerId,
    channel: target.channel,
    to: target.to,
    text: text.body,
    locale: m.locale,
  });
  return { providerMessageId: id, channel: target.channel, addressHash: hash };
}

/** Sends up to `limit` due messages; returns what happened to them. */
export async function sweepDeliveries(
  ctx: NotificationContext,
  logger?: SweepLogger,
  limit = 50,
): Promise<SweepResult> {
  const now = ctx.now();
  const due = await claimDue(ctx, now, limit);
  const result: SweepResult = { claimed: due.length, sent: 0, failed: 0, dead: 0, expired: 0 };
  for (const m of due) {
    if (m.expiresAt && ctx.now().getTime() >= m.expiresAt.getTime()) {
      await ctx.prisma.message.update({
        where: { id: m.id },
        data: { status: 'suppressed', nextAttemptAt: null, lastError: 'expired' },
      });
      result.expired += 1;
      logger?.info({ messageId: m.id, attempts: m.attempts }, 'notification expired unsent');
      continue;
    }
    const attempts = m.attempts + 1;
    try {
      const sent = await attempt(ctx, m);
      await ctx.prisma.message.update({
        where: { id: m.id },
        data: { ...sent, status: 'sent', attempts, sentAt: ctx.now(), nextAttemptAt: null, lastError: null },
      });
      result.sent += 1;
    } catch (err) {
      const failure = err instanceof DeliveryFailure ? err : new DeliveryFailure('internal-error');
      if (!(err instanceof DeliveryFailure))
        logger?.error({ err, messageId: m.id }, 'notification send failed unexpectedly');
      const next = failure.permanent ? { status: 'dead' as const } : afterFailure(attempts, ctx.retry);
      let nextAttemptAt: Date | null = null;
      if (next.status === 'failed') {
        nextAttemptAt = new Date(ctx.now().getTime() + next.delayMs);
        if (!isRequestedTemplate(m.templateKey)) {
          // A retry that would fall into the night waits for the morning, like the first attempt.
          const pref = await preferenceOf(ctx.prisma, m.tenantId, m.customerId, ctx.defaults);
          nextAttemptAt = outsideQuietHours(nextAttemptAt, m.timeZone, pref.quietHours);
        }
        // A retry after the expiry would only record it expired: record that when it expires.
        if (m.expiresAt && nextAttemptAt > m.expiresAt) nextAttemptAt = m.expiresAt;
      }
      await ctx.prisma.message.update({
        where: { id: m.id },
        data: { status: next.status, attempts, nextAttemptAt, lastError: failure.code },
      });
      result[next.status === 'dead' ? 'dead' : 'failed'] += 1;
      logger?.warn(
        { messageId: m.id, attempts, status: next.status, error: failure.code },
        'notification not delivered',
      );
    }
  }
  return result;
}

export interface DeliverySweeperOptions {
  intervalMs: number;
  logger?: SweepLogger;
}

/**
 * Runs the sweep every `intervalMs` until nothing is due, and at once on wake() (a sign-in code
 * must not wait for the interval); stop() waits for a pass in progress. A woken pass may overlap
 * a periodic one: they claim disjoint rows (SKIP LOCKED and the lease), as replicas do.
 */
export class DeliverySweeper {
  private readonly periodic: Periodic;
  private stopped = true;
  private woken: Promise<void> | undefined;
  private wokenAgain = false;

  constructor(
    private readonly ctx: NotificationContext,
    private readonly opts: DeliverySweeperOptions,
  ) {
    this.periodic = new Periodic(
      {
        what: 'delivery sweep',
        intervalMs: opts.intervalMs,
        initialDelayMs: 0,
        logger: opts.logger,
        failureLevel: 'error',
      },
      () => this.sweepOnce(),
    );
  }

  /** One full pass: keeps claiming batches until nothing is due. */
  async sweepOnce(): Promise<SweepResult> {
    const total: SweepResult = { claimed: 0, sent: 0, failed: 0, dead: 0, expired: 0 };
    for (;;) {
      const r = await sweepDeliveries(this.ctx, this.opts.logger, BATCH);
      total.claimed += r.claimed;
      total.sent += r.sent;
      total.failed += r.failed;
      total.dead += r.dead;
      total.expired += r.expired;
      // A short batch drained what was due; a retry due within this pass waits for the next one.
      if (r.claimed < BATCH || this.stopped) break;
    }
    if (total.claimed > 0) this.opts.logger?.info(total, 'notifications swept');
    return total;
  }

  /** A pass now (or, when a woken pass is running, one more after it); no-op when stopped. */
  wake(): void {
    if (this.stopped) return;
    if (this.woken) {
      this.wokenAgain = true;
      return;
    }
    this.wokenAgain = false;
    this.woken = this.sweepOnce()
      .then(
        () => undefined,
        (err: unknown) =>
          this.opts.logger?.error({ err }, 'woken delivery sweep failed; the next interval retries'),
      )
      .finally(() => {
        this.woken = undefined;
        if (this.wokenAgain) this.wake();
      });
  }

  start(): void {
    this.stopped = false;
    this.periodic.start();
  }

  async stop(): Promise<void> {
    this.stopped = true; // a pass in flight ends after its current batch
    await Promise.all([this.periodic.stop(), this.woken]);
  }
}
