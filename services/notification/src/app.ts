// Builds the express app from its dependencies, so tests run it in-process (supertest) against
// a real database, and main.ts runs it with Kafka, the consumer and the delivery sweep.
import { type Express } from 'express';
import { authenticate, createApp, now as clockNow, type HttpHost } from '@aftersales/service-kit';
import { type NotificationDefaults } from './application/context';
import { notificationsRouter } from './api/notifications';
import { meExportRouter } from './api/me-export';
import { preferencesRouter } from './api/preferences';
import { templatesRouter } from './api/templates';
import { type PrismaClient } from './db/client';

export type NotificationAppOptions = {
  prisma: PrismaClient;
  defaults: NotificationDefaults;
  /** The platform clock (default service-kit now()); tests pass theirs. */
  now?: () => Date;
  /** Wakes the delivery sweep after a resend. */
  wakeSweep?: () => void;
} & Omit<HttpHost, 'service'> & { service?: string };

export function buildApp(opts: NotificationAppOptions): Express {
  return createApp({
    service: opts.service ?? 'notification',
    logger: opts.logger,
    bodyLimit: opts.bodyLimit,
    readiness: opts.readiness ?? { db: async () => void (await opts.prisma.$queryRawUnsafe('SELECT 1')) },
    configure: (app) => {
      app.use('/v1', authenticate(opts.auth));
      app.use(
        notificationsRouter(opts.prisma, {
          defaults: opts.defaults,
          now: opts.now ?? clockNow,
          wake: opts.wakeSweep,
        }),
      );
      app.use(preferencesRouter(opts.prisma, opts.defaults));
      app.use(templatesRouter(opts.prisma));
      app.use(meExportRouter(opts.prisma, opts.now ?? clockNow));
    },
  });
}
