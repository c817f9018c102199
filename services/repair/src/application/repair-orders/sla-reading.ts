// The advisor's view of SLA clocks: each open order's running clock read now on the centre's
// calendar (working time stands still while the centre is closed), so the board shows what the
// standard says, not wall time since the last status change.
import { type Db, type RepairOrder, type ServiceCentre, type SlaClock } from '../../db/client';
import { readClock } from '../../domain/sla';
import { type Status } from '../../domain/state-machine';
import { centreCalendar, type TimeBasis } from '../../domain/working-time';

export interface SlaReading {
  stage: Status;
  standardSeconds: number;
  timeBasis: TimeBasis;
  startedAt: string;
  dueAt: string;
  leftSeconds: number;
  breached: boolean;
  ticking: boolean;
}

type OrderWithClocks = RepairOrder & { centre: ServiceCentre; slaClocks: SlaClock[] };

/** Prisma include that loads what slaReadings needs: the centre and the running clocks. */
export const WITH_RUNNING_CLOCKS = {
  centre: true,
  slaClocks: { where: { stoppedAt: null }, orderBy: { startedAt: 'desc' as const } },
} as const;

/** Readings of the orders' running clocks at `now`, by order id (null: no standard for the stage). */
export async function slaReadings(
  db: Db,
  tenantId: string,
  orders: readonly OrderWithClocks[],
  now: Date,
): Promise<Map<string, SlaReading | null>> {
  const emergencies = await db.emergency.findMany({ where: { tenantId, activeKey: { not: null } } });
  const extraHours = new Map(emergencies.map((e) => [e.regionId, e.extraHours]));
  const out = new Map<string, SlaReading | null>();
  for (const o of orders) {
    const clock = o.slaClocks.find((c) => c.stage === o.status);
    if (!clock) {
      out.set(o.id, null);
      continue;
    }
    const timeBasis = clock.timeBasis as TimeBasis;
    const calendar = centreCalendar(o.centre, extraHours.get(o.regionId) ?? 0);
    out.set(o.id, {
      stage: clock.stage as Status,
      standardSeconds: clock.standardSeconds,
      timeBasis,
      startedAt: clock.startedAt.toISOString(),
      dueAt: clock.dueAt.toISOString(),
      ...readClock({ dueAt: clock.dueAt, timeBasis }, now, calendar),
    });
  }
  return out;
}
