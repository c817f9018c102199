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
      app: buildApp({ ...p.http, ctx }),
      consumers: [createProactiveConsumer(ctx, p.consumer)],
      sweeps: [
        new EscalationSweeper(ctx, { intervalMs: p.config.ESCALATION_SWEEP_INTERVAL_MS, logger: p.logger }),
      ],
    };
  },
};
