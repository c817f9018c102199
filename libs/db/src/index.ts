export {
  applyMigrations,
  readMigrations,
  MigrationError,
  type Migration,
  type MigrationResult,
} from './migrations';
export { findSchemaDrift, readDatamodel, expectedColumnType } from './drift';
export { openPrisma, pgAdapter, withDatabase, type PrismaClientOptions } from './client';
export {
  classifyDatabaseError,
  isDatabaseUnavailable,
  isUniqueViolation,
  type DatabaseFailure,
} from './errors';
