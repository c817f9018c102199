export { createKafka, physicalTopic, logicalTopic, type KafkaOptions, type KafkaLogger } from './client';
export {
  kafkaBrokersSchema,
  kafkaSecurityConfigSchema,
  kafkaSecurityFromConfig,
  kafkaSecurityFromEnv,
  kafkaSecurityIssues,
  KafkaConfigError,
  KAFKA_SASL_MECHANISMS,
  type KafkaSecurity,
  type KafkaSecurityConfig,
  type KafkaSaslMechanism,
  type KafkaConfigIssue,
} from './security';
export { ensureTopics, type EnsureTopicsOptions } from './topics';
export { EventProducer, needsNewProducer, toMessage, type OutgoingEvent } from './producer';
export { Header, decodeHeaders } from './headers';
export {
  toCloudEvent,
  cloudEventHeaders,
  readCloudEvent,
  cloudEventSource,
  cloudEventDataSchema,
  CloudEventExtension,
  CLOUDEVENTS_SPEC_VERSION,
} from './cloudevents';
export { injectTraceHeaders, extractTraceContext, type TraceHeaders } from './trace-context';
export { enqueueEvents, emit, type EnqueueOptions } from './outbox/enqueue';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/relay';
export { outboxBacklog, listParked, replayParked, type ParkedRow } from './outbox/backlog';
export { publishFailureScope, kafkaErrorType, type PublishFailureScope } from './outbox/publish-failure';
export { handleOnce, recordInboxBatch, type InboxRecord, type InboxOutcome } from './inbox/inbox';
export { pruneInbox } from './inbox/prune';
export {
  BatchEventConsumer,
  type BatchEventConsumerOptions,
  type BatchItem,
  type TxBatchHandler,
  type TxEventHandler,
  type TxEventHandlers,
} from './consumer/batch-consumer';
export {
  EventConsumer,
  type EventConsumerOptions,
  type ConsumerConnection,
  type EventHandler,
  type EventHandlers,
  type MessageMeta,
  type MessageResult,
} from './consumer/consumer';
export { sendToDeadLetter, errorText, type DeadLetter, type DeadLetterReason } from './consumer/dead-letter';
export {
  backoffMs,
  defaultPausePolicy,
  defaultRetryPolicy,
  sleepWithHeartbeat,
  type BackoffPolicy,
  type RetryPolicy,
} from './consumer/retry';
export {
  PermanentError,
  TransientError,
  classifyFailure,
  isTransientKafkaError,
  type Failure,
  type TransientClass,
} from './consumer/failure';
export { type SqlDb, type SqlTx } from './sql';
export { ReplayTarget } from './consumer/replay-target';
export { replayDeadLetters, type ReplayOptions, type ReplayResult } from './consumer/replay';
export {
  trackOutbox,
  publishedEvents,
  consumedMessages,
  deadLetters,
  consumerLag,
  pausedPartitions,
  pausedSeconds,
  consumerRetries,
  outboxPublishFailures,
} from './metrics';
export { replayErasureLog, type ErasureLogReplay, type ErasureLogReplayOptions } from './erasure-log';
