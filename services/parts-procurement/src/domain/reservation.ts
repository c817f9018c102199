// Splitting a parts request into what can be reserved now and what must be backordered. Lines
// are served in request order; several lines for one part share that part's availability.
import { q } from './quantity';

export interface RequestedLine {
  lineId: string;
  partId: string;
  quantity: number;
}

export interface SplitLine extends RequestedLine {
  reserve: number;
  backorder: number;
}

export function splitReservation(
  lines: readonly RequestedLine[],
  available: ReadonlyMap<string, number>,
): SplitLine[] {
  const left = new Map(available);
  return lines.map((line) => {
    const free = Math.max(0, left.get(line.partId) ?? 0);
    const reserve = q(Math.min(free, line.quantity));
    left.set(line.partId, q(free - reserve));
    return { ...line, reserve, backorder: q(line.quantity - reserve) };
  });
}

export interface OpenBackorder {
  id: string;
  createdAt: Date;
  openQuantity: number;
}

export interface Allocation {
  backorderId: string;
  quantity: number;
}

/** A receipt's accepted quantity goes to open backorders of the part, oldest first; the rest stays free. */
export function allocateToBackorders(
  accepted: number,
  backorders: readonly OpenBackorder[],
): { allocations: Allocation[]; remaining: number } {
  const sorted = [...backorders].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  let remaining = accepted;
  const allocations: Allocation[] = [];
  for (const b of sorted) {
    if (remaining <= 0) break;
    const take = q(Math.min(remaining, b.openQuantity));
    if (take <= 0) continue;
    allocations.push({ backorderId: b.id, quantity: take });
    remaining = q(remaining - take);
  }
  return { allocations, remaining };
}
