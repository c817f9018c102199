// Where the test run's broker and database server are. One of each per run:
// - local (default): the machine's PostgreSQL and the Kafka launcher in deploy/kafka;
// - containers (TEST_INFRA=containers): testcontainers, where a Docker engine exists.
// global-setup.ts starts what is missing and exports these variables to every test worker.
export interface TestInfra {
  kafkaBrokers: string[];
  databaseAdminUrl: string;
}

export function testInfra(env: NodeJS.ProcessEnv = process.env): TestInfra {
  return {
    kafkaBrokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    databaseAdminUrl: env.DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  };
}
