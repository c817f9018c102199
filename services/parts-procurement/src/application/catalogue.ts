// Catalogue events: every create or change of a part publishes its full current entry on
// aftersales.parts.catalogue.v1 (keyed by part id), in the transaction of the change (outbox), so
// other services (analytics' forecast demand) can name parts by part number and unit.
import { type EventData } from '@aftersales/contracts';
import { type Part } from '../db/client';
import { conflictWith } from '../domain/errors';
import { assertPartUnits, type PartUnits } from '../domain/units';
import { emitEvent, type Ctx } from './context';
import { unitsOf } from './units';

export function catalogueEntryOf(part: Part): EventData<'part.registered'> {
  const units = unitsOf(part);
  return {
    partId: part.id,
    partNumber: part.partNumber,
    description: part.description,
    category: part.category,
    unitOfMeasure: part.unitOfMeasure as EventData<'part.registered'>['unitOfMeasure'],
    abcClass: part.abcClass as EventData<'part.registered'>['abcClass'],
    // Units (domain/units.ts): consumers (the repair service's quotes) check precision with them.
    purchaseUnit: units.purchaseUnit,
    purchaseUnitFactor: units.purchaseUnitFactor,
    quantityDecimals: units.quantityDecimals,
    version: part.version,
  };
}

export interface UnitsChange {
  purchaseUnit?: string;
  purchaseUnitFactor?: number;
  quantityDecimals?: number;
}

/**
 * Checks a change of a part's units before it is written: the result must be valid units (422),
 * and a narrower precision must still hold every balance of the part (409). Open purchase order
 * lines keep the purchase unit and factor they were ordered in, so a new pack size is safe for
 * them; supplier offers are per purchase unit and must be re-priced by whoever changes it.
 */
export async function checkUnitsChange(ctx: Ctx, partId: string, change: UnitsChange): Promise<void> {
  if (Object.values(change).every((v) => v === undefined)) return;
  const part = await ctx.tx.part.findFirst({ where: { id: partId, tenantId: ctx.tenantId } });
  if (!part) return; // the update answers 404
  const current = unitsOf(part);
  const next = {
    ...current,
    ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
  } as PartUnits;
  assertPartUnits(next);
  if (next.quantityDecimals >= current.quantityDecimals) return;
  const finer = await ctx.tx.$queryRawUnsafe<{ location_id: string }[]>(
    `SELECT location_id FROM stock_balance
      WHERE tenant_id = $1 AND part_id = $2::uuid
        AND (on_hand <> round(on_hand, $3) OR reserved <> round(reserved, $3)) LIMIT 10`,
    ctx.tenantId,
    partId,
    next.quantityDecimals,
  );
  if (finer.length)
    throw conflictWith(
      'stock-finer-than-precision',
      `Stock of part ${part.partNumber} holds quantities with more than ${next.quantityDecimals} decimals; count or adjust it first.`,
      { locationIds: finer.map((r) => r.location_id), quantityDecimals: next.quantityDecimals },
    );
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
