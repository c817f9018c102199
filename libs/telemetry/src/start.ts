// OpenTelemetry bootstrap shared by every service. `startTelemetry` must run before express, pg
// or kafkajs are first required (docs/architecture.md, Kafka client pitfalls), which is what `@aftersales/telemetry/register`
// does as the first import of each service's main.ts.
//
// The exporter is chosen by the standard OTel variables:
//   OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none  -> nothing starts
//   OTEL_TRACES_EXPORTER=console                         -> spans printed to stdout
//   OTEL_TRACES_EXPORTER=otlp, or OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_TRACES_ENDPOINT set
//                                                        -> OTLP over HTTP (JSON), batched
//   nothing set                                          -> nothing starts: no SDK, zero overhead
// Kafka spans come from @aftersales/kafka itself (relay PRODUCER span per outbox row, CONSUMER
// span per message): the kafkajs instrumentation would give every message of a batched send the
// relay's context and overwrite the traceparent stored with each outbox row.
import { type IncomingMessage } from 'node:http';
import { diag, DiagConsoleLogger, DiagLogLevel } from '@opentelemetry/api';
import type * as OtelCore from '@opentelemetry/core';
import type * as OtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import type * as ExpressInstr from '@opentelemetry/instrumentation-express';
import type * as HttpInstr from '@opentelemetry/instrumentation-http';
import type * as PgInstr from '@opentelemetry/instrumentation-pg';
import type * as UndiciInstr from '@opentelemetry/instrumentation-undici';
import type * as Resources from '@opentelemetry/resources';
import type * as SdkNode from '@opentelemetry/sdk-node';
import type * as SdkTrace from '@opentelemetry/sdk-trace';
import type { SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace';
import { QueryRedactingSpanProcessor } from './redact';

// The SDK is required only once an exporter is configured: loading it costs ~0.3 s and ~30 MB,
// which a service without tracing should not pay.
/* eslint-disable @typescript-eslint/no-require-imports */
const sdk = {
  core: () => require('@opentelemetry/core') as typeof OtelCore,
  otlpHttp: () => require('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpHttp,
  express: () => require('@opentelemetry/instrumentation-express') as typeof ExpressInstr,
  http: () => require('@opentelemetry/instrumentation-http') as typeof HttpInstr,
  pg: () => require('@opentelemetry/instrumentation-pg') as typeof PgInstr,
  undici: () => require('@opentelemetry/instrumentation-undici') as typeof UndiciInstr,
  resources: () => require('@opentelemetry/resources') as typeof Resources,
  node: () => require('@opentelemetry/sdk-node') as typeof SdkNode,
  trace: () => require('@opentelemetry/sdk-trace') as typeof SdkTrace,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export type ExporterKind = 'otlp' | 'console' | 'none';

export interface TelemetryOptions {
  serviceName: string;
  serviceVersion?: string | undefined;
  /** Where to read the OTEL_* variables; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Overrides the exporter chosen by env (tests pass an InMemorySpanExporter). */
  traceExporter?: SpanExporter;
  /** Export each span when it ends instead of in batches (tests; default false). */
  exportImmediately?: boolean;
}

export interface Telemetry {
  /** False when nothing was started (no exporter configured, or disabled). */
  readonly enabled: boolean;
  readonly exporter: ExporterKind | 'custom';
  /** Exports every ended span now. */
  forceFlush(): Promise<void>;
  /** Flushes and stops the SDK; idempotent. */
  shutdown(): Promise<void>;
}

const disabled: Telemetry = {
  enabled: false,
  exporter: 'none',
  forceFlush: async () => undefined,
  shutdown: async () => undefined,
};

/** Which exporter the OTEL_* variables ask for. */
export function exporterFromEnv(env: NodeJS.ProcessEnv = process.env): ExporterKind {
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return 'none';
  const listed = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (listed.includes('none')) return 'none';
  if (listed.includes('otlp')) return 'otlp';
  if (listed.includes('console')) return 'console';
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT) return 'otlp';
  return 'none';
}

// Probes and scrapes would otherwise start a trace every few seconds.
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/** The instrumentations every service gets (exported for tests and for documentation). */
export function defaultInstrumentations() {
  const { HttpInstrumentation } = sdk.http();
  const { ExpressInstrumentation } = sdk.express();
  const { PgInstrumentation } = sdk.pg();
  const { UndiciInstrumentation } = sdk.undici();
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (req: IncomingMessage) => UNTRACED_PATHS.test(req.url ?? ''),
      // Outgoing calls outside any request (readiness polls, the exporter itself) start no trace.
      requireParentforOutgoingSpans: true,
    }),
    new ExpressInstrumentation(),
    // Only queries made on behalf of a traced request or message: the relay's and sweeps'
    // polling would otherwise be a new trace every 100 ms.
    new PgInstrumentation({ requireParentSpan: true }),
    new UndiciInstrumentation({ requireParentforSpans: true }),
  ];
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The standard OTEL_BSP_* variables (the trace SDK itself no longer reads them). */
export function batchOptionsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const options = {
    scheduledDelayMillis: positiveInt(env.OTEL_BSP_SCHEDULE_DELAY),
    exportTimeoutMillis: positiveInt(env.OTEL_BSP_EXPORT_TIMEOUT),
    maxQueueSize: positiveInt(env.OTEL_BSP_MAX_QUEUE_SIZE),
    maxExportBatchSize: positiveInt(env.OTEL_BSP_MAX_EXPORT_BATCH_SIZE),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<
    typeof options
  >;
}

