// Explicit topic creation from the contracts registry: the broker runs with auto-create off
// (an auto-created topic errors on kafkajs' first fetch on KRaft; docs/architecture.md, Kafka client pitfalls).
import { type Admin, type Kafka } from 'kafkajs';
import {
  topics as registry,
  dlqTopicDefinitionOf,
  dlqTopicOf,
  type TopicDefinition,
} from '@aftersales/contracts';
import { physicalTopic } from './client';
import { kafkaErrorType } from './outbox/publish-failure';

export interface EnsureTopicsOptions {
  namespace?: string;
  /** Registry topics to create; defaults to all of them. */
  topics?: readonly TopicDefinition[];
  replicationFactor?: number;
}

/** Creates each topic and its dead-letter topic if missing; waits for leaders. Returns what it created. */
export async function ensureTopics(kafka: Kafka, opts: EnsureTopicsOptions = {}): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = (opts.topics ?? registry).flatMap((t) => [
      { ...t, name: physicalTopic(t.name, opts.namespace) },
      // Dead letters are kept longer: somebody has to look at them and replay.
      { ...dlqTopicDefinitionOf(t), name: physicalTopic(dlqTopicOf(t.name), opts.namespace) },
    ]);
    const missing = wanted.filter((t) => !existing.has(t.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: opts.replicationFactor ?? 1,
          configEntries: [
            { name: 'retention.ms', value: String(t.retentionMs) },
            { name: 'cleanup.policy', value: t.cleanupPolicy },
          ],
        })),
      });
      await waitForTopicLeaders(
        admin,
        missing.map((t) => t.name),
      );
    }
    return missing.map((t) => t.name);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Waits until every partition of `topics` has a leader. kafkajs' own `waitForLeaders` retries
 * only LEADER_NOT_AVAILABLE, but a broker that has just created a topic may answer
 * UNKNOWN_TOPIC_OR_PARTITION for a moment (seen in CI on a freshly started broker).
 */
export async function waitForTopicLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
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
