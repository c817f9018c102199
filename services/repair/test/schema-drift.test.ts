// The hand-written migrations must create exactly what schema.prisma declares (Prisma Migrate
// cannot run here to generate them), and the outbox/inbox models must be libs/kafka's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findSchemaDrift } from '@aftersales/db';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';

const prismaDir = path.join(__dirname, '../prisma');

describe('database schema', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('repair_drift', path.join(prismaDir, 'migrations'));
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('the migrated database matches schema.prisma (no drift)', async () => {
    expect(await findSchemaDrift({ schemaPath: prismaDir, databaseUrl: db.url })).toEqual([]);
  });

  it('prisma/idempotency.prisma is an exact copy of the canonical libs/service-kit file', () => {
    const canonical = readFileSync(
      path.join(__dirname, '../../../libs/service-kit/prisma/idempotency.prisma'),
      'utf8',
    );
    expect(readFileSync(path.join(prismaDir, 'idempotency.prisma'), 'utf8')).toBe(canonical);
  });

  it('prisma/outbox-inbox.prisma is an exact copy of the canonical libs/kafka file', () => {
    const canonical = readFileSync(
      path.join(__dirname, '../../../libs/kafka/prisma/outbox-inbox.prisma'),
      'utf8',
    );
    expect(readFileSync(path.join(prismaDir, 'outbox-inbox.prisma'), 'utf8')).toBe(canonical);
  });
});
