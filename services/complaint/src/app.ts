// Builds the express app from its dependencies, so tests run it in-process (supertest) against
// a real database, and main.ts runs it with Kafka, the relay, the consumer and the sweep.
import { type Express } from 'express';
import { authenticate, createApp, type HttpHost } from '@aftersales/service-kit';
import { type ComplaintContext } from './application/context';
import { actionsRouter } from './api/actions';
import { auditsRouter } from './api/audits';
import { complaintsRouter } from './api/complaints';
import { inquiriesRouter } from './api/inquiries';
import { meRouter } from './api/me';
import { meExportRouter } from './api/me-export';
import { queuesRouter } from './api/queues';
import { settingsRouter } from './api/settings';
import { supervisionRouter } from './api/supervision';

export type ComplaintAppOptions = { ctx: ComplaintContext } & Omit<HttpHost, 'service'> & {
    service?: string;
  };

export function buildApp(opts: ComplaintAppOptions): Express {
  const { ctx } = opts;
  return createApp({
    service: opts.service ?? 'complaint',
    logger: opts.logger,
    bodyLimit: opts.bodyLimit,
    readiness: opts.readiness ?? { db: async () => void (await ctx.prisma.$queryRawUnsafe('SELECT 1')) },
    configure: (app) => {
      app.use('/v1', authenticate(opts.auth));
      app.use(complaintsRouter(ctx));
      app.use(queuesRouter(ctx));
      app.use(settingsRouter(ctx));
      app.use(inquiriesRouter(ctx));
      app.use(auditsRouter(ctx));
      app.use(actionsRouter(ctx));
      app.use(supervisionRouter(ctx));
      // Customer self-service; authenticate keeps customer tokens to /v1/me.
      app.use(meRouter(ctx));
      app.use(meExportRouter(ctx));
    },
  });
}
