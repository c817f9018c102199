// Periodic sweep: reports SLA clocks that ran past due (repair.sla.breached) and checks regional
// backlogs for emergency mode. All its state is in the database (sla_clock.breached_at), so a
// restart loses nothing and never reports a breach twice. FOR UPDATE OF clock and order SKIP LOCKED
// lets several replicas sweep at once, and skips orders a command is changing right now, so a
// breach event never overtakes that command's events in the outbox (per-key order).
import { Periodic, now as clockNow } from '@aftersales/service-kit';
import { type PrismaClient } from '../db/client';
import { slaBreached } from '../events/order-events';
import { centreCalendar } from '../domain/working-time';
import { checkBacklogs } from './emergency-mode';
import { breachOf, type ClockRow } from './repair-orders/lifecycle';
import { reportLapsedPartners } from './partners';
import { reportExpiredCertifications } from './training/certifications';
import { systemWithin } from './unit-of-work';

interface DueClock extends ClockRow {
  id: string;
  tenant_id: string;
  repair_order_id: string;
  centre_id: string;
  region_id: string;
  time_zone: string;
  opening_hours: unknown;
  hours_exceptions: unknown;
  extra_hours: number | null;
}

/** Marks up to `limit` overdue running clocks as breached and enqueues their events; returns how many. */
export async function sweepSlaBreaches(prisma: PrismaClient, now: Date, limit = 200): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRawUnsafe<DueClock[]>(
      `SELECT c.id::text, c.tenant_id, c.repair_order_id::text, c.stage::text, c.standard_seconds, c.started_at, c.due_at,
              c.time_basis, c.credit_seconds, o.centre_id::text, o.region_id,
              s.time_zone, s.opening_hours, s.hours_exceptions, e.extra_hours
         FROM sla_clock c JOIN repair_order o ON o.id = c.repair_order_id
         JOIN service_centre s ON s.id = o.centre_id
         LEFT JOIN emergency e ON e.active_key = o.tenant_id || ':' || o.region_id
        WHERE c.stopped_at IS NULL AND c.breached_at IS NULL AND c.due_at < $1
        ORDER BY c.due_at LIMIT $2
        FOR UPDATE OF c, o SKIP LOCKED`,
      now,
      limit,
    );
    if (due.length === 0) return 0;
    await tx.slaClock.updateMany({ where: { id: { in: due.map((d) => d.id) } }, data: { breachedAt: now } });
    for (const d of due)
      await systemWithin(tx, d.tenant_id, now, null, async (uow) =>
        slaBreached(
          uow,
          { id: d.repair_order_id, centreId: d.centre_id, regionId: d.region_id },
          breachOf(
            d,
            now,
            centreCalendar(
              { timeZone: d.time_zone, openingHours: d.opening_hours, hoursExceptions: d.hours_exceptions },
              d.extra_hours ?? 0,
            ),
          ),
        ),
      );
    return due.length;
  });
}

export interface SweeperOptions {
  prisma: PrismaClient;
  intervalMs: number;
  emergencyFactor: number;
  emergencyExtraHours: number;
  logger?: { warn(obj: object, msg?: string): void; info(obj: object, msg?: string): void };
  onEvents?: () => void;
  now?: () => Date;
}

export class Sweeper {
  private readonly periodic: Periodic;

  constructor(private readonly opts: SweeperOptions) {
    this.periodic = new Periodic({ what: 'sweep', intervalMs: opts.intervalMs, logger: opts.logger }, () =>
      this.sweepOnce(),
    );
  }

  /** One pass: breaches, backlogs, then expired certifications and lapsed partner qualifications. */
  async sweepOnce(): Promise<{ breaches: number; emergencies: number; expiries: number }> {
    const now = (this.opts.now ?? clockNow)();
    let breaches = 0;
    for (let n = -1; n !== 0;) {
      n = await sweepSlaBreaches(this.opts.prisma, now);
      breaches += n;
    }
    const entered = await checkBacklogs(this.opts.prisma, {
      now,
      factor: this.opts.emergencyFactor,
      extraHours: this.opts.emergencyExtraHours,
    });
    const expiries =
      (await reportExpiredCertifications(this.opts.prisma, now)) +
      (await reportLapsedPartners(this.opts.prisma, now));
    if (breaches + entered.length + expiries > 0) {
      this.opts.onEvents?.();
      this.opts.logger?.info(
        { breaches, emergencies: entered.map((e) => e.regionId), expiries },
        'sweep emitted events',
      );
    }
    return { breaches, emergencies: entered.length, expiries };
  }

  start(): void {
    this.periodic.start();
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }
}
