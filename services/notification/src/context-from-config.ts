// The parts of the notification context that come from the configuration alone.
import { parseSealingKey } from '@aftersales/service-kit';
import { type NotificationDefaults } from './application/context';
import { type NotificationConfig } from './config';
import { type RetryPolicy } from './domain/delivery';

export const defaultsFromConfig = (c: NotificationConfig): NotificationDefaults => ({
  locale: c.NOTIFY_DEFAULT_LOCALE,
  timeZone: c.NOTIFY_DEFAULT_TIME_ZONE,
  quietHours: c.NOTIFY_QUIET_HOURS,
});

export const retryFromConfig = (c: NotificationConfig): RetryPolicy => ({
  maxAttempts: c.NOTIFY_MAX_ATTEMPTS,
  baseMs: c.NOTIFY_RETRY_BASE_MS,
  maxMs: c.NOTIFY_RETRY_MAX_MS,
});

/** The sign-in code key as bytes; throws (a start-up error) unless it is 32 bytes of base64. */
export const signInCodeKeyFromConfig = (c: NotificationConfig): Buffer =>
  parseSealingKey(c.SIGN_IN_CODE_KEY, 'SIGN_IN_CODE_KEY');
