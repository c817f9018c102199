import { topics, dlqTopicOf } from '@aftersales/contracts';
import { testInfra, testKafka, testNamespace } from '@aftersales/testing';
import { createKafka, ensureTopics, physicalTopic } from '../src';

describe('ensureTopics (real broker)', () => {
  it('creates every registry topic with its partitions and a DLQ, once', async () => {
    const namespace = testNamespace('topics');
    const kafka = createKafka({ brokers: testInfra().kafkaBrokers, clientId: 'topics-test' });
    const created = await ensureTopics(kafka, { namespace });
    expect(created).toHaveLength(topics.length * 2);
    expect(await ensureTopics(kafka, { namespace })).toEqual([]);

    const admin = testKafka().admin();
    await admin.connect();
    try {
      const order = topics.find((t) => t.partitions > 1)!;
      const meta = await admin.fetchTopicMetadata({
        topics: [physicalTopic(order.name, namespace), physicalTopic(dlqTopicOf(order.name), namespace)],
      });
      const partitionsOf = (name: string) => meta.topics.find((t) => t.name === name)?.partitions.length;
      expect(partitionsOf(physicalTopic(order.name, namespace))).toBe(order.partitions);
      expect(partitionsOf(physicalTopic(dlqTopicOf(order.name), namespace))).toBe(1);
      await admin.deleteTopics({ topics: created });
    } finally {
      await admin.disconnect();
    }
  });
});
