// Scheduled recompute of reorder points (the service's sweep, REORDER_RECOMPUTE_INTERVAL_MS):
// every part+location of every tenant that has a balance or a current forecast gets its reorder
// point recomputed (analysis.ts: forecast where one covers the lead time, else history), one small
// transaction each, so a busy balance is locked only for its own recompute. A reorder point set by
// hand (basis method manual) is kept. The balance records the basis and when it was computed.
// A recomputed point that rises above available raises the stock-low signal and requisition in
// that transaction, edge-triggered under the balance lock: repeated sweeps (or two replicas
// sweeping at once) signal once.
import { Periodic, now as clockNow } from '@aftersales/service-kit';
import { type PrismaClient } from '../db/client';
import { MANUAL_BASIS, recomputeReorderPoint } from './analysis';
import { inTransaction } from './context';

interface Target {
  tenant_id: string;
  part_id: string;
  location_id: string;
}

export interface RecomputeResult {
  recomputed: number;
  /** Kept because set by hand. */
  manual: number;
  failed: number;
}

const BATCH = 500;

/** The next batch of part+location pairs (balances, and forecasts whose period has not ended), in key order. */
function nextTargets(prisma: PrismaClient, now: Date, after: Target | null): Promise<Target[]> {
  const a = after ?? { tenant_id: '', part_id: '00000000-0000-0000-0000-000000000000', location_id: '' };
  return prisma.$queryRawUnsafe<Target[]>(
    `SELECT tenant_id, part_id::text, location_id FROM (
        SELECT tenant_id, part_id, location_id FROM stock_balance
        UNION
        SELECT f.tenant_id, f.part_id, f.location_id FROM part_demand_forecast f
         WHERE f.period_end >= $1::date) t
      WHERE (tenant_id, part_id, location_id) > ($2, $3::uuid, $4)
      ORDER BY tenant_id, part_id, location_id
      LIMIT ${BATCH}`,
    now.toISOString().slice(0, 10),
    a.tenant_id,
    a.part_id,
    a.location_id,
  );
}

/** Recomputes every reorder point once, as of `now`. */
export async function recomputeReorderPoints(
  prisma: PrismaClient,
  opts: {
    now?: Date;
    onEvents?: () => void;
    logger?: { warn(obj: object, msg?: string): void };
  } = {},
): Promise<RecomputeResult> {
  const now = opts.now ?? clockNow();
  const result: RecomputeResult = { recomputed: 0, manual: 0, failed: 0 };
  for (let after: Target | null = null; ;) {
    const targets = await nextTargets(prisma, now, after);
    for (const t of targets) {
      try {
        const outcome = await inTransaction(
          prisma,
          { tenantId: t.tenant_id, actor: 'system', now, causationId: null },
          async (ctx) => {
            const balance = await ctx.tx.stockBalance.findUnique({
              where: {
                tenantId_partId_locationId: {
                  tenantId: t.tenant_id,
                  partId: t.part_id,
                  locationId: t.location_id,
                },
              },
              select: { reorderBasis: true },
            });
            const basis = balance?.reorderBasis as { method?: string } | null | undefined;
            if (basis?.method === MANUAL_BASIS.method) return 'manual' as const;
            await recomputeReorderPoint(ctx, t.part_id, t.location_id);
            return 'recomputed' as const;
          },
          opts.onEvents,
        );
        result[outcome.result]++;
      } catch (err) {
        // One part's trouble (say, removed from the catalogue) must not stop the others.
        result.failed++;
        opts.logger?.warn({ err, ...t }, 'reorder point recompute failed');
      }
    }
    if (targets.length < BATCH) return result;
    after = targets[targets.length - 1]!;
  }
}

export interface ReorderSweeperOptions {
  prisma: PrismaClient;
  intervalMs: number;
  /** The first run, after start; default the interval or one minute, whichever is shorter. */
  initialDelayMs?: number;
  logger?: { warn(obj: object, msg?: string): void; info(obj: object, msg?: string): void };
  onEvents?: () => void;
  now?: () => Date;
}

/** Runs recomputeReorderPoints every interval (ServiceParts.sweeps; stopped on shutdown). */
export class ReorderSweeper {
  private readonly periodic: Periodic;

  constructor(private readonly opts: ReorderSweeperOptions) {
    this.periodic = new Periodic(
      {
        what: 'reorder recompute',
        intervalMs: opts.intervalMs,
        // Soon after start as well, so frequent restarts do not postpone it indefinitely.
        initialDelayMs: opts.initialDelayMs ?? Math.min(opts.intervalMs, 60_000),
        logger: opts.logger,
      },
      () => this.sweepOnce(),
    );
  }

  async sweepOnce(): Promise<RecomputeResult> {
    const result = await recomputeReorderPoints(this.opts.prisma, {
      now: (this.opts.now ?? clockNow)(),
      onEvents: this.opts.onEvents,
      logger: this.opts.logger,
    });
    this.opts.logger?.info({ ...result }, 'reorder points recomputed');
    return result;
  }

  start(): void {
    this.periodic.start();
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }
}
