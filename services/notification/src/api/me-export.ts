// GET /v1/me/export: everything the notification service holds about the signed-in customer (GDPR
// access and portability), as one JSON document the gateway puts next to the other services'
// parts: the messages owed or sent to them (template, channel, status, times, the template's
// variables), the wishes they set (preferences), and which of their bookings, orders, complaints,
// inquiries and rescues this service links to them. A secret variable (a sign-in code, stored
// sealed) is never exported, not even as ciphertext: only its name is listed as withheld. No
// addresses: the service has none (the customer service exports those). Each list keeps its
// newest EXPORT_CAP entries and says when cut.
import { Router } from 'express';
import { z } from 'zod';
import { customerIdOf, identityOf, route } from '@aftersales/service-kit';
import { type CustomerPreference, type Message, type PrismaClient, type SubjectLink } from '../db/client';
import { SealedVariable } from '../domain/template';
import { MessageViewSchema, messageView } from './notifications';

export const EXPORT_CAP = 1000;

const ExportMessage = MessageViewSchema.extend({
  timeZone: z.string().describe('The zone its times were written in'),
  expiresAt: z.iso.datetime().nullable().describe('Never sent after this (sign-in codes)'),
  addressHash: z
    .string()
    .nullable()
    .describe('SHA-256 of the tenant and the address it went to (the address itself is not kept)'),
  variables: z
    .record(z.string(), z.unknown())
    .describe("The template's variables (ids, references, times, amounts), secrets left out"),
  withheldVariables: z.array(z.string()).describe('Secret variables left out (a sign-in code)'),
});

const StoredPreferences = z.object({
  preferredChannel: z.string().nullable(),
  locale: z.string().nullable().describe('null: the default'),
  timeZone: z.string().nullable().describe('null: the default'),
  optedOut: z.boolean(),
  quietHours: z.string().nullable().describe('"HH:MM-HH:MM" local, "" for none, null for the default'),
  updatedAt: z.iso.datetime(),
});

const Subject = z.object({
  kind: z.string().describe('booking | repair-order | complaint | inquiry | rescue'),
  subjectId: z.string(),
  reference: z.string().nullable().describe('The order number or complaint reference'),
  linkedAt: z.iso.datetime(),
});

export const NotificationExportView = z.object({
  service: z.literal('notification'),
  exportedAt: z.iso.datetime(),
  customerId: z.string(),
  messages: z.array(ExportMessage).describe('Newest first'),
  preferences: StoredPreferences.nullable().describe('null: none set, the defaults apply'),
  subjects: z.array(Subject).describe('Your records this service links messages to, newest first'),
  truncated: z
    .object({ messages: z.boolean(), subjects: z.boolean() })
    .describe(`A list had more than ${EXPORT_CAP} entries: it holds the newest ${EXPORT_CAP}`),
});
export type NotificationExportView = z.infer<typeof NotificationExportView>;

const capped = <T>(rows: T[]) => ({ items: rows.slice(0, EXPORT_CAP), truncated: rows.length > EXPORT_CAP });
const newest = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
const isSecret = (v: unknown) => SealedVariable.safeParse(v).success;

function exportMessage(m: Message): z.infer<typeof ExportMessage> {
  const variables = (m.variables ?? {}) as Record<string, unknown>;
  const names = Object.keys(variables);
  return {
    ...messageView(m),
    timeZone: m.timeZone,
    expiresAt: m.expiresAt?.toISOString() ?? null,
    addressHash: m.addressHash,
    variables: Object.fromEntries(names.filter((n) => !isSecret(variables[n])).map((n) => [n, variables[n]])),
    withheldVariables: names.filter((n) => isSecret(variables[n])),
  };
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function storedPreferences(p: CustomerPreference): z.infer<typeof StoredPreferences> {
  const { quietStartMinute: start, quietEndMinute: end } = p;
  return {
    preferredChannel: p.preferredChannel,
    locale: p.locale,
    timeZone: p.timeZone,
    optedOut: p.optedOut,
    // Stored as start = end when the customer wants no quiet hours at all.
    quietHours: start == null || end == null ? null : start === end ? '' : `${hhmm(start)}-${hhmm(end)}`,
    updatedAt: p.updatedAt.toISOString(),
  };
}

const subject = (s: SubjectLink): z.infer<typeof Subject> => ({
  kind: s.kind,
  subjectId: s.subjectId,
  reference: s.reference,
  linkedAt: s.createdAt.toISOString(),
});

export function meExportRouter(prisma: PrismaClient, now: () => Date): Router {
  const router = Router();
  router.get(
    '/v1/me/export',
    route(
      {},
      async (_input, req, res): Promise<NotificationExportView> => {
        const identity = identityOf(req);
        const mine = { tenantId: identity.tenantId, customerId: customerIdOf(identity) };
        const take = EXPORT_CAP + 1;
        const [messages, preferences, subjects] = await Promise.all([
          prisma.message.findMany({ where: mine, orderBy: newest, take }).then(capped),
          prisma.customerPreference.findUnique({ where: { tenantId_customerId: mine } }),
          prisma.subjectLink
            .findMany({
              where: mine,
              orderBy: [{ createdAt: 'desc' }, { kind: 'asc' }, { subjectId: 'asc' }],
              take,
            })
            .then(capped),
        ]);
        res.set('Cache-Control', 'no-store');
        return {
          service: 'notification',
          exportedAt: now().toISOString(),
          customerId: mine.customerId,
          messages: messages.items.map(exportMessage),
          preferences: preferences ? storedPreferences(preferences) : null,
          subjects: subjects.items.map(subject),
          truncated: { messages: messages.truncated, subjects: subjects.truncated },
        };
      },
      {
        summary: 'Export everything the notification service holds about you (messages, preferences)',
        roles: ['customer'],
        response: NotificationExportView,
      },
    ),
  );
  return router;
}
