// Builds the express app from its dependencies, so tests run it in-process (supertest) against
// a real database, and main.ts runs it with Kafka, the relay, the consumer and the sweep.
import { type Express } from 'express';
import { authenticate, createApp, type HttpHost } from '@aftersales/service-kit';
import { correlationsRouter } from './api/correlations';
import { type ApiDeps } from './api/deps';
import { forecastsRouter } from './api/forecasts';
import { kpisRouter } from './api/kpis';
import { scorecardsRouter } from './api/scorecards';
import { appraisalsRouter } from './api/appraisals';
import { trainingAnalyticsRouter } from './api/training';

export type AnalyticsAppOptions = ApiDeps & Omit<HttpHost, 'service'> & { service?: string };

export function buildApp(opts: AnalyticsAppOptions): Express {
  return createApp({
    service: opts.service ?? 'analytics',
    logger: opts.logger,
    bodyLimit: opts.bodyLimit,
    readiness: opts.readiness ?? { db: async () => void (await opts.prisma.$queryRawUnsafe('SELECT 1')) },
    configure: (app) => {
      app.use('/v1', authenticate(opts.auth));
      app.use(kpisRouter(opts));
      app.use(scorecardsRouter(opts));
      app.use(correlationsRouter(opts));
      app.use(forecastsRouter(opts));
      app.use(trainingAnalyticsRouter(opts));
      app.use(appraisalsRouter(opts));
    },
  });
}
