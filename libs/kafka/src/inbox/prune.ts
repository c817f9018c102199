// The inbox only has to remember an event id for as long as the event can come again: Kafka
// redelivers within minutes, a dead letter is replayed within the DLQ's retention (30 days), a
// consumer group is rewound at most to the last backup. Older rows are deleted in small batches so
// the table (and the unique index every consumed event probes) stays small.
// Services run it hourly through service-kit's maintenance sweep (INBOX_RETENTION_DAYS, default 90:
// above the DLQ retention and Kafka's offsets.retention, docs/runbook.md).
import { type SqlDb } from '../sql';

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
