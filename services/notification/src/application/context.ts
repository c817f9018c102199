// What the notification use cases run with: the database, the platform clock, the defaults for
// customers who set nothing, the retry policy, the key sign-in codes are sealed under, where the
// self-service links in messages point, and the outside world (contacts, providers).
import { type PrismaClient } from '../db/client';
import { type RetryPolicy } from '../domain/delivery';
import { type Locale } from '../domain/locale';
import { type QuietHours } from '../domain/quiet-hours';
import { type ContactDirectory, type Providers } from './ports';

export interface NotificationDefaults {
  locale: Locale;
  timeZone: string;
  quietHours: QuietHours | null;
}

export const DEFAULT_MAX_EVENT_AGE_MS = 24 * 3_600_000;

export interface NotificationContext {
  prisma: PrismaClient;
  now: () => Date;
  defaults: NotificationDefaults;
  retry: RetryPolicy;
  /**
   * Events older than this (platform time) are not told any more: a first start or a replay reads
   * the topics' history, and a customer must not get last month's booking confirmation today.
   * Default DEFAULT_MAX_EVENT_AGE_MS.
   */
  maxEventAgeMs?: number;
  /** NOTIFY_LINK_BASE_URL: the self-service pages the links in messages open. */
  linkBaseUrl: string;
  /** SIGN_IN_CODE_KEY: opens the sealed sign-in codes at send time (32 bytes, AES-256-GCM). */
  signInCodeKey: Buffer;
  contacts: ContactDirectory;
  providers: Providers;
}
