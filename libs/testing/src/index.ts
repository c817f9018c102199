export { testInfra, type TestInfra } from './infra';
export { createTestDatabase, type TestDatabase } from './database';
export {
  testNamespace,
  testKafka,
  createNamespacedTopics,
  readTopic,
  waitFor,
  type ReadMessage,
} from './kafka';
export { portOpen } from './local-infra';
