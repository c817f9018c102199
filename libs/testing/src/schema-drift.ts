// The schema test every service runs, in one place: its hand-written migrations must create
// exactly what its Prisma schema declares (Prisma Migrate cannot run here to generate them), and
// the shared models (outbox and inbox of libs/kafka, idempotency of libs/service-kit) must be
// unchanged copies of the canonical files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findSchemaDrift } from '@aftersales/db';
import { createTestDatabase, type TestDatabase } from './database';

const repoRoot = path.resolve(__dirname, '../../..');

/** The canonical shared schema files a service's prisma/ folder may copy. */
export const SHARED_SCHEMAS = {
  'outbox-inbox.prisma': 'libs/kafka/prisma/outbox-inbox.prisma',
  'idempotency.prisma': 'libs/service-kit/prisma/idempotency.prisma',
} as const;

/** Declares the schema tests of a service whose Prisma schema lives in `prismaDir`. */
export function describeSchemaDrift(
  service: string,
  prismaDir: string,
  copies: readonly (keyof typeof SHARED_SCHEMAS)[],
): void {
  describe(`${service} database schema`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(`${service}_drift`, path.join(prismaDir, 'migrations'));
    });
    afterAll(async () => {
      await db?.drop();
    });

    it('the migrated database matches schema.prisma (no drift)', async () => {
      expect(await findSchemaDrift({ schemaPath: prismaDir, databaseUrl: db.url })).toEqual([]);
    });

    it.each(copies)('prisma/%s is an exact copy of the canonical file', (file) => {
      const canonical = readFileSync(path.join(repoRoot, SHARED_SCHEMAS[file]), 'utf8');
      expect(readFileSync(path.join(prismaDir, file), 'utf8')).toBe(canonical);
    });
  });
}
