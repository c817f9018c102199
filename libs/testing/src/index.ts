export { testInfra, type TestInfra } from './infra';
export { createTestDatabase, findText, type TestDatabase, type TextHit } from './database';
export {
  testNamespace,
  testKafka,
  createNamespacedTopics,
  readTopic,
  readTopicToEnd,
  waitFor,
  type ReadMessage,
} from './kafka';
export { portOpen } from './local-infra';
export { describeSchemaDrift, SHARED_SCHEMAS } from './schema-drift';
export { documentationGaps, type DocumentationGaps } from './openapi';
export {
  startIdentityProvider,
  type TestIdentityProvider,
  type TestIdentityUser,
  type StartIdentityProviderOptions,
} from './identity-provider';
export { TestSmtp, parseMail, type ReceivedMail } from './smtp';
