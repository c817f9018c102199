// Time limits per severity, in working minutes of the tenant's business calendar: how long
// until someone must acknowledge the complaint, and until it must be resolved.
import { z } from 'zod';
import { addWorkingMinutes, type BusinessCalendar } from './calendar';
import { type ComplaintSeverity } from './types';

const WorkingMinutes = z
  .int()
  .min(1)
  .max(365 * 24 * 60);

export const TimeLimit = z
  .object({ acknowledgeMinutes: WorkingMinutes, resolveMinutes: WorkingMinutes })
  .refine((l) => l.acknowledgeMinutes <= l.resolveMinutes, 'acknowledgeMinutes cannot exceed resolveMinutes');
export type TimeLimit = z.infer<typeof TimeLimit>;

export const TimeLimits = z.object({
  low: TimeLimit,
  medium: TimeLimit,
  high: TimeLimit,
  critical: TimeLimit,
});
export type TimeLimits = z.infer<typeof TimeLimits>;

const HOUR = 60;
const DAY = 9 * HOUR; // one working day of the default calendar

/** Until a tenant sets its own: critical is acknowledged within the hour and fixed within a day. */
export const DEFAULT_TIME_LIMITS: TimeLimits = {
  low: { acknowledgeMinutes: 2 * DAY, resolveMinutes: 15 * DAY },
  medium: { acknowledgeMinutes: DAY, resolveMinutes: 10 * DAY },
  high: { acknowledgeMinutes: 4 * HOUR, resolveMinutes: 5 * DAY },
  critical: { acknowledgeMinutes: HOUR, resolveMinutes: DAY },
};

export interface Deadlines {
  acknowledgeBy: Date;
  resolveBy: Date;
}

/** Both deadlines of a complaint of `severity` whose clock starts at `from`. */
export function deadlinesFor(
  from: Date,
  severity: ComplaintSeverity,
  limits: TimeLimits,
  calendar: BusinessCalendar,
): Deadlines {
  const limit = limits[severity];
  return {
    acknowledgeBy: addWorkingMinutes(from, limit.acknowledgeMinutes, calendar),
    resolveBy: addWorkingMinutes(from, limit.resolveMinutes, calendar),
  };
}
