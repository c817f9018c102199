// Stock transfers between two locations of one tenant (調配): requested -> picked -> in-transit
// -> received, or cancelled before the goods leave. Picking sets the goods aside at the source
// (reserved), shipping takes them off its books lot by lot (lot number and unit cost travel with
// them), receiving books them at the destination. What arrives may be less than what left: the
// difference is a loss in transit, booked with a reason, never silently dropped.
import { CommandRefused } from '@aftersales/service-kit/domain';
import { rule } from './errors';
import { assertQuantity, q } from './quantity';

/** A part's unit as assertQuantity takes it (a unit of measure, or one with the part's decimals). */
export type TransferUnit = Parameters<typeof assertQuantity>[1];

export const TRANSFER_STATUSES = ['requested', 'picked', 'in-transit', 'received', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export type TransferCommand = 'pick' | 'ship' | 'receive' | 'cancel';

const ALLOWED: Record<TransferStatus, readonly TransferCommand[]> = {
  requested: ['pick', 'cancel'],
  picked: ['ship', 'cancel'],
  'in-transit': ['receive'],
  received: [],
  cancelled: [],
};

const NEXT: Record<Exclude<TransferCommand, 'cancel'>, TransferStatus> = {
  pick: 'picked',
  ship: 'in-transit',
  receive: 'received',
};

/** The status after `command`, or a 409 naming what the transfer accepts now. */
export function transferAfter(status: TransferStatus, command: TransferCommand): TransferStatus {
  if (!ALLOWED[status].includes(command))
    throw new CommandRefused('stock transfer', status, command, ALLOWED[status]);
  return command === 'cancel' ? 'cancelled' : NEXT[command];
}

export const allowedTransferCommands = (status: TransferStatus) => ALLOWED[status];

export interface TransferLineInput {
  partId: string;
  quantity: number;
}

/** A transfer moves stock between two different locations, each part once, in the part's unit. */
export function assertTransferRequest(
  fromLocationId: string,
  toLocationId: string,
  lines: readonly TransferLineInput[],
  unitOf: (partId: string) => TransferUnit,
): void {
  if (fromLocationId === toLocationId)
    throw rule('same-location', 'A transfer moves stock between two different locations.', {
      fromLocationId,
      toLocationId,
    });
  if (!lines.length) throw rule('no-lines', 'A transfer needs at least one line.');
  const seen = new Set<string>();
  for (const l of lines) {
    if (seen.has(l.partId))
      throw rule('duplicate-part', 'Each part appears on one line of a transfer.', { partId: l.partId });
    seen.add(l.partId);
    assertQuantity(l.quantity, unitOf(l.partId), `quantity of part ${l.partId}`);
  }
}

/**
 * What is picked per part: the requested quantity unless the picker found less (a short pick,
 * zero allowed on a line, never more than requested); at least something must be picked.
 */
export function pickedQuantities(
  requested: readonly TransferLineInput[],
  picks: readonly TransferLineInput[] | undefined,
  unitOf: (partId: string) => TransferUnit,
): Map<string, number> {
  const out = new Map(requested.map((l) => [l.partId, l.quantity]));
  for (const p of picks ?? []) {
    const wanted = out.get(p.partId);
    if (wanted === undefined)
      throw rule('not-on-transfer', 'The part is not on this transfer.', { partId: p.partId });
    assertQuantity(p.quantity, unitOf(p.partId), `picked quantity of part ${p.partId}`, true);
    if (p.quantity > wanted)
      throw rule('over-pick', 'More cannot be picked than was requested.', {
        partId: p.partId,
        requested: wanted,
        picked: p.quantity,
      });
    out.set(p.partId, p.quantity);
  }
  if ([...out.values()].every((x) => x === 0))
    throw rule('nothing-picked', 'Nothing was picked: cancel the transfer instead.');
  return out;
}

/** One portion of a source lot on its way: what the destination's new lot is made from. */
export interface LotPortion {
  sourceLotId: string;
  lotNumber: string | null;
  quantity: number;
  unitCostMinor: number;
  receiptId: string | null;
  supplierId: string | null;
}

/**
 * Splits a line's shipped lots into what arrived and what was lost. The lots arrive in the
 * order they were shipped (oldest first); the shortfall is the tail. More than was shipped
 * cannot arrive (a surplus is a stocktake matter); any loss needs a reason.
 */
export function splitReceipt(
  partId: string,
  shipped: readonly LotPortion[],
  received: number,
  unit: TransferUnit,
  lossReason: string | null | undefined,
): { arrived: LotPortion[]; lost: LotPortion[]; lostQuantity: number } {
  assertQuantity(received, unit, `received quantity of part ${partId}`, true);
  const total = q(shipped.reduce((a, l) => a + l.quantity, 0));
  if (received > total)
    throw rule('over-receipt', 'More cannot be received than was shipped.', {
      partId,
      shipped: total,
      received,
    });
  const lostQuantity = q(total - received);
  if (lostQuantity > 0 && !lossReason?.trim())
    throw rule('loss-reason-required', 'Less arrived than was shipped: give the reason for the loss.', {
      partId,
      shipped: total,
      received,
    });
  const arrived: LotPortion[] = [];
  const lost: LotPortion[] = [];
  let left = received;
  for (const lot of shipped) {
    const take = q(Math.min(left, lot.quantity));
    if (take > 0) arrived.push({ ...lot, quantity: take });
    if (q(lot.quantity - take) > 0) lost.push({ ...lot, quantity: q(lot.quantity - take) });
    left = q(left - take);
  }
  return { arrived, lost, lostQuantity };
}

/** What is on the road for a line: shipped and not yet received (nothing once the transfer is closed). */
export function inTransitOf(status: TransferStatus, line: { shipped: number }): number {
  return status === 'in-transit' ? line.shipped : 0;
}

export interface SourceCandidate {
  locationId: string;
  onHand: number;
  reserved: number;
  reorderPoint: number;
  /** Already promised to requested (not yet picked) transfers out of this location. */
  promised: number;
}

/**
 * Free stock a location can give away: on hand less reserved, less its own reorder point (a
 * transfer never strips a location below it) and less what earlier transfer requests promise.
 */
export function freeToTransfer(c: SourceCandidate, decimals: number): number {
  const free = q(c.onHand - c.reserved - c.reorderPoint - c.promised);
  if (free <= 0) return 0;
  const scale = 10 ** decimals;
  return q(Math.floor(q(free * scale)) / scale); // whole pieces stay whole
}

/**
 * Sources for a need, best first: locations that cover it all before those that do not, then
 * more free stock first, then by id (deterministic). Locations without free stock are left out.
 */
export function rankSources<T extends { locationId: string; free: number }>(
  need: number,
  sources: readonly T[],
): (T & { covers: boolean })[] {
  return sources
    .filter((s) => s.free > 0)
    .map((s) => ({ ...s, covers: s.free >= need }))
    .sort(
      (a, b) =>
        Number(b.covers) - Number(a.covers) || b.free - a.free || a.locationId.localeCompare(b.locationId),
    );
}
