// Exact row counts of every user table, keyed "schema.table". Backup takes them inside the
// snapshot pg_dump reads, so the manifest's numbers are exactly what the dump holds.
import { type Client } from 'pg';
import { quoteIdent } from './pg';

export type RowCounts = Record<string, number>;

export async function countRows(client: Client): Promise<RowCounts> {
  const tables = await client.query<{ schema: string; table: string }>(
    `SELECT n.nspname AS schema, c.relname AS table
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
      ORDER BY 1, 2`,
  );
  const counts: RowCounts = {};
  for (const { schema, table } of tables.rows) {
    const r = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${quoteIdent(schema)}.${quoteIdent(table)}`,
    );
    counts[`${schema}.${table}`] = Number(r.rows[0]?.n ?? 0);
  }
  return counts;
}

export interface TableComparison {
  table: string;
  expected: number | null;
  restored: number | null;
  ok: boolean;
}

/** Every table on either side, so a table missing after restore is a mismatch too. */
export function compareCounts(expected: RowCounts, restored: RowCounts): TableComparison[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(restored)])].sort();
  return tables.map((table) => {
    const e = expected[table] ?? null;
    const r = restored[table] ?? null;
    return { table, expected: e, restored: r, ok: e !== null && e === r };
  });
}
