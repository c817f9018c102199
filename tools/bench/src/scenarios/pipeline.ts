// The platform's event pipeline, end to end: command transaction (entity + outbox row) -> relay
// -> Kafka -> consumer with inbox -> projection write. Measures sustained throughput (closed
// loop, as fast as the writers go) or commit-to-effect latency at a fixed offered rate.
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import {
  BatchEventConsumer,
  EventConsumer,
  EventProducer,
  OutboxRelay,
  enqueueEvents,
  handleOnce,
  type InboxOutcome,
  type MessageMeta,
} from '@aftersales/kafka';
import { type AnyEvent } from '@aftersales/contracts';
import { TOPIC, benchEnv, sampleEvent } from '../env';
import { summarize } from '../stats';
import { writeRaw } from './raw-pg';

export interface PipelineOptions {
  total: number;
  writers: number;
  partitions: number;
  consumers: number;
  /** Offered rate in events/s (open loop); omit for as-fast-as-possible. */
  ratePerSec?: number;
  tick: (n: number) => void;
  onRss?: (rssBytes: number) => void;
  /** 'batch' (BatchEventConsumer, the default) or 'per-message' (EventConsumer + handleOnce, before issue 11). */
  consumerMode?: 'batch' | 'per-message';
  /**
   * A baseline: the writers as plain `pg` transactions (the raw-pg baseline's own) and the
   * projection as one set-based insert per chunk, so only the plumbing (outbox relay, Kafka, the
   * consumer with its inbox) is left of the platform's code; no Prisma model call on the way.
   */
  plumbingOnly?: boolean;
}

export interface PipelineResult {
  eventsPerSec: number;
  latencyMs: ReturnType<typeof summarize>;
  lost: number;
  /** Effects applied more than once for one event (must be 0). */
  doubled: number;
  /** Redeliveries the inbox absorbed (allowed; shows at-least-once at work). */
  absorbedDuplicates: number;
}

export async function pipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const env = await benchEnv(`p${opts.partitions}`, opts.partitions);
  const producer = new EventProducer(env.kafka, env.namespace);
  const relay = new OutboxRelay({
    db: env.prisma,
    producer,
    namespace: env.namespace,
    idleMs: 50,
    batchSize: 500,
  });
  const committedAt = new Map<string, number>();
  const latencies: number[] = [];
  let applied = 0;
  let duplicates = 0;
  const appliedIds = new Set<string>();
  let done: () => void = () => undefined;
  const allApplied = new Promise<void>((r) => (done = r));

  const onApplied = (event: AnyEvent, outcome: InboxOutcome) => {
    if (outcome === 'duplicate') {
      duplicates += 1;
      return;
    }
    const t = committedAt.get(event.id);
    if (t !== undefined) latencies.push(performance.now() - t);
    applied += 1;
    appliedIds.add(event.id);
    opts.tick(1);
    if (applied >= opts.total) done();
  };
  const common = {
    kafka: env.kafka,
    groupId: `bench-${env.namespace}`,
    topics: [TOPIC],
    namespace: env.namespace,
    deadLetters: producer,
  };
  type Tx = Parameters<Parameters<typeof env.prisma.$transaction>[0]>[0];
  type Projected = { data: { customerId: string }; tenantId: string };
  const project = (tx: Tx, event: Projected) =>
    tx.benchProjection.create({ data: { entityId: event.data.customerId, tenantId: event.tenantId } });
  // The plumbing-only baseline's projection: the whole chunk in one statement.
  const projectAll = async (tx: Tx, items: readonly { event: AnyEvent }[]): Promise<void> => {
    const events = items.flatMap((i) => (i.event.type === 'customer.registered' ? [i.event] : []));
    await tx.$executeRawUnsafe(
      'INSERT INTO bench_projection (entity_id, tenant_id) SELECT * FROM unnest($1::uuid[], $2::text[])',
      events.map((e) => e.data.customerId),
      events.map((e) => e.tenantId),
    );
  };
  const consumers = Array.from({ length: opts.consumers }, () =>
    opts.consumerMode === 'per-message'
      ? new EventConsumer({
          ...common,
          handlers: {
            'customer.registered': async (event, meta: MessageMeta) => {
              const outcome = await handleOnce(
                env.prisma,
                {
                  consumerGroup: meta.groupId,
                  event,
                  topic: meta.topic,
                  partition: meta.partition,
                  offset: meta.offset,
                },
                async (tx) => {
                  await project(tx, event);
                },
              );
              onApplied(event, outcome);
            },
          },
        })
      : new BatchEventConsumer<Tx>({
          ...common,
          db: env.prisma,
          ...(opts.plumbingOnly
            ? {
                batchHandler: {
                  types: ['customer.registered' as const],
                  handle: (items: readonly { event: AnyEvent }[], tx: Tx) => projectAll(tx, items),
                },
              }
            : {
                handlers: {
                  'customer.registered': async (event: Projected, _meta: MessageMeta, tx: Tx) => {
                    await project(tx, event);
                  },
                },
              }),
          onApplied: (event, _meta, outcome) => onApplied(event, outcome),
        }),
  );
  for (const c of consumers) {
    const joined = c.waitForAssignment();
    await c.start();
    await joined;
  }
  relay.start();
  const rssTimer = setInterval(() => opts.onRss?.(process.memoryUsage().rss), 200);

  const rawPool = opts.plumbingOnly ? new Pool({ connectionString: env.db.url, max: opts.writers }) : null;
  rawPool?.on('error', () => undefined); // the database is dropped WITH FORCE at the end
  const writeOne = async () => {
    const id = randomUUID();
    const event = sampleEvent(id);
    if (rawPool) await writeRaw(rawPool, id, event);
    else
      await env.prisma.$transaction(async (tx) => {
        await tx.benchEntity.create({ data: { id, tenantId: event.tenantId } });
        await enqueueEvents(tx, [event]);
      });
    committedAt.set(event.id, performance.now());
    relay.notify();
  };

  const t0 = performance.now();
  if (opts.ratePerSec) {
    // Open loop: start writes on a fixed schedule whether or not earlier ones finished.
    const interval = 1000 / opts.ratePerSec;
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < opts.total; i++) {
      const due = t0 + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      inFlight.push(writeOne());
    }
    await Promise.all(inFlight);
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: opts.writers }, async () => {
        while (next < opts.total) {
          next += 1;
          await writeOne();
        }
      }),
    );
  }
  const timeout = setTimeout(done, 60_000);
  await allApplied;
  clearTimeout(timeout);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(rssTimer);

  const projected = await env.prisma.benchProjection.count();
  await rawPool?.end();
  await relay.stop();
  await Promise.all(consumers.map((c) => c.stop()));
  await producer.disconnect();
  await env.close();
  return {
    eventsPerSec: applied / seconds,
    latencyMs: summarize(latencies),
    lost: opts.total - projected,
    doubled: applied - appliedIds.size,
    absorbedDuplicates: duplicates,
  };
}
