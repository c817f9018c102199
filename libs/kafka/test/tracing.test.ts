// The relay publishes each outbox row inside the trace context stored with it: with a real tracer
// registered, every row of one batch gets its own PRODUCER span, child of the context of the write
// that caused it, and the consumer's span is that producer span's child. (Without an SDK the
// stored traceparent passes through unchanged: plumbing.test.ts.)
import path from 'node:path';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, TraceFlags, context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { TracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { topicOf } from '@aftersales/contracts';
import { pgAdapter } from '@aftersales/db';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testNamespace,
  waitFor,
  type TestDatabase,
} from '@aftersales/testing';
import { PrismaClient } from './fixture/generated/client';
import {
  BatchEventConsumer,
  EventConsumer,
  EventProducer,
  OutboxRelay,
  createKafka,
  enqueueEvents,
  type MessageMeta,
} from '../src';
import { registered } from './fixture/events';

const TOPIC = topicOf('customer.registered');
type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
const migrations = path.join(__dirname, 'fixture/prisma/migrations');

const requestContext = (traceId: string, spanId: string) =>
  trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true });

describe('trace context through the outbox relay and Kafka', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  let db: TestDatabase;
  let prisma: PrismaClient;
  let namespace: string;
  let producer: EventProducer;
  let consumer: EventConsumer;
  let kafka: ReturnType<typeof createKafka>;
  const handled: { meta: MessageMeta; activeTraceId: string | undefined; eventId: string }[] = [];

  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(provider);
    namespace = testNamespace('tracing');
    db = await createTestDatabase('tracing', migrations);
    prisma = new PrismaClient({ adapter: pgAdapter({ databaseUrl: db.url }) });
    await createNamespacedTopics(namespace, { only: [TOPIC], partitions: 1 });
    kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'tracing-test' });
    producer = new EventProducer(kafka, namespace);
    consumer = new EventConsumer({
      kafka,
      groupId: `tracing-${namespace}`,
      topics: [TOPIC],
      namespace,
      deadLetters: producer,
      handlers: {
        'customer.registered': async (event, meta) => {
          handled.push({
            meta,
            eventId: event.id,
            activeTraceId: trace.getActiveSpan()?.spanContext().traceId,
          });
        },
      },
    });
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    await prisma?.$disconnect();
    await db?.drop();
    trace.disable();
    context.disable();
  });

  it('gives each row of one batch a producer span under its own stored context, and the consumer span under that', async () => {
    const writes = [
      { event: registered(), traceId: '1a'.repeat(16), spanId: '1b'.repeat(8) },
      { event: registered(), traceId: '2a'.repeat(16), spanId: '2b'.repeat(8) },
    ];
    // Two transactions (two "requests"), then one relay batch publishes both rows in one sendBatch.
    for (const w of writes)
      await prisma.$transaction((tx) =>
        enqueueEvents(tx, [w.event], { traceContext: requestContext(w.traceId, w.spanId) }),
      );
    const relay = new OutboxRelay({ db: prisma, producer, namespace });
    expect(await relay.flushOnce()).toBe(2);

    await waitFor(async () => handled.length >= 2, 'both events consumed');
    const spans = exporter.getFinishedSpans();
    for (const w of writes) {
      const publish = spans.find(
        (s) => s.kind === SpanKind.PRODUCER && s.attributes['messaging.message.id'] === w.event.id,
      );
      expect(publish).toBeDefined();
      expect(publish!.name).toBe(`${TOPIC} publish`);
      expect(publish!.spanContext().traceId).toBe(w.traceId);
      expect(publish!.parentSpanContext?.spanId).toBe(w.spanId);
      expect(publish!.attributes).toMatchObject({
        'messaging.system': 'kafka',
        'messaging.kafka.message.key': w.event.subject,
        'aftersales.event.type': 'customer.registered',
      });

      // The message carries the producer span as its parent, not the stored request span.
      const seen = handled.find((h) => h.eventId === w.event.id);
      expect(seen?.meta.headers.traceparent).toBe(`00-${w.traceId}-${publish!.spanContext().spanId}-01`);
      // The handler ran inside a consumer span of the same trace, child of the producer span.
      expect(seen?.activeTraceId).toBe(w.traceId);
      const process = spans.find(
        (s) => s.kind === SpanKind.CONSUMER && s.attributes['messaging.message.id'] === w.event.id,
      );
      expect(process?.parentSpanContext?.spanId).toBe(publish!.spanContext().spanId);
      expect(process?.spanContext().traceId).toBe(w.traceId);
    }
  });

  it('marks the producer spans failed when Kafka refuses the batch, and keeps the row', async () => {
    exporter.reset();
    const event = registered();
    await prisma.$transaction((tx) =>
      enqueueEvents(tx, [event], { traceContext: requestContext('3a'.repeat(16), '3b'.repeat(8)) }),
    );
    const broken = {
      sendRaw: async () => {
        throw new Error('broker unavailable');
      },
    } as unknown as EventProducer;
    const relay = new OutboxRelay({ db: prisma, producer: broken, namespace });
    await expect(relay.flushOnce()).rejects.toThrow(/broker unavailable/);
    const [span] = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.PRODUCER);
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    expect(span?.spanContext().traceId).toBe('3a'.repeat(16));
    expect(span?.events.some((e) => e.name === 'exception')).toBe(true);
    // The row is still there for the next attempt.
    expect(await new OutboxRelay({ db: prisma, producer, namespace }).flushOnce()).toBe(1);
  });

  it('batch consumer: each handler runs in a span under its own message span; the batch span links them all', async () => {
    exporter.reset();
    const writes = ['4', '5', '6'].map((d) => ({
      event: registered(),
      traceId: `${d}a`.repeat(16),
      spanId: `${d}b`.repeat(8),
    }));
    for (const w of writes)
      await prisma.$transaction((tx) =>
        enqueueEvents(tx, [w.event], { traceContext: requestContext(w.traceId, w.spanId) }),
      );
    expect(await new OutboxRelay({ db: prisma, producer, namespace }).flushOnce()).toBe(3);
    // Started after the messages are on the topic, so they arrive together (with earlier tests' ones).
    const seen: { eventId: string; traceId?: string }[] = [];
    const batch = new BatchEventConsumer<Tx>({
      kafka,
      db: prisma,
      groupId: `tracing-batch-${namespace}`,
      topics: [TOPIC],
      namespace,
      deadLetters: producer,
      handlers: {
        'customer.registered': async (event) => {
          seen.push({ eventId: event.id, traceId: trace.getActiveSpan()?.spanContext().traceId });
        },
      },
    });
    const joined = batch.waitForAssignment();
    await batch.start();
    await joined;
    try {
      await waitFor(
        async () => writes.every((w) => seen.some((s) => s.eventId === w.event.id)),
        'batch handled',
      );
    } finally {
      await batch.stop();
    }
    const spans = exporter.getFinishedSpans();
    const batchSpans = spans.filter((s) => s.name === `${TOPIC} process batch`);
    for (const w of writes) {
      expect(seen.find((s) => s.eventId === w.event.id)?.traceId).toBe(w.traceId);
      const handle = spans.find(
        (s) => s.name === 'customer.registered handle' && s.spanContext().traceId === w.traceId,
      );
      // Its parent is a CONSUMER span of this message (the first test's EventConsumer, in another
      // group, also processes it with a span of its own).
      const process = spans.find(
        (s) =>
          s.kind === SpanKind.CONSUMER &&
          s.attributes['messaging.message.id'] === w.event.id &&
          s.spanContext().spanId === handle?.parentSpanContext?.spanId,
      );
      expect(process?.spanContext().traceId).toBe(w.traceId);
      expect(
        batchSpans.some((b) => b.links.some((l) => l.context.spanId === process!.spanContext().spanId)),
      ).toBe(true);
    }
  });
});
