// DLQ replay: after a fix, put dead-lettered messages back on the topic they came from. Reads the
// DLQ with its own consumer group (so a message is replayed once, not at every run) up to the end
// offsets seen at start, strips the dead-letter headers and re-publishes key, value and headers.
// The consumers' inbox makes a replay of something already applied harmless.
import { type Kafka } from 'kafkajs';
import { decodeHeaders, Header } from '../headers';
import { type EventProducer } from '../producer';
import { type KafkaLogger } from '../client';

export interface ReplayOptions {
  kafka: Kafka;
  producer: EventProducer;
  /** Physical DLQ topic name, e.g. `aftersales.repair.order.v1.dlq` (with namespace if any). */
  dlqTopic: string;
  groupId?: string;
  /** Only replay messages for which this returns true (e.g. one reason or one event type). */
  filter?: (headers: Record<string, string>) => boolean;
  logger?: KafkaLogger;
  timeoutMs?: number;
}

export interface ReplayResult {
  replayed: number;
  skipped: number;
}

const dlqHeaders = new Set<string>([
  Header.dlqError,
  Header.dlqReason,
  Header.dlqTopic,
  Header.dlqPartition,
  Header.dlqOffset,
  Header.dlqGroup,
  Header.dlqAttempts,
  Header.dlqFailedAt,
]);

export async function replayDeadLetters(opts: ReplayOptions): Promise<ReplayResult> {
  const admin = opts.kafka.admin();
  await admin.connect();
  const ends = new Map<number, bigint>();
  try {
    for (const p of await admin.fetchTopicOffsets(opts.dlqTopic)) ends.set(p.partition, BigInt(p.high));
  } finally {
    await admin.disconnect();
  }
  const groupId = opts.groupId ?? 'aftersales-dlq-replay';
  const consumer = opts.kafka.consumer({ groupId, allowAutoTopicCreation: false });
  const result: ReplayResult = { replayed: 0, skipped: 0 };
  const done = new Set<number>();
  const markIfCaughtUp = (partition: number, next: bigint) => {
    if (next >= (ends.get(partition) ?? 0n)) done.add(partition);
  };

  await consumer.connect();
  try {
    await consumer.subscribe({ topic: opts.dlqTopic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`replay of ${opts.dlqTopic} did not catch up within ${opts.timeoutMs ?? 60_000} ms`),
          ),
        opts.timeoutMs ?? 60_000,
      );
      const finishIfDone = () => {
        if (done.size >= ends.size) {
          clearTimeout(timer);
          resolve();
        }
      };
      // Partitions already empty (or fully replayed by an earlier run) count as done once assigned.
      consumer.on(consumer.events.GROUP_JOIN, async () => {
        const admin2 = opts.kafka.admin();
        await admin2.connect();
        try {
          const committed = await admin2.fetchOffsets({ groupId, topics: [opts.dlqTopic] });
          for (const p of committed[0]?.partitions ?? []) {
            const from = p.offset === '-1' ? 0n : BigInt(p.offset);
            markIfCaughtUp(p.partition, from);
          }
        } finally {
          await admin2.disconnect();
        }
        finishIfDone();
      });
      void consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const offset = BigInt(message.offset);
            if (offset < (ends.get(partition) ?? 0n)) {
              const headers = decodeHeaders(message.headers);
              const target = headers[Header.dlqTopic];
              if (target && (opts.filter?.(headers) ?? true)) {
                const kept = Object.fromEntries(Object.entries(headers).filter(([k]) => !dlqHeaders.has(k)));
                await opts.producer.sendRaw([
                  {
                    topic: target,
                    messages: [
                      {
                        key: message.key,
                        value: message.value,
                        headers: { ...kept, 'dlq-replayed-at': new Date().toISOString() },
                      },
                    ],
                  },
                ]);
                result.replayed += 1;
                opts.logger?.info({ target, partition, offset: message.offset }, 'replayed dead letter');
              } else {
                result.skipped += 1;
              }
            }
            markIfCaughtUp(partition, offset + 1n);
            finishIfDone();
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return result;
}
