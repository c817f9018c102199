// Baseline 1: kafkajs alone. The same message size, producer settings (idempotent, acks=all,
// one in flight) and batch size as the outbox relay; a consumer reads them back. No database.
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { physicalTopic, toMessage } from '@aftersales/kafka';
import { createNamespacedTopics, testInfra, testNamespace } from '@aftersales/testing';
import { TOPIC, sampleEvent } from '../env';

export async function rawKafka(
  total: number,
  batchSize: number,
  tick: (n: number) => void,
): Promise<{ eventsPerSec: number; bytes: number }> {
  const namespace = testNamespace('bench-raw-kafka');
  await createNamespacedTopics(namespace, { only: [TOPIC], partitions: 1 });
  const topic = physicalTopic(TOPIC, namespace);
  const kafka = new Kafka({
    clientId: 'bench-raw',
    brokers: testInfra().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({ groupId: `raw-${namespace}` });
  const messages = Array.from({ length: total }, () => toMessage(sampleEvent(randomUUID())));
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  let received = 0;
  const allIn = new Promise<void>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        received += batch.messages.length;
        tick(batch.messages.length);
        if (received >= total) resolve();
      },
    });
  });
  const t0 = performance.now();
  for (let i = 0; i < total; i += batchSize)
    await producer.send({ topic, acks: -1, messages: messages.slice(i, i + batchSize) });
  await allIn;
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return { eventsPerSec: total / seconds, bytes: Buffer.byteLength(messages[0]!.value) };
}
