// The repair service as the platform runs it (startService): its configuration, its database,
// its API, its consumer of the parts stream, and the SLA and backlog sweep.
import { databaseOptions, type ServiceDescriptor } from '@aftersales/service-kit';
import { buildApp } from './app';
import { Sweeper } from './application/sla-sweep';
import { loadRepairConfig, type RepairConfig } from './config';
import { createPrisma, type PrismaClient } from './db/client';
import { createRepairConsumer } from './events/consumer';

export const repairService: ServiceDescriptor<RepairConfig, PrismaClient> = {
  name: 'repair',
  loadConfig: loadRepairConfig,
  openDatabase: (config) => createPrisma(databaseOptions(config)),
  wire: (p) => ({
    app: buildApp({
      ...p.http,
      prisma: p.db,
      quoteValidDays: p.config.QUOTE_VALID_DAYS,
      attachments: { maxBytes: p.config.ATTACHMENT_MAX_BYTES, perOrder: p.config.ATTACHMENTS_PER_ORDER },
      cjkFont: { path: p.config.PDF_CJK_FONT_PATH, family: p.config.PDF_CJK_FONT_NAME },
      onEvents: p.onEvents,
    }),
    consumers: [createRepairConsumer({ ...p.consumer, prisma: p.db, onEvents: p.onEvents })],
    sweeps: [
      new Sweeper({
        prisma: p.db,
        intervalMs: p.config.SWEEP_INTERVAL_MS,
        emergencyFactor: p.config.EMERGENCY_BACKLOG_FACTOR,
        emergencyExtraHours: p.config.EMERGENCY_EXTRA_HOURS,
        logger: p.logger,
        onEvents: p.onEvents,
      }),
    ],
  }),
};
