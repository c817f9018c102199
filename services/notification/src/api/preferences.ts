// /v1/notifications/preferences/{customerId}: the customer's language, time zone, opt-out of
// service messages and quiet hours, as staff record them on the customer's word. The preferred
// channel follows the customer record (customer service events) unless set here.
import { Router } from 'express';
import { z } from 'zod';
import { ContactChannel, Id } from '@aftersales/contracts';
import { identityOf, route } from '@aftersales/service-kit';
import { timeZoneSchema } from '@aftersales/service-kit/domain';
import { type NotificationDefaults } from '../application/context';
import { changePreferences, effective } from '../application/preferences';
import { type PrismaClient } from '../db/client';
import { Channel } from '../domain/delivery';
import { Locale } from '../domain/locale';
import { quietHoursSchema, type QuietHours } from '../domain/quiet-hours';
import { NOTIFICATION_ROLES } from './notifications';

const params = z.object({ customerId: Id });

const body = z
  .object({
    locale: Locale.nullable().optional().describe('null: the default'),
    timeZone: timeZoneSchema.nullable().optional().describe('IANA zone; null: the default'),
    optedOut: z.boolean().optional().describe('true: no service messages at all'),
    quietHours: z
      .string()
      .regex(/^$|^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM-HH:MM or empty')
      .nullable()
      .optional()
      .describe('"HH:MM-HH:MM" local, "" for none, null for the default'),
    preferredChannel: ContactChannel.nullable().optional(),
  })
  .strict();

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const PreferenceViewSchema = z.object({
  customerId: z.string(),
  channel: Channel,
  locale: Locale,
  timeZone: z.string(),
  optedOut: z.boolean(),
  quietHours: z.string().nullable().describe('HH:MM-HH:MM local; null: none'),
});

export function preferencesRouter(prisma: PrismaClient, defaults: NotificationDefaults): Router {
  const router = Router();
  const view = (customerId: string, row: Parameters<typeof effective>[0]) => {
    const e = effective(row, defaults);
    return {
      customerId,
      channel: e.channel,
      locale: e.locale,
      timeZone: e.timeZone,
      optedOut: e.optedOut,
      quietHours: e.quietHours ? `${hhmm(e.quietHours.startMinute)}-${hhmm(e.quietHours.endMinute)}` : null,
    };
  };

  router.get(
    '/v1/notifications/preferences/:customerId',
    route(
      { params },
      async ({ params: p }, req) => {
        const row = await prisma.customerPreference.findUnique({
          where: { tenantId_customerId: { tenantId: identityOf(req).tenantId, customerId: p.customerId } },
        });
        return view(p.customerId, row);
      },
      {
        summary: "Read a customer's notification preferences (defaults where none are set)",
        roles: NOTIFICATION_ROLES,
        response: PreferenceViewSchema,
      },
    ),
  );

  router.put(
    '/v1/notifications/preferences/:customerId',
    route(
      { params, body },
      async ({ params: p, body: b }, req) => {
        // "" (no window) is stored as start = end, so null keeps meaning "the default".
        const quietHours: QuietHours | null | undefined =
          b.quietHours == null
            ? b.quietHours
            : (quietHoursSchema.parse(b.quietHours) ?? { startMinute: 0, endMinute: 0 });
        const row = await changePreferences(prisma, identityOf(req).tenantId, p.customerId, {
          ...b,
          quietHours,
        });
        return view(p.customerId, row);
      },
      {
        summary: "Set a customer's notification preferences (language, time zone, opt-out, quiet hours)",
        roles: NOTIFICATION_ROLES,
        response: PreferenceViewSchema,
      },
    ),
  );
  return router;
}
