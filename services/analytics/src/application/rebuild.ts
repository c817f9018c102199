// Rebuild: empty the read models and replay every consumed topic from the beginning under a fresh
// consumer group. The projections are keyed by event id and order-tolerant, so the result equals
// the live views. The emission logs stay, so no outcome, snapshot or demand is published twice.
// The topics' end offsets are read before the replay starts: the rebuild reports progress (events
// per second, what is left, an ETA) and stops as soon as the group has committed up to them. A
// quiet period stays as the fallback (end offsets unreadable, or never reached: e.g. a
// transaction marker after the last message).
import { getHeapStatistics } from 'node:v8';
import { ReplayTarget, type EventProducer, type KafkaLogger, type createKafka } from '@aftersales/kafka';
import { type PrismaClient } from '../db/client';
import { type OutcomePublishing } from './outcomes';
import { READ_MODEL_TABLES } from '../db/views';
import { now as clockNow } from '@aftersales/service-kit';
import { CONSUMED_TOPICS, createAnalyticsConsumer, type AnalyticsConsumerOptions } from '../events/consumer';
import { finishReplay } from '../events/project-replay';

export async function dropReadModels(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`TRUNCATE ${READ_MODEL_TABLES.map((t) => `"${t}"`).join(', ')}`);
}

export interface RebuildOptions {
  kafka: ReturnType<typeof createKafka>;
  prisma: PrismaClient;
  producer: EventProducer;
  /** The reporting time zone: the rebuilt views' days are local dates there. */
  timeZone: string;
  /** Pseudonym key and v1 window of outcomes first emitted during the replay. */
  outcomes: OutcomePublishing;
  namespace?: string;
  /** Group prefix; the replay group is `<prefix>-rebuild-<timestamp>`. */
  groupPrefix: string;
  /** Fallback: how long the replay must be idle to count as caught up (5 s; 60 s at least while
   *  the end offsets are known but not reached yet, so a long chunk does not end it). */
  quietMs?: number;
  /** How long to wait for the first event before concluding the topics are empty (15 s). */
  firstEventWaitMs?: number;
  timeoutMs?: number;
  /** Messages per transaction (default 5000: the set-based projection's cost is per chunk; 200
   *  for the reference projection). */
  maxBatchSize?: number;
  /**
   * Partitions replayed at the same time (default 2 for the `replay` projection: one chunk is
   * decoded while the other is written; 1 for the others, whose chunks lock their aggregates).
   */
  concurrency?: number;
  /** How often progress is logged (default 5 s). */
  progressMs?: number;
  /**
   * `replay` (default): chunks store facts only and the views are computed once at the end
   * (project-replay.ts). `set-based` (the live consumer's path) and `reference` (per event): to
   * measure what each gains.
   */
  projection?: AnalyticsConsumerOptions['projection'];
  logger?: KafkaLogger;
  onEvents?: () => void;
}

export interface RebuildResult {
  groupId: string;
  /** Messages handled (applied, or recognised as redelivered copies). */
  events: number;
  /** Replay time: from the group's partition assignment until caught up and the views computed. */
  seconds: number;
  /** Of `seconds`: computing the views and outcomes after the replay (`replay` projection). */
  viewsSeconds: number;
  /** View rows computed at the end, and outcomes emitted there (`replay` projection). */
  aggregates: number;
  outcomes: number;
  eventsPerSecond: number;
  /** How it knew it was done. */
  stoppedBy: 'end-offsets' | 'quiet-period';
}

/**
 * Chunk and fetch sizes for the heap the process has. With a gigabyte (`npm run rebuild`) chunks
 * of 5,000 messages and 16 MiB fetches; under the image's 192 MB heap (NODE_OPTIONS in the
 * Dockerfile, e.g. a rebuild started with plain `node dist/rebuild.js` in a pod) those died of
 * heap exhaustion (docs/performance.md), so smaller heaps get proportionally smaller chunks.
 */
export function replaySizing(heapLimitBytes: number): {
  maxBatchSize: number;
  fetch: { maxBytesPerPartition: number; maxBytes: number };
} {
  const MiB = 1024 * 1024;
  // About 40 KiB of heap per message in flight (decoded event, projection rows, query parameters).
  const maxBatchSize = Math.max(250, Math.min(5_000, Math.floor(heapLimitBytes / 4 / (40 * 1024) / 50) * 50));
  const perPartition = Math.max(MiB, Math.min(16 * MiB, Math.floor(heapLimitBytes / 32 / MiB) * MiB));
  return { maxBatchSize, fetch: { maxBytesPerPartition: perPartition, maxBytes: perPartition * 4 } };
}

