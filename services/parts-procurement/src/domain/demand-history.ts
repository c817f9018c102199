// Demand history for reorder points: what each repair order finally needed, not every request it
// sent. A whole-order request (no scope) replaces the order's earlier reservations: those are
// released (reason not-needed) and their open backorders cancelled. A re-quote's dropped parts are
// released or their backorders cancelled or shrunk. An order cancelled or declined releases
// everything not yet issued. So what a reservation line still stands for is
//
//   need = reserved − released + open backorder
//        = issued + still reserved + still awaited
//
// (`reserved` grows when a backorder is fulfilled; an open backorder counts quantity − fulfilled).
// An order that asked for 4 and re-quoted to 2 counts 2, not 6: the superseded line needs 0. The
// need is counted on the day its request arrived.

export interface RequestedLine {
  /** When the line's request (reservation) was created. */
  requestedAt: Date;
  reserved: number;
  released: number;
  /** Quantity − fulfilled over the line's open backorders. */
  openBackorder: number;
}

const DAY = 86_400_000;

/** What the line's order still needs of it (issued, held or awaited); never negative. */
export function finalNeedOf(line: Omit<RequestedLine, 'requestedAt'>): number {
  return Math.max(0, Math.round((line.reserved - line.released + line.openBackorder) * 1000) / 1000);
}

/**
 * Daily demand over the `windowDays` days up to `asOf`, oldest first (days without demand are 0):
 * the final need of each line on the day its request arrived. Lines outside the window are ignored.
 */
export function dailyDemandSeries(lines: readonly RequestedLine[], asOf: Date, windowDays: number): number[] {
  const daily = new Array<number>(windowDays).fill(0);
  for (const l of lines) {
    const age = asOf.getTime() - l.requestedAt.getTime();
    const day = Math.floor(age / DAY);
    if (age < 0 || day >= windowDays) continue;
    daily[windowDays - 1 - day]! += finalNeedOf(l);
  }
  return daily;
}
