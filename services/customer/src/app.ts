// Builds the customer service's express app from its dependencies (main.ts or a test).
import { type Express } from 'express';
import { authenticate, createApp, type HttpHost } from '@aftersales/service-kit';
import { adminRouter } from './api/admin';
import { customersRouter } from './api/customers';
import { erasureRequestsRouter } from './api/erasure-requests';
import { followUpsRouter } from './api/follow-ups';
import { maintenancePlansRouter } from './api/maintenance-plans';
import { meRouter } from './api/me';
import { meMaintenanceRouter } from './api/me-maintenance';
import { signInChallengesRouter } from './api/sign-in-challenges';
import { surveysRouter } from './api/surveys';
import { vehicleMaintenanceRouter } from './api/vehicle-maintenance';
import { vehiclesRouter } from './api/vehicles';
import { type CustomerDeps } from './application/deps';

export type AppOptions = { deps: CustomerDeps } & Omit<HttpHost, 'service'> & { service?: string };

export function buildApp(opts: AppOptions): Express {
  return createApp({
    service: opts.service ?? 'customer',
    logger: opts.logger,
    bodyLimit: opts.bodyLimit,
    readiness: opts.readiness ?? {
      db: async () => {
        await opts.deps.prisma.$queryRaw`SELECT 1`;
      },
    },
    configure: (app) => {
      app.use('/v1', authenticate(opts.auth));
      app.use('/v1/customers', customersRouter(opts.deps));
      app.use('/v1/vehicles', vehiclesRouter(opts.deps));
      app.use('/v1/vehicles', vehicleMaintenanceRouter(opts.deps));
      app.use('/v1/maintenance-plans', maintenancePlansRouter(opts.deps));
      app.use('/v1/follow-ups', followUpsRouter(opts.deps));
      app.use('/v1/surveys', surveysRouter(opts.deps));
      app.use('/v1/admin', adminRouter(opts.deps));
      app.use('/v1/erasure-requests', erasureRequestsRouter(opts.deps));
      // Self-service: the gateway signs customers in here, then they read and change their own.
      app.use('/v1/sign-in-challenges', signInChallengesRouter(opts.deps));
      app.use('/v1/me/maintenance', meMaintenanceRouter(opts.deps));
      app.use('/v1/me', meRouter(opts.deps));
    },
  });
}
