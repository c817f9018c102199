export {
  applyMigrations,
  readMigrations,
  MigrationError,
  type Migration,
  type MigrationResult,
} from './migrations';
export { findSchemaDrift, readDatamodel, expectedColumnType } from './drift';
export { pgAdapter, withDatabase, type PrismaClientOptions } from './client';
export { classifyDatabaseError, isDatabaseUnavailable, type DatabaseFailure } from './errors';
