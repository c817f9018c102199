import { ConfigResourceTypes } from 'kafkajs';
import { topics, dlqTopicOf } from '@aftersales/contracts';
import { testInfra, testKafka, testNamespace } from '@aftersales/testing';
import { createKafka, ensureTopics, physicalTopic } from '../src';

describe('ensureTopics (real broker)', () => {
  it('creates every registry topic with its partitions and a DLQ, once, and public topics with their retention and cleanup', async () => {
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

      // What a consumer of a public topic reads from offset 0 depends on these configs
      // (docs/consuming-events.md): the broker holds exactly what the registry says.
      const publicTopics = topics.filter((t) => t.public);
      expect(publicTopics.map((t) => t.name).sort()).toEqual([
        'aftersales.analytics.service-outcome.v1',
        'aftersales.analytics.service-outcome.v2',
        'aftersales.parts.demand.v1',
      ]);
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: publicTopics.map((t) => ({
          type: ConfigResourceTypes.TOPIC,
          name: physicalTopic(t.name, namespace),
          configNames: ['retention.ms', 'cleanup.policy'],
        })),
      });
      for (const t of publicTopics) {
        const entries = described.resources.find(
          (r) => r.resourceName === physicalTopic(t.name, namespace),
        )!.configEntries;
        const value = (name: string) => entries.find((e) => e.configName === name)?.configValue;
        expect({ topic: t.name, retention: value('retention.ms'), cleanup: value('cleanup.policy') }).toEqual(
          {
            topic: t.name,
            retention: String(t.retentionMs),
            cleanup: t.cleanupPolicy,
          },
        );
      }
      await admin.deleteTopics({ topics: created });
    } finally {
      await admin.disconnect();
    }
  });
});
