// The erasure log: every customer.erased ever published stays on the (compacted) customer topic.
// A database restored from a backup taken before an erasure holds the erased customer's data key
// again, and so do other services' redacted texts. After a restore, `replayErasureLog` reads the
// erasures published since the backup began and publishes them again, unchanged (same event id):
// the services' consumers apply what their restored databases lack (the customer service shreds
// the key again, the others redact again) and their inbox ignores what they already had.
import { topicOf } from '@aftersales/contracts';
import { decodeHeaders, Header } from './headers';
import { type EventProducer } from './producer';
import { physicalTopic, type createKafka, type KafkaLogger } from './client';

export interface ErasureLogReplayOptions {
  kafka: ReturnType<typeof createKafka>;
  producer: EventProducer;
  namespace?: string;
  /** Erasures published at or after this time are replayed (the backup's start, less a margin). */
  since: Date;
  logger?: KafkaLogger;
  timeoutMs?: number;
}

export interface ErasureLogReplay {
  /** Erasures published again, by customer id. */
  customerIds: string[];
  /** Other records of the topic in that window (registrations, changes), left alone. */
  skipped: number;
}

export async function replayErasureLog(opts: ErasureLogReplayOptions): Promise<ErasureLogReplay> {
  const topic = physicalTopic(topicOf('customer.erased'), opts.namespace);
  const admin = opts.kafka.admin();
  await admin.connect();
  // Per partition: where the window starts (by broker timestamp) and where the log ends now.
  const ranges = new Map<number, { from: bigint; to: bigint }>();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const starts = await admin.fetchTopicOffsetsByTimestamp(topic, opts.since.getTime());
    for (const end of ends) {
      const start = starts.find((s) => s.partition === end.partition);
      // -1: no record at or after the time: nothing to replay in that partition.
      const from = start && start.offset !== '-1' ? BigInt(start.offset) : BigInt(end.high);
      if (from < BigInt(end.high)) ranges.set(end.partition, { from, to: BigInt(end.high) });
    }
  } finally {
    await admin.disconnect();
  }
  const result: ErasureLogReplay = { customerIds: [], skipped: 0 };
  if (ranges.size === 0) return result;

  const found: { key: Buffer | null; value: Buffer | null; headers: Record<string, string> }[] = [];
  const groupId = `aftersales-erasure-replay-${Date.now()}`;
  const consumer = opts.kafka.consumer({ groupId, allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    const done = new Set<number>();
    await new Promise<void>((resolve, reject) => {
      const timeoutMs = opts.timeoutMs ?? 120_000;
      const timer = setTimeout(
        () => reject(new Error(`reading the erasure log of ${topic} took longer than ${timeoutMs} ms`)),
        timeoutMs,
      );
      consumer.on(consumer.events.GROUP_JOIN, () => {
        for (const [partition, range] of ranges)
          consumer.seek({ topic, partition, offset: range.from.toString() });
      });
      void consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const range = ranges.get(partition);
            const offset = BigInt(message.offset);
            if (!range || offset < range.from || done.has(partition)) return;
            if (offset < range.to) {
              const headers = decodeHeaders(message.headers);
              if (headers[Header.eventType] === 'customer.erased')
                found.push({ key: message.key, value: message.value, headers });
              else result.skipped += 1;
            }
            if (offset + 1n >= range.to) done.add(partition);
            if (done.size === ranges.size) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
    const cleanup = opts.kafka.admin();
    await cleanup.connect();
    await cleanup.deleteGroups([groupId]).catch(() => undefined);
    await cleanup.disconnect();
  }
  if (found.length > 0)
    await opts.producer.sendRaw([
      {
        topic,
        messages: found.map((m) => ({
          key: m.key,
          value: m.value,
          headers: { ...m.headers, 'erasure-replayed-at': new Date().toISOString() },
        })),
      },
    ]);
  for (const m of found) {
    const event = JSON.parse(m.value?.toString('utf8') ?? '{}') as { data?: { customerId?: string } };
    if (event.data?.customerId) result.customerIds.push(event.data.customerId);
  }
  opts.logger?.info(
    { topic, replayed: found.length, since: opts.since.toISOString() },
    'erasure log replayed',
  );
  return result;
}
