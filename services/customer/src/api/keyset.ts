// Every list here is ordered by (createdAt, id). Cursors, the `limit`/`cursor` query and the
// page itself are service-kit's (decodeCursor, paginationQuerySchema, page); this knows only
// the Prisma side of that order and the schema of a page in the API document.
import { z } from 'zod';
import { decodeCursor } from '@aftersales/service-kit';

const position = z.object({ createdAt: z.iso.datetime(), id: z.string().min(1) });

/** The cursor position of a row (pass to service-kit's `page`). */
export const positionOf = (row: { createdAt: Date; id: string }) => ({
  createdAt: row.createdAt.toISOString(),
  id: row.id,
});

/** Prisma `where` for rows after the cursor; a foreign or tampered cursor is a 400. */
export function afterCursor(cursor: string | undefined): object {
  if (!cursor) return {};
  const pos = decodeCursor(cursor, position);
  const createdAt = new Date(pos.createdAt);
  return { OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: pos.id } }] };
}

export const byCreation = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/** A page of `item`s, as service-kit's `page` builds it. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass back as ?cursor= for the next page; null on the last'),
  });
