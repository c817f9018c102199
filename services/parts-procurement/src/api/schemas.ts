// Request schemas shared by the routers (zod; unknown keys are stripped).
import { z } from 'zod';
import { Money, UnitOfMeasure } from '@aftersales/contracts';
import { decodeCursor, paginationQuerySchema, safeIdSchema } from '@aftersales/service-kit';

export const idParam = z.object({ id: z.uuid() });
/** Client-chosen; reaches analytics' CSV exports: no formula start, no control characters. */
export const LocationId = safeIdSchema;
export const PartRef = z.uuid();
/** Quantities arrive as JSON numbers; whole-vs-decimal is checked against the part's unit in the domain. */
export const Qty = z.number().positive().max(1e9);
export const LotNumber = z.string().trim().min(1).max(64);
export { Money, UnitOfMeasure };

export const listQuery = paginationQuerySchema;

/** Keyset pagination by id: `take: limit + 1`, rows after the cursor's id. */
export function afterCursor(cursor: string | undefined) {
  if (!cursor) return {};
  // Every id is a UUID: anything else would reach PostgreSQL as a bad uuid (a 500), so it is a bad cursor (400).
  const { id } = decodeCursor(cursor, z.object({ id: z.uuid() }));
  return { id: { gt: id } };
}