export async function rebuildReadModels(opts: RebuildOptions): Promise<RebuildResult> {
  const groupId = `${opts.groupPrefix}-rebuild-${Date.now()}`;
  await dropReadModels(opts.prisma);
  const target = await ReplayTarget.read(opts.kafka, {
    groupId,
    topics: CONSUMED_TOPICS,
    namespace: opts.namespace,
  }).catch((err: unknown) => {
    opts.logger?.warn({ err }, 'end offsets unreadable; the rebuild stops after a quiet period');
    return undefined;
  });
  let events = 0;
  let messages = 0; // every message done: handled, ignored or dead-lettered
  // Time of the last handled message; the quiet clock starts once the group has its partitions.
  const clock = { last: Date.now() };
  const sizing = replaySizing(getHeapStatistics().heap_size_limit);
  const projection = opts.projection ?? 'replay';
  const consumer = createAnalyticsConsumer({
    kafka: opts.kafka,
    prisma: opts.prisma,
    timeZone: opts.timeZone,
    outcomes: opts.outcomes,
    deadLetters: opts.producer,
    groupId,
    namespace: opts.namespace,
    logger: opts.logger,
    onEvents: opts.onEvents,
    // The reference path costs per event: its chunks stay small, or one would outlast the session.
    maxBatchSize: opts.maxBatchSize ?? (projection === 'reference' ? 200 : sizing.maxBatchSize),
    fetch: sizing.fetch,
    partitionsConsumedConcurrently: opts.concurrency ?? (projection === 'replay' ? 2 : 1),
    projection,
    onApplied: () => {
      events++;
    },
    onOutcome: () => {
      messages++;
      clock.last = Date.now();
    },
  });
  const joined = consumer.waitForAssignment();
  await consumer.start();
  await joined;
  const assignedAt = Date.now();
  clock.last = assignedAt;
  const quietMs = opts.quietMs ?? 5_000;
  const progressMs = opts.progressMs ?? 5_000;
  const deadline = Date.now() + (opts.timeoutMs ?? 30 * 60_000);
  const total = target?.total;
  let stoppedBy: RebuildResult['stoppedBy'] = 'quiet-period';
  let lastProgress = assignedAt;
  let caughtUpAt: number;
  try {
    // Until the first event arrives, wait longer: a slow broker must not end a rebuild before it began.
    const firstEventWaitMs = opts.firstEventWaitMs ?? Math.max(15_000, quietMs);
    for (;;) {
      const remaining = target ? await target.remaining() : undefined;
      if (remaining === 0) {
        stoppedBy = 'end-offsets';
        break;
      }
      const now = Date.now();
      const quiet = now - clock.last;
      const enough = remaining === undefined ? quietMs : Math.max(quietMs, 60_000);
      if (quiet >= enough && (events > 0 || now - assignedAt >= firstEventWaitMs)) {
        if (remaining !== undefined)
          opts.logger?.warn(
            { remaining, quietMs: quiet },
            'end offsets not reached; stopping after a quiet period',
          );
        break;
      }
      if (now > deadline) throw new Error(`rebuild did not finish within ${opts.timeoutMs} ms`);
      if (now - lastProgress >= progressMs) {
        lastProgress = now;
        // Committed offsets move per fetched batch; the messages done so far are finer-grained.
        const left =
          remaining === undefined || total === undefined
            ? remaining
            : Math.min(remaining, Math.max(total - messages, 0));
        opts.logger?.info(progress(events, now - assignedAt, total, left), 'rebuild progress');
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    caughtUpAt = Date.now();
  } finally {
    await consumer.stop();
    await target?.close();
  }
  let finished = { aggregates: 0, outcomes: 0 };
  // Leaving the group (stop above) is not replay time, in either projection.
  const viewsFrom = Date.now();
  if (projection === 'replay') {
    opts.logger?.info({ events }, 'replay caught up; computing the views');
    finished = await finishReplay(opts.prisma, {
      timeZone: opts.timeZone,
      now: clockNow(),
      outcomes: opts.outcomes,
      onProgress: (aggregates) => opts.logger?.debug({ aggregates }, 'views computed'),
    });
    if (finished.outcomes > 0) opts.onEvents?.();
  }
  const viewsSeconds = (Date.now() - viewsFrom) / 1000;
  const seconds = (caughtUpAt - assignedAt) / 1000 + viewsSeconds;
  return {
    groupId,
    events,
    seconds,
    viewsSeconds,
    ...finished,
    eventsPerSecond: Math.round(events / Math.max(seconds, 1e-3)),
    stoppedBy,
  };
}

/** A progress line: rate since the assignment, what is left by the end offsets, and an ETA. */
function progress(events: number, elapsedMs: number, total?: number, remaining?: number) {
  const eventsPerSecond = Math.round(events / Math.max(elapsedMs / 1000, 1e-3));
  return {
    events,
    eventsPerSecond,
    ...(total !== undefined ? { total } : {}),
    ...(remaining !== undefined
      ? { remaining, etaSeconds: eventsPerSecond > 0 ? Math.round(remaining / eventsPerSecond) : null }
      : {}),
  };
}
