#!/usr/bin/env node
// Replays a dead-letter topic onto the topics its messages came from, once the cause is fixed.
// usage: aftersales-dlq-replay <topic> [--reason invalid-json|contract-violation|handler-failed]
//   env: KAFKA_BROKERS (127.0.0.1:9092), KAFKA_TOPIC_NAMESPACE (optional), and the services'
//   KAFKA_SSL* / KAFKA_SASL* variables for a TLS/SASL cluster (docs/security.md)
const {
  createKafka,
  EventProducer,
  kafkaSecurityFromEnv,
  replayDeadLetters,
  physicalTopic,
} = require('../dist');
const { dlqTopicOf } = require('@aftersales/contracts');

async function main() {
  const [topic, ...rest] = process.argv.slice(2);
  if (!topic) {
    console.error('usage: aftersales-dlq-replay <topic, e.g. aftersales.repair.order.v1> [--reason R]');
    process.exit(2);
  }
  const reasonAt = rest.indexOf('--reason');
  const reason = reasonAt >= 0 ? rest[reasonAt + 1] : undefined;
  const namespace = process.env.KAFKA_TOPIC_NAMESPACE ?? '';
  const kafka = createKafka({
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    clientId: 'dlq-replay',
    security: kafkaSecurityFromEnv(process.env),
  });
  const producer = new EventProducer(kafka);
  const dlqTopic = physicalTopic(dlqTopicOf(topic.replace(/\.dlq$/, '')), namespace);
  const result = await replayDeadLetters({
    kafka,
    producer,
    dlqTopic,
    filter: reason ? (h) => h['dlq-reason'] === reason : undefined,
  });
  await producer.disconnect();
  console.log(`replayed ${result.replayed}, skipped ${result.skipped} from ${dlqTopic}`);
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
