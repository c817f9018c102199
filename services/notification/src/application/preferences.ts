// A customer's wishes: kept from the customer service's events (preferred channel) and set
// through the API (language, time zone, opt-out, quiet hours). Resolved against the defaults.
import { type CustomerPreference, type Tx } from '../db/client';
import { channelFor, type Channel } from '../domain/delivery';
import { localeFor, type Locale } from '../domain/locale';
import { type QuietHours } from '../domain/quiet-hours';
import { type NotificationDefaults } from './context';

export interface EffectivePreference {
  channel: Channel;
  locale: Locale;
  timeZone: string;
  optedOut: boolean;
  quietHours: QuietHours | null;
}

export function effective(row: CustomerPreference | null, d: NotificationDefaults): EffectivePreference {
  const quiet =
    row?.quietStartMinute != null && row.quietEndMinute != null
      ? { startMinute: row.quietStartMinute, endMinute: row.quietEndMinute }
      : d.quietHours;
  return {
    channel: channelFor(row?.preferredChannel),
    locale: localeFor(row?.locale, d.locale),
    timeZone: row?.timeZone ?? d.timeZone,
    optedOut: row?.optedOut ?? false,
    quietHours: quiet && quiet.startMinute !== quiet.endMinute ? quiet : null,
  };
}

export async function preferenceOf(
  tx: Tx,
  tenantId: string,
  customerId: string,
  d: NotificationDefaults,
): Promise<EffectivePreference> {
  const row = await tx.customerPreference.findUnique({
    where: { tenantId_customerId: { tenantId, customerId } },
  });
  return effective(row, d);
}

/** The preferred channel from customer.registered / customer.updated. */
export async function recordPreferredChannel(
  tx: Tx,
  tenantId: string,
  customerId: string,
  preferredChannel: string,
): Promise<void> {
  await tx.customerPreference.upsert({
    where: { tenantId_customerId: { tenantId, customerId } },
    create: { tenantId, customerId, preferredChannel },
    update: { preferredChannel },
  });
}

export interface PreferenceChange {
  locale?: Locale | null;
  timeZone?: string | null;
  optedOut?: boolean;
  /** null: the default quiet hours; start = end: none. */
  quietHours?: QuietHours | null;
  preferredChannel?: string | null;
}

export async function changePreferences(
  tx: Tx,
  tenantId: string,
  customerId: string,
  change: PreferenceChange,
): Promise<CustomerPreference> {
  const data = {
    ...(change.locale !== undefined ? { locale: change.locale } : {}),
    ...(change.timeZone !== undefined ? { timeZone: change.timeZone } : {}),
    ...(change.optedOut !== undefined ? { optedOut: change.optedOut } : {}),
    ...(change.preferredChannel !== undefined ? { preferredChannel: change.preferredChannel } : {}),
    ...(change.quietHours !== undefined
      ? {
          quietStartMinute: change.quietHours?.startMinute ?? null,
          quietEndMinute: change.quietHours?.endMinute ?? null,
        }
      : {}),
  };
  return tx.customerPreference.upsert({
    where: { tenantId_customerId: { tenantId, customerId } },
    create: { tenantId, customerId, ...data },
    update: data,
  });
}
