// The notification service as the platform runs it (startService): its configuration, its
// database, its API, its consumer of customer-facing events and the delivery sweep with SMTP,
// the SMS/push webhook and the customer service as the contact directory.
import {
  authConfigFromEnv,
  databaseOptions,
  now as clockNow,
  type ServiceDescriptor,
} from '@aftersales/service-kit';
import { buildApp } from './app';
import { type NotificationContext } from './application/context';
import { DeliverySweeper } from './application/delivery-sweep';
import { loadNotificationConfig, type NotificationConfig } from './config';
import { defaultsFromConfig, retryFromConfig, signInCodeKeyFromConfig } from './context-from-config';
import { createPrisma, type PrismaClient } from './db/client';
import { HttpContactDirectory, clientCredentialsTokens, serviceTokens } from './delivery/contact-directory';
import { smtpSender } from './delivery/smtp';
import { webhookSender } from './delivery/webhook';
import { createNotificationConsumer } from './events/consumer';

export const notificationService: ServiceDescriptor<NotificationConfig, PrismaClient> = {
  name: 'notification',
  loadConfig: loadNotificationConfig,
  openDatabase: (config) => createPrisma(databaseOptions(config)),
  wire: (p) => {
    const c = p.config;
    const auth = authConfigFromEnv(c);
    const smtp = smtpSender({ url: c.SMTP_URL, from: c.SMTP_FROM });
    const ctx: NotificationContext = {
      prisma: p.db,
      now: clockNow,
      defaults: defaultsFromConfig(c),
      retry: retryFromConfig(c),
      maxEventAgeMs: c.NOTIFY_MAX_EVENT_AGE_HOURS * 3_600_000,
      signInCodeKey: signInCodeKeyFromConfig(c),
      linkBaseUrl: c.NOTIFY_LINK_BASE_URL,
      contacts: new HttpContactDirectory({
        baseUrl: c.CUSTOMER_URL,
        // Production: a machine client of the identity provider; development: its own HS256 tokens.
        tokenFor: c.CONTACT_TOKEN_URL
          ? clientCredentialsTokens({
              tokenUrl: c.CONTACT_TOKEN_URL,
              clientId: c.CONTACT_CLIENT_ID!,
              clientSecret: c.CONTACT_CLIENT_SECRET!,
            })
          : serviceTokens({ secret: auth.hs256Secret!, issuer: auth.issuer, audience: auth.audience }),
      }),
      providers: {
        email: (mail) => smtp.send(mail),
        webhook:
          c.NOTIFY_WEBHOOK_URL && c.NOTIFY_WEBHOOK_SECRET
            ? webhookSender({ url: c.NOTIFY_WEBHOOK_URL, secret: c.NOTIFY_WEBHOOK_SECRET })
            : null,
      },
    };
    const sweeper = new DeliverySweeper(ctx, { intervalMs: c.NOTIFY_SWEEP_INTERVAL_MS, logger: p.logger });
    return {
      app: buildApp({ ...p.http, prisma: p.db, defaults: ctx.defaults, wakeSweep: () => sweeper.wake() }),
      // A sign-in code goes out as soon as its event is applied, not at the next interval.
      consumers: [createNotificationConsumer(ctx, { ...p.consumer, wake: () => sweeper.wake() })],
      sweeps: [sweeper],
    };
  },
};
