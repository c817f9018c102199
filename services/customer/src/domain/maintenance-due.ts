// When a vehicle's next service is due. The workshop's advice at the last delivery wins when it
// gives a date (its date, or its mileage at the vehicle's usual pace, whichever comes first);
// otherwise the tenant's plan for the make and model decides: by time from the last delivery (or
// the purchase, or the vehicle's registration with us), and by mileage from the last delivery's
// reading plus the plan's interval, turned into a date at the average pace of the odometer
// readings. The earlier of the two wins. Dates are calendar days (YYYY-MM-DD, UTC). Pure.

export type DueBasis = 'workshop-advice' | 'plan-time' | 'plan-mileage';

export interface PlanRule {
  id: string;
  make: string;
  /** null: every model of the make. */
  model: string | null;
  intervalMonths: number | null;
  intervalKm: number | null;
  services: string[];
  reminderDaysBefore: number;
  createdAt: Date;
}

export interface OdometerReading {
  mileageKm: number;
  recordedAt: Date;
}

export interface LastDelivery {
  deliveredAt: Date;
  mileageKm: number;
  advice: { dueOn: string | null; dueMileageKm: number | null };
}

export interface VehicleFacts {
  make: string;
  model: string;
  purchaseDate: Date | null;
  /** When the vehicle was registered with us: the time rule's start when nothing better is known. */
  registeredAt: Date;
  readings: OdometerReading[];
  lastDelivery: LastDelivery | null;
}

export interface DueService {
  dueOn: string;
  dueMileageKm: number | null;
  basis: DueBasis;
  /** The plan the date comes from (null for the workshop's advice). */
  planId: string | null;
  /** What the matching plan lists for the visit (also with the workshop's date). */
  services: string[];
  reminderDaysBefore: number;
}

const DAY_MS = 86_400_000;
/** Readings closer together than this tell no pace (a typo fix, two readings on one visit). */
export const MIN_PACE_SPAN_DAYS = 7;

export const dayOf = (d: Date): string => d.toISOString().slice(0, 10);
const dateOfDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

export function addDays(day: string, days: number): string {
  return dayOf(new Date(dateOfDay(day).getTime() + days * DAY_MS));
}

/** The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const d = dateOfDay(day);
  const firstOfTarget = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return dayOf(firstOfTarget);
}

const normalised = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The plan for a make and model: the model's own beats the make-wide one; the oldest of equals. */
export function matchingPlan<P extends PlanRule>(plans: readonly P[], make: string, model: string): P | null {
  const ofMake = plans
    .filter((p) => normalised(p.make) === normalised(make))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return (
    ofMake.find((p) => p.model !== null && normalised(p.model) === normalised(model)) ??
    ofMake.find((p) => p.model === null) ??
    null
  );
}

export interface Pace {
  kmPerDay: number;
  /** The latest reading, from which a mileage is projected. */
  from: OdometerReading;
}

/** The average km per day between the first and the latest reading; null when it cannot be known. */
export function odometerPace(readings: readonly OdometerReading[]): Pace | null {
  if (readings.length < 2) return null;
  const sorted = [...readings].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const spanDays = (last.recordedAt.getTime() - first.recordedAt.getTime()) / DAY_MS;
  if (spanDays < MIN_PACE_SPAN_DAYS) return null;
  const kmPerDay = (last.mileageKm - first.mileageKm) / spanDays;
  return kmPerDay > 0 ? { kmPerDay, from: last } : null;
}

/** The day the odometer reaches `mileageKm` at the pace (a past day when it already has). */
export function dayAtMileage(pace: Pace, mileageKm: number): string {
  // The epsilon keeps a whole number of days whole despite the float division (30, not 29.999…).
  const days = Math.floor((mileageKm - pace.from.mileageKm) / pace.kmPerDay + 1e-9);
  return addDays(dayOf(pace.from.recordedAt), days);
}

const earlier = (a: string, b: string) => (b < a ? b : a);

/** The next service due, or null when neither advice nor a plan gives a date. */
export function nextDueService(
  vehicle: VehicleFacts,
  plans: readonly PlanRule[],
  defaults: { reminderDaysBefore: number },
): DueService | null {
  const plan = matchingPlan(plans, vehicle.make, vehicle.model);
  const pace = odometerPace(vehicle.readings);
  const last = vehicle.lastDelivery;

  const advice = last?.advice;
  if (advice && (advice.dueOn !== null || advice.dueMileageKm !== null)) {
    const byMileage = advice.dueMileageKm !== null && pace ? dayAtMileage(pace, advice.dueMileageKm) : null;
    const dueOn =
      advice.dueOn !== null && byMileage !== null
        ? earlier(advice.dueOn, byMileage)
        : (advice.dueOn ?? byMileage);
    if (dueOn !== null)
      return {
        dueOn,
        dueMileageKm: advice.dueMileageKm,
        basis: 'workshop-advice',
        planId: null,
        services: plan?.services ?? [],
        reminderDaysBefore: plan?.reminderDaysBefore ?? defaults.reminderDaysBefore,
      };
  }
  if (!plan) return null;

  const since = last?.deliveredAt ?? vehicle.purchaseDate ?? vehicle.registeredAt;
  const byTime = plan.intervalMonths !== null ? addMonths(dayOf(since), plan.intervalMonths) : null;
  const dueMileageKm = plan.intervalKm !== null ? planMileage(plan.intervalKm, vehicle) : null;
  const byMileage = dueMileageKm !== null && pace ? dayAtMileage(pace, dueMileageKm) : null;

  const common = {
    dueMileageKm,
    planId: plan.id,
    services: plan.services,
    reminderDaysBefore: plan.reminderDaysBefore,
  };
  if (byMileage !== null && (byTime === null || byMileage < byTime))
    return { dueOn: byMileage, basis: 'plan-mileage', ...common };
  if (byTime !== null) return { dueOn: byTime, basis: 'plan-time', ...common };
  return null;
}

/**
 * The plan's next mileage: the last delivery's reading plus the interval; without a delivery
 * here, the next multiple of the interval above the first reading we know (schedules run at
 * 15 000, 30 000, ... km).
 */
function planMileage(intervalKm: number, vehicle: VehicleFacts): number {
  if (vehicle.lastDelivery) return vehicle.lastDelivery.mileageKm + intervalKm;
  const first = [...vehicle.readings].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())[0];
  return (Math.floor((first?.mileageKm ?? 0) / intervalKm) + 1) * intervalKm;
}

/** The day the reminder goes out: reminderDaysBefore ahead of the due day. */
export const reminderDayOf = (due: Pick<DueService, 'dueOn' | 'reminderDaysBefore'>): string =>
  addDays(due.dueOn, -due.reminderDaysBefore);

/** Whether the reminder is due on `today` (or was due earlier and not yet sent). */
export const isReminderDue = (
  due: Pick<DueService, 'dueOn' | 'reminderDaysBefore'>,
  today: string,
): boolean => reminderDayOf(due) <= today;
