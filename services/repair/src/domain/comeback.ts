// Comeback rule: a repair is a comeback when the same vehicle comes back with the same fault (a
// shared fault code, case-insensitive, or the same vehicle system) within the warranty of an
// earlier repair. The warranty is counted from the earlier repair's DELIVERY (the customer had the
// car back), not from its QC: at most `days` days between that delivery and this order's
// reception and, when the rule has `km`, at most `km` kilometres driven since (this reception's
// mileage minus the delivery mileage; an odometer reading below it counts as 0 km). The rule is the
// tenant's for the earlier repair's service type (its repair class), else the tenant's "default",
// else DEFAULT_WARRANTY. The most recently delivered matching repair is named.
export interface WarrantyRule {
  days: number;
  /** null: no mileage limit. */
  km: number | null;
}

/** Without a configured rule: 30 days or 2,000 km, whichever comes first. */
export const DEFAULT_WARRANTY: WarrantyRule = { days: 30, km: 2_000 };

/** The tenant-wide rule's key, next to one per service type. */
export const DEFAULT_RULE_KEY = 'default';

export type WarrantyRules = ReadonlyMap<string, WarrantyRule>;

/** The rule of an earlier repair's service type: its own, the tenant's default, or the built-in one. */
export function warrantyRuleFor(serviceType: string, rules: WarrantyRules): WarrantyRule {
  return rules.get(serviceType) ?? rules.get(DEFAULT_RULE_KEY) ?? DEFAULT_WARRANTY;
}

export interface FaultRecord {
  repairOrderId: string;
  vehicleId: string;
  faultCodes: readonly string[];
  systems: readonly string[];
}

export interface DeliveredRepair extends FaultRecord {
  serviceType: string;
  deliveredAt: Date;
  deliveryMileageKm: number;
}

const DAY_MS = 24 * 3600 * 1000;

/** True when `current` (received at `receivedAt` with `mileageKm`) lies within `repair`'s warranty. */
export function withinWarranty(
  current: { receivedAt: Date; mileageKm: number },
  repair: Pick<DeliveredRepair, 'deliveredAt' | 'deliveryMileageKm'>,
  rule: WarrantyRule,
): boolean {
  const age = current.receivedAt.getTime() - repair.deliveredAt.getTime();
  if (age < 0 || age > rule.days * DAY_MS) return false;
  const driven = Math.max(0, current.mileageKm - repair.deliveryMileageKm);
  return rule.km === null || driven <= rule.km;
}

export function findComeback(
  current: FaultRecord & { receivedAt: Date; mileageKm: number },
  history: readonly DeliveredRepair[],
  rules: WarrantyRules = new Map(),
): string | null {
  const codes = new Set(current.faultCodes.map((c) => c.toUpperCase()));
  const systems = new Set(current.systems);
  const matches = history.filter((h) => {
    if (h.repairOrderId === current.repairOrderId || h.vehicleId !== current.vehicleId) return false;
    if (!withinWarranty(current, h, warrantyRuleFor(h.serviceType, rules))) return false;
    return h.faultCodes.some((c) => codes.has(c.toUpperCase())) || h.systems.some((s) => systems.has(s));
  });
  matches.sort((a, b) => b.deliveredAt.getTime() - a.deliveredAt.getTime());
  return matches[0]?.repairOrderId ?? null;
}
