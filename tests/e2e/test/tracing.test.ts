// One trace from the gateway through a service, its outbox relay, Kafka and the consuming
// service. Every process exports its spans over OTLP/HTTP (JSON) to a receiver this test runs, so
// the receiver is the in-memory exporter of the whole platform. The request: registering a
// customer (gateway -> customer, whose transaction writes customer.registered to the outbox);
// the relay publishes it and analytics consumes it from Kafka.
import { waitFor } from '@aftersales/testing';
import { OtlpSpanKind, startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '@aftersales/telemetry';
import { idempotencyKey, startPlatform, type Platform } from '../src/platform';

const PG_SCOPE = '@opentelemetry/instrumentation-pg';
const KAFKA_SCOPE = '@aftersales/kafka';

describe('tracing across HTTP and Kafka', () => {
  let receiver: OtlpReceiver;
  let p: Platform;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: '200' };
    p = await startPlatform(['customer', 'analytics'], 'tracing', {
      env: { customer: { ...otel, LOG_LEVEL: 'info' }, analytics: otel, 'api-gateway': otel },
    });
  });
  afterAll(async () => {
    await p?.stop();
    await receiver?.close();
  });

  it('links the gateway request, the customer service, its outbox relay, Kafka and the analytics consumer in one trace', async () => {
    const created = await p.as(['service-advisor']).post(
      '/v1/customers',
      {
        kind: 'person',
        name: 'Lena Trace',
        phone: '+49 151 3000 3000',
        email: 'lena.trace@example.de',
        preferredChannel: 'email',
        consents: { marketing: false, dataProcessing: true },
      },
      idempotencyKey(),
    );
    expect(created.status).toBe(201);
    const customerId: string = created.body.id;

    // The gateway's server span for this request is the root of the trace.
    const root = await waitFor(
      async () =>
        receiver
          .spans()
          .find(
            (s) =>
              s.service === 'api-gateway' &&
              s.kind === OtlpSpanKind.SERVER &&
              s.attributes['http.request.method'] === 'POST' &&
              s.attributes['url.path'] === '/v1/customers',
          ),
      'the gateway server span',
    );
    expect(root.parentSpanId).toBeUndefined();
    const inTrace = () => receiver.spans().filter((s) => s.traceId === root.traceId);

    // Wait until analytics' consumer span for the customer.registered event (and its database
    // work) has arrived.
    const consumer = await waitFor(
      async () =>
        inTrace().find(
          (s) =>
            s.service === 'analytics' &&
            s.kind === OtlpSpanKind.CONSUMER &&
            s.scope === KAFKA_SCOPE &&
            s.name.startsWith('aftersales.customer.') &&
            inTrace().some((c) => c.service === 'analytics' && c.parentSpanId === s.spanId),
        ),
      'the analytics consumer span in the gateway request trace',
      30_000,
    );
    await new Promise((r) => setTimeout(r, 500)); // the last batches of every exporter
    const spans = inTrace();
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const ancestors = (s: ReceivedSpan): ReceivedSpan[] => {
      const chain: ReceivedSpan[] = [];
      for (let cur = s.parentSpanId ? byId.get(s.parentSpanId) : undefined; cur;) {
        chain.push(cur);
        cur = cur.parentSpanId ? byId.get(cur.parentSpanId) : undefined;
      }
      return chain;
    };
    const describe = (s: ReceivedSpan) => `${s.service}:${s.scope}:${s.name}`;

    // Gateway: server span, and the proxied call to the customer service as its client span.
    const gatewayClient = spans.find((s) => s.service === 'api-gateway' && s.kind === OtlpSpanKind.CLIENT);
    expect(gatewayClient && ancestors(gatewayClient)).toContain(root);

    // Customer: its server span is the child of the gateway's client span (traceparent over HTTP),
    // with express and pg spans below it.
    const customerServer = spans.find((s) => s.service === 'customer' && s.kind === OtlpSpanKind.SERVER);
    expect(customerServer?.parentSpanId).toBe(gatewayClient?.spanId);
    const customerPg = spans.filter((s) => s.service === 'customer' && s.scope === PG_SCOPE);
    expect(customerPg.length).toBeGreaterThan(0);
    for (const q of customerPg) expect(ancestors(q)).toContain(customerServer);
    expect(spans.some((s) => s.service === 'customer' && s.scope.includes('instrumentation-express'))).toBe(
      true,
    );

    // The relay's producer span: child of the context stored with the outbox row, i.e. a
    // descendant of the customer request, even though the relay published it later on its own.
    const producer = spans.find(
      (s) =>
        s.service === 'customer' &&
        s.kind === OtlpSpanKind.PRODUCER &&
        s.attributes['aftersales.event.type'] === 'customer.registered',
    );
    expect(producer).toBeDefined();
    expect(producer?.attributes['messaging.kafka.message.key']).toBe(customerId);
    expect(ancestors(producer!)).toContain(customerServer);

    // Analytics: the consumer span's parent is the relay's producer span (traceparent in the
    // Kafka headers), and its database work (inbox + projection) is below it.
    expect(consumer.parentSpanId).toBe(producer?.spanId);
    expect(consumer.attributes['messaging.message.id']).toBe(producer?.attributes['messaging.message.id']);
    const analyticsPg = spans.filter((s) => s.service === 'analytics' && s.scope === PG_SCOPE);
    expect(analyticsPg.length).toBeGreaterThan(0);
    for (const q of analyticsPg) expect(ancestors(q)).toContain(consumer);

    // The whole chain, consumer back to the gateway's server span.
    expect(ancestors(consumer).map(describe)).toEqual(
      expect.arrayContaining([
        describe(producer!),
        describe(customerServer!),
        describe(gatewayClient!),
        describe(root),
      ]),
    );
    expect(ancestors(consumer).at(-1)).toBe(root);
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(['api-gateway', 'customer', 'analytics']));
    expect(receiver.errors()).toEqual([]);
    if (process.env.TRACE_DUMP)
      console.log(
        spans.map((s) => `${s.spanId} <- ${s.parentSpanId ?? 'root'} ${s.kind} ${describe(s)}`).join('\n'),
      );

    // The customer service's request log line carries the trace id.
    const logged = p
      .logs('customer')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.trace_id === root.traceId);
    expect(logged.length).toBeGreaterThan(0);
  });
});
