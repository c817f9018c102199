// The periodic sweep, with all its state in the database (so it survives restarts): outcomes whose
// grace period passed, yesterday's KPI snapshots, next month's forecast parts demand.
import { Periodic, type Logger, now as clockNow } from '@aftersales/service-kit';
import { type PrismaClient } from '../db/client';
import { emitForecastDemand } from './forecasts';
import { sweepOutcomes, type OutcomePublishing } from './outcomes';
import { emitDailySnapshots } from './snapshots';

export interface SweepOptions {
  prisma: PrismaClient;
  /** The reporting time zone: "yesterday" and "next month" are local to it. */
  timeZone: string;
  intervalMs: number;
  graceMs: number;
  /** Pseudonym key and v1 window of the outcomes the grace period releases. */
  outcomes: OutcomePublishing;
  snapshots: boolean;
  forecastDemand: { seasonMonths: number; historyMonths: number } | null;
  logger?: Logger;
  onEvents?: () => void;
  now?: () => Date;
}

export async function sweepOnce(
  opts: SweepOptions,
): Promise<{ outcomes: number; snapshots: number; demand: number }> {
  const now = opts.now?.() ?? clockNow();
  // Each task on its own: one failing (e.g. a database hiccup) does not hold the others back.
  const task = async (name: string, run: () => Promise<number>) => {
    try {
      return await run();
    } catch (err) {
      opts.logger?.error({ err, task: name }, 'analytics sweep task failed; retrying next interval');
      return 0;
    }
  };
  const outcomes = await task('outcomes', () => sweepOutcomes(opts.prisma, opts.graceMs, now, opts.outcomes));
  const snapshots = opts.snapshots
    ? await task('snapshots', () => emitDailySnapshots(opts.prisma, now, opts.timeZone))
    : 0;
  const demandSettings = opts.forecastDemand;
  const demand = demandSettings
    ? await task('forecast-demand', async () => {
        const tenants = await opts.prisma.eventFact.findMany({
          where: { eventType: 'repair.parts.requested' },
          select: { tenantId: true },
          distinct: ['tenantId'],
        });
        let n = 0;
        for (const t of tenants)
          n += (
            await emitForecastDemand(opts.prisma, t.tenantId, {
              now,
              timeZone: opts.timeZone,
              ...demandSettings,
            })
          ).emitted;
        return n;
      })
    : 0;
  if (outcomes + snapshots + demand > 0) opts.onEvents?.();
  return { outcomes, snapshots, demand };
}

export class Sweeper {
  private readonly periodic: Periodic;

  constructor(private readonly opts: SweepOptions) {
    this.periodic = new Periodic(
      {
        what: 'analytics sweep',
        intervalMs: opts.intervalMs,
        initialDelayMs: 0,
        logger: opts.logger,
        failureLevel: 'error',
      },
      () => sweepOnce(opts).then((r) => opts.logger?.debug(r, 'analytics sweep')),
    );
  }

  start(): void {
    this.periodic.start();
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }
}
