// Which follow-ups a delivered repair order gets: a call a few days after delivery (how did the
// repair go?), and a maintenance reminder ahead of the advised next service date, if any.
import { type FollowupKind } from '@aftersales/contracts';
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

export function planFollowups(
  deliveredAt: Date,
  nextMaintenanceOn: string | null,
  policy: FollowupPolicy,
): PlannedFollowup[] {
  const plan: PlannedFollowup[] = [
    { kind: 'post-delivery-call', dueAt: new Date(deliveredAt.getTime() + policy.callAfterHours * HOUR_MS) },
  ];
  if (nextMaintenanceOn) {
    const due = new Date(`${nextMaintenanceOn}T09:00:00.000Z`);
    due.setUTCDate(due.getUTCDate() - policy.reminderDaysBefore);
    // A reminder that would be due before the call is pointless: the call covers it.
    if (due.getTime() > plan[0]!.dueAt.getTime()) plan.push({ kind: 'maintenance-reminder', dueAt: due });
  }
  return plan;
}
