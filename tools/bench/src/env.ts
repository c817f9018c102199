// What every scenario shares: the broker, a fresh migrated database, a topic namespace, and a
// sample event of the same size as a real one.
import path from 'node:path';
import { createEvent, topicOf } from '@aftersales/contracts';
import { pgAdapter } from '@aftersales/db';
import { createKafka } from '@aftersales/kafka';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testNamespace,
  type TestDatabase,
} from '@aftersales/testing';
import { PrismaClient } from './generated/client';

export const TOPIC = topicOf('customer.registered');
export const migrationsDir = path.join(__dirname, '../prisma/migrations');

export function sampleEvent(customerId: string, tenantId = 'bench-tenant') {
  return createEvent('customer.registered', {
    producer: 'bench',
    tenantId,
    subject: customerId,
    data: {
      customerId,
      kind: 'person',
      dealerId: 'dealer-1',
      preferredChannel: 'email',
      consents: { marketing: true, dataProcessing: true },
    },
  });
}

export interface BenchEnv {
  db: TestDatabase;
  prisma: PrismaClient;
  namespace: string;
  brokers: string[];
  kafka: ReturnType<typeof createKafka>;
  close(): Promise<void>;
}

export async function benchEnv(label: string, partitions: number): Promise<BenchEnv> {
  const db = await createTestDatabase(`bench_${label}`, migrationsDir);
  const prisma = new PrismaClient({ adapter: pgAdapter({ databaseUrl: db.url, maxConnections: 16 }) });
  const namespace = testNamespace(`bench-${label}`);
  await createNamespacedTopics(namespace, { only: [TOPIC], partitions });
  const brokers = testInfra().kafkaBrokers;
  return {
    db,
    prisma,
    namespace,
    brokers,
    kafka: createKafka({ brokers, clientId: `bench-${label}` }),
    close: async () => {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
