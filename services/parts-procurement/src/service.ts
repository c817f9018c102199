// The parts-procurement service as the platform runs it (startService): its configuration, its
// database, its API and its consumer of the repair-order stream.
import { databaseOptions, type ServiceDescriptor } from '@aftersales/service-kit';
import { buildApp } from './app';
import { loadPartsConfig, type PartsConfig } from './config';
import { createPrisma, type PrismaClient } from './db/client';
import { createPartsConsumer } from './events/consumer';

export const partsService: ServiceDescriptor<PartsConfig, PrismaClient> = {
  name: 'parts-procurement',
  loadConfig: loadPartsConfig,
  openDatabase: (config) => createPrisma(databaseOptions(config)),
  wire: (p) => ({
    app: buildApp({ ...p.http, prisma: p.db, onEvents: p.onEvents }),
    consumers: [createPartsConsumer({ ...p.consumer, prisma: p.db, onEvents: p.onEvents })],
  }),
};
