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
