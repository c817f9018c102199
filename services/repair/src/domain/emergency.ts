// Emergency mode trigger: a region enters emergency mode when its open backlog (estimated labour
// hours of open orders) exceeds the region's daily capacity (bay-hours of all its centres) by a
// configured factor. Leaving is always explicit (an admin ends it), so a dip in backlog
// does not make the region flap in and out.
//
// Like with like: the backlog counts the open orders of every centre of the region, partner
// workshops included, so capacity counts every centre's bays too; and a centre closed today
// (weekend, holiday) counts the capacity of its next working day, so a closed day neither reads as
// "no capacity" nor lets one open centre's small day be measured against the whole region's backlog.
import { localDateOf } from '@aftersales/service-kit/domain';
import { capacityHours, type HoursException, type OpeningHours } from './capacity';

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

export interface CentreCalendar {
  bays: number;
  openingHours: OpeningHours;
  hoursExceptions: readonly HoursException[];
  timeZone: string;
}

/** The local date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Bay-hours of a centre's working day: its local today, or, when it is closed today, the next
 * local date it opens (up to `lookaheadDays`; 0 for a centre that never opens).
 */
export function workingDayCapacityHours(now: Date, centre: CentreCalendar, lookaheadDays = 14): number {
  const today = localDateOf(now, centre.timeZone);
  for (let d = 0; d <= lookaheadDays; d++) {
    const hours = capacityHours(
      addDays(today, d),
      centre.bays,
      centre.openingHours,
      centre.hoursExceptions,
      centre.timeZone,
    );
    if (hours > 0) return hours;
  }
  return 0;
}

/** The region's daily capacity: the sum of every centre's working-day capacity (partners included). */
export function regionCapacityHours(now: Date, centres: readonly CentreCalendar[]): number {
  return centres.reduce((h, c) => h + workingDayCapacityHours(now, c), 0);
}
