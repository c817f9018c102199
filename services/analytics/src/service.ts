// The analytics service as the platform runs it (startService): its configuration, its database,
// its API, its consumer of every other service's stream, and the sweep (outcomes, snapshots,
// forecast demand).
import { databaseOptions, type ServiceDescriptor } from '@aftersales/service-kit';
import { buildApp } from './app';
import { outcomePublishingFrom } from './application/outcomes';
import { Sweeper } from './application/sweep';
import { loadAnalyticsConfig, type AnalyticsConfig } from './config';
import { createPrisma, type PrismaClient } from './db/client';
import { createAnalyticsConsumer } from './events/consumer';
import { settingsOf } from './settings';

export const analyticsService: ServiceDescriptor<AnalyticsConfig, PrismaClient> = {
  name: 'analytics',
  loadConfig: loadAnalyticsConfig,
  openDatabase: (config) => createPrisma(databaseOptions(config)),
  wire: (p) => {
    const settings = settingsOf(p.config);
    const outcomes = outcomePublishingFrom(p.config);
    return {
      app: buildApp({ ...p.http, prisma: p.db, settings, onEvents: p.onEvents }),
      consumers: [
        createAnalyticsConsumer({
          ...p.consumer,
          prisma: p.db,
          timeZone: settings.timeZone,
          outcomes,
          onEvents: p.onEvents,
        }),
      ],
      sweeps: [
        new Sweeper({
          prisma: p.db,
          timeZone: settings.timeZone,
          intervalMs: p.config.SWEEP_INTERVAL_MS,
          graceMs: p.config.OUTCOME_GRACE_HOURS * 3_600_000,
          outcomes,
          snapshots: p.config.KPI_SNAPSHOTS,
          forecastDemand: p.config.FORECAST_DEMAND ? settings.partsDemand : null,
          logger: p.logger,
          onEvents: p.onEvents,
        }),
      ],
    };
  },
};
