// Replay (issue 24): how fast analytics rebuilds its read models from offset 0, the way a user
// runs it (`npm run rebuild -w @aftersales/analytics`, i.e. node dist/rebuild.js with the service's
// env), over a generated history of at least 200,000 events on the real broker. The baseline is
// plain kafkajs reading the same topics from offset 0 (JSON.parse only) in the same run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { topicOf, topics, type AnyEvent } from '@aftersales/contracts';
import { pgAdapter } from '@aftersales/db';
import { BatchEventConsumer, EventProducer, createKafka, physicalTopic } from '@aftersales/kafka';
import {
  createNamespacedTopics,
  createTestDatabase,
  testInfra,
  testNamespace,
  type TestDatabase,
} from '@aftersales/testing';
import { PrismaClient } from '../generated/client';
import { devEnv } from '../platform/launch';
import { DEFAULT_HISTORY, historyUntil, type HistoryOptions } from './history';

const repoRoot = path.resolve(__dirname, '../../../..');
const analyticsDir = path.join(repoRoot, 'services/analytics');
/** Events per EventProducer.publish call (one sendBatch over the topics involved). */
const PUBLISH_CHUNK = 2_000;

export interface History {
  namespace: string;
  /** Physical names of the topics the history was published to. */
  topics: string[];
  events: number;
  orders: number;
  weeks: number;
  centres: number;
  tenants: number;
  byType: Record<string, number>;
  publishSeconds: number;
  /** Deletes the namespace's topics (the history is large; the broker's disk is shared). */
  remove(): Promise<void>;
}

/**
 * Generates the history week by week into a fresh namespace (every registry topic with its
 * registry partition count), publishing one week while the next is generated.
 */
export async function publishHistory(
  opts: Partial<HistoryOptions> & { centres: number; minEvents: number },
  tick: (n: number) => void,
): Promise<History> {
  const namespace = testNamespace('bench-replay');
  const brokers = testInfra().kafkaBrokers;
  for (const partitions of new Set(topics.map((t) => t.partitions)))
    await createNamespacedTopics(namespace, {
      only: topics.filter((t) => t.partitions === partitions).map((t) => t.name),
      partitions,
      brokers,
    });
  const producer = new EventProducer(createKafka({ brokers, clientId: 'bench-replay' }), namespace);
  await producer.connect();
  const history = { ...DEFAULT_HISTORY, ...opts };
  const byType: Record<string, number> = {};
  let events = 0;
  let orders = 0;
  let weeks = 0;
  const t0 = performance.now();
  const publish = async (batch: AnyEvent[]) => {
    for (let i = 0; i < batch.length; i += PUBLISH_CHUNK) {
      const chunk = batch.slice(i, i + PUBLISH_CHUNK);
      await producer.publish(chunk.map((event) => ({ event })));
      tick(chunk.length);
    }
  };
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for (const week of historyUntil(history, opts.minEvents)) {
      for (const e of week.events) byType[e.type] = (byType[e.type] ?? 0) + 1;
      events += week.events.length;
      orders += week.orders;
      weeks++;
      await inFlight;
      inFlight = publish(week.events);
    }
    await inFlight;
  } finally {
    await producer.disconnect();
  }
  const used = [...new Set(Object.keys(byType).map((type) => topicOf(type as AnyEvent['type'])))];
  return {
    namespace,
    topics: used.map((t) => physicalTopic(t, namespace)),
    events,
    orders,
    weeks,
    centres: history.centres,
    tenants: history.tenants,
    byType,
    publishSeconds: (performance.now() - t0) / 1000,
    remove: () => removeNamespace(namespace),
  };
}

