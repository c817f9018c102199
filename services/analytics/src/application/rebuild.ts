// Rebuild: empty the read models and replay every consumed topic from the beginning under a fresh
// consumer group. The projections are keyed by event id and order-tolerant, so the result equals
// the live views. The emission logs stay, so no outcome, snapshot or demand is published twice.
// It stops when the replay has been quiet for `quietMs` (libs/kafka does not expose end offsets
// to services; see README).
import { type EventProducer, type KafkaLogger, type createKafka } from '@aftersales/kafka';
import { type PrismaClient } from '../db/client';
import { READ_MODEL_TABLES } from '../db/views';
import { createAnalyticsConsumer } from '../events/consumer';

export async function dropReadModels(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(`TRUNCATE ${READ_MODEL_TABLES.map((t) => `"${t}"`).join(', ')}`);
}

export interface RebuildOptions {
  kafka: ReturnType<typeof createKafka>;
  prisma: PrismaClient;
  producer: EventProducer;
  /** The reporting time zone: the rebuilt views' days are local dates there. */
  timeZone: string;
  namespace?: string;
  /** Group prefix; the replay group is `<prefix>-rebuild-<timestamp>`. */
  groupPrefix: string;
  quietMs?: number;
  /** How long to wait for the first event before concluding the topics are empty (15 s). */
  firstEventWaitMs?: number;
  timeoutMs?: number;
  logger?: KafkaLogger;
  onEvents?: () => void;
}

export async function rebuildReadModels(opts: RebuildOptions): Promise<{ groupId: string; events: number }> {
  const groupId = `${opts.groupPrefix}-rebuild-${Date.now()}`;
  await dropReadModels(opts.prisma);
  let events = 0;
  // Time of the last handled event; the quiet clock starts once the group has its partitions.
  const clock = { last: Date.now() };
  const consumer = createAnalyticsConsumer({
    kafka: opts.kafka,
    prisma: opts.prisma,
    timeZone: opts.timeZone,
    deadLetters: opts.producer,
    groupId,
    namespace: opts.namespace,
    logger: opts.logger,
    onEvents: opts.onEvents,
    onApplied: () => {
      events++;
      clock.last = Date.now();
    },
  });
  const joined = consumer.waitForAssignment();
  await consumer.start();
  await joined;
  clock.last = Date.now();
  const quietMs = opts.quietMs ?? 5_000;
  const deadline = Date.now() + (opts.timeoutMs ?? 30 * 60_000);
  try {
    // Until the first event arrives, wait longer: a slow broker must not end a rebuild before it began.
    const firstEventWaitMs = opts.firstEventWaitMs ?? Math.max(15_000, quietMs);
    const joinedAt = Date.now();
    while (Date.now() - clock.last < quietMs || (events === 0 && Date.now() - joinedAt < firstEventWaitMs)) {
      if (Date.now() > deadline) throw new Error(`rebuild did not finish within ${opts.timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await consumer.stop();
  }
  return { groupId, events };
}
