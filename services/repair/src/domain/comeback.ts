// Comeback rule: a repair is a comeback when the same vehicle had an order for the same fault
// (a shared fault code, or the same vehicle system) completed within 30 days before this
// order was received. The most recent such order is named.
export const COMEBACK_WINDOW_DAYS = 30;

export interface FaultRecord {
  repairOrderId: string;
  vehicleId: string;
  faultCodes: readonly string[];
  systems: readonly string[];
}

export interface PastRepair extends FaultRecord {
  completedAt: Date;
}

export function findComeback(
  current: FaultRecord & { receivedAt: Date },
  history: readonly PastRepair[],
  windowDays = COMEBACK_WINDOW_DAYS,
): string | null {
  const windowMs = windowDays * 24 * 3600 * 1000;
  const codes = new Set(current.faultCodes.map((c) => c.toUpperCase()));
  const systems = new Set(current.systems);
  const matches = history.filter((h) => {
    if (h.repairOrderId === current.repairOrderId || h.vehicleId !== current.vehicleId) return false;
    const age = current.receivedAt.getTime() - h.completedAt.getTime();
    if (age < 0 || age > windowMs) return false;
    return h.faultCodes.some((c) => codes.has(c.toUpperCase())) || h.systems.some((s) => systems.has(s));
  });
  matches.sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime());
  return matches[0]?.repairOrderId ?? null;
}
