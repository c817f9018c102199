// The parts catalogue as the repair service needs it: each part's stock unit and precision, kept
// from part.registered / part.updated (the highest catalogue version wins, so replays and
// out-of-order deliveries change nothing), and read when a quote is issued.
import { type EventOf } from '@aftersales/contracts';
import { type Tx } from '../db/client';
import { assertPartQuantities, quantityDecimalsOf, type PartUnit } from '../domain/part-units';

export type CatalogueEvent = EventOf<'part.registered'> | EventOf<'part.updated'>;

/** Stores the entry's unit unless a newer version is already here. Returns what it did. */
export async function recordPartUnit(tx: Tx, event: CatalogueEvent): Promise<string> {
  const d = event.data;
  const changed = await tx.$executeRaw`
    INSERT INTO part_unit (tenant_id, part_id, part_number, unit_of_measure, quantity_decimals, version, updated_at)
    VALUES (${event.tenantId}, ${d.partId}, ${d.partNumber}, ${d.unitOfMeasure}, ${quantityDecimalsOf(d)},
            ${d.version}, ${new Date()})
    ON CONFLICT (tenant_id, part_id) DO UPDATE SET
      part_number = EXCLUDED.part_number,
      unit_of_measure = EXCLUDED.unit_of_measure,
      quantity_decimals = EXCLUDED.quantity_decimals,
      version = EXCLUDED.version,
      updated_at = EXCLUDED.updated_at
    WHERE part_unit.version < EXCLUDED.version`;
  return changed ? `part unit v${d.version}` : 'ignored: older catalogue version';
}

/** Refuses (422 quantity-precision) part lines finer than their part's unit; unknown parts pass. */
export async function checkQuotedPartQuantities(
  tx: Tx,
  tenantId: string,
  lines: readonly { kind: string; partId?: string | null; quantity: number }[],
): Promise<void> {
  const partIds = [...new Set(lines.flatMap((l) => (l.kind === 'part' && l.partId ? [l.partId] : [])))];
  if (!partIds.length) return;
  const rows = await tx.partUnit.findMany({ where: { tenantId, partId: { in: partIds } } });
  const units = new Map<string, PartUnit>(rows.map((r) => [r.partId, r]));
  assertPartQuantities(lines, units);
}
