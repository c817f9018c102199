// Catalogue events: every create or change of a part publishes its full current entry on
// aftersales.parts.catalogue.v1 (keyed by part id), in the transaction of the change (outbox), so
// other services (analytics' forecast demand) can name parts by part number and unit.
import { type EventData } from '@aftersales/contracts';
import { type Part } from '../db/client';
import { emitEvent, type Ctx } from './context';

export function catalogueEntryOf(part: Part): EventData<'part.registered'> {
  return {
    partId: part.id,
    partNumber: part.partNumber,
    description: part.description,
    category: part.category,
    unitOfMeasure: part.unitOfMeasure as EventData<'part.registered'>['unitOfMeasure'],
    abcClass: part.abcClass as EventData<'part.registered'>['abcClass'],
    version: part.version,
  };
}

export function emitPartRegistered(ctx: Ctx, part: Part): void {
  emitEvent(ctx, 'part.registered', part.id, catalogueEntryOf(part));
}

export function emitPartUpdated(ctx: Ctx, part: Part): void {
  emitEvent(ctx, 'part.updated', part.id, catalogueEntryOf(part));
}

/**
 * Re-publishes every part of the tenant as part.registered with its current version: fills a new
 * consumer, or parts created before catalogue events existed. Consumers keep the highest version,
 * so a repeat is harmless. One transaction; the rows are locked so no change slips in between.
 */
export async function republishCatalogue(ctx: Ctx): Promise<{ published: number }> {
  const parts = await ctx.tx.$queryRawUnsafe<{ id: string }[]>(
    'SELECT id FROM part WHERE tenant_id = $1 ORDER BY id FOR SHARE',
    ctx.tenantId,
  );
  const rows = await ctx.tx.part.findMany({
    where: { id: { in: parts.map((p) => p.id) } },
    orderBy: { id: 'asc' },
  });
  for (const part of rows) emitPartRegistered(ctx, part);
  return { published: rows.length };
}
