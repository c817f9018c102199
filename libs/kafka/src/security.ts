// TLS and SASL for the Kafka client, from the environment. Production clusters (Strimzi on
// Kubernetes) listen with TLS and authenticate every service as a SCRAM or mTLS user; local
// development and tests use a PLAINTEXT broker, which stays the default (all variables unset).
import { accessSync, constants, readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { SASLOptions } from 'kafkajs';
import { z } from 'zod';

/** `KAFKA_BROKERS`: comma-separated host:port list, the same variable in every service. */
export const kafkaBrokersSchema = z
  .string()
  .min(1)
  .default('127.0.0.1:9092')
  .transform((s) =>
    s
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
  );

export const KAFKA_SASL_MECHANISMS = ['scram-sha-256', 'scram-sha-512', 'plain'] as const;
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number];

/** What createKafka needs beyond brokers: kafkajs' `ssl` and `sasl` options (both absent = PLAINTEXT). */
export interface KafkaSecurity {
  ssl?: ConnectionOptions | true;
  sasl?: SASLOptions;
}

export interface KafkaConfigIssue {
  variable: string;
  message: string;
}

/**
 * Thrown by kafkaSecurityFromConfig/kafkaSecurityFromEnv. Same shape and message as service-kit's
 * ConfigError (this library does not depend on service-kit); names variables, never their values.
 */
export class KafkaConfigError extends Error {
  readonly issues: KafkaConfigIssue[];