let active: Telemetry | undefined;

/** Starts the OpenTelemetry Node SDK once per process; later calls return the first handle. */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  if (active) return active;
  const env = options.env ?? process.env;
  const kind = options.traceExporter ? 'custom' : exporterFromEnv(env);
  if (kind === 'none') return disabled;
  if (env.OTEL_LOG_LEVEL?.toLowerCase() === 'debug')
    diag.setLogger(new DiagConsoleLogger(), DiagLogLevel.DEBUG);

  const { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor } = sdk.trace();
  const { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } = sdk.core();
  const { OTLPTraceExporter } = sdk.otlpHttp();
  const { resourceFromAttributes } = sdk.resources();
  const { NodeSDK } = sdk.node();
  const exporter: SpanExporter =
    options.traceExporter ?? (kind === 'console' ? new ConsoleSpanExporter() : new OTLPTraceExporter());
  const processor: SpanProcessor = options.exportImmediately
    ? new SimpleSpanProcessor({ exporter })
    : new BatchSpanProcessor({ exporter, ...batchOptionsFromEnv(env) });
  const nodeSdk = new NodeSDK({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME || options.serviceName,
      ...(options.serviceVersion ? { 'service.version': options.serviceVersion } : {}),
    }),
    // The redactor first: it rewrites URL attributes when a span starts, before export.
    spanProcessors: [new QueryRedactingSpanProcessor(), processor],
    // Metrics are Prometheus on /metrics and logs are pino on stdout: no OTLP metrics or logs.
    metricReaders: [],
    logRecordProcessors: [],
    textMapPropagator: new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    }),
    instrumentations: defaultInstrumentations(),
  });
  nodeSdk.start();

  let stopping: Promise<void> | undefined;
  const handle: Telemetry = {
    enabled: true,
    exporter: kind,
    forceFlush: () => processor.forceFlush(),
    shutdown: () =>
      (stopping ??= nodeSdk.shutdown().catch((err: unknown) => {
        diag.error('telemetry: shutdown failed', err);
      })),
  };
  active = handle;
  return handle;
}

/**
 * Process-wide hooks that service-kit's runService awaits after its own shutdown hooks and before
 * the process exits (a global, so service-kit needs no dependency on this package).
 */
export const EXIT_HOOKS = Symbol.for('aftersales.exit-hooks');

export function addExitHook(hook: () => Promise<void>): void {
  const g = globalThis as unknown as Record<symbol, Array<() => Promise<void>> | undefined>;
  (g[EXIT_HOOKS] ??= []).push(hook);
}
