// Roadside rescue and emergency-mode KPIs.
import { mean, seconds } from './stats';
import { within, type EmergencyFacts, type Period, type RescueFacts } from './types';

/** Mean seconds from rescue request to arrival on site, over rescues completed in the period with an arrival. */
export function rescueResponseSeconds(rescues: readonly RescueFacts[], p: Period): number | null {
  return mean(
    rescues
      .filter((r) => within(r.completedAt, p))
      .map((r) =>
        r.responseSeconds !== null
          ? r.responseSeconds
          : r.requestedAt && r.arrivedAt
            ? seconds(r.requestedAt, r.arrivedAt)
            : null,
      )
      .filter((s): s is number => s !== null),
  );
}

/**
 * Hours of emergency mode that overlap the period, summed over the regions' emergencies; one still
 * on counts until `now` (or the period end if earlier). Null when there were none.
 */
export function emergencyModeHours(
  emergencies: readonly EmergencyFacts[],
  p: Period,
  now: Date = p.to,
): number | null {
  let total = 0;
  let any = false;
  for (const e of emergencies) {
    if (!e.enteredAt) continue;
    const start = Math.max(e.enteredAt.getTime(), p.from.getTime());
    const end = Math.min((e.leftAt ?? now).getTime(), p.to.getTime());
    if (end > start) {
      total += end - start;
      any = true;
    }
  }
  return any ? total / 3_600_000 : null;
}

export const rescuesCompleted = (r: readonly RescueFacts[], p: Period) =>
  r.filter((x) => within(x.completedAt, p)).length;
