// Schema drift check: compares what the Prisma schema declares (read with Prisma's own schema
// parser, compiled to Wasm, so no engine download is needed) with what the migrated database has.
// Used by each service's drift test: a hand-written migration that disagrees with schema.prisma fails CI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { get_dmmf } from '@prisma/prisma-schema-wasm';

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  hasDefaultValue: boolean;
  default?: { name: string } | string | number | boolean | unknown[];
  isUpdatedAt: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  fields: { name: string }[];
}
interface DmmfEnum {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName?: string | null }[];
}
interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

/** Reads a schema file or a schema folder (Prisma's multi-file schemas) into Prisma's DMMF. */
export function readDatamodel(schemaPath: string): Datamodel {
  const files = statSync(schemaPath).isDirectory()
    ? readdirSync(schemaPath)
        .filter((f) => f.endsWith('.prisma'))
        .sort()
        .map((f) => path.join(schemaPath, f))
    : [schemaPath];
  const prismaSchema = files.map((f) => [path.basename(f), readFileSync(f, 'utf8')]);
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema }))) as { datamodel: Datamodel };
  return dmmf.datamodel;
}

const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (f: DmmfField) => f.dbName ?? f.name;

/** The column type as PostgreSQL's format_type() prints it, for the DDL Prisma Migrate would emit. */
export function expectedColumnType(field: DmmfField, enums: DmmfEnum[]): string {
  const [native, args = []] = field.nativeType ?? [undefined, []];
  let base: string;
  if (field.kind === 'enum') {
    const e = enums.find((x) => x.name === field.type);
    base = e?.dbName ?? field.type;
  } else if (native) {
    base = nativeTypeName(native, args);
  } else {
    const defaults: Record<string, string> = {
      String: 'text',
      Int: 'integer',
      BigInt: 'bigint',
      Boolean: 'boolean',
      DateTime: 'timestamp(3) without time zone',
      Float: 'double precision',
      Decimal: 'numeric(65,30)',
      Json: 'jsonb',
      Bytes: 'bytea',
    };
    base = defaults[field.type] ?? field.type;
  }
  return field.isList ? `${base}[]` : base;
}

function nativeTypeName(native: string, args: string[]): string {
  const p = args.length ? `(${args.join(',')})` : '';
  switch (native) {
    case 'Uuid':
      return 'uuid';
    case 'Text':
      return 'text';
    case 'VarChar':
      return `character varying${p}`;
    case 'Char':
      return `character${p}`;
    case 'SmallInt':
      return 'smallint';
    case 'Integer':
      return 'integer';
    case 'BigInt':
      return 'bigint';
    case 'Timestamptz':
      return `timestamp${p || '(6)'} with time zone`;
    case 'Timestamp':
      return `timestamp${p || '(6)'} without time zone`;
    case 'Date':
      return 'date';
    case 'Decimal':
      return `numeric${p}`;
    case 'DoublePrecision':
      return 'double precision';
    case 'Real':
      return 'real';
    case 'Json':
      return 'json';
    case 'JsonB':
      return 'jsonb';
    case 'Boolean':
      return 'boolean';
    case 'ByteA':
      return 'bytea';
    default:
      return native.toLowerCase() + p;
  }
}

/** Prisma defaults that live in the database (uuid(), cuid() and friends are filled in by the client). */
function hasDatabaseDefault(field: DmmfField): boolean {
  if (!field.hasDefaultValue) return false;
  const d = field.default;
  if (d && typeof d === 'object' && !Array.isArray(d) && 'name' in d) {
    return ['autoincrement', 'now', 'dbgenerated', 'sequence'].includes(d.name);
  }
  return true; // a literal default
}

interface DbColumn {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
  hasDefault: boolean;
}

