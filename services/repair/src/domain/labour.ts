// Labour time of a repair order: the technicians' clocked intervals (clock-on .. clock-off, a
// running one counted up to now) against the labour hours of the quote the customer approved.
// Pure: the application loads the entries and the quote.

export interface LabourInterval {
  startedAt: Date;
  endedAt: Date | null;
}

/** Whole minutes of one interval, a running one up to `now` (never negative). */
export function minutesOf(entry: LabourInterval, now: Date): number {
  const end = entry.endedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - entry.startedAt.getTime()) / 60_000));
}

export interface LabourSummary {
  totalMinutes: number;
  quotedMinutes: number | null;
  /** Clocked minus quoted minutes (positive: over the quote); null without a quote. */
  varianceMinutes: number | null;
}

/** Total clocked minutes against the quote's labour hours (null: no quote yet). */
export function summarise(
  entries: readonly LabourInterval[],
  quotedLabourHours: number | null,
  now: Date,
): LabourSummary {
  const totalMinutes = entries.reduce((sum, e) => sum + minutesOf(e, now), 0);
  const quotedMinutes = quotedLabourHours === null ? null : Math.round(quotedLabourHours * 60);
  return {
    totalMinutes,
    quotedMinutes,
    varianceMinutes: quotedMinutes === null ? null : totalMinutes - quotedMinutes,
  };
}

/** Statuses in which a technician may clock on (work approved or under way). */
export const CLOCK_ON_STATUSES: readonly string[] = ['APPROVED', 'IN_PROGRESS'];

/** "<tenant>:<technician>": the unique key of a running clock. */
export const openKeyOf = (tenantId: string, technicianId: string) => `${tenantId}:${technicianId}`;
