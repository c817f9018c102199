// Inbox: a consumer records each event id in the same transaction as the event's effect, so a
// redelivered event (Kafka is at-least-once) finds its id and changes nothing.
import { type AnyEvent } from '@aftersales/contracts';
import { type SqlDb, type SqlTx } from '../sql';

export interface InboxRecord {
  consumerGroup: string;
  event: AnyEvent;
  topic: string;
  partition: number;
  offset: string;
}

export type InboxOutcome = 'applied' | 'duplicate';

/** Runs `effect` in a transaction unless this consumer group already processed the event. */
export async function handleOnce<Tx extends SqlTx>(
  db: SqlDb<Tx>,
  record: InboxRecord,
  effect: (tx: Tx) => Promise<void>,
): Promise<InboxOutcome> {
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRawUnsafe(
      `INSERT INTO inbox_message (consumer_group, event_id, event_type, topic, partition, kafka_offset)
       VALUES ($1, $2::uuid, $3, $4, $5, $6::bigint) ON CONFLICT DO NOTHING`,
      record.consumerGroup,
      record.event.id,
      record.event.type,
      record.topic,
      record.partition,
      record.offset,
    );
    if (inserted === 0) return 'duplicate';
    await effect(tx);
    return 'applied';
  });
}

/**
 * Records many events in one statement and returns the ids this consumer group had not seen
 * yet (the ones whose effects must now be applied in the same transaction). An id twice in one
 * call is recorded once.
 */
export async function recordInboxBatch(
  tx: SqlTx,
  consumerGroup: string,
  records: readonly Omit<InboxRecord, 'consumerGroup'>[],
): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  // One statement with array parameters: the same SQL text for every batch size.
  const rows = await tx.$queryRawUnsafe<{ event_id: string }[]>(
    `INSERT INTO inbox_message (consumer_group, event_id, event_type, topic, partition, kafka_offset)
     SELECT $1, r.event_id, r.event_type, r.topic, r.partition, r.kafka_offset
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::bigint[])
            AS r(event_id, event_type, topic, partition, kafka_offset)
     ON CONFLICT DO NOTHING
     RETURNING event_id::text AS event_id`,
    consumerGroup,
    records.map((r) => r.event.id),
    records.map((r) => r.event.type),
    records.map((r) => r.topic),
    records.map((r) => r.partition),
    records.map((r) => r.offset),
  );
  return new Set(rows.map((r) => r.event_id));
}
