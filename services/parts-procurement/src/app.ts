// Builds the express app from its dependencies; main.ts passes real ones, tests the same with a
// test database (the app runs in-process under supertest).
import { type Express } from 'express';
import { authenticate, createApp, type HttpHost } from '@aftersales/service-kit';
import { locationRoutes } from './api/locations';
import { partsRoutes } from './api/parts';
import { purchasingRoutes } from './api/purchasing';
import { reservationRoutes } from './api/reservations';
import { returnRoutes } from './api/returns';
import { settingsRoutes } from './api/settings';
import { stockRoutes } from './api/stock';
import { stocktakeRoutes } from './api/stocktakes';
import { supplierRatingRoutes } from './api/supplier-ratings';
import { supplierRoutes } from './api/suppliers';
import { transferRoutes } from './api/transfers';
import { type ApiDeps } from './api/support';

export type AppOptions = ApiDeps & Omit<HttpHost, 'service'> & { service?: string };

export function buildApp(opts: AppOptions): Express {
  return createApp({
    service: opts.service ?? 'parts-procurement',
    logger: opts.logger,
    bodyLimit: opts.bodyLimit,
    readiness: opts.readiness ?? { db: async () => void (await opts.prisma.$queryRawUnsafe('SELECT 1')) },
    configure: (app) => {
      app.use('/v1', authenticate(opts.auth));
      partsRoutes(app, opts);
      stockRoutes(app, opts);
      locationRoutes(app, opts);
      reservationRoutes(app, opts);
      purchasingRoutes(app, opts);
      supplierRoutes(app, opts);
      supplierRatingRoutes(app, opts);
      returnRoutes(app, opts);
      stocktakeRoutes(app, opts);
      settingsRoutes(app, opts);
      transferRoutes(app, opts);
    },
  });
}
