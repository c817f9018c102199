// The inbox only has to remember an event id for as long as the event can come again: Kafka
// redelivers within minutes, a dead letter is replayed within the DLQ's retention (30 days), a
// consumer group is rewound at most to the last backup. Older rows are deleted in small batches so
// the table (and the unique index every consumed event probes) stays small.
import { type KafkaLogger } from '../client';
import { type SqlDb } from '../sql';

export interface InboxPrunerOptions {
  db: SqlDb;
  /** Keep rows this long (default 90 days; keep it above the DLQ retention and Kafka's offsets.retention). */
  retentionMs?: number;
  /** How often to prune (default hourly). */
  intervalMs?: number;
  /** Rows per DELETE (default 10,000), so no statement holds locks for long. */
  batchSize?: number;
  logger?: KafkaLogger;
}

/** Deletes inbox rows older than `retentionMs`; returns how many. */
export async function pruneInbox(db: SqlDb, retentionMs: number, batchSize = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRawUnsafe(
      `DELETE FROM inbox_message WHERE ctid IN (
         SELECT ctid FROM inbox_message
          WHERE processed_at < now() - ($1::bigint * interval '1 millisecond') LIMIT $2)`,
      retentionMs,
      batchSize,
    );
    total += deleted;
    if (deleted < batchSize) return total;
  }
}

export class InboxPruner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly opts: InboxPrunerOptions) {}

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.pruneOnce().catch((err: unknown) =>
        this.opts.logger?.warn({ err }, 'inbox: pruning failed; it is tried again at the next interval'),
      );
    };
    this.timer = setInterval(tick, this.opts.intervalMs ?? 3_600_000);
    this.timer.unref();
    tick();
  }

  async pruneOnce(): Promise<number> {
    const deleted = await pruneInbox(
      this.opts.db,
      this.opts.retentionMs ?? 90 * 24 * 3_600_000,
      this.opts.batchSize,
    );
    if (deleted > 0) this.opts.logger?.info({ deleted }, 'inbox: pruned rows past the retention window');
    return deleted;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
