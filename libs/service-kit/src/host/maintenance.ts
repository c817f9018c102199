// Housekeeping of the tables every service carries, hourly: inbox rows past their retention (the
// event can no longer come again) and idempotency keys past their time to live. Small batched
// deletes, so no statement holds locks for long; a failure waits for the next hour.
import { pruneInbox, type SqlDb } from '@aftersales/kafka';
import { pruneIdempotency } from '../idempotency-store';
import { type Logger } from '../logger';

export interface MaintenanceOptions {
  db: SqlDb;
  inboxRetentionMs: number;
  intervalMs?: number;
  logger?: Logger;
}

export class MaintenanceSweep {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly opts: MaintenanceOptions) {}

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.runOnce().catch((err: unknown) =>
        this.opts.logger?.warn(
          { err },
          'maintenance: pruning failed; it is tried again at the next interval',
        ),
      );
    };
    this.timer = setInterval(tick, this.opts.intervalMs ?? 3_600_000);
    this.timer.unref();
    tick();
  }

  /** One pass; returns what it deleted. */
  async runOnce(): Promise<{ inbox: number; idempotency: number }> {
    const inbox = await pruneInbox(this.opts.db, this.opts.inboxRetentionMs);
    const [table] = await this.opts.db.$queryRawUnsafe<{ present: boolean }[]>(
      `SELECT to_regclass('idempotency_record') IS NOT NULL AS present`,
    );
    const idempotency = table?.present ? await pruneIdempotency(this.opts.db) : 0;
    if (inbox + idempotency > 0)
      this.opts.logger?.info(
        { inbox, idempotency },
        'maintenance: pruned expired inbox rows and idempotency keys',
      );
    return { inbox, idempotency };
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
