// Which follow-ups a delivered repair order gets: a call a few days after delivery (how did the
// repair go?), and a maintenance reminder ahead of the advised next service date, if any. When the
// delivery names the centre's opening hours (repair.order.delivered `centreHours`), both fall in
// them: a call that would be due at 03:00 or on a Sunday is due at the next opening, a reminder at
// the centre's opening on its day (or the next open day). Without them (older events, a centre
// without hours) the times stay wall-clock: the call `callAfterHours` after delivery, the reminder
// at 09:00 UTC.
import { type FollowupKind } from '@aftersales/contracts';
import { firstOpeningOn, nextOpening, type CentreHours } from '@aftersales/service-kit/domain';
import { type z } from 'zod';

export interface PlannedFollowup {
  kind: z.output<typeof FollowupKind>;
  dueAt: Date;
}

export interface FollowupPolicy {
  callAfterHours: number;
  reminderDaysBefore: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function planFollowups(
  deliveredAt: Date,
  nextMaintenanceOn: string | null,
  policy: FollowupPolicy,
  centreHours: CentreHours | null = null,
): PlannedFollowup[] {
  const callAt = new Date(deliveredAt.getTime() + policy.callAfterHours * HOUR_MS);
  const plan: PlannedFollowup[] = [
    {
      kind: 'post-delivery-call',
      dueAt: (centreHours && nextOpening(callAt, centreHours)) ?? callAt,
    },
  ];
  if (nextMaintenanceOn) {
    const day = new Date(
      Date.parse(`${nextMaintenanceOn}T00:00:00.000Z`) - policy.reminderDaysBefore * DAY_MS,
    );
    const date = day.toISOString().slice(0, 10);
    const due = (centreHours && firstOpeningOn(date, centreHours)) ?? new Date(`${date}T09:00:00.000Z`);
    // A reminder that would be due before the call is pointless: the call covers it.
    if (due.getTime() > plan[0]!.dueAt.getTime()) plan.push({ kind: 'maintenance-reminder', dueAt: due });
  }
  return plan;
}
