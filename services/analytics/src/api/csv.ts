// CSV export (RFC 4180): every resource answers `Accept: text/csv` with the same data flattened.
import { type Request, type Response } from 'express';

type Cell = string | number | boolean | null | undefined;

function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
