// What is waiting in an outbox: the relay's health gauges, the parked rows, and their replay.
import { type SqlTx } from '../sql';

/** Rows not yet published (parked ones apart), and the age of the oldest (seconds): the relay's health. */
export async function outboxBacklog(
  db: SqlTx,
): Promise<{ pending: number; oldestAgeSeconds: number; parked: number }> {
  const [row] = await db.$queryRawUnsafe<{ pending: bigint; age: number | null; parked: bigint }[]>(
    `SELECT count(*) FILTER (WHERE parked_at IS NULL) AS pending,
            EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL))::float8 AS age,
            count(*) FILTER (WHERE parked_at IS NOT NULL) AS parked
       FROM outbox_message WHERE published_at IS NULL`,
  );
  return {
    pending: Number(row?.pending ?? 0),
    oldestAgeSeconds: row?.age ?? 0,
    parked: Number(row?.parked ?? 0),
  };
}

export interface ParkedRow {
  seq: string;
  eventId: string;
  topic: string;
  key: string;
  eventType: string;
  attempts: number;
  lastError: string | null;
  parkedAt: Date;
}

/** The parked rows, oldest first (what aftersales-outbox-replay lists). */
export async function listParked(db: SqlTx): Promise<ParkedRow[]> {
  return db.$queryRawUnsafe<ParkedRow[]>(
    `SELECT seq::text AS "seq", event_id::text AS "eventId", topic, key, event_type AS "eventType",
            attempts, last_error AS "lastError", parked_at AS "parkedAt"
       FROM outbox_message WHERE published_at IS NULL AND parked_at IS NOT NULL ORDER BY seq`,
  );
}

/**
 * Puts parked rows back in line after the cause was fixed (topic created, ACL granted): their
 * attempts start over and the relay publishes them, and the rows waiting behind them, in order.
 * All parked rows, or the given seqs. Returns how many were released.
 */
export async function replayParked(db: SqlTx, seqs?: readonly string[]): Promise<number> {
  return db.$executeRawUnsafe(
    `UPDATE outbox_message SET parked_at = NULL, attempts = 0, next_attempt_at = NULL
      WHERE published_at IS NULL AND parked_at IS NOT NULL AND ($1::bigint[] IS NULL OR seq = ANY($1::bigint[]))`,
    seqs ? [...seqs] : null,
  );
}
