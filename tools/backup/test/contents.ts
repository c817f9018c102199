// A database's full contents for comparison: every user table's rows as JSON text, ordered by
// primary key, plus the schema as pg_dump prints it.
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';

export type Contents = Record<string, string[]>;

export async function tableContents(url: string): Promise<Contents> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const tables = await c.query<{ table: string; pk: string[] | null }>(
      `SELECT t.relname AS table,
              (SELECT array_agg(a.attname::text ORDER BY k.ord)
                 FROM pg_index i
                 CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                WHERE i.indrelid = t.oid AND i.indisprimary) AS pk
         FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE t.relkind = 'r' AND n.nspname = 'public'
        ORDER BY 1`,
    );
    const contents: Contents = {};
    for (const { table, pk } of tables.rows) {
      if (!pk) throw new Error(`table ${table} has no primary key`);
      const order = pk.map((col) => `"${col}"`).join(', ');
      const rows = await c.query<{ row: string }>(
        `SELECT row_to_json(t)::text AS row FROM "${table}" t ORDER BY ${order}`,
      );
      contents[table] = rows.rows.map((r) => r.row);
    }
    return contents;
  } finally {
    await c.end();
  }
}

/** The schema as pg_dump prints it (tables, types, indexes, constraints, sequences' ownership). */
export function schemaOf(url: string): string {
  return execFileSync('pg_dump', ['--schema-only', '--no-owner', `--dbname=${url}`], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => !line.startsWith('\\restrict') && !line.startsWith('\\unrestrict'))
    .join('\n');
}
