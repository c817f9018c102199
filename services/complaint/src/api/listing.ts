// Cursor pagination (newest first, by created_at then id) and centre scoping shared by the
// inquiry and quality lists: rows of a centre only for callers who may act for it.
import { decodeCursor, page, type Identity } from '@aftersales/service-kit';
import { z } from 'zod';

const cursorSchema = z.object({ c: z.iso.datetime(), i: z.uuid() });

type Where = Record<string, unknown>;

export function listConditions(me: Identity, cursor: string | undefined, centreOptional = true): Where[] {
  const and: Where[] = [];
  if (me.centreIds !== '*') {
    const mine = { centreId: { in: me.centreIds } };
    and.push(centreOptional ? { OR: [{ centreId: null }, mine] } : mine);
  }
  if (cursor) {
    const at = decodeCursor(cursor, cursorSchema);
    const c = new Date(at.c);
    and.push({ OR: [{ createdAt: { lt: c } }, { createdAt: c, id: { lt: at.i } }] });
  }
  return and;
}

export const newestFirst = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

export function pageOf<T extends { createdAt: Date; id: string }, D>(
  rows: T[],
  limit: number,
  dto: (r: T) => D,
) {
  const result = page(rows, limit, (r) => ({ c: r.createdAt.toISOString(), i: r.id }));
  return { items: result.items.map(dto), nextCursor: result.nextCursor };
}
