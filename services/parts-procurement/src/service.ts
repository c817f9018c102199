// The parts-procurement service as the platform runs it (startService): its configuration, its
// database, its API, its consumer of the repair-order and parts-demand streams, and the scheduled
// recompute of reorder points.
import { databaseOptions, type ServiceDescriptor } from '@aftersales/service-kit';
import { buildApp } from './app';
import { ReorderSweeper } from './application/reorder-sweep';
import { loadPartsConfig, type PartsConfig } from './config';
import { createPrisma, type PrismaClient } from './db/client';
import { createPartsConsumer } from './events/consumer';

export const partsService: ServiceDescriptor<PartsConfig, PrismaClient> = {
  name: 'parts-procurement',
  loadConfig: loadPartsConfig,
  openDatabase: (config) => createPrisma(databaseOptions(config)),
  wire: (p) => ({
    app: buildApp({
      ...p.http,
      prisma: p.db,
      onEvents: p.onEvents,
      reportingTimeZone: p.config.REPORTING_TIME_ZONE,
    }),
    consumers: [createPartsConsumer({ ...p.consumer, prisma: p.db, onEvents: p.onEvents })],
    sweeps: [
      new ReorderSweeper({
        prisma: p.db,
        intervalMs: p.config.REORDER_RECOMPUTE_INTERVAL_MS,
        logger: p.logger,
        onEvents: p.onEvents,
      }),
    ],
  }),
};