async function removeNamespace(namespace: string): Promise<void> {
  const admin = new Kafka({
    clientId: 'bench-replay-admin',
    brokers: testInfra().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const names = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    if (names.length > 0) await admin.deleteTopics({ topics: names });
  } finally {
    await admin.disconnect();
  }
}

export interface RawConsumption {
  eventsPerSec: number;
  /** From the group join to the last message (what eventsPerSec divides by). */
  seconds: number;
  /** From run() to the group join (rebalance delay), not counted in the rate. */
  joinSeconds: number;
}

/** Baseline: a plain kafkajs consumer group reads every history topic from offset 0, JSON.parse only. */
export async function rawConsume(h: History, tick: (n: number) => void): Promise<RawConsumption> {
  const kafka = new Kafka({
    clientId: 'bench-replay-raw',
    brokers: testInfra().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `raw-${h.namespace}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: h.topics, fromBeginning: true });
    let received = 0;
    let joinedAt = 0;
    consumer.on(consumer.events.GROUP_JOIN, () => (joinedAt ||= performance.now()));
    const t0 = performance.now();
    const finishedAt = await new Promise<number>((resolve) => {
      void consumer.run({
        eachBatch: async ({ batch }) => {
          for (const m of batch.messages) if (m.value) JSON.parse(m.value.toString());
          received += batch.messages.length;
          tick(batch.messages.length);
          if (received >= h.events) resolve(performance.now());
        },
      });
    });
    const seconds = (finishedAt - joinedAt) / 1000;
    return { eventsPerSec: h.events / seconds, seconds, joinSeconds: (joinedAt - t0) / 1000 };
  } finally {
    await consumer.disconnect();
  }
}

/**
 * Second baseline: the platform's consumer stack as the rebuild runs it (BatchEventConsumer:
 * kafkajs, decoding, contract validation, chunks of 5,000 in one transaction each, two partitions
 * at once, no inbox) with a handler that stores nothing. The rebuild's rate against this one is
 * what the projection itself costs.
 */
export async function consumerStack(
  h: History,
  databaseUrl: string,
  tick: (n: number) => void,
): Promise<RawConsumption> {
  const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'bench-replay-stack' });
  const db = new PrismaClient({ adapter: pgAdapter({ databaseUrl, maxConnections: 4 }) });
  const deadLetters = new EventProducer(kafka, h.namespace);
  const types = Object.keys(h.byType) as AnyEvent['type'][];
  let handled = 0;
  let done: () => void = () => undefined;
  const all = new Promise<void>((r) => (done = r));
  type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
  const consumer = new BatchEventConsumer<Tx>({
    kafka,
    db,
    groupId: `stack-${h.namespace}`,
    topics: [...new Set(types.map((t) => topicOf(t)))],
    namespace: h.namespace,
    deadLetters,
    inbox: false,
    maxBatchSize: 5_000,
    fetch: { maxBytesPerPartition: 16 * 1024 * 1024, maxBytes: 64 * 1024 * 1024 },
    partitionsConsumedConcurrently: 2,
    batchHandler: {
      types,
      handle: async (items) => {
        handled += items.length;
        tick(items.length);
        if (handled >= h.events) done();
      },
    },
  });
  try {
    const t0 = performance.now();
    const joined = consumer.waitForAssignment();
    await consumer.start();
    await joined;
    const joinedAt = performance.now();
    await all;
    const seconds = (performance.now() - joinedAt) / 1000;
    return { eventsPerSec: h.events / seconds, seconds, joinSeconds: (joinedAt - t0) / 1000 };
  } finally {
    await consumer.stop();
    await deadLetters.disconnect();
    await db.$disconnect();
  }
}

export interface Rebuild {
  /** From the rebuild's final log line. */
  events: number;
  /** The rebuild's `seconds` (assignment to caught up and views computed). */
  seconds: number;
  /** Of `seconds`: computing the views after the replay, when the rebuild logs it. */
  viewsSeconds: number | null;
  eventsPerSec: number;
  /** Where eventsPerSec came from: the log's `eventsPerSecond`, or events / seconds when absent. */
  rateSource: 'eventsPerSecond' | 'events/seconds';
  /** The log's `wallSeconds` when present, else the process's lifetime measured here. */
  wallSeconds: number;
  /** Spawn to exit, measured by the bench (start-up, migrations-free connect, replay, quiet period). */
  processSeconds: number;
  /** How the rebuild knew it was done (`end-offsets` or `quiet-period`), when it logs it. */
  stoppedBy: string | null;
  /** Rows in order_view after the rebuild. */
  orderViewRows: number;
  timeZone: string;
  quietMs: number;
  /** The rebuild's warnings and errors, distinct, with how often: why events might be missing. */
  problems: string[];
}

/** A fresh database with analytics' migrations, for the rebuilds (the caller drops it). */
export function analyticsDatabase(): Promise<TestDatabase> {
  return createTestDatabase('bench_replay_analytics', path.join(analyticsDir, 'prisma/migrations'));
}

/**
 * The rebuild as a user runs it, on the given analytics database. On a fresh one every service
 * outcome is emitted for the first time; run again on the same database, the outcome logs are
 * kept and nothing is re-emitted (the usual rebuild of a running deployment).
 */
export async function rebuildAnalytics(
  h: History,
  db: TestDatabase,
  tick: (n: number) => void,
  opts: {
    /** The image's memory settings (SERVICE_MEMORY_ENV), or null to run without (`--untuned`). */
    memoryEnv: Record<string, string> | null;
    /** The rebuild's --max-old-space-size (1024, as `npm run rebuild` gives it). */
    heapMb?: number;
    timeZone?: string;
  },
): Promise<Rebuild> {
  const timeZone = opts.timeZone ?? 'Europe/Berlin';
  const quietMs = 5_000; // the rebuild's default, stated so the docs can name it
  const env = {
    ...process.env,
    ...devEnv(),
    // As the image runs it (deploy/docker/Dockerfile); untuned replaces the caller's NODE_OPTIONS
    // (tsx's loader), which dist/rebuild.js does not need.
    ...(opts.memoryEnv ?? { NODE_OPTIONS: '' }),
    LOG_LEVEL: 'info', // the final line is at info
    SERVICE_NAME: 'analytics',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: testInfra().kafkaBrokers.join(','),
    KAFKA_TOPIC_NAMESPACE: h.namespace,
    KAFKA_CONSUMER_GROUP: `${h.namespace}.analytics`,
    REPORTING_TIME_ZONE: timeZone,
    REBUILD_QUIET_MS: String(quietMs),
  };
  const t0 = performance.now();
  // Its progress lines ('rebuild progress', events so far) move the bench's progress bar.
  let reported = 0;
  const onLine = (line: string) => {
    const l = parseJsonLine(line);
    if (l?.msg !== 'rebuild progress' && l?.msg !== 'read models rebuilt') return;
    const events = Number(l.events);
    if (events > reported) tick(events - reported);
    reported = Math.max(reported, events);
  };
  const { code, signal, lines } = await run(
    process.execPath,
    // The heap `npm run rebuild` gives it (services/analytics/package.json): a batch job reading
    // thousands of events per chunk, not held to the service's 192 MB (SERVICE_MEMORY_ENV), with a
    // young generation large enough that a chunk's objects die there instead of being promoted.
    [
      `--max-old-space-size=${opts.heapMb ?? 1024}`,
      ...(opts.heapMb === undefined || opts.heapMb >= 512 ? ['--max-semi-space-size=32'] : []),
      path.join(analyticsDir, 'dist/rebuild.js'),
    ],
    env,
    onLine,
  );
  const processSeconds = (performance.now() - t0) / 1000;
  const done = lines
    .map(parseJsonLine)
    .reverse()
    .find((l) => l?.msg === 'read models rebuilt');
  if (code !== 0 || !done)
    throw new Error(
      `analytics rebuild exited ${code ?? signal} without its final line:\n` +
        lines
          .slice(-25)
          .map((l) => l.slice(0, 400))
          .join('\n'),
    );
  const events = Number(done.events);
  const seconds = Number(done.seconds);
  const logged = typeof done.eventsPerSecond === 'number';
  return {
    events,
    seconds,
    viewsSeconds: typeof done.viewsSeconds === 'number' ? done.viewsSeconds : null,
    eventsPerSec: logged ? Number(done.eventsPerSecond) : events / seconds,
    rateSource: logged ? 'eventsPerSecond' : 'events/seconds',
    wallSeconds: typeof done.wallSeconds === 'number' ? done.wallSeconds : processSeconds,
    processSeconds,
    stoppedBy: typeof done.stoppedBy === 'string' ? done.stoppedBy : null,
    orderViewRows: await countRows(db, 'order_view'),
    timeZone,
    quietMs,
    problems: summarize(lines.filter(isProblem)),
  };
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: analyticsDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let partial = '';
    const keep = (chunk: Buffer) => {
      const text = partial + chunk.toString();
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      parts.forEach(onLine);
      lines.push(...parts);
      // The final line is near the end; warnings are kept apart, so only info lines are dropped.
      if (lines.length > 4_000) lines.splice(0, 2_000, ...lines.slice(0, 2_000).filter(isProblem));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code, signal) =>
      resolve({ code, signal, lines: partial ? [...lines, partial] : lines }),
    );
  });
}

/** "<count> x <msg>: <error message>" per distinct warning, most frequent first. */
function summarize(problemLines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of problemLines) {
    const l = parseJsonLine(line)!;
    const err = l.err as { message?: string } | undefined;
    const text = `${String(l.msg)}${err?.message ? `: ${err.message.slice(0, 300)}` : ''}`;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([text, n]) => `${n} x ${text}`);
}

const isProblem = (line: string) => ['warn', 'error', 'fatal'].includes(String(parseJsonLine(line)?.level));

function parseJsonLine(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function countRows(db: TestDatabase, table: string): Promise<number> {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
    return Number(r.rows[0]!.n);
  } finally {
    await c.end();
  }
}
