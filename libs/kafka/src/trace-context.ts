// W3C trace context (traceparent/tracestate) carried in Kafka headers. The propagator is used
// directly, not the global one, so headers flow even when no OpenTelemetry SDK is registered.
import { context, ROOT_CONTEXT, type Context, type TextMapGetter } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

const propagator = new W3CTraceContextPropagator();

export type TraceHeaders = Record<string, string>;

/** The trace headers of a context (default: the active one); empty when there is no sampled span. */
export function injectTraceHeaders(ctx: Context = context.active()): TraceHeaders {
  const carrier: TraceHeaders = {};
  propagator.inject(ctx, carrier, { set: (c, k, v) => (c[k] = v) });
  return carrier;
}

const headerGetter: TextMapGetter<Record<string, string | undefined>> = {
  keys: (c) => Object.keys(c),
  get: (c, k) => c[k],
};

/** The remote parent context described by message headers (ROOT when absent or malformed). */
export function extractTraceContext(headers: Record<string, string | undefined>): Context {
  return propagator.extract(ROOT_CONTEXT, headers, headerGetter);
}
