// Builds the express app from its dependencies, so tests run it in-process (supertest) against
// a real database, and main.ts runs it with Kafka, the relay, the consumer and the sweep.
import { type Express } from 'express';
import { authenticate, createApp, type HttpHost } from '@aftersales/service-kit';
import { attachmentsRouter } from './api/attachments';
import { bookingsRouter } from './api/bookings';
import { type ApiDeps } from './api/deps';
import { emergenciesRouter } from './api/emergencies';
import { labourRouter } from './api/labour';
import { meRouter } from './api/me';
import { meExportRouter } from './api/me-export';
import { repairOrdersRouter } from './api/repair-orders';
import { rescuesRouter } from './api/rescues';
import { rescueRostersRouter } from './api/rescue-rosters';
import { serviceCentresRouter } from './api/service-centres';
import { slaStandardsRouter } from './api/sla-standards';
import { partnersRouter } from './api/partners';
import { safetyInspectionsRouter } from './api/safety-inspections';
import { trainingRouter } from './api/training';
import { warrantyRulesRouter } from './api/warranty-rules';

export type RepairAppOptions = ApiDeps & Omit<HttpHost, 'service'> & { service?: string };

export function buildApp(opts: RepairAppOptions): Express {
  return createApp({
    service: opts.service ?? 'repair',
    logger: opts.logger,
    bodyLimit: opts.bodyLimit,
    readiness: opts.readiness ?? { db: async () => void (await opts.prisma.$queryRawUnsafe('SELECT 1')) },
    configure: (app) => {
      app.use('/v1', authenticate(opts.auth));
      app.use(serviceCentresRouter(opts));
      app.use(bookingsRouter(opts));
      app.use(repairOrdersRouter(opts));
      app.use(attachmentsRouter(opts));
      app.use(labourRouter(opts));
      app.use(slaStandardsRouter(opts));
      app.use(warrantyRulesRouter(opts));
      app.use(rescuesRouter(opts));
      app.use(rescueRostersRouter(opts));
      app.use(emergenciesRouter(opts));
      app.use(trainingRouter(opts));
      app.use(partnersRouter(opts));
      app.use(safetyInspectionsRouter(opts));
      // Self-service of signed-in customers (customer tokens reach nothing else).
      app.use(meRouter(opts));
      app.use(meExportRouter(opts));
    },
  });
}
