// The complaint service as the platform runs it (startService): its configuration, its database,
// its API, its consumer of surveys, QC failures and KPI snapshots, and the escalation sweep.
import { databaseOptions, now as clockNow, type ServiceDescriptor } from '@aftersales/service-kit';
import { buildApp } from './app';
import { type ComplaintContext } from './application/context';
import { EscalationSweeper } from './application/escalation-sweep';
import { loadComplaintConfig, type ComplaintConfig } from './config';
import { defaultsFromConfig } from './context-from-config';
import { createPrisma, type PrismaClient } from './db/client';
import { createProactiveConsumer } from './events/proactive-consumer';

export const complaintService: ServiceDescriptor<ComplaintConfig, PrismaClient> = {
  name: 'complaint',
  loadConfig: loadComplaintConfig,
  openDatabase: (config) => createPrisma(databaseOptions(config)),
  wire: (p) => {
    const ctx: ComplaintContext = {
      prisma: p.db,
      defaults: defaultsFromConfig(p.config),
      now: clockNow,
      onEvents: p.onEvents,
    };
    return {
      app: buildApp({
        ctx,
        logger: p.logger,
        auth: p.auth,
        serviceName: p.config.SERVICE_NAME,
        bodyLimit: p.config.BODY_LIMIT,
        readiness: p.readiness,
      }),
      consumers: [
        createProactiveConsumer(ctx, {
          kafka: p.kafka,
          deadLetters: p.producer,
          groupId: p.config.KAFKA_CONSUMER_GROUP,
          namespace: p.namespace,
          logger: p.logger,
          onFatal: p.onFatal,
        }),
      ],
      sweeps: [
        new EscalationSweeper(ctx, { intervalMs: p.config.ESCALATION_SWEEP_INTERVAL_MS, logger: p.logger }),
      ],
    };
  },
};
