// Works out each service's environment from its own config schema (services/<name>/src/config.ts):
// which variables it requires, which it knows, whether it uses Kafka, a database and a consumer
// group. The deployment never guesses a variable name: it asks the schema.
import path from 'node:path';
import { type z } from 'zod';
import { envPrefix, type ServiceInfo } from './repo';

export interface EnvSchema {
  safeParse(env: unknown): { success: boolean; data?: unknown; error?: z.ZodError };
}

/** The zod schema a service's src/config.ts exports (whatever its export is called). */
export function loadConfigSchema(service: ServiceInfo): EnvSchema {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(service.dir, 'src/config.ts')) as Record<string, unknown>;
  const schemas = Object.values(mod).filter(
    (v): v is EnvSchema =>
      typeof v === 'object' && v !== null && typeof (v as EnvSchema).safeParse === 'function',
  );
  if (schemas.length !== 1) {
    throw new Error(`services/${service.name}/src/config.ts must export exactly one zod schema`);
  }
  return schemas[0] as EnvSchema;
}

/** The variable names a parse complains about (missing or invalid), root-level issues as "(root)". */
export function failingVariables(schema: EnvSchema, env: Record<string, string>): string[] {
  const result = schema.safeParse(env);
  if (result.success) return [];
  return [
    ...new Set((result.error?.issues ?? []).map((i) => (i.path.length ? String(i.path[0]) : '(root)'))),
  ];
}

/** True when the schema keeps `name` in its output, i.e. the service reads that variable. */
export function knows(schema: EnvSchema, validEnv: Record<string, string>, name: string): boolean {
  const result = schema.safeParse(validEnv);
  if (!result.success)
    throw new Error(`environment does not satisfy the schema: ${failingVariables(schema, validEnv)}`);
  return Object.prototype.hasOwnProperty.call(result.data, name);
}

export interface Platform {
  kafkaBrokers: string;
  /** KAFKA_SSL* / KAFKA_SASL* of one service (file paths, never secret values); none = PLAINTEXT. */
  kafkaSecurity?(service: ServiceInfo): Record<string, string>;
  databaseUrl(service: ServiceInfo): string;
  serviceUrl(service: ServiceInfo): string;
  otlpEndpoint: string;
  nodeEnv: string;
  logLevel: string;
  auth: Record<string, string>;
  /** Further settings of one service in this environment (the gateway's sign-in), overriding the above. */
  extraEnv?(service: ServiceInfo): Record<string, string>;
}

export interface ServiceEnv {
  /** Plain settings (ConfigMap in Kubernetes). */
  config: Record<string, string>;
  /** Secret settings (Secret references in Kubernetes), with the values used for compose. */
  secrets: Record<string, string>;
  usesKafka: boolean;
  consumerGroup?: string;
  usesDatabase: boolean;
}

/** Variables whose values are secrets wherever they appear (database URL with password, keys). */
export function isSecretName(name: string): boolean {
  // *_FILE names a mounted file (KAFKA_SASL_PASSWORD_FILE): the path is not the secret.
  if (name.endsWith('_FILE')) return false;
  return name === 'DATABASE_URL' || /(SECRET|PASSWORD|PEM|_KEY$|_KEYS$)/.test(name);
}

/**
 * The environment of one service: the platform settings it reads, the upstream URLs (gateway),
 * and any further variable its schema requires, taken from `extra` (deploy/dev/dev.env for the
 * local stack; the same names become Secret keys in Kubernetes). Throws when the schema still
 * fails, naming the variables, so a new required variable cannot be forgotten.
 */
export function serviceEnv(
  service: ServiceInfo,
  all: ServiceInfo[],
  platform: Platform,
  extra: Record<string, string>,
): ServiceEnv {
  const schema = loadConfigSchema(service);
  const candidate: Record<string, string> = {
    SERVICE_NAME: service.name,
    PORT: String(service.port),
    NODE_ENV: platform.nodeEnv,
    LOG_LEVEL: platform.logLevel,
    ...platform.auth,
  };
  if (service.database) candidate.DATABASE_URL = platform.databaseUrl(service);
  candidate.KAFKA_BROKERS = platform.kafkaBrokers;
  candidate.KAFKA_CLIENT_ID = service.name;
  candidate.KAFKA_CONSUMER_GROUP = service.name;
  // Deployments own their topics (Strimzi KafkaTopics, the compose topic job): services only read
  // and write them, and their ACLs do not allow creating any.
  candidate.KAFKA_ENSURE_TOPICS = 'false';
  Object.assign(candidate, platform.kafkaSecurity?.(service) ?? {});
  for (const other of all) {
    if (other.name !== service.name && !other.gateway) {
      candidate[`${envPrefix(other.name)}_URL`] = platform.serviceUrl(other);
    }
  }
  // Last: an overlay may point a service elsewhere (prod notification reads customers via the gateway).
  Object.assign(candidate, platform.extraEnv?.(service) ?? {});
  const fromExtra = new Set<string>();
  // Until nothing more can be filled: a schema's cross-field rules (zod refinements) only run once
  // its fields parse, so a variable they require shows up in a later round.
  for (let round = 0; round < 5; round++) {
    const fillable = failingVariables(schema, candidate).filter(
      (name) => name in extra && !fromExtra.has(name),
    );
    if (fillable.length === 0) break;
    for (const name of fillable) {
      candidate[name] = extra[name] as string;
      fromExtra.add(name);
    }
  }
  const still = failingVariables(schema, candidate);
  if (still.length) {
    throw new Error(
      `services/${service.name}: config schema still fails on ${still.join(', ')}; ` +
        'give the variable a default or add it to deploy/dev/dev.env (and document its Secret)',
    );
  }
  // Keep only what the schema reads (e.g. the gateway has no KAFKA_*; SERVICE_NAME is always set
  // because the gateway injects it in code and the others require it).
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(candidate)) {
    if (name === 'SERVICE_NAME' || name === 'PORT' || knows(schema, candidate, name)) env[name] = value;
  }
  const config: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    // A variable only this service needs (customer keys) is treated as a secret.
    const secret = isSecretName(name) || fromExtra.has(name);
    (secret ? secrets : config)[name] = value;
  }
  config.OTEL_SERVICE_NAME = service.name;
  config.OTEL_EXPORTER_OTLP_ENDPOINT = platform.otlpEndpoint;
  return {
    config,
    secrets,
    usesKafka: 'KAFKA_BROKERS' in env,
    consumerGroup: env.KAFKA_CONSUMER_GROUP,
    usesDatabase: 'DATABASE_URL' in env,
  };
}
