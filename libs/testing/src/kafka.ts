// Kafka helpers for tests: a topic namespace per suite (isolation on one shared broker), the
// registry's topics created under it, and reading back what landed on a topic.
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Admin, type KafkaMessage } from 'kafkajs';
import { topics as registry, dlqTopicOf } from '@aftersales/contracts';
import { testInfra } from './infra';

export function testNamespace(label: string): string {
  return `t-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomBytes(4).toString('hex')}`;
}

/** A kafkajs client on the run's broker (or on `brokers`, e.g. a suite's own broker). */
export function testKafka(clientId = 'test', brokers: string[] = testInfra().kafkaBrokers): Kafka {
  return new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING });
}

/** Creates every registry topic (and its DLQ) under the namespace, with one partition each unless told. */
export async function createNamespacedTopics(
  namespace: string,
  opts: { partitions?: number; only?: string[]; brokers?: string[] } = {},
): Promise<void> {
  const admin = testKafka('test-admin', opts.brokers).admin();
  await admin.connect();
  try {
    const names = registry
      .filter((t) => !opts.only || opts.only.includes(t.name))
      .flatMap((t) => [t.name, dlqTopicOf(t.name)]);
    await admin.createTopics({
      waitForLeaders: false,
      topics: names.map((n) => ({
        topic: `${namespace}.${n}`,
        numPartitions: n.endsWith('.dlq') ? 1 : (opts.partitions ?? 1),
        replicationFactor: 1,
      })),
    });
    await waitForTopicLeaders(
      admin,
      names.map((n) => `${namespace}.${n}`),
    );
  } finally {
    await admin.disconnect();
  }
}

export interface ReadMessage {
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/** Reads a topic from the beginning until `count` messages arrived or the timeout passed. */
export async function readTopic(topic: string, count: number, timeoutMs = 20_000): Promise<ReadMessage[]> {
  const consumer = testKafka('test-reader').consumer({ groupId: `reader-${randomBytes(6).toString('hex')}` });
  const seen: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          seen.push(toRead(partition, message));
          if (seen.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

/**
 * Every message on a topic, from the beginning up to the end offsets seen when called (what a
 * consumer starting at offset 0 gets); fails when a partition is not read to its end in time.
 */
export async function readTopicToEnd(
  topic: string,
  opts: { brokers?: string[]; timeoutMs?: number } = {},
): Promise<ReadMessage[]> {
  const kafka = testKafka('test-reader', opts.brokers);
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<number, bigint>();
  try {
    for (const p of await admin.fetchTopicOffsets(topic)) ends.set(p.partition, BigInt(p.high));
  } finally {
    await admin.disconnect();
  }
  const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p));
  const seen: ReadMessage[] = [];
  if (pending.size === 0) return seen;
  const consumer = kafka.consumer({ groupId: `reader-${randomBytes(6).toString('hex')}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`reading ${topic}: ${pending.size} partition(s) not read to the end`)),
        opts.timeoutMs ?? 30_000,
      );
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const end = ends.get(partition) ?? 0n;
          if (BigInt(message.offset) < end) seen.push(toRead(partition, message));
          if (BigInt(message.offset) + 1n >= end) pending.delete(partition);
          if (pending.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

function toRead(partition: number, m: KafkaMessage): ReadMessage {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.headers ?? {}))
    if (v !== undefined) headers[k] = String(Array.isArray(v) ? v[0] : v);
  return {
    partition,
    offset: m.offset,
    key: m.key?.toString() ?? null,
    value: m.value?.toString() ?? null,
    headers,
  };
}

/** Polls `probe` until it returns a truthy value; fails with `what` after the timeout. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The kafkajs error type of `err` or of the error it wraps (retriers wrap the last one). */
function kafkaErrorType(err: unknown): string | undefined {
  for (let e = err as { type?: string; originalError?: unknown; cause?: unknown } | undefined; e;) {
    if (e.type) return e.type;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return undefined;
}

/**
 * Waits until every partition of `topics` has a leader. kafkajs' own `waitForLeaders` retries
 * only LEADER_NOT_AVAILABLE, but a broker that has just created a topic may answer
 * UNKNOWN_TOPIC_OR_PARTITION for a moment (seen in CI on a freshly started broker).
 */
async function waitForTopicLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const meta = await admin.fetchTopicMetadata({ topics });
      if (meta.topics.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)))
        return;
    } catch (err) {
      const type = kafkaErrorType(err);
      if (type !== 'UNKNOWN_TOPIC_OR_PARTITION' && type !== 'LEADER_NOT_AVAILABLE') throw err;
    }
    if (Date.now() > deadline)
      throw new Error(`topics have no leaders after ${timeoutMs} ms: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
