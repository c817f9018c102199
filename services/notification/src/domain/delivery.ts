// Delivery rules: which channel a customer is reached on, how long a failed attempt waits, and
// when a message gives up. Pure, so the sweep's decisions are tested without a provider.
import { z } from 'zod';

export const CHANNELS = ['email', 'sms', 'push'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** pending -> sent | failed -> (retried) -> sent | dead; suppressed: opted out; cancelled: erased. */
export const MESSAGE_STATUSES = ['pending', 'sent', 'failed', 'dead', 'suppressed', 'cancelled'] as const;
export const MessageStatus = z.enum(MESSAGE_STATUSES);
export type MessageStatus = z.infer<typeof MessageStatus>;

/**
 * The channel for the customer service's preferred contact channel: e-mail unless they prefer
 * a phone or the app (a call becomes a text: a service message is not worth a call).
 */
export function channelFor(preferred: string | null | undefined): Channel {
  switch (preferred) {
    case 'sms':
    case 'phone':
      return 'sms';
    case 'app':
      return 'push';
    default:
      return 'email';
  }
}

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

/** What happens after failed attempt number `attempts` (1-based): wait this long, or give up. */
export function afterFailure(
  attempts: number,
  policy: RetryPolicy,
): { status: 'failed'; delayMs: number } | { status: 'dead' } {
  if (attempts >= policy.maxAttempts) return { status: 'dead' };
  const delayMs = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempts - 1));
  return { status: 'failed', delayMs };
}
