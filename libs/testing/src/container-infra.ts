// TEST_INFRA=containers: the same real Kafka (KRaft) and PostgreSQL, from testcontainers, for
// machines with a Docker engine. global-setup loads this file only in that mode.
import { KafkaContainer } from '@testcontainers/kafka';
import { PostgreSqlContainer } from '@testcontainers/postgresql';
import { testInfra } from './infra';

interface Stoppable {
  stop(): Promise<unknown>;
}

export async function startContainerInfra(): Promise<Stoppable[]> {
  const [postgres, kafka] = await Promise.all([
    new PostgreSqlContainer('postgres:16-alpine')
      .withUsername('postgres')
      .withPassword('postgres')
      .withDatabase('postgres')
      .start(),
    new KafkaContainer('confluentinc/cp-kafka:7.7.1')
      .withKraft()
      .withEnvironment({ KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false' })
      .start(),
  ]);
  process.env.DATABASE_ADMIN_URL = postgres.getConnectionUri();
  process.env.KAFKA_BROKERS = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
  console.log(
    `[testing] containers up: ${testInfra().kafkaBrokers.join(',')} ${process.env.DATABASE_ADMIN_URL}`,
  );
  return [kafka, postgres];
}
