// Cursor pagination (newest first, by created_at then id) and centre scoping shared by the
// complaint, inquiry and quality lists: rows of a centre only for callers who may act for it.
import { decodeCursor, page, type Identity } from '@aftersales/service-kit';
import { z } from 'zod';

const cursorSchema = z.object({ c: z.iso.datetime(), i: z.uuid() });

export type Where = Record<string, unknown>;

export function listConditions(me: Identity, cursor: string | undefined, centreOptional = true): Where[] {
  const and: Where[] = [];
  if (me.centreIds !== '*') {
    const mine = { centreId: { in: me.centreIds } };
    and.push(centreOptional ? { OR: [{ centreId: null }, mine] } : mine);
  }
  if (cursor) and.push(afterCursor(cursor));
  return and;
}

/** Rows after the cursor's position in the newest-first order (a forged cursor is a 400). */
export function afterCursor(cursor: string): Where {
  const at = decodeCursor(cursor, cursorSchema);
  const c = new Date(at.c);
  return { OR: [{ createdAt: { lt: c } }, { createdAt: c, id: { lt: at.i } }] };
}

export const newestFirst = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/** A model's own `findMany`, e.g. `(args) => prisma.inquiry.findMany(args)`. */
export type FindMany<T> = (args: { where: Where; orderBy: typeof newestFirst; take: number }) => Promise<T[]>;

export function pageOf<T extends { createdAt: Date; id: string }, D>(
  rows: T[],
  limit: number,
  dto: (r: T) => D,
) {
  const result = page(rows, limit, (r) => ({ c: r.createdAt.toISOString(), i: r.id }));
  return { items: result.items.map(dto), nextCursor: result.nextCursor };
}

/**
 * One page of a case list (complaints, inquiries, audits, actions, reports): the caller's
 * tenant, the query's filters, the caller's centres, newest first.
 */
export async function listPage<T extends { createdAt: Date; id: string }, D>(
  findMany: FindMany<T>,
  me: Identity,
  query: { cursor?: string | undefined; limit: number },
  filters: Where,
  dto: (r: T) => D,
  centreOptional = true,
) {
  const rows = await findMany({
    where: { tenantId: me.tenantId, ...filters, AND: listConditions(me, query.cursor, centreOptional) },
    orderBy: newestFirst,
    take: query.limit + 1,
  });
  return pageOf(rows, query.limit, dto);
}