  constructor(issues: KafkaConfigIssue[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

// `KAFKA_SSL_CA_FILE=` in an env file means "not set".
function unsetIfEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

const FILE_VARS = [
  'KAFKA_SSL_CA_FILE',
  'KAFKA_SSL_CERT_FILE',
  'KAFKA_SSL_KEY_FILE',
  'KAFKA_SASL_PASSWORD_FILE',
] as const;

const shape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  KAFKA_SSL: unsetIfEmpty(z.enum(['true', 'false'], { message: 'must be true or false' })).transform(
    (v) => v === 'true',
  ),
  /** PEM bundle of the cluster CA (Strimzi: <cluster>-cluster-ca-cert); Node's system CAs when unset. */
  KAFKA_SSL_CA_FILE: unsetIfEmpty(z.string()),
  /** Client certificate and key (PEM) for mutual TLS; both or neither. */
  KAFKA_SSL_CERT_FILE: unsetIfEmpty(z.string()),
  KAFKA_SSL_KEY_FILE: unsetIfEmpty(z.string()),
  KAFKA_SASL_MECHANISM: unsetIfEmpty(
    z.preprocess(
      (v) => (typeof v === 'string' ? v.toLowerCase() : v),
      z.enum(KAFKA_SASL_MECHANISMS, { message: `must be one of ${KAFKA_SASL_MECHANISMS.join(', ')}` }),
    ),
  ),
  KAFKA_SASL_USERNAME: unsetIfEmpty(z.string()),
  KAFKA_SASL_PASSWORD: unsetIfEmpty(z.string()),
  /** A mounted secret holding the password (Strimzi: the KafkaUser secret's `password` key). */
  KAFKA_SASL_PASSWORD_FILE: unsetIfEmpty(z.string()),
};

export type KafkaSecurityConfig = z.output<z.ZodObject<typeof shape>>;

/**
 * The rules the schema enforces, as a list of issues (empty = fine). Pure: whether the files exist
 * is checked where they are read (kafkaSecurityFromConfig), so offline tools (tools/deploy) can
 * validate a pod's environment on a machine without the mounted secrets.
 */
export function kafkaSecurityIssues(c: KafkaSecurityConfig): KafkaConfigIssue[] {
  const issues: KafkaConfigIssue[] = [];
  const add = (variable: string, message: string) => issues.push({ variable, message });

  if (!c.KAFKA_SSL) {
    for (const name of ['KAFKA_SSL_CA_FILE', 'KAFKA_SSL_CERT_FILE', 'KAFKA_SSL_KEY_FILE'] as const) {
      if (c[name]) add(name, 'is set but KAFKA_SSL is not true');
    }
  }
  if (c.KAFKA_SSL_CERT_FILE && !c.KAFKA_SSL_KEY_FILE) {
    add('KAFKA_SSL_KEY_FILE', 'is required with KAFKA_SSL_CERT_FILE (mutual TLS needs both)');
  }
  if (c.KAFKA_SSL_KEY_FILE && !c.KAFKA_SSL_CERT_FILE) {
    add('KAFKA_SSL_CERT_FILE', 'is required with KAFKA_SSL_KEY_FILE (mutual TLS needs both)');
  }

  if (c.KAFKA_SASL_MECHANISM) {
    if (!c.KAFKA_SASL_USERNAME) add('KAFKA_SASL_USERNAME', 'is required with KAFKA_SASL_MECHANISM');
    if (c.KAFKA_SASL_PASSWORD && c.KAFKA_SASL_PASSWORD_FILE) {
      add('KAFKA_SASL_PASSWORD_FILE', 'set either KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE, not both');
    } else if (!c.KAFKA_SASL_PASSWORD && !c.KAFKA_SASL_PASSWORD_FILE) {
      add('KAFKA_SASL_PASSWORD', 'is required with KAFKA_SASL_MECHANISM (or set KAFKA_SASL_PASSWORD_FILE)');
    }
    // PLAIN sends the password as it is; only TLS keeps it off the wire.
    if (c.KAFKA_SASL_MECHANISM === 'plain' && !c.KAFKA_SSL && c.NODE_ENV === 'production') {
      add('KAFKA_SASL_MECHANISM', 'plain sends the password in clear text: set KAFKA_SSL=true in production');
    }
  } else {
    for (const name of ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD', 'KAFKA_SASL_PASSWORD_FILE'] as const) {
      if (c[name]) add(name, 'is set but KAFKA_SASL_MECHANISM is not');
    }
  }

  return issues;
}

/**
 * Kafka security variables. Services add them to their config:
 * `loadConfig(baseConfigSchema.extend({...}).and(authConfigSchema).and(kafkaSecurityConfigSchema))`,
 * then `createKafka({ ..., security: kafkaSecurityFromConfig(config) })`. All unset = PLAINTEXT.
 */
export const kafkaSecurityConfigSchema = z.object(shape).superRefine((config, ctx) => {
  for (const issue of kafkaSecurityIssues(config)) {
    ctx.addIssue({ code: 'custom', path: [issue.variable], message: issue.message });
  }
});

const UNREADABLE = 'names a file that does not exist or is not readable';

function readable(file: string): boolean {
  try {
    accessSync(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

function readFile(variable: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new KafkaConfigError([{ variable, message: UNREADABLE }]);
  }
}

/**
 * The parsed KAFKA_SSL* / KAFKA_SASL* variables as createKafka's `security`. Reads the PEM and
 * password files once, at start-up (a rotated secret takes effect on the next restart). Checks the
 * rules again, so a config assembled without the schema's refinement still fails here.
 */
export function kafkaSecurityFromConfig(config: KafkaSecurityConfig): KafkaSecurity {
  const issues = kafkaSecurityIssues(config);
  for (const name of FILE_VARS) {
    const file = config[name];
    if (file && !readable(file)) issues.push({ variable: name, message: UNREADABLE });
  }
  if (issues.length > 0) throw new KafkaConfigError(issues);

  const security: KafkaSecurity = {};
  if (config.KAFKA_SSL) {
    const tls: ConnectionOptions = {};
    if (config.KAFKA_SSL_CA_FILE) tls.ca = [readFile('KAFKA_SSL_CA_FILE', config.KAFKA_SSL_CA_FILE)];
    if (config.KAFKA_SSL_CERT_FILE && config.KAFKA_SSL_KEY_FILE) {
      tls.cert = readFile('KAFKA_SSL_CERT_FILE', config.KAFKA_SSL_CERT_FILE);
      tls.key = readFile('KAFKA_SSL_KEY_FILE', config.KAFKA_SSL_KEY_FILE);
    }
    security.ssl = Object.keys(tls).length > 0 ? tls : true;
  }
  if (config.KAFKA_SASL_MECHANISM && config.KAFKA_SASL_USERNAME) {
    const password = config.KAFKA_SASL_PASSWORD_FILE
      ? // Mounted secrets often end with a newline that is not part of the password.
        readFile('KAFKA_SASL_PASSWORD_FILE', config.KAFKA_SASL_PASSWORD_FILE).replace(/\r?\n$/, '')
      : (config.KAFKA_SASL_PASSWORD ?? '');
    security.sasl = {
      mechanism: config.KAFKA_SASL_MECHANISM,
      username: config.KAFKA_SASL_USERNAME,
      password,
    };
  }
  return security;
}

/** For tools without a service config (bins, scripts): parse the environment and map it in one step. */
export function kafkaSecurityFromEnv(env: Record<string, string | undefined> = process.env): KafkaSecurity {
  const result = kafkaSecurityConfigSchema.safeParse(env, { reportInput: false });
  if (!result.success) {
    throw new KafkaConfigError(
      result.error.issues.map((issue) => ({
        variable: issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)',
        message: issue.message,
      })),
    );
  }
  return kafkaSecurityFromConfig(result.data);
}