async function readDatabase(client: Client) {
  const tables = (
    await client.query<{ table: string }>(
      `SELECT table_name AS table FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    )
  ).rows.map((r) => r.table);
  const columns = (
    await client.query<DbColumn>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
              NOT a.attnotnull AS nullable, a.atthasdef AS "hasDefault"
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`,
    )
  ).rows;
  const enums = (
    await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
    )
  ).rows;
  // Every index with its column list in order, flagged primary/unique.
  const indexes = (
    await client.query<{ table: string; columns: string[]; unique: boolean; primary: boolean }>(
      `SELECT c.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
              array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public'`,
    )
  ).rows;
  const foreignKeys = (
    await client.query<{ table: string; columns: string[]; refTable: string; refColumns: string[] }>(
      `SELECT c.relname AS table, r.relname AS "refTable",
              array(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY x(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum ORDER BY x.ord)::text[] AS columns,
              array(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY x(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.attnum ORDER BY x.ord)::text[] AS "refColumns"
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND k.contype = 'f'`,
    )
  ).rows;
  return { tables, columns, enums, indexes, foreignKeys };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const unquote = (t: string) => t.replace(/"/g, '');

/**
 * Lists every difference between the Prisma schema and the database: missing or extra tables and
 * columns, column types, nullability, database defaults, enums, primary keys, unique and plain
 * indexes, foreign keys. An empty list means no drift.
 */
export async function findSchemaDrift(opts: { schemaPath: string; databaseUrl: string }): Promise<string[]> {
  const dm = readDatamodel(opts.schemaPath);
  const client = new Client({ connectionString: opts.databaseUrl });
  await client.connect();
  let db: Awaited<ReturnType<typeof readDatabase>>;
  try {
    db = await readDatabase(client);
  } finally {
    await client.end();
  }
  const problems: string[] = [];
  const expectedTables = new Set(dm.models.map(tableOf));
  for (const t of db.tables)
    if (!expectedTables.has(t)) problems.push(`table ${t} exists in the database but not in the schema`);

  for (const model of dm.models) {
    const table = tableOf(model);
    if (!db.tables.includes(table)) {
      problems.push(`table ${table} (model ${model.name}) is missing from the database`);
      continue;
    }
    const scalarFields = model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
    const dbColumns = db.columns.filter((c) => c.table === table);
    const expectedColumns = new Set(scalarFields.map(columnOf));
    for (const c of dbColumns) {
      if (!expectedColumns.has(c.column))
        problems.push(`column ${table}.${c.column} exists in the database but not in the schema`);
    }
    for (const field of scalarFields) {
      const col = dbColumns.find((c) => c.column === columnOf(field));
      const where = `${table}.${columnOf(field)}`;
      if (!col) {
        problems.push(`column ${where} is missing from the database`);
        continue;
      }
      const want = expectedColumnType(field, dm.enums);
      if (unquote(col.type) !== want)
        problems.push(`column ${where} has type ${col.type}, schema says ${want}`);
      // Prisma emits scalar lists without NOT NULL, so nullability is only checked for non-lists.
      if (!field.isList && col.nullable === field.isRequired) {
        problems.push(
          `column ${where} is ${col.nullable ? 'nullable' : 'NOT NULL'}, schema says ${field.isRequired ? 'required' : 'optional'}`,
        );
      }
      if (hasDatabaseDefault(field) !== col.hasDefault) {
        problems.push(
          `column ${where} ${col.hasDefault ? 'has' : 'lacks'} a database default, schema ${hasDatabaseDefault(field) ? 'declares one' : 'declares none'}`,
        );
      }
    }
    const fieldColumns = (names: { name: string }[] | string[]) =>
      names.map((n) => {
        const name = typeof n === 'string' ? n : n.name;
        const f = model.fields.find((x) => x.name === name);
        return f ? columnOf(f) : name;
      });
    for (const idx of dm.indexes.filter((i) => i.model === model.name)) {
      const cols = fieldColumns(idx.fields);
      const found = db.indexes.find(
        (i) =>
          i.table === table &&
          sameList(i.columns, cols) &&
          (idx.type === 'id' ? i.primary : idx.type === 'unique' ? i.unique && !i.primary : !i.unique),
      );
      if (!found)
        problems.push(
          `${idx.type === 'id' ? 'primary key' : idx.type === 'unique' ? 'unique index' : 'index'} on ${table}(${cols.join(', ')}) is missing`,
        );
    }
    for (const rel of model.fields.filter((f) => f.kind === 'object' && f.relationFromFields?.length)) {
      const target = dm.models.find((m) => m.name === rel.type);
      if (!target) continue;
      const cols = fieldColumns(rel.relationFromFields ?? []);
      const refCols = (rel.relationToFields ?? []).map((n) => {
        const f = target.fields.find((x) => x.name === n);
        return f ? columnOf(f) : n;
      });
      const fk = db.foreignKeys.find(
        (k) =>
          k.table === table &&
          sameList(k.columns, cols) &&
          k.refTable === tableOf(target) &&
          sameList(k.refColumns, refCols),
      );
      if (!fk)
        problems.push(
          `foreign key ${table}(${cols.join(', ')}) -> ${tableOf(target)}(${refCols.join(', ')}) is missing`,
        );
    }
  }

  for (const e of dm.enums) {
    const name = e.dbName ?? e.name;
    const found = db.enums.find((x) => x.name === name);
    const values = e.values.map((v) => v.dbName ?? v.name);
    if (!found) problems.push(`enum ${name} is missing from the database`);
    else if (!sameList(found.values, values))
      problems.push(
        `enum ${name} has values [${found.values.join(', ')}], schema says [${values.join(', ')}]`,
      );
  }
  return problems;
}
