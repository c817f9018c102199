// Keyset pagination on (createdAt, id), shared by every list endpoint.
import { z } from 'zod';
import { decodeCursor, page, type Page } from '@aftersales/service-kit';

const cursorPosition = z.object({ createdAt: z.iso.datetime(), id: z.string().min(1) });

/** Prisma `where` for rows after the cursor, ordered by (createdAt, id). */
export function afterCursor(cursor: string | undefined): object {
  if (!cursor) return {};
  const pos = decodeCursor(cursor, cursorPosition);
  const createdAt = new Date(pos.createdAt);
  return { OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: pos.id } }] };
}

export const orderByCursor = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

export function pageOf<R extends { createdAt: Date; id: string }>(rows: R[], limit: number): Page<R> {
  return page(rows, limit, (r) => ({ createdAt: r.createdAt.toISOString(), id: r.id }));
}
