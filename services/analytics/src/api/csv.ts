// CSV export (RFC 4180): every resource answers `Accept: text/csv` with the same data flattened.
// This is the only CSV writer of the platform (docs/security.md, "CSV exports"): other services
// have no CSV export; one that adds one uses this writer's rules.
import { type Request, type Response } from 'express';

export type Cell = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): `=`, `+`,
 * `-`, `@`, a tab and a carriage return. Ids, codes and names come from events other services
 * produced, so a string is never trusted to be harmless.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Numbers (and booleans) are written as they are: a typed -12.5 is data, and a
 * spreadsheet reads it as a number either way. A string starting with a formula character is
 * neutralised, even "-12.5": it gets a leading single quote (shown as text, not evaluated) and
 * is quoted. Rows must therefore carry numbers as numbers, never as formatted strings.
 */
export function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return String(v);
  if (FORMULA_START.test(v)) return `"'${v.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function wantsCsv(req: Request): boolean {
  return req.accepts(['application/json', 'text/csv']) === 'text/csv';
}

/** Sends CSV when asked for, otherwise returns the JSON body for route() to send. */
export function respond<T>(
  req: Request,
  res: Response,
  body: T,
  csv: () => { filename: string; header: readonly string[]; rows: readonly (readonly Cell[])[] },
): T | undefined {
  if (!wantsCsv(req)) return body;
  const { filename, header, rows } = csv();
  res
    .status(200)
    .type('text/csv; charset=utf-8')
    .set('Content-Disposition', `attachment; filename="${filename}"`)
    .send(toCsv(header, rows));
  return undefined;
}
