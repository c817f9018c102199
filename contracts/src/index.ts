// @aftersales/contracts: the event envelope, every event schema, the topic registry,
// JSON Schema export and the compatibility check. Other workspaces import only from here.
export { EventEnvelopeSchema, type EventEnvelope } from './envelope';
export {
  eventSchemas,
  eventTypes,
  isEventType,
  EVENT_VERSION,
  EVENT_VERSIONS,
  versionOf,
  versionsOf,
  schemaOf,
  type EventType,
  type EventData,
  type EventOf,
  type AnyEvent,
} from './registry';
export {
  topics,
  topicOf,
  topicVersion,
  isSuperseded,
  dlqTopicOf,
  dlqTopicDefinitionOf,
  allTopicNames,
  RETAIN_FOREVER,
  CUSTOMER_LINK_RETENTION_MS,
  DLQ_SUFFIX,
  DLQ_RETENTION_MS,
  DLQ_PARTITIONS,
  type TopicDefinition,
} from './topics';
export { createEvent, createPreviousVersionEvent, parseEvent, type CreateEventFields } from './codec';
export { ContractViolation, type ContractIssue } from './errors';
export {
  jsonSchemaOf,
  jsonSchemaFileName,
  schemaFiles,
  topicsDocument,
  stableJson,
  SCHEMA_BASE_URL,
  TOPICS_FILE,
  type JsonSchema,
} from './json-schema';
export {
  breakingChanges,
  registryBreakingChanges,
  snapshotBreakingChanges,
  type TopicShape,
} from './compatibility';

// Shared value types and enums, so services validate and type their own code the same way.
export {
  Id,
  UserId,
  Timestamp,
  CalendarDate,
  CurrencyCode,
  Money,
  Quantity,
  Seconds,
  Ratio,
  ContactChannel,
  CentreType,
} from './primitives';
export { CustomerKind, FollowupKind } from './events/customer';
export {
  RepairOrderStatus,
  ServiceType,
  VehicleSystem,
  ApprovalMethod,
  RescueProblem,
  CentreHours,
} from './events/repair';
export { AbcClass, UnitOfMeasure } from './events/parts';
export { KpiName, KPI_NAMES, Pseudonym } from './events/analytics';
export { CertificationCode, ExamScore } from './events/workforce';
export { ComplaintCategory, ComplaintSeverity, ComplaintChannel } from './events/complaint';
export {
  InquiryChannel,
  AuditKind,
  ActionSource,
  SupervisionCategory,
  BookingRequest,
} from './events/quality';
export { asyncApiDocument, channelIdOf, ASYNCAPI_VERSION } from './asyncapi';
export { asyncApiMarkdown } from './asyncapi-markdown';
