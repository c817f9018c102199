// What approving a quote version changes in the parts an order needs. Each quote version is the
// order's full scope, but parts-procurement is told only the difference from the previously
// approved version: what to add (repair.parts.requested, scope addition) and what the order no
// longer needs (repair.parts.dropped). The earlier requests stay in force, so the order keeps
// the parts both versions need. Pure; quantities are compared in thousandths (the quote's scale).

export interface QuotedPart {
  partId: string;
  quantity: number;
}

export interface QuotedPartLine extends QuotedPart {
  /** The id the line has in events (quote id and line number). */
  lineId: string;
}

export interface PartsDelta {
  /** Quantities to request on top of what the previous version asked for, per line of the new version. */
  added: QuotedPartLine[];
  /** Quantities per part the previous version asked for and the new one no longer needs. */
  dropped: QuotedPart[];
}

const milli = (quantity: number) => Math.round(quantity * 1000);

/**
 * The parts delta from `previous` (the last approved version's part lines; empty for the first
 * approval) to `next` (the version being approved). Several lines of one part share its previous
 * quantity in line order, so a part's added total is max(0, next - previous) and its dropped
 * quantity max(0, previous - next).
 */
export function partsDelta(next: readonly QuotedPartLine[], previous: readonly QuotedPart[]): PartsDelta {
  const before = new Map<string, number>();
  for (const l of previous) before.set(l.partId, (before.get(l.partId) ?? 0) + milli(l.quantity));
  const after = new Map<string, number>();
  for (const l of next) after.set(l.partId, (after.get(l.partId) ?? 0) + milli(l.quantity));

  const covered = new Map(before);
  const added: QuotedPartLine[] = [];
  for (const l of next) {
    const has = covered.get(l.partId) ?? 0;
    const want = milli(l.quantity);
    covered.set(l.partId, Math.max(0, has - want));
    if (want > has) added.push({ lineId: l.lineId, partId: l.partId, quantity: (want - has) / 1000 });
  }

  const dropped: QuotedPart[] = [];
  for (const [partId, had] of before) {
    const less = had - (after.get(partId) ?? 0);
    if (less > 0) dropped.push({ partId, quantity: less / 1000 });
  }
  return { added, dropped };
}
