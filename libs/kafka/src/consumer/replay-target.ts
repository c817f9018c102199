// A replay's finish line: the end offsets of the topics when the replay began, and how far a
// consumer group still is from them (by its committed offsets). Lets a rebuild stop as soon as it
// has caught up and report progress, instead of guessing from a quiet period.
import { type Admin, type Kafka } from 'kafkajs';
import { physicalTopic } from '../client';

interface PartitionRange {
  topic: string; // physical name
  partition: number;
  low: bigint;
  high: bigint; // the offset the next message will get: the end to reach
}

export class ReplayTarget {
  private constructor(
    private readonly admin: Admin,
    private readonly groupId: string,
    private readonly ranges: readonly PartitionRange[],
  ) {}

  /** Reads the current start and end offsets of every partition of `topics` (registry names). */
  static async read(
    kafka: Kafka,
    opts: { groupId: string; topics: readonly string[]; namespace?: string },
  ): Promise<ReplayTarget> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const ranges: PartitionRange[] = [];
      for (const topic of opts.topics.map((t) => physicalTopic(t, opts.namespace))) {
        for (const p of await admin.fetchTopicOffsets(topic))
          ranges.push({ topic, partition: p.partition, low: BigInt(p.low), high: BigInt(p.high) });
      }
      return new ReplayTarget(admin, opts.groupId, ranges);
    } catch (err) {
      await admin.disconnect();
      throw err;
    }
  }

  /** Messages in the topics up to the end offsets (retention may have removed older ones). */
  get total(): number {
    return this.ranges.reduce((sum, r) => sum + Number(r.high - r.low), 0);
  }

  /** Messages up to the end offsets that the group has not committed yet (0: caught up). */
  async remaining(): Promise<number> {
    const topics = [...new Set(this.ranges.map((r) => r.topic))];
    const committed = new Map<string, bigint>();
    for (const t of await this.admin.fetchOffsets({ groupId: this.groupId, topics }))
      for (const p of t.partitions) committed.set(`${t.topic}/${p.partition}`, BigInt(p.offset));
    return this.ranges.reduce((sum, r) => {
      const done = committed.get(`${r.topic}/${r.partition}`) ?? -1n;
      const from = done < r.low ? r.low : done; // -1: nothing committed yet
      return sum + (r.high > from ? Number(r.high - from) : 0);
    }, 0);
  }

  async close(): Promise<void> {
    await this.admin.disconnect();
  }
}
