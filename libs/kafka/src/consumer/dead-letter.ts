// Dead letters: a message that cannot be handled goes to `<topic>.dlq` unchanged (key, value,
// headers) plus headers saying why and where it came from, so nothing is lost and a replay tool
// can put it back after a fix.
import { type KafkaMessage } from 'kafkajs';
import { dlqTopicOf } from '@aftersales/contracts';
import { type EventProducer } from '../producer';
import { Header } from '../headers';

export type DeadLetterReason = 'invalid-json' | 'contract-violation' | 'handler-failed';

export interface DeadLetter {
  topic: string; // physical topic the message was read from
  partition: number;
  message: KafkaMessage;
  groupId: string;
  reason: DeadLetterReason;
  error: unknown;
  attempts: number;
}

export function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > 4000 ? `${text.slice(0, 4000)}...` : text;
}

export async function sendToDeadLetter(producer: EventProducer, dl: DeadLetter): Promise<void> {
  await producer.sendRaw([
    {
      topic: dlqTopicOf(dl.topic),
      messages: [
        {
          key: dl.message.key,
          value: dl.message.value,
          headers: {
            ...(dl.message.headers ?? {}),
            [Header.dlqReason]: dl.reason,
            [Header.dlqError]: errorText(dl.error),
            [Header.dlqTopic]: dl.topic,
            [Header.dlqPartition]: String(dl.partition),
            [Header.dlqOffset]: dl.message.offset,
            [Header.dlqGroup]: dl.groupId,
            [Header.dlqAttempts]: String(dl.attempts),
            [Header.dlqFailedAt]: new Date().toISOString(),
          },
        },
      ],
    },
  ]);
}
