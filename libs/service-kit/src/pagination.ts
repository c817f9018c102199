import { z } from 'zod';
import { validationProblem } from './problem';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

// Cursors are opaque to clients: base64url of a JSON position chosen by the service.
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export const cursorSchema = z.string().min(1).max(1024).regex(BASE64URL, 'Invalid cursor');

/** `?limit=&cursor=` for list endpoints; extend it with the endpoint's filters. */
export const paginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: cursorSchema.optional(),
});

export type PaginationQuery = z.output<typeof paginationQuerySchema>;

export interface Page<T> {
  items: T[];
  /** Pass back as `?cursor=` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Encodes a keyset position, e.g. `{ createdAt, id }` of the last row, as an opaque cursor. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor`. A tampered or foreign cursor is the client's
 * mistake, so it is a 400 at `query.cursor`, never a 500. Pass a schema to check its shape.
 */
export function decodeCursor<T = unknown>(cursor: string, schema?: z.ZodType<T>): T {
  const invalid = () => validationProblem([{ path: 'query.cursor', message: 'Invalid cursor' }]);
  if (!BASE64URL.test(cursor)) throw invalid();
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!schema) return position as T;
  const result = schema.safeParse(position);
  if (!result.success) throw invalid();
  return result.data;
}

/**
 * Builds a page from rows fetched with `take: limit + 1`: the extra row only signals that
 * a next page exists, and the cursor points at the last row returned.
 */
export function page<T>(items: readonly T[], limit: number, cursorOf: (item: T) => unknown): Page<T> {
  if (items.length <= limit) return { items: [...items], nextCursor: null };
  const pageItems = items.slice(0, limit);
  const last = pageItems[pageItems.length - 1];
  return { items: pageItems, nextCursor: last === undefined ? null : encodeCursor(cursorOf(last)) };
}

/** The schema of a page of `item`s, for a list route's `response`. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass back as ?cursor= for the next page; null on the last'),
  });

// Ids are UUIDs on every table: a cursor naming anything else would reach PostgreSQL as a bad uuid
// (a 500), so it is refused here as a bad cursor (a 400).
const creationPosition = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

/**
 * Lists ordered by creation: `(createdAt, id)` keyset pagination for Prisma, the order most
 * lists use. `where` gives the rows after the cursor (a foreign or tampered cursor is a 400),
 * `orderBy` the order, `positionOf` the cursor position of a row (for `page`).
 */
export const byCreation = {
  orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
  where(cursor: string | undefined): object {
    if (!cursor) return {};
    const pos = decodeCursor(cursor, creationPosition);
    const createdAt = new Date(pos.createdAt);
    return { OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: pos.id } }] };
  },
  positionOf: (row: { createdAt: Date; id: string }) => ({
    createdAt: row.createdAt.toISOString(),
    id: row.id,
  }),
};
