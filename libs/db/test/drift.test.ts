import path from 'node:path';
import { applyMigrations } from '../src/migrations';
import { findSchemaDrift } from '../src/drift';
import { scratchDatabase, query } from './scratch-database';

const schemaDir = path.join(__dirname, 'fixture/prisma');

describe('findSchemaDrift (real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeEach(async () => {
    db = await scratchDatabase();
    await applyMigrations({ databaseUrl: db.url, migrationsDir: path.join(schemaDir, 'migrations') });
  });
  afterEach(async () => {
    await db.drop();
  });

  it('finds no drift when the migration matches the schema', async () => {
    expect(await findSchemaDrift({ schemaPath: schemaDir, databaseUrl: db.url })).toEqual([]);
  });

  it.each([
    ['ALTER TABLE "widget" DROP COLUMN "weight"', /column widget.weight is missing/],
    [
      'ALTER TABLE "widget" ADD COLUMN "extra" TEXT',
      /column widget.extra exists in the database but not in the schema/,
    ],
    [
      'ALTER TABLE "widget" ALTER COLUMN "name" TYPE TEXT',
      /column widget.name has type text, schema says character varying\(80\)/,
    ],
    [
      'ALTER TABLE "widget" ALTER COLUMN "weight" SET NOT NULL',
      /column widget.weight is NOT NULL, schema says optional/,
    ],
    [
      'ALTER TABLE "widget" ALTER COLUMN "created_at" DROP DEFAULT',
      /widget.created_at lacks a database default/,
    ],
    ['DROP INDEX "widget_name_kind_key"', /unique index on widget\(name, kind\) is missing/],
    ['DROP INDEX "widget_created_at_idx"', /index on widget\(created_at\) is missing/],
    [
      'ALTER TABLE "part" DROP CONSTRAINT "part_widget_id_fkey"',
      /foreign key part\(widget_id\) -> widget\(id\) is missing/,
    ],
    ['ALTER TYPE "widget_kind" ADD VALUE \'HUGE\'', /enum widget_kind has values \[SMALL, LARGE, HUGE\]/],
    ['CREATE TABLE "stray" (id int)', /table stray exists in the database but not in the schema/],
    ['DROP TABLE "part"', /table part \(model Part\) is missing/],
  ])('reports drift after: %s', async (ddl, expected) => {
    await query(db.url, ddl);
    const problems = await findSchemaDrift({ schemaPath: schemaDir, databaseUrl: db.url });
    expect(problems.join('\n')).toMatch(expected);
  });
});
