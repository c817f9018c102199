// @aftersales/telemetry: the SDK bootstrap (`startTelemetry`, loaded early by `./register`) and a
// tiny OTLP/HTTP JSON receiver for tests that collect spans from several processes.
export * from './start';
export {
  startOtlpReceiver,
  decodeOtlpJson,
  OtlpSpanKind,
  type OtlpReceiver,
  type ReceivedSpan,
} from './otlp-receiver';
export { QueryRedactingSpanProcessor, redactQuery, PII_QUERY_PARAMS } from './redact';
