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
      prisma: p.db,
      logger: p.logger,
      auth: p.auth,
      quoteValidDays: p.config.QUOTE_VALID_DAYS,
      serviceName: p.config.SERVICE_NAME,
      bodyLimit: p.config.BODY_LIMIT,
      onEvents: p.onEvents,
      readiness: p.readiness,
    }),
    consumers: [
      createRepairConsumer({
        kafka: p.kafka,
        prisma: p.db,
        deadLetters: p.producer,
        groupId: p.config.KAFKA_CONSUMER_GROUP,
        namespace: p.namespace,
        logger: p.logger,
        onEvents: p.onEvents,
        onFatal: p.onFatal,
      }),
    ],
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
