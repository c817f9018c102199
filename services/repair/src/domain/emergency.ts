// Emergency mode trigger: a region enters emergency mode when its open backlog (estimated labour
// hours of open orders) exceeds the region's daily capacity (bay-hours of its regional centres)
// by a configured factor. Leaving is always explicit (an admin ends it), so a dip in backlog
// does not make the region flap in and out.
export interface BacklogSnapshot {
  backlogHours: number;
  capacityHours: number;
}

export function shouldEnterEmergency(
  snapshot: BacklogSnapshot,
  factor: number,
  alreadyActive: boolean,
): boolean {
  if (alreadyActive) return false;
  if (snapshot.capacityHours <= 0) return false; // no capacity data: never auto-trigger on a division by nothing
  return snapshot.backlogHours > snapshot.capacityHours * factor;
}

/** Labour hours an open order still represents: its diagnosis estimate, or a default before diagnosis. */
export function backlogHoursOf(
  orders: readonly { estimatedLabourHours: number | null }[],
  defaultHours = 1,
): number {
  return orders.reduce((h, o) => h + (o.estimatedLabourHours ?? defaultHours), 0);
}
