// Explicit topic creation from the contracts registry: the broker runs with auto-create off
// (an auto-created topic errors on kafkajs' first fetch on KRaft; DESIGN.md 6).
import { type Kafka } from 'kafkajs';
import { topics as registry, dlqTopicOf, type TopicDefinition } from '@aftersales/contracts';
import { physicalTopic } from './client';

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
      { name: physicalTopic(t.name, opts.namespace), partitions: t.partitions, retentionMs: t.retentionMs },
      // Dead letters are kept longer: somebody has to look at them and replay.
      {
        name: physicalTopic(dlqTopicOf(t.name), opts.namespace),
        partitions: 1,
        retentionMs: 30 * 24 * 3600 * 1000,
      },
    ]);
    const missing = wanted.filter((t) => !existing.has(t.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: opts.replicationFactor ?? 1,
          configEntries: [{ name: 'retention.ms', value: String(t.retentionMs) }],
        })),
      });
    }
    return missing.map((t) => t.name);
  } finally {
    await admin.disconnect();
  }
}
