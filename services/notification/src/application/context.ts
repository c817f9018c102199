// What the notification use cases run with: the database, the platform clock, the defaults for
// customers who set nothing, the retry policy, and the outside world (contacts, providers).
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

export interface NotificationContext {
  prisma: PrismaClient;
  now: () => Date;
  defaults: NotificationDefaults;
  retry: RetryPolicy;
  contacts: ContactDirectory;
  providers: Providers;
}
