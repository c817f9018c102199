import { spawn } from 'node:child_process';
import path from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { batchOptionsFromEnv, exporterFromEnv, OtlpSpanKind, startOtlpReceiver } from '../src';

interface FixtureSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
  service: string;
  version: string;
}
interface FixtureOutput {
  enabled: boolean;
  exporter: string;
  rootTraceId: string;
  handlerTraceId?: string;
  probeTraced: boolean;
  sdkLoaded: boolean;
  spans: FixtureSpan[];
}

/** Runs test/fixture/http-roundtrip.ts in its own process (instrumentation hooks Node's require). */
function runFixture(env: Record<string, string>): Promise<FixtureOutput> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OTEL_')));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--require', 'tsx/cjs', path.join(__dirname, 'fixture/http-roundtrip.ts')],
      { cwd: path.join(__dirname, '..'), env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`fixture exited ${code}: ${err}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as FixtureOutput);
      } catch (e) {
        reject(new Error(`fixture output not JSON: ${out}\n${err}\n${String(e)}`));
      }
    });
  });
}

describe('exporterFromEnv', () => {
  it.each([
    [{}, 'none'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, 'otlp'],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, 'otlp'],
    [{ OTEL_TRACES_EXPORTER: 'otlp' }, 'otlp'],
    [{ OTEL_TRACES_EXPORTER: 'console' }, 'console'],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, 'none'],
    [{ OTEL_TRACES_EXPORTER: 'console, none' }, 'none'],
    [{ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, 'none'],
  ])('%j -> %s', (env, expected) => {
    expect(exporterFromEnv(env)).toBe(expected);
  });

  it('reads the OTEL_BSP_* batch settings and ignores junk', () => {
    expect(batchOptionsFromEnv({ OTEL_BSP_SCHEDULE_DELAY: '200', OTEL_BSP_MAX_QUEUE_SIZE: 'lots' })).toEqual({
      scheduledDelayMillis: 200,
    });
  });
});

describe('startTelemetry (in a child process)', () => {
  jest.setTimeout(60_000);

  it('records the HTTP server and client spans of a request with the in-memory exporter, in one trace', async () => {
    const out = await runFixture({ FIXTURE_EXPORTER: 'memory' });
    expect(out).toMatchObject({ enabled: true, exporter: 'custom', probeTraced: false, sdkLoaded: true });
    const server = out.spans.find((s) => s.kind === SpanKind.SERVER);
    const client = out.spans.find((s) => s.kind === SpanKind.CLIENT);
    const root = out.spans.find((s) => s.name === 'fixture root');
    expect(server).toMatchObject({
      traceId: out.rootTraceId,
      service: 'fixture-svc',
      version: '9.9.9',
      attributes: expect.objectContaining({ 'url.path': '/hello', 'http.response.status_code': 200 }),
    });
    expect(client?.parentSpanId).toBe(root?.spanId);
    // W3C traceparent went over the wire: the server span's parent is the client span.
    expect(server?.parentSpanId).toBe(client?.spanId);
    // The handler ran inside the server span, so logs there carry its trace id.
    expect(out.handlerTraceId).toBe(out.rootTraceId);
    // The PII query parameters are redacted on both sides; others are kept.
    const recorded = JSON.stringify(out.spans);
    expect(recorded).not.toMatch(/4915123456789|erika/);
    expect(recorded).toMatch(/phone=REDACTED/);
    expect(recorded).toMatch(/centreId=c-1/);
    // /health/* probes are not traced.
    expect(out.spans.filter((s) => s.kind === SpanKind.SERVER)).toHaveLength(1);
  });

  it('exports over OTLP/HTTP JSON when OTEL_EXPORTER_OTLP_ENDPOINT is set, flushed on shutdown', async () => {
    const receiver = await startOtlpReceiver();
    try {
      const out = await runFixture({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint });
      expect(out).toMatchObject({ enabled: true, exporter: 'otlp', spans: [] });
      expect(receiver.errors()).toEqual([]);
      const spans = receiver.spans();
      expect(spans.map((s) => s.kind).sort()).toEqual(
        [OtlpSpanKind.INTERNAL, OtlpSpanKind.SERVER, OtlpSpanKind.CLIENT].sort(),
      );
      expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([out.rootTraceId]));
      expect(spans.every((s) => s.service === 'fixture-svc')).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('starts nothing, and does not even load the SDK, when no exporter is configured', async () => {
    const out = await runFixture({});
    expect(out).toMatchObject({ enabled: false, exporter: 'none', sdkLoaded: false, spans: [] });
    expect(out.handlerTraceId).toBeUndefined();
  });

  it('starts nothing with OTEL_TRACES_EXPORTER=none even when an endpoint is set', async () => {
    const receiver = await startOtlpReceiver();
    try {
      const out = await runFixture({
        OTEL_TRACES_EXPORTER: 'none',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      });
      expect(out).toMatchObject({ enabled: false, exporter: 'none' });
      expect(out.handlerTraceId).toBeUndefined();
      expect(receiver.spans()).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});
