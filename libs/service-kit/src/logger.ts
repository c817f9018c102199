import { hostname } from 'node:os';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

/** Keys whose values never reach the logs: credentials and customer PII (DESIGN §2, §5). */
export const SENSITIVE_KEYS: readonly string[] = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'password',
  'passwd',
  'secret',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'apiKey',
  'email',
  'phone',
  'phoneNumber',
  'mobile',
  'name',
  'firstName',
  'lastName',
  'fullName',
  'address',
  'dateOfBirth',
  'nationalId',
  'idNumber',
];

// Covers the key at the top level and up to four levels down (e.g. req.headers.authorization,
// body.customer.contact.email); deeper PII should not be logged in the first place.
const MAX_DEPTH = 4;

function pathsFor(key: string): string[] {
  const segment = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const paths: string[] = [];
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const prefix = '*.'.repeat(depth);
    paths.push(segment.startsWith('[') ? `${prefix.slice(0, -1)}${segment}` : `${prefix}${segment}`);
  }
  return paths;
}

export const REDACT_PATHS: readonly string[] = SENSITIVE_KEYS.flatMap(pathsFor);

/**
 * `trace_id`/`span_id` of the active span, so a log line can be found from its trace and back.
 * Reads only @opentelemetry/api: without a registered SDK there is no active span and it adds nothing.
 */
export function traceContextFields(): Record<string, string> {
  const ctx = trace.getActiveSpan()?.spanContext();
  if (!ctx || !isSpanContextValid(ctx)) return {};
  return { trace_id: ctx.traceId, span_id: ctx.spanId };
}

export interface CreateLoggerOptions {
  service: string;
  level?: LevelWithSilent | undefined;
  /** Extra fields on every line, after the active span's trace_id/span_id (always added). */
  mixin?: (() => Record<string, unknown>) | undefined;
  /** Where to write; stdout by default. Tests pass a stream to read the output. */
  destination?: DestinationStream | undefined;
}

/** JSON logger with a `service` field, ISO times, level names, the active trace id and secret/PII redaction. */
export function createLogger(options: CreateLoggerOptions): Logger {
  const extra = options.mixin;
  const loggerOptions: pino.LoggerOptions = {
    level: options.level ?? 'info',
    base: { service: options.service, pid: process.pid, hostname: hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: [...REDACT_PATHS], censor: '[Redacted]' },
    mixin: extra ? () => ({ ...traceContextFields(), ...extra() }) : traceContextFields,
  };
  // Synchronous stdout: pino's default async writer can drop or reorder the last lines
  // when runService calls process.exit, which are exactly the shutdown lines we need.
  return pino(loggerOptions, options.destination ?? pino.destination({ dest: 1, sync: true }));
}
