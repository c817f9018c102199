// The customer service as the platform runs it (startService): its configuration, its database,
// its API, its consumer of the repair-order stream and the maintenance reminder sweep.
import { databaseOptions, type ServiceDescriptor } from '@aftersales/service-kit';
import { buildApp } from './app';
import { depsFromConfig } from './application/deps';
import { MaintenanceReminderSweeper } from './application/maintenance-reminders';
import { loadCustomerConfig, type CustomerConfig } from './config';
import { createPrisma, type PrismaClient } from './db/client';
import { createCustomerConsumer } from './events/consumer';

export const customerService: ServiceDescriptor<CustomerConfig, PrismaClient> = {
  name: 'customer',
  loadConfig: loadCustomerConfig,
  openDatabase: (config) => createPrisma(databaseOptions(config)),
  wire: (p) => {
    const deps = depsFromConfig(p.config, p.db, { onEvents: p.onEvents });
    return {
      app: buildApp({ ...p.http, deps }),
      consumers: [createCustomerConsumer(deps, p.consumer)],
      sweeps: [
        new MaintenanceReminderSweeper(deps, {
          intervalMs: p.config.MAINTENANCE_SWEEP_INTERVAL_MS,
          logger: p.logger,
        }),
      ],
    };
  },
};
