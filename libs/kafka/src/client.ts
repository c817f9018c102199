// The only place that constructs a kafkajs client (kafkajs is unmaintained, so every
// call stays inside libs/kafka and the client could be swapped without touching services).
import { Kafka, logLevel as KafkaLogLevel, type LogEntry, type logCreator } from 'kafkajs';
import type { KafkaSecurity } from './security';

export interface KafkaLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface KafkaOptions {
  brokers: string[];
  clientId: string;
  logger?: KafkaLogger;
  /** Prefix for every topic name, so several environments (or test suites) can share one cluster. */
  namespace?: string;
  /** TLS and SASL (kafkaSecurityFromConfig); PLAINTEXT when absent. */
  security?: KafkaSecurity;
  /** Connection retries before kafkajs gives up (default 8, about a minute); tools may want fewer. */
  retries?: number;
}

const consoleLogger: KafkaLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (obj, msg) => console.warn(JSON.stringify({ level: 'warn', msg, ...obj })),
  error: (obj, msg) => console.error(JSON.stringify({ level: 'error', msg, ...obj })),
};

// Our idempotent producer has bounded retries on purpose (the relay backs off and keeps rows in
// the outbox instead of blocking forever; docs/environment.md), so this warning is expected.
const EXPECTED_WARNING = 'Limiting retries for the idempotent producer';

// Routes kafkajs' own logs into the service logger (pino) instead of its console format.
function pinoLogCreator(logger: KafkaLogger): logCreator {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, ...extra } = log;
      if (typeof message === 'string' && message.includes(EXPECTED_WARNING)) return;
      const entry = { kafkajs: namespace, ...extra };
      if (level === KafkaLogLevel.ERROR) logger.error(entry, message);
      else if (level === KafkaLogLevel.WARN) logger.warn(entry, message);
      else if (level === KafkaLogLevel.INFO) logger.info(entry, message);
      else logger.debug(entry, message);
    };
}

export function createKafka(opts: KafkaOptions): Kafka {
  return new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers,
    logLevel: KafkaLogLevel.WARN,
    logCreator: pinoLogCreator(opts.logger ?? consoleLogger),
    retry: { initialRetryTime: 300, retries: opts.retries ?? 8 },
    ...(opts.security?.ssl ? { ssl: opts.security.ssl } : {}),
    ...(opts.security?.sasl ? { sasl: opts.security.sasl } : {}),
  });
}

/** The physical topic name for a registry topic under a namespace. */
export function physicalTopic(topic: string, namespace = ''): string {
  return namespace ? `${namespace}.${topic}` : topic;
}

/** Inverse of physicalTopic: the registry name of a topic read from the broker. */
export function logicalTopic(physical: string, namespace = ''): string {
  return namespace && physical.startsWith(`${namespace}.`) ? physical.slice(namespace.length + 1) : physical;
}
